"""When each week's issue goes out, and which week the next scheduled send delivers (pure).

The issue of ISO week W goes out on the configured weekday and time of week W+1
(``NEWSLETTER_SEND_WEEKDAY``, ``NEWSLETTER_SEND_TIME``), read on the wall clock of
``NEWSLETTER_TIMEZONE``; weeks are counted on that zone's calendar too, so an hourly
``send --scheduled`` sends at its first run after that local moment in every zone. A week
whose send moment is more than ``NEWSLETTER_SEND_LATENESS_HOURS`` old is no longer sent by a
scheduled run (the editor sends it by naming it with ``--week``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from newsletter.errors import ConfigError
from newsletter.weeks import IsoWeek, current_week, load_zone, parse_week, wall_clock_instant

if TYPE_CHECKING:
    from newsletter.config import Settings

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DEFAULT_LATENESS = dt.timedelta(days=2)  # issue 11: "default 2 days after its send time"

Action = Literal["send", "sent", "late"]


@dataclass(frozen=True, slots=True)
class SendSchedule:
    """The weekly send moment: ``weekday`` (0 = Monday) at ``time`` on ``zone``'s wall clock.

    ``lateness`` is how long after its send moment a scheduled run still sends a week.
    """

    weekday: int
    time: dt.time
    zone: dt.tzinfo
    lateness: dt.timedelta = DEFAULT_LATENESS

    @classmethod
    def from_settings(cls, settings: Settings) -> SendSchedule:
        """Build the schedule from ``NEWSLETTER_SEND_WEEKDAY/SEND_TIME/TIMEZONE/SEND_LATENESS_HOURS``.

        Raises ConfigError when the time zone is unknown.
        """
        return cls.parse(
            settings.send_weekday,
            settings.send_time,
            settings.timezone,
            lateness=dt.timedelta(hours=settings.send_lateness_hours),
        )

    @classmethod
    def parse(
        cls,
        weekday: str,
        send_time: str,
        timezone: str,
        *,
        lateness: dt.timedelta = DEFAULT_LATENESS,
    ) -> SendSchedule:
        """Build a schedule from ``mon``..``sun``, ``HH:MM`` and an IANA zone name.

        Raises ConfigError naming the bad value.
        """
        if weekday not in WEEKDAYS:
            message = f"Send weekday {weekday!r} is not one of {', '.join(WEEKDAYS)}."
            raise ConfigError(message)
        hours, _, minutes = send_time.partition(":")
        try:
            time = dt.time(int(hours), int(minutes))
        except ValueError as exc:
            message = f"Send time {send_time!r} is not HH:MM in 24-hour time, e.g. 07:00."
            raise ConfigError(message) from exc
        return cls(WEEKDAYS.index(weekday), time, load_zone(timezone), lateness)

    def week(self, text: str) -> IsoWeek:
        """Parse an ISO week id counted in this schedule's zone (ConfigError when malformed)."""
        return parse_week(text, self.zone)

    def current_week(self, now: dt.datetime) -> IsoWeek:
        """Return the week that contains ``now`` (aware) on this schedule's calendar."""
        return current_week(now, self.zone)

    def send_moment(self, week: IsoWeek) -> dt.datetime:
        """Return the aware UTC instant from which the issue of ``week`` may be sent.

        That is the configured weekday and time of the following week on the zone's wall
        clock; a time the clocks skip (DST) gives the moment they jump past it, a time shown
        twice its first occurrence (see ``weeks.wall_clock_instant``).
        """
        day = week.end + dt.timedelta(days=self.weekday)
        return wall_clock_instant(day, self.time, self.zone)

    def deadline(self, week: IsoWeek) -> dt.datetime:
        """Return the instant after which a scheduled run no longer sends ``week`` (UTC)."""
        return self.send_moment(week) + self.lateness

    def due_week(self, now: dt.datetime) -> IsoWeek:
        """Return the newest week whose send moment is at or before ``now`` (aware).

        Raises ConfigError for a naive ``now``.
        """
        week = self.current_week(now).previous()
        while self.send_moment(week) > now:
            week = week.previous()
        return week

    def local(self, moment: dt.datetime) -> str:
        """Format an instant on the zone's wall clock: ``Mon 2026-11-30 07:00 Europe/Berlin``."""
        return f"{moment.astimezone(self.zone):%a %Y-%m-%d %H:%M} {self.zone}"


@dataclass(frozen=True, slots=True)
class ScheduledRun:
    """What ``send --scheduled`` does at one moment: ``send`` the week, or nothing because
    it was already ``sent`` or is ``late`` (past its deadline)."""

    week: IsoWeek
    action: Action


def scheduled_run(
    schedule: SendSchedule, now: dt.datetime, *, is_sent: Callable[[IsoWeek], bool]
) -> ScheduledRun:
    """Decide what a scheduled send run at ``now`` does with the due week.

    ``is_sent`` tells whether a week's issue has been sent (the issue store's answer).
    """
    week = schedule.due_week(now)
    if is_sent(week):
        return ScheduledRun(week, "sent")
    if now > schedule.deadline(week):
        return ScheduledRun(week, "late")
    return ScheduledRun(week, "send")


def issue_week(
    schedule: SendSchedule, now: dt.datetime, *, is_sent: Callable[[IsoWeek], bool]
) -> IsoWeek:
    """Return the week the next scheduled send delivers: the issue to work on at ``now``.

    The due week while a scheduled run would still send it; once it is sent (or past its
    deadline) the week after it, whose send moment is still ahead. ``preview``, ``preview
    --serve``, ``send`` and ``send --scheduled`` all default to this week.
    """
    run = scheduled_run(schedule, now, is_sent=is_sent)
    return run.week if run.action == "send" else run.week.next()
