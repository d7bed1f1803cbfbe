"""The two conversions every stored timestamp goes through: ``to_utc`` for writes,
``as_utc`` for reads.

The column type (``subscribers.sqltypes.UtcDateTime``) applies them to every timestamp
column; they live apart from it so that code that only converts times (collect's date
reader, which runs in the parsing processes) does not import SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt


def to_utc(value: dt.datetime) -> dt.datetime:
    """Return the aware ``value`` in UTC, what every stored timestamp is.

    Raises ValueError for a naive datetime: its zone would be a guess (SQLite drops the
    offset, so a stored time must already be UTC).
    """
    if value.tzinfo is None:
        message = (
            f"Timestamp {value.isoformat()} is naive: it has no time zone; "
            "pass an aware UTC datetime."
        )
        raise ValueError(message)
    return value.astimezone(dt.UTC)


def as_utc(value: dt.datetime) -> dt.datetime:
    """Return a stored or parsed ``value`` as an aware UTC datetime (naive means UTC).

    SQLite hands timestamps back without their zone; they were written in UTC (``to_utc``).
    """
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
