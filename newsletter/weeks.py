"""ISO weeks: the id of every issue ("2026-W48") and the window of time it covers.

A week is judged in the newsletter's configured time zone (``NEWSLETTER_TIMEZONE``): issue
2026-W48 of a Shanghai newsletter covers Monday 00:00 to the next Monday 00:00 *Shanghai
time*. Zone data comes from the system database or, where there is none (slim container
images), from the ``tzdata`` package this project depends on (``zoneinfo`` falls back to it).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newsletter.errors import ConfigError

_WEEK_RE = re.compile(r"^\s*(\d{4})-?[Ww](\d{1,2})\s*$")
_MIDNIGHT = dt.time(0, 0)


def load_zone(name: str) -> ZoneInfo:
    """Return the IANA time zone ``name`` (e.g. ``Europe/Berlin``, ``UTC``).

    Raises ConfigError naming the setting when the name is not an IANA zone. Zone data is
    read from the system database, else from the ``tzdata`` package (PEP 615).
    """
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        message = (
            f"Setting NEWSLETTER_TIMEZONE={name!r} is not an IANA time zone; "
            "use a name such as Europe/Paris, Asia/Shanghai or UTC."
        )
        raise ConfigError(message) from exc


def wall_clock_instant(day: dt.date, time: dt.time, zone: dt.tzinfo) -> dt.datetime:
    """Return the first instant (aware, UTC) at which ``zone``'s wall clock shows ``day time`` or later.

    For an ordinary local time that is simply that time. A time shown twice (clocks set back,
    e.g. 02:30 on the last Sunday of October in Europe/Berlin) gives its first occurrence. A
    time that never appears (clocks set forward over it, e.g. 02:30 on the last Sunday of
    March in Europe/Berlin, or all of 2011-12-30 in Pacific/Apia) gives the moment the clocks
    jump past it, which is when the wall clock first shows a later time (cron does the same
    with jobs set in a skipped hour).
    """
    wanted = dt.datetime.combine(day, time)
    first = wanted.replace(tzinfo=zone, fold=0).astimezone(dt.UTC)
    if first.astimezone(zone).replace(tzinfo=None) == wanted:
        return first  # the time exists; fold=0 is its first occurrence (PEP 495)
    # Skipped: with fold=1 (the offset after the jump) the instant lies before the jump and
    # with fold=0 after it; bisect (in whole seconds, as zone offsets are) to the jump.
    low = int(wanted.replace(tzinfo=zone, fold=1).timestamp())
    high = int(first.timestamp())
    low, high = min(low, high), max(low, high)
    before = _offset_at(low, zone)
    while high - low > 1:
        middle = (low + high) // 2
        if _offset_at(middle, zone) == before:
            low = middle
        else:
            high = middle
    return dt.datetime.fromtimestamp(high, dt.UTC)


def _offset_at(timestamp: int, zone: dt.tzinfo) -> dt.timedelta | None:
    return dt.datetime.fromtimestamp(timestamp, zone).utcoffset()


@dataclass(frozen=True, slots=True, order=True)
class IsoWeek:
    """One ISO week in a time zone: Monday 00:00 up to (not including) the next Monday 00:00 there.

    Weeks compare and hash by id only; ``zone`` (UTC unless given) says where the days are
    counted, so ``start_utc`` and ``end_utc`` are the zone's midnights as UTC instants.
    """

    id: str  # "2026-W48"
    start: dt.date  # the Monday
    zone: dt.tzinfo = field(default=dt.UTC, compare=False)

    @classmethod
    def from_date(cls, day: dt.date, zone: dt.tzinfo = dt.UTC) -> IsoWeek:
        """Return the ISO week that contains the calendar day ``day`` (a day of ``zone``)."""
        year, week, _ = day.isocalendar()
        start = dt.date.fromisocalendar(year, week, 1)
        return cls(id=f"{year:04d}-W{week:02d}", start=start, zone=zone)

    @property
    def year(self) -> int:
        """The ISO year (can differ from the calendar year around New Year)."""
        return self.start.isocalendar()[0]

    @property
    def number(self) -> int:
        """The week number, 1-53."""
        return self.start.isocalendar()[1]

    @property
    def end(self) -> dt.date:
        """The Monday after this week (exclusive end)."""
        return self.start + dt.timedelta(days=7)

    @property
    def start_utc(self) -> dt.datetime:
        """Monday 00:00 in the week's zone, as an aware UTC instant (inclusive)."""
        return wall_clock_instant(self.start, _MIDNIGHT, self.zone)

    @property
    def end_utc(self) -> dt.datetime:
        """The next Monday 00:00 in the week's zone, as an aware UTC instant (exclusive)."""
        return wall_clock_instant(self.end, _MIDNIGHT, self.zone)

    def previous(self, n: int = 1) -> IsoWeek:
        """Return the week ``n`` weeks before this one, in the same zone (``n`` may be 0 or negative)."""
        return IsoWeek.from_date(self.start - dt.timedelta(weeks=n), self.zone)

    def next(self, n: int = 1) -> IsoWeek:
        """Return the week ``n`` weeks after this one, in the same zone."""
        return self.previous(-n)

    def in_zone(self, zone: dt.tzinfo) -> IsoWeek:
        """Return the same ISO week counted in ``zone``."""
        return IsoWeek(id=self.id, start=self.start, zone=zone)

    def contains(self, moment: dt.datetime) -> bool:
        """Tell whether an aware datetime falls inside this week's window."""
        return self.start_utc <= moment < self.end_utc

    def __str__(self) -> str:
        return self.id


def parse_week(text: str, zone: dt.tzinfo = dt.UTC) -> IsoWeek:
    """Parse an ISO week id such as ``2026-W48`` (also ``2026W48``, ``2026-w48``), counted in ``zone``.

    Raises ConfigError naming the bad value and the expected form.
    """
    match = _WEEK_RE.match(text)
    if match is None:
        message = f"Week {text!r} is not an ISO week; write it as YYYY-Www, e.g. 2026-W48."
        raise ConfigError(message)
    year, week = int(match.group(1)), int(match.group(2))
    try:
        start = dt.date.fromisocalendar(year, week, 1)
    except ValueError as exc:
        message = f"Week {text!r} does not exist: {year} has no ISO week {week}; use a week from 1 to 52 (53 in long years), e.g. {year}-W01."
        raise ConfigError(message) from exc
    return IsoWeek(id=f"{year:04d}-W{week:02d}", start=start, zone=zone)


def current_week(now: dt.datetime, zone: dt.tzinfo = dt.UTC) -> IsoWeek:
    """Return the ISO week containing ``now`` (an aware datetime) as seen on ``zone``'s calendar.

    Raises ConfigError for a naive datetime, whose week would depend on the machine's zone.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        message = f"current_week needs a timezone-aware datetime, got naive {now.isoformat()}; pass datetime.now(UTC)."
        raise ConfigError(message)
    return IsoWeek.from_date(now.astimezone(zone).date(), zone)
