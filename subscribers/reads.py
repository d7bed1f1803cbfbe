"""Reading subscribers: by id, by address, counts, listings and the send's recipients."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import cast

import sqlalchemy as sa

from subscribers.addresses import normalise_address
from subscribers.errors import (
    SubscriberError,
)
from subscribers.models import (
    STATUSES,
    Recipient,
    Subscriber,
    SubscriberStatus,
    SubscriberSummary,
)
from subscribers.registration import (
    fields_of,
    find_ids,
    match_address,
)
from subscribers.storebase import (
    StoreBase,
    plain_rows,
    storage_errors,
)
from subscribers.tables import subscriber_fields, subscribers


class Reads(StoreBase):
    """Read subscribers (no writes)."""

    def get(self, subscriber_id: str) -> Subscriber:
        """Return the subscriber with this id; raises UnknownSubscriber."""
        with storage_errors("read a subscriber"), self.engine.connect() as connection:
            return self._load_existing(connection, subscriber_id, allow_erased=True)

    def find_by_email(self, email: str) -> Subscriber | None:
        """Return the subscriber with this address (any letter case), or None.

        Raises InvalidAddress when ``email`` is not a valid address.
        """
        address = normalise_address(email)
        with storage_errors("look up an address"), self.engine.connect() as connection:
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
        with storage_errors("look up addresses"), self.engine.connect() as connection:
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
        with storage_errors("count subscribers"), self.engine.connect() as connection:
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
            with storage_errors("read recipients"), self.engine.connect() as connection:
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
                rows = plain_rows(connection, page)
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
        with storage_errors("read recipients"), self.engine.connect() as connection:
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
            with storage_errors("list subscribers"), self.engine.connect() as connection:
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
