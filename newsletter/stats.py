"""How each field is doing, week by week: audience, the verdict sent, and what readers said.

Per field and ISO week: readers following it at the end of the week (or now, for the week
under way), readers who joined, left (unsubscribed from the field or from everything, or
erased), bounced or complained, the verdict that week's issue gave the field and how many
readers it was sent to, and the readers' yes / no votes and comments on it. Counts only:
nothing here names or tracks a reader.

A join is counted in the week the reader joined: the consent's time for a registration (an
imported reader's ``consented_at``, however long before the import), the moment of the
confirmation or preferences change otherwise; an unsubscribe at its ``unsubscribed_at``
(migration 0008). Followers at the end of a past week are today's followers with the changes
logged since then undone; changes from before the audience log existed (migration 0004) are not known, so
joins and departures of such weeks read 0.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import asdict, dataclass

import sqlalchemy as sa

from newsletter.deliver.ledger import sent_per_field_set
from newsletter.editorial import EditorialConfig
from newsletter.feedback import ShownVerdicts
from newsletter.weeks import IsoWeek, current_week
from subscribers.audience import FieldChanges, changes_between, followers_now
from subscribers.votes import VoteStore

DEFAULT_WEEKS = 4
MAX_WEEKS = 520  # ten years of weekly issues


@dataclass(frozen=True, slots=True)
class FieldWeek:
    """One field in one ISO week (``verdict`` None when no email of that week showed the field)."""

    field: str
    field_name: str
    week: str
    following: int
    joined: int
    left: int
    bounced: int  # bounced or complained
    verdict: str | None  # the label the emails printed ("Must read"); None: in no email
    shown_to: int  # readers the week's issue was sent to with this field in it
    votes_yes: int
    votes_no: int
    comments: int

    def as_json(self) -> dict[str, object]:
        """Return the row as JSON-ready data."""
        return asdict(self)


def report_weeks(last: IsoWeek, count: int) -> list[IsoWeek]:
    """Return the ``count`` weeks ending with ``last``, oldest first."""
    return [last.previous(back) for back in range(count - 1, -1, -1)]


def field_weeks(
    engine: sa.Engine,
    editorial: EditorialConfig,
    weeks: Sequence[IsoWeek],
    *,
    now: dt.datetime | None = None,
) -> list[FieldWeek]:
    """Return one FieldWeek per configured field and week of ``weeks`` (field order, then week).

    Raises DatabaseError or SubscriberError when the database fails.
    """
    moment = now or dt.datetime.now(dt.UTC)
    ordered = sorted(weeks)
    following = followers_now(engine)
    # Changes after each week's end, to walk the follower count back from now.
    after: dict[IsoWeek, dict[str, FieldChanges]] = {
        week: changes_between(engine, week.end_utc) if week.end_utc <= moment else {}
        for week in ordered
    }
    within = {week: changes_between(engine, week.start_utc, week.end_utc) for week in ordered}
    shown = ShownVerdicts(engine)
    verdicts = {week: shown.verdicts_of(week.id) for week in ordered}
    sent_to = _sent_per_field(engine, [week.id for week in ordered])
    tallies = {
        (tally.issue_id, tally.field_slug): tally
        for tally in VoteStore(engine).tallies([week.id for week in ordered])
    }
    rows = []
    for field in editorial.fields:
        for week in ordered:
            changes = within[week].get(field.slug, FieldChanges())
            undone = after[week].get(field.slug, FieldChanges())
            verdict = verdicts[week].get(field.slug)
            tally = tallies.get((week.id, field.slug))
            # Readers of a field without reports got a "nothing new" line, not its verdict.
            shown_to = sent_to.get((week.id, field.slug), 0) if verdict else 0
            rows.append(
                FieldWeek(
                    field=field.slug,
                    field_name=field.name,
                    week=week.id,
                    following=max(0, following.get(field.slug, 0) - undone.net),
                    joined=changes.joined,
                    left=changes.left,
                    bounced=changes.bounced + changes.complained,
                    # A field in no email (no report that week) had a verdict nobody saw.
                    verdict=verdict.label if verdict and shown_to else None,
                    shown_to=shown_to,
                    votes_yes=tally.yes if tally else 0,
                    votes_no=tally.no if tally else 0,
                    comments=tally.comments if tally else 0,
                )
            )
    return rows


def weeks_before(
    engine: sa.Engine,
    editorial: EditorialConfig,
    week: IsoWeek,
    *,
    count: int = 3,
    now: dt.datetime | None = None,
) -> dict[str, list[FieldWeek]]:
    """Return, by field slug, the ``count`` weeks before ``week`` (oldest first).

    What the editor's preview shows beside each field: how readers took the verdicts of the
    issues before the one being edited. Raises DatabaseError or SubscriberError.
    """
    earlier = report_weeks(week.previous(), count)
    grouped: dict[str, list[FieldWeek]] = {}
    for row in field_weeks(engine, editorial, earlier, now=now):
        grouped.setdefault(row.field, []).append(row)
    return grouped


def last_weeks(
    count: int, *, zone: dt.tzinfo = dt.UTC, now: dt.datetime | None = None
) -> list[IsoWeek]:
    """Return the ``count`` weeks up to and including the current one, oldest first.

    Weeks are counted on ``zone``'s calendar (``NEWSLETTER_TIMEZONE``), as the issues are.
    """
    return report_weeks(current_week(now or dt.datetime.now(dt.UTC), zone), count)


def _sent_per_field(engine: sa.Engine, issue_ids: Sequence[str]) -> dict[tuple[str, str], int]:
    """Return, per (issue, field), how many readers were sent a message with that field."""
    counts: dict[tuple[str, str], int] = {}
    for issue_id, field_set, count in sent_per_field_set(engine, issue_ids):
        for slug in field_set.split(","):
            counts[(issue_id, slug)] = counts.get((issue_id, slug), 0) + count
    return counts
