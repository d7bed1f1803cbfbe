"""A dry run: the same pass as a send, rendering every variant, but nothing claimed or sent."""

from __future__ import annotations

import sqlalchemy as sa

from newsletter.deliver import ledger
from newsletter.deliver.dispatch import Recipients
from newsletter.deliver.ports import ProgressReporter
from newsletter.deliver.summary import Tally
from newsletter.models import RenderedEmail


class DryRun:
    """Count what a send would do with each batch, from the ledger, without writing."""

    def __init__(
        self,
        engine: sa.Engine,
        issue_id: str,
        tally: Tally,
        progress: ProgressReporter,
        *,
        retry_unknown: bool,
    ) -> None:
        """Count into ``tally``; ``retry_unknown`` counts unknown rows as would-be sends."""
        self.engine = engine
        self.issue_id = issue_id
        self.tally = tally
        self.progress = progress
        self.retry_unknown = retry_unknown

    def check(self, rendered: RenderedEmail, field_set: str, batch: Recipients) -> None:
        """Classify one batch: would send, already sent, unknown or in progress elsewhere."""
        ids = [subscriber_id for subscriber_id, _ in batch]
        with ledger.transaction(self.engine, f"read deliveries of issue {self.issue_id}") as c:
            found = ledger.statuses(c, self.issue_id, ids)
        for subscriber_id in ids:
            status = found.get(subscriber_id)
            if status == ledger.SENT:
                self.tally.already_sent += 1
            elif status == ledger.CLAIMED:
                self.tally.in_progress += 1
            elif status == ledger.UNKNOWN and not self.retry_unknown:
                self.tally.unknown += 1
            else:
                self.tally.sent += 1
        self.progress.advance(len(ids))
