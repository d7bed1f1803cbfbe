"""SubscriberStore: the only code that reads or writes subscriber addresses (SQLAlchemy Core).

Rules for ``add``/``register`` when the address is already known (matched as mail systems
do, ``subscribers.addresses.fold_address``: ASCII case ignored, nothing else folded; through
its keyed hash, under any configured key):

- erased before (its hash is in ``erasures``): only ``method="form"`` (fresh consent on the
  web form) may add it again, which clears the erasure; import and CLI raise ConsentRequired.
- unsubscribed, bounced or complained: the same — only the form brings them back (fields
  replaced by the new choice, status as requested, normally ``pending`` for double opt-in);
  an operator's import or CLI add never overrides a reader's decision to stop.
- pending: the new fields replace the old ones (the latest unconfirmed request wins); the
  status becomes ``active`` only if ``status="active"`` is asked for.
- active or paused: the new fields are added to the existing ones (a re-subscription never
  silently drops a field), the status is kept (a pause is the reader's choice).
Every accepted add records a new consent row. Nothing is ever duplicated. These rules live in
one place, ``subscribers.registration.plan_registration``, which ``register`` (one address)
and ``register_many`` (an import, a chunk of addresses per transaction) both apply.

Other state changes are idempotent and never raise for a status they do not apply to: they
return the subscriber unchanged (``confirm`` only moves pending to active, ``pause`` only
active to paused, ``resume`` only paused to active). ``get`` returns erased subscribers too
(``email`` None, status ``erased``); mutating methods other than ``unsubscribe`` and
``suppress`` raise UnknownSubscriber for them.

``forget`` keeps the row (id, status ``erased``, timestamps) so the delivery ledger still
makes sense, sets the address to NULL, replaces ``email_key`` by a meaningless placeholder,
deletes the fields, keeps a minimal consent audit (when, method, policy version) with the
fields and IP hash removed, and drops the voter key from the reader's verdict votes (they
still count, as nobody's). The address's hash under the database's erasure key (``subscribers.erasure``, never rotated) goes to ``erasures``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, cast

import sqlalchemy as sa

from subscribers.addresses import AddressHasher, fold_address, normalise_address
from subscribers.erasure import ErasureHasher, load_erasure_hasher
from subscribers.errors import (
    NO_SUCH_SUBSCRIBER,
    StorageError,
    SubscriberError,
    UnknownSubscriber,
)
from subscribers.masking import mask_address
from subscribers.models import (
    CONSENT_METHODS,
    STATUSES,
    AddResult,
    ConsentMethod,
    ConsentRecord,
    NewStatus,
    Recipient,
    RegisterOutcome,
    Registration,
    Subscriber,
    SubscriberStatus,
    SubscriberSummary,
    SuppressionStatus,
)
from subscribers.registration import (
    LOOKUP_PIECE,
    MAX_SOURCE_LENGTH,
    Plan,
    Request,
    StateChanged,
    clean_fields,
    decide,
    fields_of,
    find_erased,
    find_ids,
    match_address,
    write_plans,
)
from subscribers.registration import new_subscriber_id as new_subscriber_id
from subscribers.sqltypes import chunked
from subscribers.tables import consents, erasures, subscriber_fields, subscribers
from subscribers.votes import VoterKeys, erase_votes, load_voter_keys, votes_for_export

REGISTER_CHUNK = 500  # registrations per transaction in register_many

_LIVE = ("pending", "active", "paused")
# Built once: the one-click unsubscribe runs these in bursts, and constructing a statement
# costs SQLAlchemy more than SQLite takes to run it.
_UNSUBSCRIBE_EVERYTHING = (
    sa.update(subscribers)
    .where(
        subscribers.c.id.in_(sa.bindparam("ids", expanding=True)),
        subscribers.c.status.in_([sa.literal_column(f"'{status}'") for status in _LIVE]),
    )
    .values(
        status="unsubscribed",
        unsubscribed_at=sa.bindparam("stamp"),
        updated_at=sa.bindparam("stamp_"),
    )
)
_STATUSES_OF = sa.select(subscribers.c.id, subscribers.c.status).where(
    subscribers.c.id.in_(sa.bindparam("ids", expanding=True))
)
_UNSUBSCRIBE_CHUNK = 500  # ids per statement, well under SQLite's variable limit
_BY_IDS = sa.select(subscribers).where(subscribers.c.id.in_(sa.bindparam("ids", expanding=True)))
_CONSENTS_OF = (
    sa.select(consents)
    .where(consents.c.subscriber_id.in_(sa.bindparam("ids", expanding=True)))
    .order_by(consents.c.id)
)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _assume_utc(value: dt.datetime | None) -> dt.datetime | None:
    # A consent time given without a zone (an import file's) is taken as UTC.
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=dt.UTC)


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


@contextmanager
def _database(action: str) -> Iterator[None]:
    """Turn SQLAlchemy failures into one SubscriberError naming what we were doing."""
    try:
        yield
    except sa.exc.SQLAlchemyError as exc:
        message = f"The subscriber database failed while trying to {action}: {type(exc).__name__}. Check NEWSLETTER_DATABASE_URL and retry."
        raise StorageError(message) from exc


def _plain_rows(connection: sa.Connection, statement: sa.Select[Any]) -> list[Any]:
    """Run a SELECT on the driver's cursor; return its rows as the driver's plain tuples.

    For the recipients scan only (millions of rows): SQLAlchemy's Row objects cost more than
    SQLite's own reading here. The statement is still compiled by SQLAlchemy for the
    connection's dialect (its placeholders, its quoting); no type processing is needed for
    the text columns read. Driver errors become SubscriberError, as through ``_database``.
    """
    compiled = statement.compile(dialect=connection.dialect)
    params: Any = compiled.params
    if compiled.positiontup is not None:
        params = [params[name] for name in compiled.positiontup]
    cursor = connection.connection.cursor()
    try:
        cursor.execute(compiled.string, params)
        return list(cursor.fetchall())
    except connection.dialect.loaded_dbapi.Error as exc:
        message = f"The subscriber database failed while trying to read recipients: {type(exc).__name__}. Check NEWSLETTER_DATABASE_URL and retry."
        raise StorageError(message) from exc
    finally:
        cursor.close()


class SubscriberStore:
    """Subscribers, their fields, consents and erasures, over a SQLAlchemy engine."""

    def __init__(self, engine: sa.Engine, secret_keys: Sequence[str]) -> None:
        """Use ``engine`` (schema already migrated); ``secret_keys`` lists the current key first."""
        self.engine = engine
        self.hasher = AddressHasher(secret_keys)
        self._erasure_hasher: ErasureHasher | None = None
        self._voter_keys: VoterKeys | None = None

    # -- reading -----------------------------------------------------------------

    def get(self, subscriber_id: str) -> Subscriber:
        """Return the subscriber with this id; raises UnknownSubscriber."""
        with _database("read a subscriber"), self.engine.connect() as connection:
            return self._load_existing(connection, subscriber_id, allow_erased=True)

    def find_by_email(self, email: str) -> Subscriber | None:
        """Return the subscriber with this address (any letter case), or None.

        Raises InvalidAddress when ``email`` is not a valid address.
        """
        address = normalise_address(email)
        with _database("look up an address"), self.engine.connect() as connection:
            found = self._id_by_address(connection, address)
            return None if found is None else self._load(connection, found)

    def find_many_by_email(self, addresses: Iterable[str]) -> dict[str, Subscriber]:
        """Return, by address as given, the subscribers stored under ``addresses`` (any case).

        The bulk form of ``find_by_email`` for an import: a few IN lookups for all of them.
        The addresses must already be normalised (``normalise_address``); those not stored
        are absent from the result.
        """
        wanted = {address: self.hasher.candidate_keys(address) for address in addresses}
        if not wanted:
            return {}
        with _database("look up addresses"), self.engine.connect() as connection:
            found = find_ids(connection, [key for keys in wanted.values() for key in keys])
            if not found:
                return {}
            loaded = self._load_many(
                connection, [subscriber_id for subscriber_id, _, _ in found.values()]
            )
        matches: dict[str, Subscriber] = {}
        for address, keys in wanted.items():
            match = match_address(found, keys, address)
            if match is not None and match in loaded:
                matches[address] = loaded[match]
        return matches

    def count_by_status(self) -> dict[str, int]:
        """Return how many subscribers have each status (every status present, zeros included)."""
        counts: dict[str, int] = dict.fromkeys(STATUSES, 0)
        query = sa.select(subscribers.c.status, sa.func.count()).group_by(subscribers.c.status)
        with _database("count subscribers"), self.engine.connect() as connection:
            for status, count in connection.execute(query):
                counts[status] = count
        return counts

    def iter_recipients(self, *, batch_size: int = 1000) -> Iterator[list[Recipient]]:
        """Yield active subscribers with at least one field, in id order, ``batch_size`` at a time.

        Keyset pagination (``id > last``): each batch is its own short read, so memory stays
        flat whatever the list size and no transaction is held open between batches.
        """
        for page in self.iter_recipient_rows(batch_size=batch_size):
            yield [
                Recipient(id=subscriber_id, email=email, fields=frozenset(slugs.split(",")))
                for subscriber_id, email, slugs in page
            ]

    def iter_recipient_rows(
        self, *, batch_size: int = 1000
    ) -> Iterator[list[tuple[str, str, str]]]:
        """Yield ``iter_recipients`` as plain ``(id, address, "slug,slug")`` tuples.

        The send path's form: one tuple per recipient, its field slugs joined by commas (in
        no particular order), instead of a Recipient and a frozenset: a million of each on
        a large list. Callers that compare field-sets normalise them.
        """
        if batch_size < 1:
            message = f"batch_size must be at least 1, got {batch_size}."
            raise SubscriberError(message)
        last = ""
        while True:
            # A page is the next ``batch_size`` ids: the id index walked in order, each
            # subscriber's fields aggregated from the fields' covering index (one row per
            # subscriber; SQLite steps each row with a release of the interpreter lock, so
            # fewer rows matter on the send path). The status is checked here, not in SQL:
            # given ``status = 'active'``, a planner without statistics (SQLite) picks the
            # status index and sorts every active row per page, quadratic overall.
            with _database("read recipients"), self.engine.connect() as connection:
                upper = connection.execute(
                    sa.select(subscribers.c.id)
                    .where(subscribers.c.id > last)
                    .order_by(subscribers.c.id)
                    .offset(batch_size - 1)
                    .limit(1)
                ).scalar_one_or_none()
                slug = subscriber_fields.c.field_slug
                if connection.dialect.name == "postgresql":
                    joined = sa.func.string_agg(slug, sa.literal_column("','"))
                else:
                    joined = sa.func.group_concat(slug)
                page = (
                    sa.select(subscribers.c.id, subscribers.c.email, subscribers.c.status, joined)
                    .join(subscriber_fields, subscriber_fields.c.subscriber_id == subscribers.c.id)
                    .where(subscribers.c.id > last)
                    .group_by(subscribers.c.id)
                    .order_by(subscribers.c.id)
                )
                if upper is not None:
                    page = page.where(subscribers.c.id <= upper)
                rows = _plain_rows(connection, page)
            batch = [
                (subscriber_id, email, slugs)
                for subscriber_id, email, status, slugs in rows
                if status == "active" and email is not None
            ]
            if batch:
                yield batch
            if upper is None:
                return
            last = upper

    def recipients_by_ids(self, ids: Sequence[str]) -> dict[str, Recipient]:
        """Return, by id, those of ``ids`` that are still active recipients (address and a field).

        The send workers use it for ledger rows claimed by id; one short read.
        """
        if not ids:
            return {}
        query = sa.select(subscribers.c.id, subscribers.c.email).where(
            subscribers.c.id.in_(list(ids)), subscribers.c.status == "active"
        )
        with _database("read recipients"), self.engine.connect() as connection:
            rows = connection.execute(query).all()
            fields = fields_of(connection, [row.id for row in rows]) if rows else {}
        return {
            row.id: Recipient(id=row.id, email=row.email, fields=fields[row.id])
            for row in rows
            if fields.get(row.id) and row.email is not None
        }

    def iter_subscribers(
        self,
        *,
        status: SubscriberStatus | None = None,
        field: str | None = None,
        batch_size: int = 500,
    ) -> Iterator[SubscriberSummary]:
        """Yield subscribers in id order, optionally only one status or one field (keyset paged)."""
        last = ""
        while True:
            page = sa.select(
                subscribers.c.id,
                subscribers.c.email,
                subscribers.c.status,
                subscribers.c.created_at,
            ).where(subscribers.c.id > last)
            if status is not None:
                page = page.where(subscribers.c.status == status)
            if field is not None:
                page = page.where(
                    sa.exists().where(
                        subscriber_fields.c.subscriber_id == subscribers.c.id,
                        subscriber_fields.c.field_slug == field,
                    )
                )
            page = page.order_by(subscribers.c.id).limit(batch_size)
            with _database("list subscribers"), self.engine.connect() as connection:
                rows = connection.execute(page).all()
                fields = fields_of(connection, [row.id for row in rows]) if rows else {}
            for row in rows:
                yield SubscriberSummary(
                    id=row.id,
                    email=row.email,
                    status=cast(SubscriberStatus, row.status),
                    fields=fields.get(row.id, frozenset()),
                    created_at=row.created_at,
                )
            if len(rows) < batch_size:
                return
            last = rows[-1].id

    # -- adding ------------------------------------------------------------------

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
        now = _now()
        request = self._request(registration, method, now)
        with _database("add a subscriber"):
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
        now = _now()
        outcomes: list[RegisterOutcome | None] = [None] * len(chunk)
        requests: list[tuple[int, Request]] = []
        for index, registration in enumerate(chunk):
            try:
                _check_policy_version(registration.policy_version)
                requests.append((index, self._request(registration, method, now)))
            except SubscriberError as exc:
                outcomes[index] = RegisterOutcome(subscriber_id=None, error=exc)
        with _database("import subscribers"):
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
        """Check a registration's fields and build its consent row (policy version checked)."""
        chosen = clean_fields(registration.fields)
        ip, source = registration.ip, registration.consent_source
        consent = {
            "given_at": _assume_utc(registration.consented_at) or now,
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

    def _voters(self) -> VoterKeys:
        """Return the voter-key hasher, loading (or creating) the database's key once."""
        if self._voter_keys is None:
            self._voter_keys = load_voter_keys(self.engine)
        return self._voter_keys

    def _erasure(self) -> ErasureHasher:
        """Return the erasure hasher, loading (or creating) the database's key once."""
        if self._erasure_hasher is None:
            with _database("read the erasure key"):
                self._erasure_hasher = load_erasure_hasher(self.engine)
        return self._erasure_hasher

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

    # -- changing state ------------------------------------------------------------

    def confirm(self, subscriber_id: str) -> Subscriber:
        """Activate a pending subscriber (double opt-in); no change for any other status."""
        return self._transition(subscriber_id, {"pending"}, "active", stamp="confirmed_at")

    def pause(self, subscriber_id: str) -> Subscriber:
        """Pause an active subscriber (no mail until resumed); no change otherwise."""
        return self._transition(subscriber_id, {"active"}, "paused")

    def resume(self, subscriber_id: str) -> Subscriber:
        """Resume a paused subscriber; no change otherwise."""
        return self._transition(subscriber_id, {"paused"}, "active")

    def suppress(self, subscriber_id: str, status: SuppressionStatus) -> Subscriber:
        """Stop all mail after a bounce, complaint or provider unsubscribe (idempotent)."""
        if status not in ("bounced", "complained", "unsubscribed"):
            message = (
                f"Cannot suppress with status {status!r}; use bounced, complained or unsubscribed."
            )
            raise SubscriberError(message)
        sources = set(STATUSES) - {"erased", status}
        stamp = "unsubscribed_at" if status == "unsubscribed" else None
        return self._transition(subscriber_id, sources, status, stamp=stamp, allow_erased=True)

    def unsubscribe(self, subscriber_id: str, field: str | None = None) -> Subscriber:
        """Unsubscribe from everything (``field`` None) or from one field (idempotent).

        Removing the last field unsubscribes from everything. Bounced, complained and erased
        subscribers are left as they are (they get no mail already).
        """
        with _database("unsubscribe"), self.engine.begin() as connection:
            current = self._load_existing(connection, subscriber_id, allow_erased=True)
            if current.status in {"erased", "bounced", "complained", "unsubscribed"}:
                return current
            now = _now()
            remaining = current.fields
            if field is not None:
                if field not in current.fields:
                    return current
                connection.execute(
                    sa.delete(subscriber_fields).where(
                        subscriber_fields.c.subscriber_id == subscriber_id,
                        subscriber_fields.c.field_slug == field,
                    )
                )
                remaining = current.fields - {field}
            values: dict[str, Any] = {"updated_at": now}
            if field is None or not remaining:
                values.update(status="unsubscribed", unsubscribed_at=now)
            connection.execute(
                sa.update(subscribers).where(subscribers.c.id == subscriber_id).values(**values)
            )
            updated = self._load(connection, subscriber_id)
        assert updated is not None
        return updated

    def unsubscribe_everything(self, subscriber_ids: Sequence[str]) -> dict[str, SubscriberStatus]:
        """Unsubscribe each subscriber from every field in one transaction; return their statuses.

        The fast path of the RFC 8058 one-click POST: one UPDATE per 500 ids, and a status
        read only when some were not updated, so a burst of requests can share one commit.
        Same rules as ``unsubscribe(subscriber_id)``: stopped and erased subscribers keep
        their status, so repeating it changes nothing. Ids not stored are absent from the result.
        """
        unique = list(dict.fromkeys(subscriber_ids))
        statuses: dict[str, SubscriberStatus] = {}
        now = _now()
        with _database("unsubscribe"), self.engine.begin() as connection:
            for chunk in chunked(unique, _UNSUBSCRIBE_CHUNK):
                changed = connection.execute(
                    _UNSUBSCRIBE_EVERYTHING, {"ids": chunk, "stamp": now, "stamp_": now}
                ).rowcount
                if changed == len(chunk):
                    statuses.update(dict.fromkeys(chunk, "unsubscribed"))
                    continue
                for row in connection.execute(_STATUSES_OF, {"ids": chunk}):
                    statuses[row.id] = cast(SubscriberStatus, row.status)
        return statuses

    def expire_pending(self, older_than: dt.datetime) -> int:
        """Retire subscriptions left pending since before ``older_than``; return how many.

        A request never confirmed is deleted (consents and fields with it): nothing was
        ever sent to it but the confirmation, whose link has expired. One that came back from
        a stop (it was confirmed once) returns to ``unsubscribed``, so its history stays.
        Raises StorageError.
        """
        stale = sa.and_(subscribers.c.status == "pending", subscribers.c.updated_at < older_than)
        with _database("expire pending subscriptions"), self.engine.begin() as connection:
            deleted = connection.execute(
                sa.delete(subscribers).where(stale, subscribers.c.confirmed_at.is_(None))
            ).rowcount
            returned = connection.execute(
                sa.update(subscribers)
                .where(stale, subscribers.c.confirmed_at.is_not(None))
                .values(status="unsubscribed", unsubscribed_at=_now(), updated_at=_now())
            ).rowcount
        return deleted + returned

    def set_fields(self, subscriber_id: str, fields: Iterable[str]) -> Subscriber:
        """Replace the subscriber's fields; an empty set unsubscribes from everything."""
        chosen = clean_fields(fields)
        if not chosen:
            return self.unsubscribe(subscriber_id)
        with _database("change fields"), self.engine.begin() as connection:
            current = self._load_existing(connection, subscriber_id)
            dropped, added = sorted(current.fields - chosen), sorted(chosen - current.fields)
            if dropped:
                connection.execute(
                    sa.delete(subscriber_fields).where(
                        subscriber_fields.c.subscriber_id == subscriber_id,
                        subscriber_fields.c.field_slug.in_(dropped),
                    )
                )
            if added:
                connection.execute(
                    sa.insert(subscriber_fields),
                    [{"subscriber_id": subscriber_id, "field_slug": slug} for slug in added],
                )
            connection.execute(
                sa.update(subscribers)
                .where(subscribers.c.id == subscriber_id)
                .values(updated_at=_now())
            )
            updated = self._load(connection, subscriber_id)
        assert updated is not None
        return updated

    def _transition(
        self,
        subscriber_id: str,
        sources: Collection[str],
        target: SubscriberStatus,
        *,
        stamp: str | None = None,
        allow_erased: bool = False,
    ) -> Subscriber:
        with _database(f"set status {target}"), self.engine.begin() as connection:
            current = self._load_existing(connection, subscriber_id, allow_erased=allow_erased)
            if current.status not in sources:
                return current
            now = _now()
            values: dict[str, Any] = {"status": target, "updated_at": now}
            if stamp is not None:
                values[stamp] = now
            connection.execute(
                sa.update(subscribers)
                .where(subscribers.c.id == subscriber_id, subscribers.c.status == current.status)
                .values(**values)
            )
            updated = self._load(connection, subscriber_id)
        assert updated is not None
        return updated

    # -- privacy ---------------------------------------------------------------------

    def forget(self, email: str) -> bool:
        """Erase everything personal about ``email``; return whether a subscriber was found.

        The address's erasure hash (a key that never rotates) is recorded in ``erasures`` either way, so the address cannot
        be imported again without fresh consent through the form.
        """
        address = normalise_address(email)
        now = _now()
        erasure_key = self._erasure().key(address)
        voters = self._voters()  # read (or made) before the write transaction, like the above
        with _database("erase a subscriber"), self.engine.begin() as connection:
            subscriber_id = self._id_by_address(connection, address)
            if not find_erased(connection, [erasure_key]):
                connection.execute(sa.insert(erasures).values(email_key=erasure_key, erased_at=now))
            if subscriber_id is None:
                return False
            connection.execute(
                sa.delete(subscriber_fields).where(
                    subscriber_fields.c.subscriber_id == subscriber_id
                )
            )
            connection.execute(
                sa.update(consents)
                .where(consents.c.subscriber_id == subscriber_id)
                .values(fields=[], ip_hash=None)
            )
            erase_votes(connection, voters.key(subscriber_id))
            connection.execute(
                sa.update(subscribers)
                .where(subscribers.c.id == subscriber_id)
                .values(
                    email=None,
                    email_key=f"erased:{subscriber_id}",
                    status="erased",
                    updated_at=now,
                )
            )
        return True

    def export(self, email: str) -> dict[str, Any]:
        """Return everything stored about ``email`` as JSON-ready data (GDPR access request).

        Raises UnknownSubscriber when the address is not stored.
        """
        subscriber = self.find_by_email(email)
        if subscriber is None:
            message = f"No subscriber has the address {mask_address(normalise_address(email))}; nothing is stored about it."
            raise UnknownSubscriber(message)
        voter_key = self._voters().key(subscriber.id)
        with _database("read votes"), self.engine.connect() as connection:
            own_votes = votes_for_export(connection, voter_key)
        return {**subscriber_to_json(subscriber), "votes": own_votes}

    def rekey(self) -> int:
        """Re-hash every stored address under the current key; return how many rows changed.

        Run after rotating NEWSLETTER_SECRET_KEY so lookups no longer depend on old keys.
        """
        changed = 0
        last = ""
        while True:
            with _database("re-hash addresses"), self.engine.begin() as connection:
                rows = connection.execute(
                    sa.select(subscribers.c.id, subscribers.c.email, subscribers.c.email_key)
                    .where(subscribers.c.email.is_not(None), subscribers.c.id > last)
                    .order_by(subscribers.c.id)
                    .limit(1000)
                ).all()
                for row in rows:
                    key = self.hasher.email_key(row.email)
                    if key != row.email_key:
                        connection.execute(
                            sa.update(subscribers)
                            .where(subscribers.c.id == row.id)
                            .values(email_key=key)
                        )
                        changed += 1
            if not rows:
                return changed
            last = rows[-1].id

    # -- helpers -------------------------------------------------------------------------

    def _id_by_address(self, connection: sa.Connection, address: str) -> str | None:
        keys = self.hasher.candidate_keys(address)
        return match_address(find_ids(connection, keys), keys, address)

    def _load_existing(
        self, connection: sa.Connection, subscriber_id: str, *, allow_erased: bool = False
    ) -> Subscriber:
        current = self._load(connection, subscriber_id)
        if current is None or (current.is_erased and not allow_erased):
            raise UnknownSubscriber(NO_SUCH_SUBSCRIBER)
        return current

    def _load(self, connection: sa.Connection, subscriber_id: str) -> Subscriber | None:
        return self._load_many(connection, [subscriber_id]).get(subscriber_id)

    @staticmethod
    def _load_many(connection: sa.Connection, ids: Sequence[str]) -> dict[str, Subscriber]:
        """Return the stored subscribers among ``ids``, by id, consents in the order given."""
        rows: list[Any] = []
        consent_rows: dict[str, list[Any]] = {}
        for piece in chunked(ids, LOOKUP_PIECE):
            rows.extend(connection.execute(_BY_IDS, {"ids": piece}).all())
            for consent in connection.execute(_CONSENTS_OF, {"ids": piece}).all():
                consent_rows.setdefault(consent.subscriber_id, []).append(consent)
        fields = fields_of(connection, [row.id for row in rows]) if rows else {}
        return {
            row.id: Subscriber(
                id=row.id,
                email=row.email,
                status=cast(SubscriberStatus, row.status),
                fields=fields.get(row.id, frozenset()),
                created_at=row.created_at,
                updated_at=row.updated_at,
                confirmed_at=row.confirmed_at,
                unsubscribed_at=row.unsubscribed_at,
                consents=tuple(
                    ConsentRecord(
                        given_at=c.given_at,
                        method=cast(ConsentMethod, c.method),
                        fields=tuple(c.fields),
                        policy_version=c.policy_version,
                        ip_hash=c.ip_hash,
                        source=c.source,
                    )
                    for c in consent_rows.get(row.id, ())
                ),
            )
            for row in rows
        }


def subscriber_to_json(subscriber: Subscriber) -> dict[str, Any]:
    """Return the subscriber as JSON-ready data (ISO 8601 timestamps, sorted fields)."""

    def iso(value: dt.datetime | None) -> str | None:
        return None if value is None else value.isoformat()

    return {
        "id": subscriber.id,
        "email": subscriber.email,
        "status": subscriber.status,
        "fields": sorted(subscriber.fields),
        "created_at": iso(subscriber.created_at),
        "updated_at": iso(subscriber.updated_at),
        "confirmed_at": iso(subscriber.confirmed_at),
        "unsubscribed_at": iso(subscriber.unsubscribed_at),
        "consents": [
            {
                "given_at": iso(consent.given_at),
                "method": consent.method,
                "fields": list(consent.fields),
                "policy_version": consent.policy_version,
                "ip_hash": consent.ip_hash,
                "source": consent.source,
            }
            for consent in subscriber.consents
        ],
    }
