"""Registering addresses: the rules as one pure decision, and the writes that carry it out.

``plan_registration`` is the only code that applies the rules documented at the top of
``subscribers/store.py`` (erased and stopped addresses, pending, active and paused ones).
It decides from what is stored (``Known``, erasure or not) and returns a ``Plan``: the row to
insert or the columns to update, the fields to add and to drop, the erasure to clear, the
consent to record; or it raises ConsentRequired. ``SubscriberStore.register`` (one address:
the web form, ``subscribers add``, webhooks) and ``SubscriberStore.register_many`` (an
import, hundreds of addresses a transaction) both look up, plan with it, and hand the plans
to ``write_plans``, which runs a handful of statements whatever their number.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from subscribers.addresses import is_same_mailbox
from subscribers.errors import ConsentRequired, SubscriberError
from subscribers.masking import mask_address
from subscribers.models import STOPPED_STATUSES, ConsentMethod, NewStatus
from subscribers.sqltypes import chunked
from subscribers.tables import consents, erasures, subscriber_fields, subscribers

MAX_FIELD_LENGTH = 64
MAX_SOURCE_LENGTH = 32  # the consents.source column
# Values per IN (...) lookup: under the 999 bound parameters of SQLite builds older than
# 3.32, so a chunk of any size (times the keys of a rotation) never hits the limit.
LOOKUP_PIECE = 900

# Built once: constructing a statement costs SQLAlchemy more than SQLite takes to run it.
_ERASED = sa.select(erasures.c.email_key).where(
    erasures.c.email_key.in_(sa.bindparam("keys", expanding=True))
)
_KNOWN = sa.select(
    subscribers.c.email_key, subscribers.c.id, subscribers.c.status, subscribers.c.email
).where(subscribers.c.email_key.in_(sa.bindparam("keys", expanding=True)))
_FIELDS = sa.select(subscriber_fields.c.subscriber_id, subscriber_fields.c.field_slug).where(
    subscriber_fields.c.subscriber_id.in_(sa.bindparam("ids", expanding=True))
)
_CLEAR_ERASURES = sa.delete(erasures).where(
    erasures.c.email_key.in_(sa.bindparam("keys", expanding=True))
)
_DROP_FIELD = sa.delete(subscriber_fields).where(
    subscriber_fields.c.subscriber_id == sa.bindparam("b_subscriber_id"),
    subscriber_fields.c.field_slug == sa.bindparam("b_field_slug"),
)
# The SET columns come from each parameter set's other keys; ``b_status`` guards against a
# status changed since the lookup (a reader unsubscribing meanwhile must stay unsubscribed).
_UPDATE_KNOWN = sa.update(subscribers).where(
    subscribers.c.id == sa.bindparam("b_id"), subscribers.c.status == sa.bindparam("b_status")
)


class StateChanged(SubscriberError):  # noqa: N818  (the house names these as nouns)
    """A subscriber's status changed between the lookup and the write: decide again."""


@dataclass(frozen=True, slots=True)
class Known:
    """A stored subscriber found by one of its address's keys: what the rules look at."""

    id: str
    status: str
    fields: frozenset[str]
    email: str | None = None


@dataclass(frozen=True, slots=True)
class Request:
    """One address to register, checked: the normalised address, its keys, fields, consent."""

    address: str
    keys: tuple[str, ...]  # the address's hash under every configured key, current first
    erasure_keys: tuple[str, ...]  # its erasure hash, then ``keys`` (erasures recorded before)
    fields: frozenset[str]
    consent: dict[str, Any]  # the consents row without subscriber_id


@dataclass(frozen=True, slots=True)
class Plan:
    """What registering one address writes (``created``: a new subscriber row)."""

    subscriber_id: str
    created: bool
    row: dict[str, Any]  # the subscribers row to insert, or the columns to update
    expected_status: str | None  # the status an update expects to find (None: insert)
    add_fields: tuple[str, ...]
    drop_fields: tuple[str, ...]
    clear_erasure: tuple[str, ...]  # erasure keys to delete (fresh consent on the form)
    consent: dict[str, Any]

    @property
    def joined_at(self) -> dt.datetime:
        """When the reader chose the fields this plan adds: the consent's time (UTC)."""
        given: dt.datetime = self.consent["given_at"]
        return given


def new_subscriber_id() -> str:
    """Return a fresh opaque id: 22 URL-safe characters, 128 random bits."""
    return secrets.token_urlsafe(16)


def clean_fields(fields: Iterable[str]) -> frozenset[str]:
    """Return the non-blank field slugs, stripped; raise SubscriberError for an overlong one."""
    cleaned = frozenset(field.strip() for field in fields if field.strip())
    for field in cleaned:
        if len(field) > MAX_FIELD_LENGTH:
            message = f"Field slug {field[:20]!r}... is longer than {MAX_FIELD_LENGTH} characters; use a configured field slug."
            raise SubscriberError(message)
    return cleaned


def plan_registration(
    request: Request,
    *,
    method: ConsentMethod,
    status: NewStatus,
    known: Known | None,
    erased: bool,
    now: dt.datetime,
) -> Plan:
    """Decide what registering ``request`` writes, given what is stored; pure.

    Raises ConsentRequired for an erased or stopped address without fresh form consent.
    """
    address, current_key = request.address, request.keys[0]
    # The reader joined when they consented (an import carries that time), not when stored.
    joined: dt.datetime = request.consent["given_at"]
    clear: tuple[str, ...] = ()
    if erased:
        if method != "form":
            message = (
                f"Address {mask_address(address)} was erased at the reader's request; it can only "
                "come back through the subscribe form with new consent."
            )
            raise ConsentRequired(message)
        clear = request.erasure_keys
    chosen = request.fields
    if known is None:
        row: dict[str, Any] = {
            "id": new_subscriber_id(),
            "email": address,
            "email_key": current_key,
            "status": status,
            "created_at": now,
            "updated_at": now,
            "confirmed_at": joined if status == "active" else None,
        }
        return Plan(row["id"], True, row, None, tuple(sorted(chosen)), (), clear, request.consent)
    values: dict[str, Any] = {"updated_at": now, "email": address, "email_key": current_key}
    replace = True
    if known.status in STOPPED_STATUSES:
        if method != "form":
            message = (
                f"Address {mask_address(address)} is {known.status}; only the reader can subscribe "
                "again, through the subscribe form."
            )
            raise ConsentRequired(message)
        values.update(status=status, unsubscribed_at=None)
        if status == "active":
            values["confirmed_at"] = joined
    elif known.status == "pending":
        if status == "active":
            values.update(status="active", confirmed_at=joined)
    else:  # active or paused: keep the status, never drop a field
        replace = False
    dropped = tuple(sorted(known.fields - chosen)) if replace else ()
    added = tuple(sorted(chosen - known.fields))
    return Plan(known.id, False, values, known.status, added, dropped, clear, request.consent)


def find_erased(connection: sa.Connection, keys: Sequence[str]) -> set[str]:
    """Return those of ``keys`` that are recorded in ``erasures``."""
    found: set[str] = set()
    for piece in chunked(keys, LOOKUP_PIECE):
        found.update(connection.execute(_ERASED, {"keys": piece}).scalars().all())
    return found


def find_ids(
    connection: sa.Connection, keys: Sequence[str]
) -> dict[str, tuple[str, str, str | None]]:
    """Return ``(id, status, address)`` of the subscribers whose email_key is one of ``keys``, by key.

    A caller matching an address accepts a row only if ``is_same_mailbox(row address,
    address)``: a version-1 key is shared by look-alikes (``subscribers.addresses``).
    """
    found: dict[str, tuple[str, str, str | None]] = {}
    for piece in chunked(keys, LOOKUP_PIECE):
        for key, subscriber_id, status, email in connection.execute(_KNOWN, {"keys": piece}):
            found[key] = (subscriber_id, status, email)
    return found


def match_address(
    found: Mapping[str, tuple[str, str, str | None]], keys: Sequence[str], address: str
) -> str | None:
    """Return the id of the subscriber ``address`` is stored as, among ``found`` by ``keys``."""
    for key in keys:
        row = found.get(key)
        if row is not None and is_same_mailbox(row[2], address):
            return row[0]
    return None


def find_known(connection: sa.Connection, keys: Sequence[str]) -> dict[str, Known]:
    """Return the stored subscribers whose email_key is one of ``keys``, with fields, by key."""
    found = find_ids(connection, keys)
    fields = fields_of(connection, [subscriber_id for subscriber_id, _, _ in found.values()])
    return {
        key: Known(
            id=subscriber_id,
            status=status,
            fields=fields.get(subscriber_id, frozenset()),
            email=email,
        )
        for key, (subscriber_id, status, email) in found.items()
    }


def fields_of(connection: sa.Connection, ids: Sequence[str]) -> dict[str, frozenset[str]]:
    """Return each subscriber's field slugs, by id (ids without a field are absent)."""
    collected: dict[str, set[str]] = {}
    for piece in chunked(ids, LOOKUP_PIECE):
        for subscriber_id, slug in connection.execute(_FIELDS, {"ids": piece}).all():
            collected.setdefault(subscriber_id, set()).add(slug)
    return {key: frozenset(value) for key, value in collected.items()}


def decide(
    connection: sa.Connection,
    requests: Sequence[Request],
    *,
    method: ConsentMethod,
    status: NewStatus,
    now: dt.datetime,
) -> list[Plan | ConsentRequired]:
    """Look up every request's address (a few IN lookups) and plan each; keep refusals per row.

    The addresses must be distinct (by ``fold_address``): each is planned against what is
    stored, not against the other requests.
    """
    keys = [key for request in requests for key in request.keys]
    erased = find_erased(connection, [key for r in requests for key in r.erasure_keys])
    known = find_known(connection, keys)
    decided: list[Plan | ConsentRequired] = []
    for request in requests:
        match = next(
            (
                known[key]
                for key in request.keys
                if key in known and is_same_mailbox(known[key].email, request.address)
            ),
            None,
        )
        try:
            plan = plan_registration(
                request,
                method=method,
                status=status,
                known=match,
                erased=any(key in erased for key in request.erasure_keys),
                now=now,
            )
        except ConsentRequired as exc:
            decided.append(exc)
        else:
            decided.append(plan)
    return decided


def write_plans(connection: sa.Connection, plans: Sequence[Plan]) -> None:
    """Carry out ``plans`` in the caller's transaction: a few executemany statements.

    Raises StateChanged when a subscriber's status is no longer the one planned from
    (nothing is committed then: the caller's transaction rolls back); a subscriber inserted
    meanwhile under one of the keys surfaces as the driver's IntegrityError.
    """
    if not plans:
        return
    cleared = [key for plan in plans for key in plan.clear_erasure]
    for piece in chunked(cleared, LOOKUP_PIECE):
        connection.execute(_CLEAR_ERASURES, {"keys": piece})
    inserts = [plan.row for plan in plans if plan.created]
    if inserts:
        connection.execute(sa.insert(subscribers), inserts)
    dropped = [
        {"b_subscriber_id": plan.subscriber_id, "b_field_slug": slug}
        for plan in plans
        for slug in plan.drop_fields
    ]
    if dropped:
        connection.execute(_DROP_FIELD, dropped)
    added = [
        {"subscriber_id": plan.subscriber_id, "field_slug": slug, "chosen_at": plan.joined_at}
        for plan in plans
        for slug in plan.add_fields
    ]
    if added:
        connection.execute(sa.insert(subscriber_fields), added)
    # Status last: the audience log's triggers (migrations 0004, 0008) then see a returning
    # reader's new fields only, not a join and a departure of a field they are dropping. They
    # date each join by the field's chosen_at or the confirmed_at written here: the consent's
    # time, so an imported reader joins when they consented, not in the week of the import.
    _update_known(connection, [plan for plan in plans if not plan.created])
    connection.execute(
        sa.insert(consents),
        [{"subscriber_id": plan.subscriber_id, **plan.consent} for plan in plans],
    )


def _update_known(connection: sa.Connection, plans: Sequence[Plan]) -> None:
    # executemany needs the same columns in every parameter set: one statement per shape
    # (at most a few: status kept, status set, stopped status cleared).
    shapes: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for plan in plans:
        shape = tuple(sorted(plan.row))
        params = {"b_id": plan.subscriber_id, "b_status": plan.expected_status, **plan.row}
        shapes.setdefault(shape, []).append(params)
    for batch in shapes.values():
        changed = connection.execute(_UPDATE_KNOWN, batch).rowcount
        if changed != len(batch):
            message = "A subscriber changed while it was being registered; run the command again."
            raise StateChanged(message)
