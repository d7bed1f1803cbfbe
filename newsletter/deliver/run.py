"""One send run: what it works with, the streaming pass that groups recipients into batches."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

import sqlalchemy as sa

from newsletter.db.issuestore import mark_issue_sent
from newsletter.deliver import ledger
from newsletter.deliver.dispatch import Dispatcher, Recipients
from newsletter.deliver.ledger import SqlLedger
from newsletter.deliver.ports import LinkMinter, ProgressReporter, RecipientSource, Sender
from newsletter.deliver.summary import Tally
from newsletter.deliver.variants import Variants
from newsletter.models import Issue, RenderedEmail

PAGE_SIZE = 5000  # subscribers read per page

Handler = Callable[[RenderedEmail, str, Recipients], None]


@dataclass
class SendRun:
    """What one run works with, and what it has counted so far."""

    ledger: SqlLedger
    issue: Issue
    recipients: RecipientSource
    variants: Variants
    links: LinkMinter
    progress: ProgressReporter
    retry_unknown: bool
    batch_size: int  # the sender's batch limit
    page_size: int = PAGE_SIZE
    started: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    tally: Tally = field(default_factory=Tally)

    @property
    def engine(self) -> sa.Engine:
        """The database of the ledger and the issue."""
        return self.ledger.engine

    def dispatcher(self, sender: Sender, owner: str, heartbeat: Callable[[], None]) -> Dispatcher:
        """Return a Dispatcher for this run's issue, counters and progress."""
        return Dispatcher(
            ledger=self.ledger,
            recipients=self.recipients,
            sender=sender,
            links=self.links,
            issue_id=self.issue.id,
            owner=owner,
            tally=self.tally,
            progress=self.progress,
            started=self.started,
            retry_unknown=self.retry_unknown,
            heartbeat=heartbeat,
        )


def stream_batches(run: SendRun, handle: Handler, is_stopped: Callable[[], bool]) -> bool:
    """Group streamed recipients by variant and hand over full batches; True if it finished.

    Pages are read in this thread, between batches: a reader thread would queue for the
    interpreter lock after every row SQLite returns while this thread builds requests.
    """
    buffers: dict[str, list[tuple[str, str]]] = {}
    key_for = run.variants.key_for
    batch_size = run.batch_size
    for page in run.recipients.iter_recipient_rows(batch_size=run.page_size):
        skipped = 0
        for subscriber_id, email, fields in page:
            key = key_for(fields)
            if not key:
                skipped += 1
                continue
            buffer = buffers.get(key)
            if buffer is None:
                buffer = buffers[key] = []
            buffer.append((subscriber_id, email))
            if len(buffer) >= batch_size:
                handle(run.variants.rendered(key), key, buffer)
                buffers[key] = []
        run.tally.skipped_no_content += skipped
        run.progress.advance(skipped)
        if is_stopped():
            return False
    for key, buffer in buffers.items():
        if buffer:
            handle(run.variants.rendered(key), key, buffer)
            if is_stopped():
                return False
    return True


def count_without_content(
    recipients: RecipientSource, variants: Variants, page_size: int = PAGE_SIZE
) -> int:
    """Count the active recipients none of whose fields has content: those a send skips.

    The same test as ``stream_batches`` (an empty ``Variants.key_for``), so a summary of an
    issue already sent counts the readers its send skipped.
    """
    return sum(
        1
        for page in recipients.iter_recipient_rows(batch_size=page_size)
        for _subscriber_id, _email, fields in page
        if not variants.key_for(fields)
    )


def mark_sent_when_done(run: SendRun) -> None:
    """Mark the issue sent once no ledger row is pending, claimed, failed or unknown."""
    with ledger.transaction(run.engine, f"count deliveries of issue {run.issue.id}") as c:
        counts = ledger.count_by_status(c, run.issue.id)
    if not any(counts.get(state) for state in ledger.OPEN_STATES):
        mark_issue_sent(run.engine, run.issue.id)
        run.tally.marked_sent = True
