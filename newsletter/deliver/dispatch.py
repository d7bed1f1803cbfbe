"""Claim, send and record batches, a few requests in flight at once.

The job's thread does all the CPU work and the ledger thread every database write: a batch
is claimed (committed before anything is sent); the job's thread mints the links, has the
sender build the request, hands the bare delivery (the POST, the SMTP session) to a small
thread pool, and records each recipient's outcome (``sent``, ``failed``, ``unknown``, or
refused: ``failed`` with the provider's reason, and the subscriber suppressed) as results
come back, written in the transaction of the next claim.

Unsubscribes during a send: once its batch is claimed, the sender hands each request (or SMTP
``DATA``) over inside ``RecipientSource.hold``: a last look at which recipients are still
active, binding until the handover is done (their status cannot change meanwhile). A reader
who unsubscribed before is left out (``withdrawn``: the row is ``skipped``); one who
unsubscribes during it gets the 200 only after the handover. So no message is handed over
after the reader was told "unsubscribed".

The pool threads only wait on the network: Python runs one thread at a time, and CPU work
there made the job's thread queue for the interpreter lock after each database call
(measured: half the run's time with minting in the pool). Keeping several requests in flight
hides the API's latency; the in-flight limit bounds memory. The first delivery error that
means "stop" (a rejection, retries run out, several unknown outcomes in a row) stops new
batches; batches in flight are still recorded.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import secrets
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import AbstractContextManager, ExitStack, contextmanager, nullcontext
from dataclasses import dataclass, field
from types import TracebackType

import sqlalchemy as sa

from newsletter.deliver import ledger
from newsletter.deliver.ports import (
    ALL_SENT,
    BatchOutcome,
    Delivery,
    Handover,
    Ledger,
    LinkMinter,
    ProgressReporter,
    RecipientSource,
    Sender,
)
from newsletter.deliver.summary import Tally
from newsletter.errors import DeliveryError, DeliveryOutcomeUnknownError
from newsletter.models import FEEDBACK_URL_PLACEHOLDER, RenderedEmail
from subscribers.addresses import NON_ASCII_LOCAL_PART, has_ascii_local_part
from subscribers.errors import SubscriberError
from subscribers.masking import mask_addresses_in

# Two requests in flight hide the API's latency (while the API reads one request, the
# next is built); the pool threads only wait on sockets.
MAX_IN_FLIGHT = 3
# SQLite copies the write-ahead log into the database (and syncs it) every 1000 pages by
# default: every few batches on a large send, each copy rewriting the same hot ledger pages.
# A larger log (about 40 MB) lets one copy carry many batches' changes to a page: half the
# cost of a commit (measured on a million-row ledger). Set on the connections the send uses.
SQLITE_CHECKPOINT_PAGES = 10_000
_CHECKPOINT_SET = "newsletter.wal_autocheckpoint"  # marks a connection that has it
UNKNOWN_IN_A_ROW_STOPS = 3  # the API takes requests but never answers: stop guessing
Recipients = Sequence[tuple[str, str]]  # (subscriber id, address)


def _with_refusals(
    inner: Delivery | None, refused: dict[str, str], handover: Handover
) -> BatchOutcome:
    """Run ``inner`` (the batch's deliverable rows) and add the rows refused before it."""
    outcome = inner(handover) if inner is not None else ALL_SENT
    return dataclasses.replace(outcome, refused={**outcome.refused, **refused})


def new_batch_id() -> str:
    """Return a new batch id (the ledger groups one request's rows under it).

    Time-ordered, then random: each claim appends to the end of the ``batch_id`` index
    instead of splitting pages all over it (about a fifth of the cost of a claim).
    """
    return f"{time.time_ns():016x}{secrets.token_hex(4)}"


@dataclass
class _Batch:
    """One batch in flight: filled in by the thread that claims it, read after it is done."""

    batch_id: str
    # The recipients handed to the sender (the batch's until the claim says otherwise).
    ids: list[str]
    claimed: bool = False  # False: the claim failed or never ran, nothing was sent
    unclaimed: dict[str, str] = field(default_factory=dict)  # id -> ledger state

    @property
    def count(self) -> int:
        """Recipients handed to the sender."""
        return len(self.ids)


class Dispatcher:
    """Send claimed batches through a Sender and write every outcome to the ledger."""

    def __init__(
        self,
        *,
        ledger: Ledger,
        recipients: RecipientSource,
        sender: Sender,
        links: LinkMinter,
        issue_id: str,
        owner: str,
        tally: Tally,
        progress: ProgressReporter,
        started: dt.datetime,
        retry_unknown: bool = False,
        heartbeat: Callable[[], None] = lambda: None,
        max_in_flight: int = MAX_IN_FLIGHT,
    ) -> None:
        """Prepare the pools; ``heartbeat`` runs before each claim (it renews the issue lock)."""
        self.ledger = ledger
        self.recipients = recipients
        self.sender = sender
        self.links = links
        self.issue_id = issue_id
        self.owner = owner
        self.tally = tally
        self.progress = progress
        self.started = started
        self.retry_unknown = retry_unknown
        self.heartbeat = heartbeat
        self.max_in_flight = max_in_flight
        self.stopped: str | None = None
        self._unknown_in_a_row = 0
        self._accepted = False
        self._pool = ThreadPoolExecutor(max_workers=max_in_flight, thread_name_prefix="send")
        # Every ledger write of claim_and_send happens here, one at a time, in order.
        self._ledger = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ledger")
        self._in_flight: dict[Future[BatchOutcome | None], _Batch] = {}
        # (batch id, status, error, subscriber ids or None for the whole batch): not yet written
        self._outcomes: list[tuple[str, str, str | None, list[str] | None]] = []
        self._refusals: list[tuple[str, str]] = []  # (subscriber id, reason): to suppress
        self._outcomes_lock = threading.Lock()
        # SQLite has one writer: the ledger thread's commits and the send threads' handovers
        # (which hold the write lock) take turns on this lock instead of meeting in SQLite's
        # busy handler, which sleeps in steps of up to 100 ms instead of waking on release.
        is_sqlite = ledger.engine.dialect.name == "sqlite"
        self._writer: AbstractContextManager[object] = (
            threading.Lock() if is_sqlite else nullcontext()
        )

    def claim_and_send(self, rendered: RenderedEmail, field_set: str, batch: Recipients) -> None:
        """Claim the batch's ledger rows, then send to those actually claimed.

        The request is built here while the ledger thread claims the rows (and commits);
        the send thread posts it only once that commit is done. Recipients already sent,
        unknown, or claimed by another worker are counted and left out, and so are those who
        stopped being recipients (unsubscribed, suppressed) before the claim committed.
        """
        if not batch or not self.ready():
            return
        batch_id = new_batch_id()
        ids = [subscriber_id for subscriber_id, _ in batch]
        claim = self._ledger.submit(self._claim, field_set, batch_id, ids)
        try:
            delivery = self._prepare(rendered, batch_id, batch, ids)
        except BaseException:
            # Nothing was sent; rows the claim commits stay ``claimed`` until the next run.
            claim.cancel()
            raise
        info = _Batch(batch_id, ids)
        future = self._pool.submit(self._send_when_claimed, claim, info, rendered, batch, delivery)
        self._in_flight[future] = info

    def _claim(
        self, field_set: str, batch_id: str, ids: list[str]
    ) -> tuple[set[str], dict[str, str]]:
        # Runs in the ledger thread: SQLite does its work without the interpreter lock.
        self.heartbeat()
        with self.transaction(f"claim deliveries of issue {self.issue_id}") as c:
            claimed = ledger.claim(
                c,
                self.issue_id,
                batch_id,
                self.owner,
                field_set,
                ids,
                retry_unknown=self.retry_unknown,
                started=self.started,
            )
            unclaimed: dict[str, str] = {}
            if len(claimed) < len(ids):
                others = [sid for sid in ids if sid not in claimed]
                unclaimed = ledger.statuses(c, self.issue_id, others)
        return claimed, unclaimed

    def _send_when_claimed(
        self,
        claim: Future[tuple[set[str], dict[str, str]]],
        info: _Batch,
        rendered: RenderedEmail,
        batch: Recipients,
        delivery: Delivery,
    ) -> BatchOutcome | None:
        # Runs in a send thread: nothing leaves before the claim is committed.
        claimed, info.unclaimed = claim.result()  # a failed claim raises: nothing is sent
        info.claimed = True
        if len(claimed) < len(batch):
            batch = [item for item in batch if item[0] in claimed]
            info.ids = [subscriber_id for subscriber_id, _ in batch]
            if not batch:
                return None
            delivery = self._prepare(rendered, info.batch_id, batch, info.ids)  # re-runs only
        return delivery(self._handover)

    @contextmanager
    def _handover(self, ids: Sequence[str]) -> Iterator[set[str]]:
        """``RecipientSource.hold`` for the senders; a database fault there is a DeliveryError."""
        with ExitStack() as stack:
            stack.enter_context(self._writer)
            try:
                stopped = stack.enter_context(self.recipients.hold(ids))
            except SubscriberError as exc:
                raise DeliveryError(str(exc)) from exc
            yield stopped

    def _prepare(
        self, rendered: RenderedEmail, batch_id: str, batch: Recipients, ids: list[str]
    ) -> Delivery:
        # ``ids``: the batch's subscriber ids, in its order (the caller has them already).
        links = self.links.weekly_links(ids)
        # Feedback links only for an email that has the line (NEWSLETTER_VERDICT_FEEDBACK).
        feedback = (
            self.links.feedback_urls(self.issue_id, ids)
            if FEEDBACK_URL_PLACEHOLDER in rendered.text
            else [""] * len(ids)
        )
        outgoing = [
            (subscriber_id, email, unsubscribe_url, preferences_url, feedback_url)
            for (subscriber_id, email), (unsubscribe_url, preferences_url), feedback_url in zip(
                batch, links, feedback, strict=True
            )
        ]
        refused = {
            row[0]: NON_ASCII_LOCAL_PART for row in outgoing if not has_ascii_local_part(row[1])
        }
        if not refused:
            return self.sender.prepare(self.issue_id, batch_id, rendered, outgoing)
        # Stored before the subscribe form and the import refused them: no backend is handed
        # an address that only an SMTPUTF8 path end to end could deliver (every backend
        # alike, as at the door: subscribers.addresses.normalise_new_address).
        kept = [row for row in outgoing if row[0] not in refused]
        inner = self.sender.prepare(self.issue_id, batch_id, rendered, kept) if kept else None
        return functools.partial(_with_refusals, inner, refused)

    def ready(self) -> bool:
        """Wait until another request may start; False once the run is stopped.

        Called before claiming, so rows are never claimed for a request that will not go.
        """
        # One request at a time until the first is accepted: a bad key or a sender the API
        # refuses then costs one request, not a pool's worth.
        limit = self.max_in_flight if self._accepted else 1
        while len(self._in_flight) >= limit and not self.stopped:
            self._collect(FIRST_COMPLETED)
        return not self.stopped

    def send_claimed(self, rendered: RenderedEmail, batch_id: str, batch: Recipients) -> None:
        """Send a batch whose rows are already claimed under ``batch_id`` (after ``ready``).

        The request is built here, in the caller's thread; only the delivery goes to the
        pool. A batch that cannot be built was never sent: it is recorded ``failed``.
        """
        ids = [subscriber_id for subscriber_id, _ in batch]
        try:
            delivery = self._prepare(rendered, batch_id, batch, ids)
        except DeliveryError as exc:
            detail = mask_addresses_in(str(exc))
            self._finish(batch_id, ledger.FAILED, detail, len(batch))
            self.stopped = self.stopped or detail
            return
        except BaseException as exc:
            detail = f"not sent: {type(exc).__name__}: {mask_addresses_in(str(exc))}"
            self._finish(batch_id, ledger.FAILED, detail, len(batch))
            raise
        future: Future[BatchOutcome | None] = self._pool.submit(delivery, self._handover)
        self._in_flight[future] = _Batch(batch_id, ids, claimed=True)

    def drain(self) -> None:
        """Wait for every batch in flight and write every outcome to the ledger."""
        while self._in_flight:
            self._collect(FIRST_COMPLETED)
        # Through the ledger thread: after any claim still queued there (see __exit__).
        self._ledger.submit(self._flush).result()

    def _flush(self) -> None:
        if self._outcomes or self._refusals:
            with self.transaction(f"record deliveries of issue {self.issue_id}"):
                pass

    @contextmanager
    def transaction(self, action: str) -> Iterator[sa.Connection]:
        """Open a ledger transaction that first writes the outcomes collected so far.

        Outcomes ride along with the next claim: one commit per batch instead of two. A
        crash before that commit leaves the rows ``claimed``, reported unknown: late, never
        a duplicate.
        """
        with self._outcomes_lock:
            outcomes = list(self._outcomes)
            refusals = list(self._refusals)
        with self._writer, self.ledger.transaction(action) as connection:
            # A pragma lasts as long as its connection: once per pooled connection is enough.
            if connection.dialect.name == "sqlite" and not connection.info.get(_CHECKPOINT_SET):
                connection.exec_driver_sql(f"PRAGMA wal_autocheckpoint={SQLITE_CHECKPOINT_PAGES}")
                connection.info[_CHECKPOINT_SET] = True
            for batch_id, status, error, ids in outcomes:
                if ids is None:
                    ledger.finish_batch(connection, self.issue_id, batch_id, status, error)
                else:
                    ledger.finish_rows(connection, self.issue_id, batch_id, ids, status, error)
            yield connection
        with self._outcomes_lock:
            del self._outcomes[: len(outcomes)]
            del self._refusals[: len(refusals)]
        # After the commit: the store writes in its own transactions.
        with self._writer:
            for subscriber_id, reason in refusals:
                self.recipients.refuse(subscriber_id, reason)

    def __enter__(self) -> Dispatcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        # On an error (or Ctrl-C) in the job's thread, batches not started yet are marked
        # failed (never sent), and those on the wire are waited for and recorded.
        try:
            if exc is not None:
                for future, info in list(self._in_flight.items()):
                    if future.cancel():
                        del self._in_flight[future]
                        # Its claim may still commit (queued before the final flush).
                        message = "not sent: the run stopped"
                        self._finish(info.batch_id, ledger.FAILED, message, info.count)
            self.drain()
        finally:
            self._pool.shutdown(wait=True)
            self._ledger.shutdown(wait=True)

    def _collect(self, return_when: str) -> None:
        done, _ = wait(self._in_flight, return_when=return_when)
        for future in done:
            self._record(future, self._in_flight.pop(future))

    def _record(self, future: Future[BatchOutcome | None], info: _Batch) -> None:
        error = future.exception()
        if not info.claimed:
            # The claim failed (its transaction rolled back): nothing was claimed or sent.
            if error is not None:
                raise error
            return
        self._count_unclaimed(info.unclaimed)
        batch_id, count = info.batch_id, info.count
        if error is None and count == 0:
            return  # every row was sent, unknown, stopped or taken by someone else
        if error is None:
            outcome = future.result()
            if outcome is None or outcome.all_sent:
                self._accepted = True
                self._unknown_in_a_row = 0
                self.tally.sent += count
                self._finish(batch_id, ledger.SENT, None, count)
            else:
                self._record_mixed(info, outcome)
            return
        detail = mask_addresses_in(str(error))
        if isinstance(error, DeliveryOutcomeUnknownError):
            self._unknown_in_a_row += 1
            self._finish(batch_id, ledger.UNKNOWN, detail, count)
            if self._unknown_in_a_row >= UNKNOWN_IN_A_ROW_STOPS:
                self.stopped = detail
            return
        if isinstance(error, DeliveryError):
            self._finish(batch_id, ledger.FAILED, detail, count)
            self.stopped = self.stopped or detail
            return
        # A bug, not a delivery fault: whether the batch left is unknown; stop and show it.
        self._finish(batch_id, ledger.UNKNOWN, f"{type(error).__name__}: {detail}", count)
        raise error

    def _record_mixed(self, info: _Batch, outcome: BatchOutcome) -> None:
        """Record a batch whose recipients fared differently, row by row."""
        named = set(outcome.refused) | set(outcome.failed) | set(outcome.unknown)
        named.update(outcome.withdrawn)
        sent = [subscriber_id for subscriber_id in info.ids if subscriber_id not in named]
        if outcome.withdrawn:
            withdrawn = list(outcome.withdrawn)
            self.tally.released += len(withdrawn)
            self._finish(info.batch_id, ledger.SKIPPED, None, len(withdrawn), withdrawn)
        if sent:
            self._accepted = True
            self._unknown_in_a_row = 0
            self.tally.sent += len(sent)
            self._finish(info.batch_id, ledger.SENT, None, len(sent), sent)
        for subscriber_id, reason in outcome.refused.items():
            by = "before sending" if reason == NON_ASCII_LOCAL_PART else "by the provider"
            detail = f"refused {by}: {mask_addresses_in(reason)}"
            self._finish(info.batch_id, ledger.FAILED, detail, 1, [subscriber_id])
            with self._outcomes_lock:
                self._refusals.append((subscriber_id, detail))
        for status, rows in ((ledger.FAILED, outcome.failed), (ledger.UNKNOWN, outcome.unknown)):
            by_reason: dict[str, list[str]] = {}
            for subscriber_id, reason in rows.items():
                by_reason.setdefault(mask_addresses_in(reason), []).append(subscriber_id)
            for reason, ids in by_reason.items():
                self._finish(info.batch_id, status, reason, len(ids), ids)
        if outcome.unknown and not sent:
            self._unknown_in_a_row += 1
            if self._unknown_in_a_row >= UNKNOWN_IN_A_ROW_STOPS:
                self.stopped = self.stopped or mask_addresses_in(
                    next(iter(outcome.unknown.values()))
                )
        if outcome.stop:
            self.stopped = self.stopped or mask_addresses_in(outcome.stop)

    def _finish(
        self,
        batch_id: str,
        status: str,
        error: str | None,
        count: int,
        ids: list[str] | None = None,
    ) -> None:
        with self._outcomes_lock:
            self._outcomes.append((batch_id, status, error, ids))
        self.progress.advance(count)

    def _count_unclaimed(self, found: dict[str, str]) -> None:
        # Unknown rows are counted from the ledger at the end of the run.
        for status in found.values():
            if status == ledger.SENT:
                self.tally.already_sent += 1
            elif status == ledger.CLAIMED:
                self.tally.in_progress += 1
        self.progress.advance(len(found))
