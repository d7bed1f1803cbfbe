"""What every table of the project shares: the naming convention, the UTC timestamp column
type (over the two conversions of ``subscribers.utc``: ``to_utc`` for writes, ``as_utc``
for reads), and ``chunked`` for IN (...) lookups and batched writes.

They live here because ``subscribers`` imports nothing from ``newsletter``; the pipeline's
tables (``newsletter.db.tables``) use them too, so there is one of each.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any, TypeVar

import sqlalchemy as sa

from subscribers.utc import as_utc, to_utc

T = TypeVar("T")

# Alembic names constraints and indexes from these (the migrations rely on the names).
NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTimeType(sa.TypeDecorator[dt.datetime]):
    """A timezone-aware UTC timestamp on every database.

    PostgreSQL stores ``timestamptz``; SQLite stores text without a zone and hands back naive
    datetimes, which this type marks as UTC again, so readers never need to. Writing a naive
    datetime raises ValueError (its zone would be a guess).
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: sa.Dialect) -> Any:
        """Convert an aware datetime to UTC; refuse a naive one."""
        return None if value is None else to_utc(value)

    def process_result_value(self, value: Any, dialect: sa.Dialect) -> dt.datetime | None:
        """Return the stored moment as an aware UTC datetime."""
        return None if value is None else as_utc(value)


UtcDateTime = UtcDateTimeType()


def chunked(values: Iterable[T], size: int) -> Iterator[list[T]]:
    """Yield ``values`` in lists of at most ``size`` (``size`` >= 1), in order; nothing when empty."""
    if size < 1:
        message = f"chunk size must be at least 1, got {size}"
        raise ValueError(message)
    iterator = iter(values)
    while chunk := list(islice(iterator, size)):
        yield chunk
