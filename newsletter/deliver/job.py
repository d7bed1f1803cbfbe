"""The weekly send: build or reuse the issue, stream recipients, deliver each variant in batches.

One job at a time holds the issue's lock and makes one pass over the active subscribers
(streamed a page at a time, never loaded whole): each recipient joins the buffer of their
variant, and a full buffer (the sender's batch limit, e.g. SendGrid's 1000 per request) is
claimed in the ledger, sent and recorded. ``worker`` mode (PostgreSQL) lets several processes share a send:
each materialises ``pending`` ledger rows, then claims batches with ``FOR UPDATE SKIP
LOCKED`` until none is left. Nothing here prints: the CLI shows the summary.

``run_send`` is the manager: it sees only the ports (``deliver.ports``) in a ``SendParts``.
``send_issue`` builds those from Settings (``deliver.factory``) and runs it.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from newsletter.config import Settings
from newsletter.db.issuestore import SENDING, SENT, acquire_lock, release_lock
from newsletter.deliver import ledger
from newsletter.deliver.dryrun import DryRun
from newsletter.deliver.factory import SendParts, build_send_parts
from newsletter.deliver.ports import ProgressReporter, RecipientSource, Sender
from newsletter.deliver.progress import NoProgress
from newsletter.deliver.run import (
    SendRun,
    count_without_content,
    mark_sent_when_done,
    stream_batches,
)
from newsletter.deliver.schedule import LockKeeper, new_owner
from newsletter.deliver.summary import SendSummary
from newsletter.deliver.variants import Variants
from newsletter.deliver.worker import WORKER_LEASE, work
from newsletter.editorial import EditorialConfig
from newsletter.errors import ConfigError
from newsletter.issues import current_issue, freeze_issue
from newsletter.models import Issue
from newsletter.weeks import IsoWeek

LOCK_TTL = dt.timedelta(minutes=15)
LOCK_RENEW_EVERY = dt.timedelta(minutes=1)


def send_issue(
    settings: Settings,
    editorial: EditorialConfig,
    engine: sa.Engine,
    week: IsoWeek,
    *,
    dry_run: bool = False,
    retry_unknown: bool = False,
    worker: bool = False,
    progress: ProgressReporter | None = None,
) -> SendSummary:
    """Build the send's parts from Settings and run it (see ``run_send``).

    Raises ConfigError when the backend is not configured, then as ``run_send``.
    """
    if worker and engine.dialect.name != "postgresql":
        message = "`newsletter send --worker` needs PostgreSQL (NEWSLETTER_DATABASE_URL=postgresql+psycopg://...); on SQLite run one `newsletter send`."
        raise ConfigError(message)
    parts = build_send_parts(settings, editorial, engine, dry_run=dry_run)
    try:
        return run_send(
            parts,
            week,
            dry_run=dry_run,
            retry_unknown=retry_unknown,
            worker=worker,
            progress=progress,
        )
    finally:
        parts.sender.close()


def run_send(
    parts: SendParts,
    week: IsoWeek,
    *,
    dry_run: bool = False,
    retry_unknown: bool = False,
    worker: bool = False,
    progress: ProgressReporter | None = None,
) -> SendSummary:
    """Deliver the issue of ``week`` to every active subscriber with content, exactly once.

    Builds the issue (or reuses the one frozen by an earlier run), skips subscribers none of
    whose fields has a report, renders each variant once, and sends in batches of at most
    the sender's ``batch_limit``, recorded in the ledger. A dry run renders and counts but
    writes nothing. Returns the summary; raises SendLockedError when another job holds the
    issue, ConfigError for ``worker`` on SQLite, TemplateError, DatabaseError, and
    DeliveryError only for faults outside a batch.
    """
    engine, sender = parts.engine, parts.sender
    if worker and engine.dialect.name != "postgresql":
        message = "`newsletter send --worker` needs PostgreSQL (NEWSLETTER_DATABASE_URL=postgresql+psycopg://...); on SQLite run one `newsletter send`."
        raise ConfigError(message)
    issue, status = _prepare_issue(engine, parts.editorial, week, dry_run=dry_run)
    if status == SENT or not issue.fields_with_content:
        return _finished_summary(
            engine,
            parts.recipients,
            Variants(issue, parts.renderer),
            sender=sender,
            dry_run=dry_run,
            issue_sent=status == SENT,
        )
    # Counted before sending: readers refused or stopped during this run are counted once,
    # as failed or as released, not again among the stopped.
    stopped_before = parts.recipients.stopped_count()
    run = SendRun(
        ledger=parts.ledger,
        issue=issue,
        recipients=parts.recipients,
        variants=Variants(issue, parts.renderer),
        links=parts.links,
        progress=progress or NoProgress(),
        retry_unknown=retry_unknown,
        batch_size=sender.batch_limit,
    )
    if dry_run:
        checker = DryRun(engine, issue.id, run.tally, run.progress, retry_unknown=retry_unknown)
        stream_batches(run, checker.check, lambda: False)
        return _summary(run, sender, requests=0, dry_run=True, stopped_before=stopped_before)
    if worker:
        work(run, sender)
    else:
        _job(run, sender)
    return _summary(
        run, sender, requests=sender.requests_made, dry_run=False, stopped_before=stopped_before
    )


def _prepare_issue(
    engine: sa.Engine, editorial: EditorialConfig, week: IsoWeek, *, dry_run: bool
) -> tuple[Issue, str | None]:
    """Return the issue to send and its stored status: the frozen one, else a fresh build."""
    issue, status = current_issue(engine, editorial, week)
    if status in (SENDING, SENT) or dry_run or not issue.fields_with_content:
        return issue, status
    return freeze_issue(engine, issue), SENDING


def _job(run: SendRun, sender: Sender) -> None:
    """One job under the issue lock: expire crashed claims, one full pass, settle the rest."""
    lock_owner = new_owner()  # host:pid:random, so a later job can tell this one died
    owner = ledger.JOB_PREFIX + lock_owner
    issue_id = run.issue.id
    acquire_lock(run.engine, issue_id, lock_owner, ttl=LOCK_TTL)
    try:
        with ledger.transaction(run.engine, f"expire old claims of issue {issue_id}") as c:
            ledger.expire_claims(c, issue_id, lease=WORKER_LEASE, include_jobs=True)
        keeper = LockKeeper(run.engine, issue_id, lock_owner, ttl=LOCK_TTL, every=LOCK_RENEW_EVERY)
        with run.dispatcher(sender, owner, keeper) as dispatcher:
            complete = stream_batches(
                run, dispatcher.claim_and_send, lambda: bool(dispatcher.stopped)
            )
            dispatcher.drain()
        run.tally.stopped = dispatcher.stopped
        if complete and not dispatcher.stopped:
            with ledger.transaction(run.engine, f"settle issue {issue_id}") as c:
                run.tally.released += ledger.skip_stale(c, issue_id, started=run.started)
            mark_sent_when_done(run)
    finally:
        release_lock(run.engine, issue_id, lock_owner)


def _summary(
    run: SendRun, sender: Sender, *, requests: int, dry_run: bool, stopped_before: int
) -> SendSummary:
    """Freeze the run's tally; ``stopped_before`` is the stopped readers counted before it sent."""
    tally = run.tally
    if dry_run:
        failed, unknown, already = 0, tally.unknown, tally.already_sent
        # The dry run counted unknown rows only of readers it streamed: all still active.
        retryable, retryable_unknown = 0, tally.unknown
    else:
        with ledger.transaction(run.engine, f"count deliveries of issue {run.issue.id}") as c:
            counts = ledger.count_by_status(c, run.issue.id)
        failed, unknown = counts.get(ledger.FAILED, 0), counts.get(ledger.UNKNOWN, 0)
        retryable = _retryable(run.engine, run.recipients, run.issue.id, ledger.FAILED, failed)
        retryable_unknown = _retryable(
            run.engine, run.recipients, run.issue.id, ledger.UNKNOWN, unknown
        )
        # Workers: whatever the ledger shows sent beyond this worker's own sends.
        already = max(tally.already_sent, counts.get(ledger.SENT, 0) - tally.sent)
    return SendSummary(
        issue_id=run.issue.id,
        sent=tally.sent,
        skipped_no_content=tally.skipped_no_content,
        suppressed=stopped_before + tally.released,
        failed=failed,
        unknown=unknown,
        already_sent=already,
        compiles=run.variants.renderer.compiles,
        requests=requests,
        dry_run=dry_run,
        backend=sender.backend,
        unit=sender.unit,
        variants=run.variants.count,
        in_progress=tally.in_progress,
        issue_sent=tally.marked_sent,
        stopped=tally.stopped,
        retryable=retryable,
        retryable_unknown=retryable_unknown,
    )


RETRYABLE_PAGE = 1000  # failed ids looked up at once (well under SQLite's bound parameters)


def _retryable(
    engine: sa.Engine, recipients: RecipientSource, issue_id: str, status: str, count: int
) -> int:
    """Count the issue's rows in ``status`` whose reader is still an active recipient.

    ``count`` is how many rows are in that state (0: nothing is read).
    """
    if not count:
        return 0
    with ledger.transaction(engine, f"read {status} deliveries of issue {issue_id}") as c:
        ids = ledger.ids_in_state(c, issue_id, status)
    return sum(
        len(recipients.recipients_by_ids(ids[start : start + RETRYABLE_PAGE]))
        for start in range(0, len(ids), RETRYABLE_PAGE)
    )


def _finished_summary(
    engine: sa.Engine,
    recipients: RecipientSource,
    variants: Variants,
    *,
    sender: Sender,
    dry_run: bool,
    issue_sent: bool,
) -> SendSummary:
    """Summary of an issue already sent, or one with no content (nothing is attempted).

    Readers are counted as the send counts them: those without content as skipped.
    """
    issue = variants.issue
    with ledger.transaction(engine, f"count deliveries of issue {issue.id}") as c:
        counts = ledger.count_by_status(c, issue.id)
    return SendSummary(
        issue_id=issue.id,
        sent=0,
        skipped_no_content=count_without_content(recipients, variants),
        suppressed=recipients.stopped_count(),
        failed=counts.get(ledger.FAILED, 0),
        unknown=counts.get(ledger.UNKNOWN, 0),
        already_sent=counts.get(ledger.SENT, 0),
        retryable=_retryable(
            engine, recipients, issue.id, ledger.FAILED, counts.get(ledger.FAILED, 0)
        ),
        retryable_unknown=_retryable(
            engine, recipients, issue.id, ledger.UNKNOWN, counts.get(ledger.UNKNOWN, 0)
        ),
        compiles=0,
        requests=0,
        dry_run=dry_run,
        backend=sender.backend,
        unit=sender.unit,
        issue_sent=issue_sent,
        no_content=not issue.fields_with_content,
    )
