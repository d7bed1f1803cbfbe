"""ISO weeks: the id of every issue ("2026-W48") and the UTC window it covers."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from newsletter.errors import ConfigError

_WEEK_RE = re.compile(r"^\s*(\d{4})-?[Ww](\d{1,2})\s*$")


@dataclass(frozen=True, slots=True, order=True)
class IsoWeek:
    """One ISO week: Monday 00:00 UTC up to (not including) the next Monday 00:00 UTC."""

    id: str  # "2026-W48"
    start: dt.date  # the Monday

    @classmethod
    def from_date(cls, day: dt.date) -> IsoWeek:
        """Return the ISO week that contains ``day``."""
        year, week, _ = day.isocalendar()
        return cls(id=f"{year:04d}-W{week:02d}", start=dt.date.fromisocalendar(year, week, 1))

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
        """Monday 00:00 UTC, inclusive."""
        return dt.datetime.combine(self.start, dt.time(0, 0), tzinfo=dt.UTC)

    @property
    def end_utc(self) -> dt.datetime:
        """The next Monday 00:00 UTC, exclusive."""
        return dt.datetime.combine(self.end, dt.time(0, 0), tzinfo=dt.UTC)

    def previous(self, n: int = 1) -> IsoWeek:
        """Return the week ``n`` weeks before this one (``n`` may be 0 or negative)."""
        return IsoWeek.from_date(self.start - dt.timedelta(weeks=n))

    def contains(self, moment: dt.datetime) -> bool:
        """Tell whether an aware datetime falls inside this week's UTC window."""
        return self.start_utc <= moment < self.end_utc

    def __str__(self) -> str:
        return self.id


def parse_week(text: str) -> IsoWeek:
    """Parse an ISO week id such as ``2026-W48`` (also ``2026W48``, ``2026-w48``).

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
    return IsoWeek(id=f"{year:04d}-W{week:02d}", start=start)


def current_week(now: dt.datetime) -> IsoWeek:
    """Return the ISO week containing ``now`` (an aware datetime, taken in UTC).

    Raises ConfigError for a naive datetime, whose week would depend on the machine's zone.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        message = f"current_week needs a timezone-aware datetime, got naive {now.isoformat()}; pass datetime.now(UTC)."
        raise ConfigError(message)
    return IsoWeek.from_date(now.astimezone(dt.UTC).date())
