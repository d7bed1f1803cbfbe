"""Tests for the send schedule: send moments, the due week and the week to work on, in several zones."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from newsletter.config import Settings
from newsletter.errors import ConfigError
from newsletter.sendtime import SendSchedule, issue_week, scheduled_run
from newsletter.weeks import IsoWeek, parse_week

UTC = dt.UTC


def at(text: str) -> dt.datetime:
    """Parse an ISO 8601 moment (with offset) into an aware datetime."""
    return dt.datetime.fromisoformat(text)


def never_sent(_week: IsoWeek) -> bool:
    """is_sent for a store where nothing was sent."""
    return False


def test_schedule_from_settings_reads_the_four_settings(settings: Settings) -> None:
    """SendSchedule.from_settings takes weekday, time, zone and lateness from Settings."""
    custom = settings.model_copy(
        update={
            "send_weekday": "tue",
            "send_time": "05:30",
            "timezone": "Asia/Shanghai",
            "send_lateness_hours": 6,
        }
    )
    schedule = SendSchedule.from_settings(custom)
    assert schedule == SendSchedule(
        1, dt.time(5, 30), ZoneInfo("Asia/Shanghai"), dt.timedelta(hours=6)
    )
    assert SendSchedule.from_settings(settings).lateness == dt.timedelta(days=2)


def test_schedule_parse_accepts_what_the_setting_accepts() -> None:
    """A one-digit hour or minute, as NEWSLETTER_SEND_TIME allows, parses to that time."""
    assert SendSchedule.parse("mon", "7:05", "UTC").time == dt.time(7, 5)
    assert SendSchedule.parse("sun", "23:5", "UTC").time == dt.time(23, 5)


@pytest.mark.parametrize(
    ("weekday", "send_time", "zone"),
    [
        ("monday", "07:00", "UTC"),
        ("mon", "7", "UTC"),
        ("mon", "24:00", "UTC"),
        ("mon", "07:60", "UTC"),
        ("mon", "07:00", "Mars/Olympus"),
    ],
)
def test_schedule_parse_rejects_bad_values(weekday: str, send_time: str, zone: str) -> None:
    """A bad weekday, time or zone raises ConfigError naming it."""
    with pytest.raises(ConfigError):
        SendSchedule.parse(weekday, send_time, zone)


@pytest.mark.parametrize(
    ("weekday", "send_time", "zone", "week_id", "moment"),
    [
        # 27-east-of-utc-send-late: Monday 05:00 Shanghai, Monday 07:00 Auckland (NZDT).
        ("mon", "05:00", "Asia/Shanghai", "2026-W47", "2026-11-22T21:00:00+00:00"),
        ("mon", "07:00", "Pacific/Auckland", "2026-W47", "2026-11-22T18:00:00+00:00"),
        ("mon", "07:00", "America/Los_Angeles", "2026-W47", "2026-11-23T15:00:00+00:00"),
        ("mon", "07:00", "Europe/Berlin", "2026-W47", "2026-11-23T06:00:00+00:00"),
        ("mon", "07:00", "UTC", "2026-W47", "2026-11-23T07:00:00+00:00"),
        # Week 53 goes out in the first week of the next ISO year.
        ("mon", "05:00", "Asia/Shanghai", "2026-W53", "2027-01-03T21:00:00+00:00"),
        ("fri", "09:00", "America/Los_Angeles", "2026-W53", "2027-01-08T17:00:00+00:00"),
        # A Sunday send lands on the DST day: forward (02:30 skipped) and back (02:30 twice).
        ("sun", "02:30", "Europe/Berlin", "2026-W12", "2026-03-29T01:00:00+00:00"),
        ("sun", "02:30", "Europe/Berlin", "2026-W42", "2026-10-25T00:30:00+00:00"),
        ("sun", "02:30", "America/Los_Angeles", "2026-W09", "2026-03-08T10:00:00+00:00"),
        ("sun", "01:30", "America/Los_Angeles", "2026-W43", "2026-11-01T08:30:00+00:00"),
        ("sun", "02:00", "Pacific/Auckland", "2026-W38", "2026-09-26T14:00:00+00:00"),
    ],
)
def test_send_moment_is_the_local_weekday_and_time_of_the_next_week(
    weekday: str, send_time: str, zone: str, week_id: str, moment: str
) -> None:
    """A week's issue goes out at the configured local weekday and time of the following week."""
    schedule = SendSchedule.parse(weekday, send_time, zone)
    assert schedule.send_moment(schedule.week(week_id)) == at(moment)


@pytest.mark.parametrize(
    ("zone", "send_time", "moment", "due"),
    [
        # Shanghai Monday 05:00 (= Sunday 21:00 UTC): before it the previous week is due.
        ("Asia/Shanghai", "05:00", "2026-11-22T20:59:59+00:00", "2026-W46"),
        ("Asia/Shanghai", "05:00", "2026-11-22T21:00:00+00:00", "2026-W47"),
        ("Asia/Shanghai", "05:00", "2026-11-22T21:05:00+00:00", "2026-W47"),
        ("Pacific/Auckland", "07:00", "2026-11-22T17:05:00+00:00", "2026-W46"),
        ("Pacific/Auckland", "07:00", "2026-11-22T18:05:00+00:00", "2026-W47"),
        ("America/Los_Angeles", "07:00", "2026-11-23T14:05:00+00:00", "2026-W46"),
        ("America/Los_Angeles", "07:00", "2026-11-23T15:05:00+00:00", "2026-W47"),
        ("Europe/Berlin", "07:00", "2026-11-23T05:05:00+00:00", "2026-W46"),
        ("Europe/Berlin", "07:00", "2026-11-23T06:05:00+00:00", "2026-W47"),
        # New Year: 2026-W53 is due on Monday 4 January 2027 local time.
        ("Pacific/Auckland", "07:00", "2027-01-03T17:59:00+00:00", "2026-W52"),
        ("Pacific/Auckland", "07:00", "2027-01-03T18:00:00+00:00", "2026-W53"),
        ("UTC", "07:00", "2027-01-04T07:00:00+00:00", "2026-W53"),
        ("UTC", "07:00", "2027-01-11T06:59:00+00:00", "2026-W53"),
        ("UTC", "07:00", "2027-01-11T07:00:00+00:00", "2027-W01"),
    ],
)
def test_due_week_is_judged_in_the_configured_zone(
    zone: str, send_time: str, moment: str, due: str
) -> None:
    """The due week changes exactly at the local send moment, in every zone."""
    schedule = SendSchedule.parse("mon", send_time, zone)
    assert schedule.due_week(at(moment)).id == due


def test_due_week_rejects_a_naive_moment() -> None:
    """A naive clock reading raises ConfigError instead of guessing a zone."""
    with pytest.raises(ConfigError, match="timezone-aware"):
        SendSchedule.parse("mon", "07:00", "UTC").due_week(dt.datetime(2026, 11, 30, 7, 0))


def test_scheduled_run_sends_then_says_sent_and_refuses_late_weeks() -> None:
    """A due week is sent while within the lateness, reported sent after, and refused once late."""
    schedule = SendSchedule.parse("mon", "07:00", "Europe/Berlin")
    week = schedule.week("2026-W48")
    due = schedule.send_moment(week)  # Mon 30 Nov 07:00 CET = 06:00 UTC
    assert scheduled_run(schedule, due, is_sent=never_sent).action == "send"
    in_time = due + schedule.lateness
    assert scheduled_run(schedule, in_time, is_sent=never_sent).action == "send"
    late = scheduled_run(schedule, in_time + dt.timedelta(seconds=1), is_sent=never_sent)
    assert (late.week, late.action) == (week, "late")
    sent = scheduled_run(schedule, due, is_sent=lambda candidate: candidate == week)
    assert (sent.week, sent.action) == (week, "sent")


@pytest.mark.parametrize("hours", [1, 24, 48, 100])
def test_lateness_is_configurable(hours: int) -> None:
    """The lateness after which a scheduled run stops sending is the configured number of hours."""
    schedule = SendSchedule.parse(
        "mon", "05:00", "Asia/Shanghai", lateness=dt.timedelta(hours=hours)
    )
    week = schedule.week("2026-W47")
    deadline = schedule.send_moment(week) + dt.timedelta(hours=hours)
    assert schedule.deadline(week) == deadline
    assert scheduled_run(schedule, deadline, is_sent=never_sent).action == "send"
    assert scheduled_run(
        schedule, deadline + dt.timedelta(minutes=1), is_sent=never_sent
    ).action == ("late" if hours < 24 * 7 - 1 else "send")


@pytest.mark.parametrize(
    ("zone", "moment", "sent", "expected"),
    [
        # Monday before the send time: the week that just ended.
        ("Asia/Shanghai", "2026-11-30T03:00:00+08:00", set(), "2026-W48"),
        ("Pacific/Auckland", "2026-11-30T06:59:00+13:00", {"2026-W47"}, "2026-W48"),
        ("America/Los_Angeles", "2026-11-30T06:00:00-08:00", {"2026-W47"}, "2026-W48"),
        # After the send moment, once sent: the current week (next Monday's issue).
        ("Europe/Berlin", "2026-11-30T09:00:00+01:00", {"2026-W48"}, "2026-W49"),
        # After the send moment, not sent yet: still the week that ended.
        ("Europe/Berlin", "2026-11-30T09:00:00+01:00", set(), "2026-W48"),
        # Past the lateness and never sent: the next scheduled send delivers the next week.
        ("UTC", "2026-12-03T09:00:00+00:00", set(), "2026-W49"),
        # Around New Year and week 53.
        ("Pacific/Auckland", "2027-01-04T06:00:00+13:00", {"2026-W52"}, "2026-W53"),
        ("Pacific/Auckland", "2027-01-04T08:00:00+13:00", {"2026-W53"}, "2027-W01"),
        ("UTC", "2026-12-30T12:00:00+00:00", {"2026-W52"}, "2026-W53"),
    ],
)
def test_issue_week_is_the_week_the_next_scheduled_send_delivers(
    zone: str, moment: str, sent: set[str], expected: str
) -> None:
    """issue_week names the due week until it is sent or late, then the week after it."""
    schedule = SendSchedule.parse("mon", "07:00", zone)
    week = issue_week(schedule, at(moment), is_sent=lambda candidate: candidate.id in sent)
    assert week.id == expected
    assert week.zone == schedule.zone


def test_issue_week_agrees_with_what_the_next_scheduled_run_sends() -> None:
    """Hour by hour over three weeks, the week to work on is the one the next sending run sends."""
    schedule = SendSchedule.parse("mon", "05:00", "Asia/Shanghai")
    sent: set[str] = {"2026-W45"}
    runs = [at("2026-11-16T00:05:00+00:00") + dt.timedelta(hours=h) for h in range(24 * 21)]
    promised: list[tuple[dt.datetime, str]] = []
    for now in runs:
        promised.append((now, issue_week(schedule, now, is_sent=lambda w: w.id in sent).id))
        run = scheduled_run(schedule, now, is_sent=lambda w: w.id in sent)
        if run.action == "send":
            sent.add(run.week.id)
            # Every promise made since the previous send named the week sent now.
            assert {week for _, week in promised} == {run.week.id}
            promised.clear()
    assert sent == {"2026-W45", "2026-W46", "2026-W47", "2026-W48", "2026-W49"}


def test_week_parsed_by_a_schedule_is_counted_in_its_zone() -> None:
    """schedule.week gives the week on the schedule's calendar, equal to the plain one."""
    schedule = SendSchedule.parse("mon", "07:00", "Pacific/Auckland")
    week = schedule.week("2026-W48")
    assert week == parse_week("2026-W48")
    assert week.start_utc == at("2026-11-22T11:00:00+00:00")
