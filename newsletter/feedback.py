"""What a verdict-feedback link may vote on: the verdict a reader was actually shown.

A vote counts only for a field that was in that reader's copy of the issue: the delivery
ledger holds the field-set each reader was sent, and the issue's frozen snapshot the verdict
each field had. Reads only; the votes themselves live in ``subscribers.votes``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import sqlalchemy as sa

from newsletter.db.issuestore import FROZEN, issue_status, latest_frozen_ids
from newsletter.deliver.ledger import CLAIMED, SENT, UNKNOWN, delivery_of
from newsletter.issues import load_issue

# Ledger states in which the email may have reached the reader (sent, or on the wire).
_MAY_HAVE_ARRIVED = (SENT, UNKNOWN, CLAIMED)


@dataclass(frozen=True, slots=True)
class ShownVerdict:
    """One field's verdict as a reader saw it in one issue."""

    issue_id: str
    field_slug: str
    field_name: str
    verdict: str  # Verdict value: must-read, worth-a-skim, skip
    label: str  # as the email printed it: "Must read"
    score: int  # 0-100
    reason: str


class ShownVerdicts:
    """Find the verdict a reader was shown; frozen issues are read once and kept (thread-safe)."""

    def __init__(self, engine: sa.Engine) -> None:
        """Read from ``engine``'s delivery ledger and issues."""
        self.engine = engine
        self._issues: dict[str, dict[str, ShownVerdict]] = {}
        self._lock = threading.Lock()

    def find(self, issue_id: str, subscriber_id: str, field_slug: str) -> ShownVerdict | None:
        """Return the verdict of ``field_slug`` in the reader's copy of the issue, or None.

        None when the ledger has no (possibly) delivered message of that issue to that reader,
        or the field was not in it. Raises DatabaseError when the database fails.
        """
        row = delivery_of(self.engine, issue_id, subscriber_id)
        if row is None:
            return None
        field_set, status = row
        if status not in _MAY_HAVE_ARRIVED or field_slug not in field_set.split(","):
            return None
        return self.verdicts_of(issue_id).get(field_slug)

    def is_closed(self, issue_id: str, latest: int) -> bool:
        """Tell whether ``latest`` issues newer than ``issue_id`` were sent (voting closed).

        Issue ids are ISO weeks, so they sort in time order. Raises DatabaseError when the
        database fails.
        """
        newest = latest_frozen_ids(self.engine, latest)
        return len(newest) == latest and issue_id < newest[-1]

    def verdicts_of(self, issue_id: str) -> dict[str, ShownVerdict]:
        """Return the verdict of every field with reports in a frozen issue by slug.

        Empty if the issue is not frozen. Fields without reports are left out: readers who
        follow them got a "nothing new" line, no verdict.
        """
        with self._lock:
            known = self._issues.get(issue_id)
        if known is not None:
            return known
        if issue_status(self.engine, issue_id) not in FROZEN:
            return {}
        issue = load_issue(self.engine, issue_id)
        if issue is None:
            return {}
        verdicts = {
            verdict.slug: ShownVerdict(
                issue_id=issue_id,
                field_slug=verdict.slug,
                field_name=verdict.name,
                verdict=verdict.verdict.value,
                label=verdict.verdict.label,
                score=verdict.score,
                reason=verdict.reason,
            )
            for verdict in issue.verdicts
            # A field without reports is one "nothing new" line in the email, no verdict.
            if verdict.has_content
        }
        with self._lock:
            self._issues[issue_id] = verdicts  # a frozen snapshot never changes
        return verdicts
