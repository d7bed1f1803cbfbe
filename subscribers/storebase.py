"""What the parts of the subscriber store share: the engine and hashers, loading rows into
``Subscriber`` values, and turning database failures into StorageError."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, cast

import sqlalchemy as sa

from subscribers.addresses import AddressHasher
from subscribers.dberrors import storage_errors as storage_errors
from subscribers.erasure import ErasureHasher, load_erasure_hasher
from subscribers.errors import (
    NO_SUCH_SUBSCRIBER,
    StorageError,
    UnknownSubscriber,
)
from subscribers.models import (
    ConsentMethod,
    ConsentRecord,
    Subscriber,
    SubscriberStatus,
)
from subscribers.registration import (
    LOOKUP_PIECE,
    fields_of,
    find_ids,
    match_address,
)
from subscribers.sqltypes import chunked
from subscribers.tables import consents, subscribers
from subscribers.votes import VoterKeys, load_voter_keys

_BY_IDS = sa.select(subscribers).where(subscribers.c.id.in_(sa.bindparam("ids", expanding=True)))
_CONSENTS_OF = (
    sa.select(consents)
    .where(consents.c.subscriber_id.in_(sa.bindparam("ids", expanding=True)))
    .order_by(consents.c.id)
)


def now_utc() -> dt.datetime:
    """Return the current moment, aware, in UTC (what every stored timestamp is)."""
    return dt.datetime.now(dt.UTC)


def plain_rows(connection: sa.Connection, statement: sa.Select[Any]) -> list[Any]:
    """Run a SELECT on the driver's cursor; return its rows as the driver's plain tuples.

    For the recipients scan only (millions of rows): SQLAlchemy's Row objects cost more than
    SQLite's own reading here. The statement is still compiled by SQLAlchemy for the
    connection's dialect (its placeholders, its quoting); no type processing is needed for
    the text columns read. Driver errors become StorageError, as through ``storage_errors``.
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


class StoreBase:
    """The engine, the address hasher and the row loading every part of the store uses."""

    def __init__(self, engine: sa.Engine, secret_keys: Sequence[str]) -> None:
        """Use ``engine`` (schema already migrated); ``secret_keys`` lists the current key first."""
        self.engine = engine
        self.hasher = AddressHasher(secret_keys)
        self._erasure_hasher: ErasureHasher | None = None
        self._voter_keys: VoterKeys | None = None

    def _voters(self) -> VoterKeys:
        """Return the voter-key hasher, loading (or creating) the database's key once."""
        if self._voter_keys is None:
            self._voter_keys = load_voter_keys(self.engine)
        return self._voter_keys

    def _erasure(self) -> ErasureHasher:
        """Return the erasure hasher, loading (or creating) the database's key once."""
        if self._erasure_hasher is None:
            with storage_errors("read the erasure key"):
                self._erasure_hasher = load_erasure_hasher(self.engine)
        return self._erasure_hasher

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
