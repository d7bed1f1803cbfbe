"""Adding subscribers one at a time or by the hundred, by the rules of ``subscribers.registration``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence

import sqlalchemy as sa

from subscribers.addresses import check_new_address, fold_address, normalise_address
from subscribers.errors import SubscriberError
from subscribers.models import (
    CONSENT_METHODS,
    AddResult,
    ConsentMethod,
    NewStatus,
    RegisterOutcome,
    Registration,
    Subscriber,
)
from subscribers.registration import (
    MAX_SOURCE_LENGTH,
    Plan,
    Request,
    StateChanged,
    clean_fields,
    decide,
    write_plans,
)
from subscribers.storebase import (
    StoreBase,
    now_utc,
    storage_errors,
)
from subscribers.utc import as_utc


def _check_method_and_status(method: ConsentMethod, status: NewStatus) -> None:
    if method not in CONSENT_METHODS:
        message = f"Consent method {method!r} is unknown; use one of {', '.join(CONSENT_METHODS)}."
        raise SubscriberError(message)
    if status not in ("active", "pending"):
        message = f"A new subscriber's status must be 'active' or 'pending', not {status!r}."
        raise SubscriberError(message)


def _check_policy_version(policy_version: str) -> None:
    if not policy_version.strip():
        message = "The privacy-policy version is empty; pass the version the reader agreed to."
        raise SubscriberError(message)


def _distinct_chunks(
    registrations: Sequence[Registration], size: int
) -> Iterator[Sequence[Registration]]:
    """Yield runs of at most ``size`` registrations, none holding the same address twice.

    A chunk is planned against what is stored before it, so a repeated address (any ASCII
    letter case) starts a new chunk and sees what its first occurrence wrote.
    """
    start = 0
    seen: set[str] = set()
    for index, registration in enumerate(registrations):
        folded = fold_address(registration.email)
        if index - start == size or folded in seen:
            yield registrations[start:index]
            start, seen = index, set()
        seen.add(folded)
    if start < len(registrations):
        yield registrations[start:]


REGISTER_CHUNK = 500  # registrations per transaction in register_many


class Enrolment(StoreBase):
    """Add or update subscribers with their consent (see ``subscribers.store`` for the rules)."""

    def add(
        self,
        email: str,
        fields: Iterable[str],
        *,
        method: ConsentMethod,
        policy_version: str,
        ip: str | None = None,
        status: NewStatus = "active",
        consented_at: dt.datetime | None = None,
        consent_source: str | None = None,
    ) -> Subscriber:
        """Add a subscriber or update the known one (see the module docstring for the rules).

        Records a consent (``ip`` is stored only as a keyed hash; ``consent_source`` notes how an
        imported reader originally consented). Raises InvalidAddress, ConsentRequired (erased or
        stopped address without fresh form consent).
        """
        return self.register(
            email,
            fields,
            method=method,
            policy_version=policy_version,
            ip=ip,
            status=status,
            consented_at=consented_at,
            consent_source=consent_source,
        ).subscriber

    def register(
        self,
        email: str,
        fields: Iterable[str],
        *,
        method: ConsentMethod,
        policy_version: str,
        ip: str | None = None,
        status: NewStatus = "active",
        consented_at: dt.datetime | None = None,
        consent_source: str | None = None,
    ) -> AddResult:
        """Like ``add`` but also tell whether the subscriber is new (the importer counts these)."""
        _check_method_and_status(method, status)
        _check_policy_version(policy_version)
        registration = Registration(
            email=normalise_address(email),
            fields=frozenset(fields),
            policy_version=policy_version,
            consented_at=consented_at,
            consent_source=consent_source,
            ip=ip,
        )
        now = now_utc()
        request = self._request(registration, method, now)
        with storage_errors("add a subscriber"):
            try:
                plan, subscriber = self._register_once(request, method, status, now)
            except (sa.exc.IntegrityError, StateChanged):
                # A concurrent add of the same address won the insert (now it is an update),
                # or the subscriber's status changed since we looked: decide again.
                plan, subscriber = self._register_once(request, method, status, now)
        return AddResult(subscriber=subscriber, created=plan.created)

    def register_many(
        self,
        registrations: Sequence[Registration],
        *,
        method: ConsentMethod,
        status: NewStatus = "active",
        chunk_size: int = REGISTER_CHUNK,
    ) -> list[RegisterOutcome]:
        """Register many addresses by the rules of ``register``; one outcome per registration, in order.

        Works ``chunk_size`` registrations a transaction with a handful of statements each
        (IN lookups, executemany writes) instead of about ten per address. A registration the
        rules refuse (ConsentRequired) or whose fields or policy version are invalid gets an
        outcome with the error and does not affect the others. When a chunk meets a
        concurrent writer (another process added one of its addresses, or changed a status,
        after the lookup), the chunk's transaction is rolled back and its registrations go
        through ``register`` one by one, so nothing is lost or duplicated. The same address
        twice (any letter case) is registered twice, in order, like two ``register`` calls.
        Raises SubscriberError when the database fails.
        """
        _check_method_and_status(method, status)
        if chunk_size < 1:
            message = f"chunk_size must be at least 1, got {chunk_size}."
            raise SubscriberError(message)
        outcomes: list[RegisterOutcome] = []
        for chunk in _distinct_chunks(registrations, chunk_size):
            outcomes.extend(self._register_chunk(chunk, method, status))
        return outcomes

    def _register_chunk(
        self, chunk: Sequence[Registration], method: ConsentMethod, status: NewStatus
    ) -> list[RegisterOutcome]:
        now = now_utc()
        outcomes: list[RegisterOutcome | None] = [None] * len(chunk)
        requests: list[tuple[int, Request]] = []
        for index, registration in enumerate(chunk):
            try:
                _check_policy_version(registration.policy_version)
                requests.append((index, self._request(registration, method, now)))
            except SubscriberError as exc:
                outcomes[index] = RegisterOutcome(subscriber_id=None, error=exc)
        with storage_errors("import subscribers"):
            try:
                with self.engine.begin() as connection:
                    decided = decide(
                        connection,
                        [request for _, request in requests],
                        method=method,
                        status=status,
                        now=now,
                    )
                    write_plans(connection, [plan for plan in decided if isinstance(plan, Plan)])
            except (sa.exc.IntegrityError, StateChanged):
                # Someone wrote one of these addresses after the lookup: the chunk rolled back
                # whole; the per-row path sees the new state and retries on its own conflicts.
                return [
                    self._register_alone(registration, method, status) for registration in chunk
                ]
        for (index, _), result in zip(requests, decided, strict=True):
            if isinstance(result, Plan):
                outcomes[index] = RegisterOutcome(result.subscriber_id, created=result.created)
            else:
                outcomes[index] = RegisterOutcome(subscriber_id=None, error=result)
        return [outcome for outcome in outcomes if outcome is not None]

    def _register_alone(
        self, registration: Registration, method: ConsentMethod, status: NewStatus
    ) -> RegisterOutcome:
        try:
            result = self.register(
                registration.email,
                registration.fields,
                method=method,
                policy_version=registration.policy_version,
                ip=registration.ip,
                status=status,
                consented_at=registration.consented_at,
                consent_source=registration.consent_source,
            )
        except SubscriberError as exc:
            return RegisterOutcome(subscriber_id=None, error=exc)
        return RegisterOutcome(result.subscriber.id, created=result.created)

    def _request(
        self, registration: Registration, method: ConsentMethod, now: dt.datetime
    ) -> Request:
        """Check a registration's address and fields and build its consent row.

        Raises UndeliverableAddress for an address no backend could deliver to (a non-ASCII
        local part: ``subscribers.addresses.normalise_new_address``), SubscriberError for bad
        fields.
        """
        check_new_address(registration.email)
        chosen = clean_fields(registration.fields)
        ip, source = registration.ip, registration.consent_source
        consent = {
            "given_at": now
            if registration.consented_at is None
            else as_utc(registration.consented_at),
            "method": method,
            "fields": sorted(chosen),
            "policy_version": registration.policy_version.strip(),
            "ip_hash": None if ip is None or not ip.strip() else self.hasher.ip_hash(ip),
            "source": source.strip()[:MAX_SOURCE_LENGTH] if source else None,
        }
        keys = tuple(self.hasher.candidate_keys(registration.email))
        erasure = (self._erasure().key(registration.email), *keys)
        return Request(
            address=registration.email,
            keys=keys,
            erasure_keys=erasure,
            fields=chosen,
            consent=consent,
        )

    def _register_once(
        self, request: Request, method: ConsentMethod, status: NewStatus, now: dt.datetime
    ) -> tuple[Plan, Subscriber]:
        with self.engine.begin() as connection:
            [plan] = decide(connection, [request], method=method, status=status, now=now)
            if not isinstance(plan, Plan):
                raise plan
            write_plans(connection, [plan])
            subscriber = self._load(connection, plan.subscriber_id)
        assert subscriber is not None  # written in the same transaction
        return plan, subscriber
