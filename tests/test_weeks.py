"""Tests for ISO week ids and their UTC windows."""

from __future__ import annotations

import datetime as dt

import pytest

from newsletter.errors import ConfigError
from newsletter.weeks import IsoWeek, current_week, parse_week


def test_parse_week_gives_monday_and_id() -> None:
    """A canonical id parses to its Monday and keeps the id."""
    week = parse_week("2026-W48")
    assert week.id == "2026-W48"
    assert week.start == dt.date(2026, 11, 23)
    assert week.start.weekday() == 0


@pytest.mark.parametrize("text", ["2026W48", "2026-w48", " 2026-W48 "])
def test_parse_week_accepts_loose_forms(text: str) -> None:
    """Compact, lower-case and padded forms normalise to the canonical id."""
    assert parse_week(text).id == "2026-W48"


def test_parse_week_pads_single_digit() -> None:
    """A one-digit week number is zero-padded in the id."""
    assert parse_week("2026-W1").id == "2026-W01"


@pytest.mark.parametrize("text", ["2026-48", "W48", "2026-W", "", "next week", "2026-W48-1"])
def test_parse_week_rejects_malformed(text: str) -> None:
    """Malformed text raises ConfigError showing the expected form."""
    with pytest.raises(ConfigError, match="YYYY-Www"):
        parse_week(text)


@pytest.mark.parametrize("text", ["2026-W54", "2026-W00", "2025-W53"])
def test_parse_week_rejects_missing_week(text: str) -> None:
    """A week number the year does not have raises ConfigError naming it."""
    with pytest.raises(ConfigError, match="does not exist"):
        parse_week(text)


def test_week_53_exists_in_long_years() -> None:
    """2026 has 53 ISO weeks; W53 starts on 28 December."""
    assert parse_week("2026-W53").start == dt.date(2026, 12, 28)


def test_utc_window_is_seven_days_end_exclusive() -> None:
    """start_utc is Monday midnight UTC and end_utc the next Monday, excluded."""
    week = parse_week("2026-W48")
    assert week.start_utc == dt.datetime(2026, 11, 23, tzinfo=dt.UTC)
    assert week.end_utc == dt.datetime(2026, 11, 30, tzinfo=dt.UTC)
    assert week.start_utc.tzinfo is not None
    assert week.contains(week.start_utc)
    assert not week.contains(week.end_utc)
    assert week.contains(week.end_utc - dt.timedelta(microseconds=1))


def test_previous_crosses_year_boundary() -> None:
    """previous() steps back by whole weeks, across ISO year ends."""
    week = parse_week("2027-W01")
    assert week.previous().id == "2026-W53"
    assert week.previous(2).id == "2026-W52"
    assert week.previous(0) == week
    assert week.previous(-1).id == "2027-W02"


def test_current_week_uses_utc() -> None:
    """current_week converts to UTC before picking the week."""
    sunday_late_new_york = dt.datetime(
        2026, 11, 29, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))
    )
    assert current_week(sunday_late_new_york).id == "2026-W49"
    assert current_week(dt.datetime(2026, 11, 29, 23, 59, tzinfo=dt.UTC)).id == "2026-W48"


def test_current_week_rejects_naive() -> None:
    """A naive datetime raises ConfigError instead of guessing a zone."""
    with pytest.raises(ConfigError, match="timezone-aware"):
        current_week(dt.datetime(2026, 11, 25, 12, 0))


def test_from_date_and_ordering() -> None:
    """Weeks built from any day of the week are equal, and weeks sort by time."""
    assert IsoWeek.from_date(dt.date(2026, 11, 29)) == parse_week("2026-W48")
    assert parse_week("2026-W47") < parse_week("2026-W48") < parse_week("2027-W01")
    assert str(parse_week("2026-W48")) == "2026-W48"
