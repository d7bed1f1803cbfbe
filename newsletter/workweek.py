"""The issue to work on, and the weeks an editor can switch between (reads the database).

``week_to_work_on`` is the one answer to "which week?" that ``newsletter preview``, ``preview
--serve``, ``send`` and ``send --scheduled`` share: the week the next scheduled send delivers
(``sendtime.issue_week``), with the issue store telling which weeks were already sent.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from newsletter.db.guard import database_errors
from newsletter.db.issuestore import SENT, issue_status, issue_statuses
from newsletter.db.tables import articles
from newsletter.errors import ConfigError
from newsletter.sendtime import SendSchedule, issue_week
from newsletter.weeks import IsoWeek


def week_to_work_on(engine: sa.Engine, schedule: SendSchedule, now: dt.datetime) -> IsoWeek:
    """Return the week the next scheduled send delivers at ``now`` (aware; the caller's clock).

    Raises DatabaseError when the issue store cannot be read.
    """
    return issue_week(schedule, now, is_sent=lambda week: issue_status(engine, week.id) == SENT)


@dataclass(frozen=True, slots=True)
class WeekEntry:
    """One week of the editor's week switcher.

    ``reports`` counts the stored articles published in the week (its zone's calendar);
    ``status`` is the stored issue's (``draft``, ``sending``, ``sent``) or None when not
    stored; ``has_draft`` tells whether ``drafts/<week>.toml`` exists.
    """

    week: IsoWeek
    reports: int
    has_draft: bool
    status: str | None


def list_weeks(
    engine: sa.Engine,
    schedule: SendSchedule,
    drafts_dir: Path,
    *,
    include: IsoWeek | None = None,
) -> list[WeekEntry]:
    """Return the weeks that have reports, a draft file or a stored issue, newest first.

    ``include`` (e.g. the week to work on) is listed even when it has none of them. Weeks
    are counted on ``schedule``'s zone. Raises DatabaseError when the database cannot be
    read.
    """
    zone = schedule.zone
    counts: Counter[str] = Counter()
    weeks: dict[str, IsoWeek] = {}
    with database_errors("list the weeks"), engine.connect() as connection:
        for (published,) in connection.execute(sa.select(articles.c.published_at)):
            week = IsoWeek.from_date(published.astimezone(zone).date(), zone)
            counts[week.id] += 1
            weeks.setdefault(week.id, week)
    statuses = issue_statuses(engine)
    drafted = set()
    for path in drafts_dir.glob("*.toml") if drafts_dir.is_dir() else ():
        try:
            week = schedule.week(path.stem)
        except ConfigError:
            continue  # not a week's draft (an editor's scratch file)
        drafted.add(week.id)
        weeks.setdefault(week.id, week)
    for issue_id in statuses:
        try:
            weeks.setdefault(issue_id, schedule.week(issue_id))
        except ConfigError:
            continue
    if include is not None:
        weeks.setdefault(include.id, include.in_zone(zone))
    return [
        WeekEntry(
            week=week,
            reports=counts[week.id],
            has_draft=week.id in drafted,
            status=statuses.get(week.id),
        )
        for week in sorted(weeks.values(), reverse=True)
    ]
