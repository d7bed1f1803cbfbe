"""Tests for ISO week ids and their windows on a time zone's calendar."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from newsletter.errors import ConfigError
from newsletter.weeks import IsoWeek, current_week, load_zone, parse_week, wall_clock_instant


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


SHANGHAI = ZoneInfo("Asia/Shanghai")
AUCKLAND = ZoneInfo("Pacific/Auckland")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("zone", "start_utc"),
    [
        (SHANGHAI, dt.datetime(2026, 11, 22, 16, 0, tzinfo=dt.UTC)),  # UTC+8
        (AUCKLAND, dt.datetime(2026, 11, 22, 11, 0, tzinfo=dt.UTC)),  # NZDT, UTC+13
        (LOS_ANGELES, dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)),  # PST, UTC-8
        (BERLIN, dt.datetime(2026, 11, 22, 23, 0, tzinfo=dt.UTC)),  # CET, UTC+1
        (dt.UTC, dt.datetime(2026, 11, 23, 0, 0, tzinfo=dt.UTC)),
    ],
)
def test_week_window_is_counted_on_the_zones_calendar(
    zone: dt.tzinfo, start_utc: dt.datetime
) -> None:
    """2026-W48 runs from Monday 00:00 to the next Monday 00:00 on the zone's wall clock."""
    week = parse_week("2026-W48", zone)
    assert week.start_utc == start_utc
    assert week.end_utc - week.start_utc == dt.timedelta(days=7)
    assert week.start_utc.astimezone(zone).replace(tzinfo=None) == dt.datetime(2026, 11, 23)
    assert week == parse_week("2026-W48")  # the id is the week; the zone only places it


@pytest.mark.parametrize(
    ("zone", "week_id", "hours"),
    [
        (BERLIN, "2026-W13", 167),  # clocks forward on Sunday 29 March
        (BERLIN, "2026-W43", 169),  # clocks back on Sunday 25 October
        (LOS_ANGELES, "2026-W10", 167),  # forward on Sunday 8 March
        (LOS_ANGELES, "2026-W44", 169),  # back on Sunday 1 November
        (AUCKLAND, "2026-W14", 169),  # back on Sunday 5 April
        (AUCKLAND, "2026-W39", 167),  # forward on Sunday 27 September
        (SHANGHAI, "2026-W13", 168),  # no DST
    ],
)
def test_dst_weeks_are_one_hour_short_or_long(zone: dt.tzinfo, week_id: str, hours: int) -> None:
    """A week holding a DST change lasts 167 or 169 hours; the next week starts at local midnight."""
    week = parse_week(week_id, zone)
    assert week.end_utc - week.start_utc == dt.timedelta(hours=hours)
    assert week.end_utc == week.next().start_utc
    assert week.end_utc.astimezone(zone).hour == 0


@pytest.mark.parametrize(
    ("moment", "zone", "week_id"),
    [
        # 2026 has 53 ISO weeks: W53 is Mon 28 Dec 2026 .. Sun 3 Jan 2027.
        (dt.datetime(2026, 12, 31, 12, 0, tzinfo=dt.UTC), AUCKLAND, "2026-W53"),
        (dt.datetime(2027, 1, 3, 12, 0, tzinfo=dt.UTC), AUCKLAND, "2027-W01"),  # Mon 01:00 NZDT
        (dt.datetime(2027, 1, 3, 12, 0, tzinfo=dt.UTC), dt.UTC, "2026-W53"),
        (dt.datetime(2027, 1, 3, 16, 30, tzinfo=dt.UTC), SHANGHAI, "2027-W01"),
        (dt.datetime(2027, 1, 4, 7, 30, tzinfo=dt.UTC), LOS_ANGELES, "2026-W53"),  # Sun 23:30
        (dt.datetime(2027, 1, 4, 8, 0, tzinfo=dt.UTC), LOS_ANGELES, "2027-W01"),
        (dt.datetime(2026, 12, 27, 23, 0, tzinfo=dt.UTC), BERLIN, "2026-W53"),  # Mon 00:00 CET
        (dt.datetime(2026, 12, 27, 22, 59, tzinfo=dt.UTC), BERLIN, "2026-W52"),
        # ISO year differs from the calendar year: 1 Jan 2027 (a Friday) is in 2026-W53,
        # 29 Dec 2025 (a Monday) starts 2026-W01.
        (dt.datetime(2025, 12, 28, 23, 30, tzinfo=dt.UTC), BERLIN, "2026-W01"),
        (dt.datetime(2025, 12, 28, 23, 30, tzinfo=dt.UTC), LOS_ANGELES, "2025-W52"),
    ],
)
def test_current_week_across_year_ends_and_week_53(
    moment: dt.datetime, zone: dt.tzinfo, week_id: str
) -> None:
    """The week of a moment is the one its zone's calendar shows, across week 53 and New Year."""
    week = current_week(moment, zone)
    assert week.id == week_id
    assert week.contains(moment)
    assert not week.previous().contains(moment)
    assert not week.next().contains(moment)


def test_week_53_window_in_several_zones() -> None:
    """2026-W53 covers 7 local days from Monday 28 December in every zone, then 2027-W01 follows."""
    for zone in (SHANGHAI, AUCKLAND, LOS_ANGELES, BERLIN, dt.UTC):
        week = parse_week("2026-W53", zone)
        assert week.start_utc.astimezone(zone).date() == dt.date(2026, 12, 28)
        assert week.end_utc.astimezone(zone).date() == dt.date(2027, 1, 4)
        assert week.next().id == "2027-W01"
        assert week.next().start_utc == week.end_utc


@pytest.mark.parametrize(
    ("day", "time", "zone", "expected"),
    [
        # An ordinary time is itself.
        (dt.date(2026, 11, 30), dt.time(5, 0), SHANGHAI, dt.datetime(2026, 11, 29, 21, 0)),
        # Skipped by clocks going forward: the moment the clocks jump past it.
        (dt.date(2026, 3, 29), dt.time(2, 30), BERLIN, dt.datetime(2026, 3, 29, 1, 0)),
        (dt.date(2026, 3, 8), dt.time(2, 0), LOS_ANGELES, dt.datetime(2026, 3, 8, 10, 0)),
        (dt.date(2026, 9, 27), dt.time(2, 15), AUCKLAND, dt.datetime(2026, 9, 26, 14, 0)),
        # Midnight skipped (Chile moves its clocks at 24:00).
        (
            dt.date(2026, 9, 6),
            dt.time(0, 0),
            ZoneInfo("America/Santiago"),
            dt.datetime(2026, 9, 6, 4, 0),
        ),
        # A whole day skipped: Samoa went from 29 to 31 December 2011.
        (
            dt.date(2011, 12, 30),
            dt.time(7, 0),
            ZoneInfo("Pacific/Apia"),
            dt.datetime(2011, 12, 30, 10, 0),
        ),
        # Shown twice by clocks going back: the first time.
        (dt.date(2026, 10, 25), dt.time(2, 30), BERLIN, dt.datetime(2026, 10, 25, 0, 30)),
        (dt.date(2026, 11, 1), dt.time(1, 30), LOS_ANGELES, dt.datetime(2026, 11, 1, 8, 30)),
        (dt.date(2026, 4, 5), dt.time(2, 30), AUCKLAND, dt.datetime(2026, 4, 4, 13, 30)),
    ],
)
def test_wall_clock_instant_in_gaps_and_folds(
    day: dt.date, time: dt.time, zone: dt.tzinfo, expected: dt.datetime
) -> None:
    """A wall time maps to the first instant the zone's clock shows it or later."""
    instant = wall_clock_instant(day, time, zone)
    assert instant == expected.replace(tzinfo=dt.UTC)
    shown = instant.astimezone(zone).replace(tzinfo=None)
    assert shown >= dt.datetime.combine(day, time)
    before = (instant - dt.timedelta(seconds=1)).astimezone(zone).replace(tzinfo=None)
    assert before < dt.datetime.combine(day, time)


def test_load_zone_names_the_setting() -> None:
    """An unknown zone name raises ConfigError naming NEWSLETTER_TIMEZONE and examples."""
    with pytest.raises(ConfigError, match="NEWSLETTER_TIMEZONE='Mars/Olympus'.*Europe/Paris"):
        load_zone("Mars/Olympus")
    assert load_zone("Asia/Shanghai").key == "Asia/Shanghai"
