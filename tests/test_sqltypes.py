"""The shared column type and ``chunked`` (``subscribers.sqltypes``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from subscribers.sqltypes import UtcDateTime, chunked

PACKAGE = Path(__file__).resolve().parent.parent / "subscribers"


def test_utc_timestamps_come_back_aware_in_utc(engine: sa.Engine) -> None:
    """Aware datetimes in any zone are stored as UTC and read back aware, on SQLite too."""
    table = sa.Table("t", sa.MetaData(), sa.Column("at", UtcDateTime))
    table.create(engine)
    paris = dt.datetime(2026, 11, 30, 9, 30, tzinfo=ZoneInfo("Europe/Paris"))
    with engine.begin() as connection:
        connection.execute(sa.insert(table), [{"at": paris}, {"at": None}])
        values = connection.execute(sa.select(table.c.at)).scalars().all()
    assert values[0] == paris
    assert values[0].tzinfo is dt.UTC
    assert values[0].hour == 8
    assert values[1] is None


def test_naive_timestamps_are_refused(engine: sa.Engine) -> None:
    """A datetime without a zone is refused rather than guessed."""
    table = sa.Table("t", sa.MetaData(), sa.Column("at", UtcDateTime))
    table.create(engine)
    with pytest.raises(sa.exc.StatementError, match="no time zone"), engine.begin() as connection:
        connection.execute(sa.insert(table).values(at=dt.datetime(2026, 1, 1)))  # noqa: DTZ001


@pytest.mark.parametrize(
    ("values", "size", "expected"),
    [
        (range(7), 3, [[0, 1, 2], [3, 4, 5], [6]]),
        ([], 3, []),
        (iter("abcd"), 2, [["a", "b"], ["c", "d"]]),
        ((x for x in range(3)), 5, [[0, 1, 2]]),
    ],
)
def test_chunked(values: object, size: int, expected: list[list[object]]) -> None:
    """chunked yields lists of at most ``size`` in order, from any iterable."""
    assert list(chunked(values, size)) == expected  # type: ignore[call-overload]


def test_chunked_refuses_a_size_below_one() -> None:
    """A size of 0 would loop forever: it is refused."""
    with pytest.raises(ValueError, match="at least 1"):
        list(chunked([1], 0))
