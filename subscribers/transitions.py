"""State transitions: confirm, pause, resume, suppress, unsubscribe, fields, expiry.

Idempotent: a transition that does not apply returns the subscriber unchanged."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from typing import Any, cast

import sqlalchemy as sa

from subscribers.errors import (
    SubscriberError,
)
from subscribers.models import (
    STATUSES,
    Subscriber,
    SubscriberStatus,
    SuppressionStatus,
)
from subscribers.registration import (
    clean_fields,
)
from subscribers.sqltypes import chunked
from subscribers.storebase import (
    StoreBase,
    now_utc,
    storage_errors,
)
from subscribers.tables import subscriber_fields, subscribers

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


class Transitions(StoreBase):
    """Change a stored subscriber's status or fields."""

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
        with storage_errors("unsubscribe"), self.engine.begin() as connection:
            current = self._load_existing(connection, subscriber_id, allow_erased=True)
            if current.status in {"erased", "bounced", "complained", "unsubscribed"}:
                return current
            now = now_utc()
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
        now = now_utc()
        with storage_errors("unsubscribe"), self.engine.begin() as connection:
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
        with storage_errors("expire pending subscriptions"), self.engine.begin() as connection:
            deleted = connection.execute(
                sa.delete(subscribers).where(stale, subscribers.c.confirmed_at.is_(None))
            ).rowcount
            returned = connection.execute(
                sa.update(subscribers)
                .where(stale, subscribers.c.confirmed_at.is_not(None))
                .values(status="unsubscribed", unsubscribed_at=now_utc(), updated_at=now_utc())
            ).rowcount
        return deleted + returned

    def set_fields(self, subscriber_id: str, fields: Iterable[str]) -> Subscriber:
        """Replace the subscriber's fields; an empty set unsubscribes from everything."""
        chosen = clean_fields(fields)
        if not chosen:
            return self.unsubscribe(subscriber_id)
        with storage_errors("change fields"), self.engine.begin() as connection:
            current = self._load_existing(connection, subscriber_id)
            dropped, added = sorted(current.fields - chosen), sorted(chosen - current.fields)
            if dropped:
                connection.execute(
                    sa.delete(subscriber_fields).where(
                        subscriber_fields.c.subscriber_id == subscriber_id,
                        subscriber_fields.c.field_slug.in_(dropped),
                    )
                )
            now = now_utc()
            if added:
                connection.execute(
                    sa.insert(subscriber_fields),
                    [
                        {"subscriber_id": subscriber_id, "field_slug": slug, "chosen_at": now}
                        for slug in added
                    ],
                )
            connection.execute(
                sa.update(subscribers)
                .where(subscribers.c.id == subscriber_id)
                .values(updated_at=now)
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
        with storage_errors(f"set status {target}"), self.engine.begin() as connection:
            current = self._load_existing(connection, subscriber_id, allow_erased=allow_erased)
            if current.status not in sources:
                return current
            now = now_utc()
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
