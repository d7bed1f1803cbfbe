"""The weekly send: build or reuse the issue, stream recipients, deliver each variant in batches.

One job at a time holds the issue's lock and makes one pass over the active subscribers
(streamed a page at a time, never loaded whole): each recipient joins the buffer of their
variant, and a full buffer (1000 recipients, the API's limit per request) is claimed in the
ledger, sent and recorded. ``worker`` mode (PostgreSQL) lets several processes share a send:
each materialises ``pending`` ledger rows, then claims batches with ``FOR UPDATE SKIP
LOCKED`` until none is left. Nothing here prints: the CLI shows the summary.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

import sqlalchemy as sa

from newsletter.config import Settings
from newsletter.deliver import ledger
from newsletter.deliver.dispatch import Dispatcher, Recipients, new_batch_id
from newsletter.deliver.dryrun import DryRun
from newsletter.deliver.progress import NoProgress, ProgressReporter
from newsletter.deliver.schedule import (
    LockKeeper,
    acquire_lock,
    new_owner,
    release_lock,
)
from newsletter.deliver.senders import Sender, build_sender
from newsletter.deliver.sendgrid import MAX_PERSONALIZATIONS
from newsletter.deliver.summary import SendSummary, Tally
from newsletter.deliver.variants import Variants
from newsletter.editorial import EditorialConfig
from newsletter.errors import ConfigError
from newsletter.issues import (
    SENDING,
    SENT,
    build_issue,
    freeze_issue,
    issue_status,
    load_issue,
    mark_issue_sent,
)
from newsletter.models import Issue, RenderedEmail
from newsletter.render import Renderer
from newsletter.weeks import IsoWeek
from subscribers.links import LinkBuilder
from subscribers.models import STOPPED_STATUSES
from subscribers.store import SubscriberStore
from subscribers.tokens import TokenSigner

PAGE_SIZE = 2000  # recipients read per query
BATCH_SIZE = MAX_PERSONALIZATIONS
LOCK_TTL = dt.timedelta(minutes=15)
LOCK_RENEW_EVERY = dt.timedelta(minutes=1)
WORKER_LEASE = dt.timedelta(minutes=15)  # a worker's claim older than this is presumed dead

Handler = Callable[[RenderedEmail, str, Recipients], None]


@dataclass
class _Run:
    """What one run works with."""

    engine: sa.Engine
    issue: Issue
    store: SubscriberStore
    variants: Variants
    links: LinkBuilder
    progress: ProgressReporter
    retry_unknown: bool
    started: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    tally: Tally = field(default_factory=Tally)

    def dispatcher(self, sender: Sender, owner: str, heartbeat: Callable[[], None]) -> Dispatcher:
        return Dispatcher(
            engine=self.engine,
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
    """Deliver the issue of ``week`` to every active subscriber with content, exactly once.

    Builds the issue (or reuses the one frozen by an earlier run), skips subscribers none of
    whose fields has a report, renders each variant once, and sends in batches recorded in
    the ledger. A dry run renders and counts but writes nothing. Returns the summary; raises
    SendLockedError when another job holds the issue, ConfigError for ``worker`` on SQLite,
    TemplateError, DatabaseError, and DeliveryError only for faults outside a batch.
    """
    if worker and engine.dialect.name != "postgresql":
        message = "`newsletter send --worker` needs PostgreSQL (NEWSLETTER_DATABASE_URL=postgresql+psycopg://...); on SQLite run one `newsletter send`."
        raise ConfigError(message)
    issue, status = _prepare_issue(engine, editorial, week, dry_run=dry_run)
    store = SubscriberStore(engine, settings.all_secret_keys())
    backend = settings.delivery
    if status == SENT or not issue.fields_with_content:
        return _finished_summary(engine, store, issue, backend=backend, dry_run=dry_run)
    renderer = Renderer(
        editorial, base_url=settings.base_url, postal_address=settings.postal_address
    )
    run = _Run(
        engine=engine,
        issue=issue,
        store=store,
        variants=Variants(issue, renderer),
        links=LinkBuilder(settings.base_url, TokenSigner(settings.all_secret_keys())),
        progress=progress or NoProgress(),
        retry_unknown=retry_unknown,
    )
    if dry_run:
        checker = DryRun(engine, issue.id, run.tally, run.progress, retry_unknown=retry_unknown)
        _stream(run, checker.check, lambda: False)
        return _summary(run, backend=backend, requests=0, dry_run=True)
    sender = build_sender(settings)
    if worker:
        _work(run, sender)
    else:
        _job(run, sender)
    return _summary(run, backend=sender.backend, requests=sender.requests_made, dry_run=False)


def _prepare_issue(
    engine: sa.Engine, editorial: EditorialConfig, week: IsoWeek, *, dry_run: bool
) -> tuple[Issue, str | None]:
    """Return the issue to send and its stored status: the frozen one, else a fresh build."""
    status = issue_status(engine, week.id)
    if status in (SENDING, SENT):
        stored = load_issue(engine, week.id)
        if stored is not None:
            return stored, status
    built = build_issue(engine, editorial, week)
    if dry_run or not built.fields_with_content:
        return built, status
    return freeze_issue(engine, built), SENDING


def _stream(run: _Run, handle: Handler, is_stopped: Callable[[], bool]) -> bool:
    """Group streamed recipients by variant and hand over full batches; True if it finished."""
    buffers: dict[str, list[tuple[str, str]]] = {}
    key_for = run.variants.key_for
    for page in run.store.iter_recipients(batch_size=PAGE_SIZE):
        skipped = 0
        for recipient in page:
            key = key_for(recipient.fields)
            if not key:
                skipped += 1
                continue
            buffer = buffers.setdefault(key, [])
            buffer.append((recipient.id, recipient.email))
            if len(buffer) >= BATCH_SIZE:
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


def _job(run: _Run, sender: Sender) -> None:
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
            complete = _stream(run, dispatcher.claim_and_send, lambda: bool(dispatcher.stopped))
            dispatcher.drain()
        run.tally.stopped = dispatcher.stopped
        if complete and not dispatcher.stopped:
            with ledger.transaction(run.engine, f"settle issue {issue_id}") as c:
                run.tally.released += ledger.skip_stale(c, issue_id, started=run.started)
            _mark_sent_when_done(run)
    finally:
        release_lock(run.engine, issue_id, lock_owner)


def _work(run: _Run, sender: Sender) -> None:
    """One of several workers (PostgreSQL): materialise pending rows, then claim until none."""
    owner = ledger.WORKER_PREFIX + new_owner()
    issue_id = run.issue.id
    key_for = run.variants.key_for
    for page in run.store.iter_recipients(batch_size=PAGE_SIZE):
        rows = [(r.id, key) for r in page if (key := key_for(r.fields))]
        with ledger.transaction(run.engine, f"queue deliveries of issue {issue_id}") as c:
            ledger.materialise_pending(c, issue_id, rows)
        run.tally.skipped_no_content += len(page) - len(rows)
        run.progress.advance(len(page) - len(rows))
    with ledger.transaction(run.engine, f"expire old claims of issue {issue_id}") as c:
        ledger.expire_claims(c, issue_id, lease=WORKER_LEASE, include_jobs=False)
    batch_ids = iter(new_batch_id, "")
    with run.dispatcher(sender, owner, lambda: None) as dispatcher:
        while dispatcher.ready():
            with ledger.transaction(run.engine, f"claim deliveries of issue {issue_id}") as c:
                batches = ledger.claim_pending(
                    c,
                    issue_id,
                    owner,
                    batch_ids,
                    limit=BATCH_SIZE,
                    retry_unknown=run.retry_unknown,
                    started=run.started,
                )
            if not batches:
                break
            for batch_id, key, ids in batches:
                found = run.store.recipients_by_ids(ids)
                gone = [subscriber_id for subscriber_id in ids if subscriber_id not in found]
                if gone:
                    with ledger.transaction(run.engine, f"release deliveries of {issue_id}") as c:
                        ledger.release(c, issue_id, gone)
                    run.tally.released += len(gone)
                    run.progress.advance(len(gone))
                batch = [(sid, found[sid].email) for sid in ids if sid in found]
                if batch:
                    dispatcher.send_claimed(run.variants.rendered(key), batch_id, batch)
        dispatcher.drain()
    run.tally.stopped = dispatcher.stopped
    if not dispatcher.stopped:
        _mark_sent_when_done(run)


def _mark_sent_when_done(run: _Run) -> None:
    """Mark the issue sent once no ledger row is pending, claimed, failed or unknown."""
    with ledger.transaction(run.engine, f"count deliveries of issue {run.issue.id}") as c:
        counts = ledger.count_by_status(c, run.issue.id)
    if not any(counts.get(state) for state in ledger.OPEN_STATES):
        mark_issue_sent(run.engine, run.issue.id)
        run.tally.marked_sent = True


def _suppressed(store: SubscriberStore) -> int:
    counts = store.count_by_status()
    return sum(counts.get(status, 0) for status in STOPPED_STATUSES)


def _summary(run: _Run, *, backend: str, requests: int, dry_run: bool) -> SendSummary:
    tally = run.tally
    if dry_run:
        failed, unknown, already = 0, tally.unknown, tally.already_sent
    else:
        with ledger.transaction(run.engine, f"count deliveries of issue {run.issue.id}") as c:
            counts = ledger.count_by_status(c, run.issue.id)
        failed, unknown = counts.get(ledger.FAILED, 0), counts.get(ledger.UNKNOWN, 0)
        # Workers: whatever the ledger shows sent beyond this worker's own sends.
        already = max(tally.already_sent, counts.get(ledger.SENT, 0) - tally.sent)
    return SendSummary(
        issue_id=run.issue.id,
        sent=tally.sent,
        skipped_no_content=tally.skipped_no_content,
        suppressed=_suppressed(run.store) + tally.released,
        failed=failed,
        unknown=unknown,
        already_sent=already,
        compiles=run.variants.renderer.compiles,
        requests=requests,
        dry_run=dry_run,
        backend=backend,
        variants=run.variants.count,
        in_progress=tally.in_progress,
        issue_sent=tally.marked_sent,
        stopped=tally.stopped,
    )


def _finished_summary(
    engine: sa.Engine, store: SubscriberStore, issue: Issue, *, backend: str, dry_run: bool
) -> SendSummary:
    """Summary of an issue already sent, or one with no content (nothing is attempted)."""
    with ledger.transaction(engine, f"count deliveries of issue {issue.id}") as c:
        counts = ledger.count_by_status(c, issue.id)
    return SendSummary(
        issue_id=issue.id,
        sent=0,
        skipped_no_content=0,
        suppressed=_suppressed(store),
        failed=counts.get(ledger.FAILED, 0),
        unknown=counts.get(ledger.UNKNOWN, 0),
        already_sent=counts.get(ledger.SENT, 0),
        compiles=0,
        requests=0,
        dry_run=dry_run,
        backend=backend,
        issue_sent=issue_status(engine, issue.id) == SENT,
        no_content=not issue.fields_with_content,
    )
