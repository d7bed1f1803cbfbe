"""Per-field audience counts for the editor: followers now, and joins and departures in a window.

Counts only, never who: ``field_events`` holds no subscriber id (the triggers of migration
0004 write it), and the follower count is an aggregate. A reader *follows* a field while
subscribed to it with status active or paused.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

import sqlalchemy as sa

from subscribers.dberrors import storage_errors
from subscribers.tables import field_events, subscriber_fields, subscribers

FOLLOWING = ("active", "paused")
EVENT_KINDS = ("joined", "left", "bounced", "complained")


@dataclass(frozen=True, slots=True)
class FieldChanges:
    """How a field's audience changed in one window: readers who joined, left, bounced, complained."""

    joined: int = 0
    left: int = 0  # unsubscribed from the field or from everything, or erased
    bounced: int = 0
    complained: int = 0

    @property
    def net(self) -> int:
        """Followers gained (negative: lost) over the window."""
        return self.joined - self.left - self.bounced - self.complained


def followers_now(engine: sa.Engine) -> dict[str, int]:
    """Return how many readers follow each field right now (fields nobody follows are absent)."""
    query = (
        sa.select(subscriber_fields.c.field_slug, sa.func.count())
        .join(subscribers, subscribers.c.id == subscriber_fields.c.subscriber_id)
        .where(subscribers.c.status.in_(FOLLOWING))
        .group_by(subscriber_fields.c.field_slug)
    )
    with storage_errors("count followers"), engine.connect() as connection:
        return {slug: int(count) for slug, count in connection.execute(query)}


def changes_between(
    engine: sa.Engine, start: dt.datetime, end: dt.datetime | None = None
) -> dict[str, FieldChanges]:
    """Return each field's audience changes in ``[start, end)`` (``end`` None: up to now).

    Times are aware datetimes (UTC). Fields without a change are absent.
    """
    query = (
        sa.select(field_events.c.field_slug, field_events.c.kind, sa.func.count())
        .where(field_events.c.at >= start)
        .group_by(field_events.c.field_slug, field_events.c.kind)
    )
    if end is not None:
        query = query.where(field_events.c.at < end)
    counts: dict[str, Counter[str]] = {}
    with storage_errors("count audience changes"), engine.connect() as connection:
        for slug, kind, count in connection.execute(query):
            counts.setdefault(slug, Counter())[kind] += int(count)
    return {
        slug: FieldChanges(**{kind: found[kind] for kind in EVENT_KINDS})
        for slug, found in counts.items()
    }
