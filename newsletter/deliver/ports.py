"""The ports of the send manager: what ``job``/``run``/``worker``/``dispatch`` depend on.

The manager never names a provider. It sees:

- a ``Sender`` (a backend under ``newsletter/deliver/backends/``): delivers one rendered
  variant to a batch of recipients, no more than its own ``batch_limit`` at once, and tells
  per recipient what happened (``BatchOutcome``: sent unless named refused, failed or
  unknown); it also sends one-off (transactional) emails;
- a ``RecipientSource`` (the subscriber store behind ``deliver.recipients``): who gets the
  issue, and who stopped being a recipient since (re-checked when each batch is claimed);
- a ``LinkMinter`` (``subscribers.links.LinkBuilder``): each recipient's two personal links;
- the ``Ledger`` (``deliver.ledger``: the ``deliveries`` table), which makes every send
  exactly-once across re-runs, crashes and workers;
- a ``ProgressReporter``.

``deliver.factory`` is the one place that builds them from Settings. A new backend is a
module (or package) under ``backends/`` with a class that satisfies ``Sender``, plus one branch
in ``factory.build_sender``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Literal, NamedTuple, Protocol

import sqlalchemy as sa

from newsletter.models import (
    FEEDBACK_URL_PLACEHOLDER,
    PREFERENCES_URL_PLACEHOLDER,
    UNSUBSCRIBE_URL_PLACEHOLDER,
    RenderedEmail,
)


class Outgoing(NamedTuple):
    """One message to send: who, and their personal links (a tuple: cheap per recipient)."""

    subscriber_id: str
    email: str
    unsubscribe_url: str
    preferences_url: str
    feedback_url: str = ""  # "" when the email has no feedback line

    def substitutions(self) -> dict[str, str]:
        """Return the placeholder -> personal link map of this message."""
        return {
            UNSUBSCRIBE_URL_PLACEHOLDER: self.unsubscribe_url,
            PREFERENCES_URL_PLACEHOLDER: self.preferences_url,
            FEEDBACK_URL_PLACEHOLDER: self.feedback_url,
        }


# (subscriber id, address, unsubscribe URL, preferences URL, feedback base URL): an
# Outgoing or a plain tuple.
OutgoingRow = tuple[str, str, str, str, str]


@dataclass(frozen=True, slots=True)
class BatchOutcome:
    """What happened to each recipient of one delivered batch.

    Every recipient of the batch not named here was sent (accepted by the provider, or the
    file written). ``refused`` maps subscriber id -> the provider's reason for refusing that
    address for good (SendGrid's 400 naming the personalization, an SMTP 5xx to ``RCPT``);
    ``failed`` -> why that message was not accepted this time (sent again by a re-run);
    ``unknown`` -> why it may or may not have been accepted (sent again only with
    ``--retry-unknown``). ``withdrawn`` are those the last look before handover found no
    longer active (unsubscribed, suppressed): never handed over. ``stop`` is set when the batch ended on a fault that should stop
    the run (the rest of the batch is then named in ``failed``/``unknown``). Reasons hold no
    address.
    """

    refused: Mapping[str, str] = field(default_factory=dict)
    failed: Mapping[str, str] = field(default_factory=dict)
    unknown: Mapping[str, str] = field(default_factory=dict)
    withdrawn: Collection[str] = frozenset()
    stop: str | None = None

    @property
    def all_sent(self) -> bool:
        """Tell whether every recipient of the batch was sent."""
        return not (self.refused or self.failed or self.unknown or self.withdrawn)


ALL_SENT = BatchOutcome()

# The last look before a handover: ``with handover(ids) as stopped:`` yields those of ``ids``
# no longer active, and until the block ends none of them can unsubscribe (their request
# waits). A sender hands a message over only inside such a block, and never to ``stopped``.
Handover = Callable[[Sequence[str]], AbstractContextManager[set[str]]]
Delivery = Callable[[Handover], BatchOutcome]


def nothing_to_recheck(ids: Sequence[str]) -> AbstractContextManager[set[str]]:
    """A Handover for mail that is not a weekly send (transactional email, tests): no look."""
    return nullcontext(set())


class Sender(Protocol):
    """A backend: delivers one rendered variant to a batch of recipients.

    A batch is sent in two steps: ``prepare`` runs in the job's thread and does the CPU work
    (building request bodies or messages); the returned delivery runs once in a pool thread
    and should be mostly I/O. It is given a ``Handover``: each request (or SMTP ``DATA``)
    is made inside ``with handover(ids)``, leaving out the recipients it names (reported
    ``withdrawn``); keep those blocks short, they hold subscribers' rows. A delivery returns a ``BatchOutcome``; it raises
    ``DeliveryOutcomeUnknownError`` when the whole batch may or may not have been accepted,
    and ``DeliveryError`` when none of it was (a rejection, or retries ran out). Senders are
    thread-safe: a few deliveries are in flight at once.
    """

    @property
    def backend(self) -> str:
        """Short name shown in the summary (``outbox``, ``smtp``...)."""
        ...

    @property
    def unit(self) -> str:
        """What ``requests_made`` counts, plural (``files``, ``requests``, ``messages``)."""
        ...

    @property
    def batch_limit(self) -> int:
        """Most recipients one batch may hold (a provider's documented limit, or a choice)."""
        ...

    @property
    def requests_made(self) -> int:
        """Requests, messages or files attempted so far, retries included."""
        ...

    def prepare(
        self, issue_id: str, batch_id: str, rendered: RenderedEmail, batch: Sequence[OutgoingRow]
    ) -> Delivery:
        """Do the CPU work of a batch now; return the delivery (run it once, in any thread).

        ``batch`` rows are ``Outgoing`` or plain tuples in the same order; 1 to
        ``batch_limit`` of them.
        """
        ...

    def send_single(self, *, to_email: str, subject: str, html: str, text: str) -> None:
        """Send one transactional email (a confirmation, a manage link) now.

        Raises DeliveryError when it was not sent, or may not have been.
        """
        ...

    def close(self) -> None:
        """Release connections (idempotent)."""
        ...


class RecipientRow(Protocol):
    """A recipient found by id: what the workers need of it."""

    @property
    def email(self) -> str:
        """The address to deliver to."""
        ...


class RecipientSource(Protocol):
    """Who gets the weekly issue (the subscriber store behind ``deliver.recipients``)."""

    def iter_recipient_rows(self, *, batch_size: int) -> Iterator[list[tuple[str, str, str]]]:
        """Yield pages of ``(id, address, "slug,slug")`` of active recipients, in id order."""
        ...

    def recipients_by_ids(self, ids: Sequence[str]) -> Mapping[str, RecipientRow]:
        """Return, by id, those of ``ids`` that are still active recipients."""
        ...

    def hold(self, ids: Sequence[str]) -> AbstractContextManager[set[str]]:
        """Yield those of ``ids`` no longer active and keep the others from changing meanwhile."""
        ...

    def refuse(self, subscriber_id: str, reason: str) -> None:
        """Keep a subscriber whose address the provider refused out of later sends."""
        ...

    def stopped_count(self) -> int:
        """Return how many subscribers asked (or were made) to stop: the summary's figure."""
        ...


class LinkMinter(Protocol):
    """Mints each recipient's personal links (signed, opaque; never an address)."""

    def weekly_links(self, subscriber_ids: Sequence[str]) -> list[tuple[str, str]]:
        """Return ``(unsubscribe URL, preferences URL)`` for each id, in order."""
        ...

    def feedback_urls(self, issue_id: str, subscriber_ids: Sequence[str]) -> list[str]:
        """Return each id's verdict-feedback base URL for ``issue_id`` (opaque), in order."""
        ...


class Ledger(Protocol):
    """The exactly-once record of a send (``deliver.ledger`` over the ``deliveries`` table).

    The manager runs the ledger's operations (``claim``, ``finish_batch``, ``finish_rows``,
    ``release``, ``expire_claims``...) on the connection of one of these transactions, so a
    claim, the outcomes recorded with it and the suppression re-check commit together.
    """

    engine: sa.Engine

    def transaction(self, action: str) -> AbstractContextManager[sa.Connection]:
        """Open a transaction; database faults become DatabaseError naming ``action``."""
        ...


SuppressionKind = Literal["bounced", "complained", "unsubscribed"]


@dataclass(frozen=True, slots=True)
class SuppressionEvent:
    """A provider's event, reduced to what the subscriber store needs (no provider names).

    ``status`` is what the event moves its subscriber to (None: an event that changes
    nothing, e.g. a delivery or a temporary refusal); the subscriber is named by our opaque
    ``subscriber_id`` when the event carries it, else by ``email``. ``event_id`` is the
    provider's id of the event (a replay carries the same one), when it has one.
    """

    status: SuppressionKind | None
    subscriber_id: str | None = None
    email: str | None = None
    event_id: str | None = None


@dataclass(frozen=True, slots=True)
class WebhookRefusal:
    """Why a webhook request is refused: the HTTP status and a short reason."""

    status_code: int
    reason: str


class EventWebhook(Protocol):
    """A provider's signed event webhook (``POST /webhooks/<name>``), for the web app.

    The web app checks the headers before reading the body (``check_headers``), the
    signature over the raw body (``verify``, blocking), parses the JSON array itself, then
    turns the events into ``SuppressionEvent``s and applies them.
    """

    @property
    def name(self) -> str:
        """The route's last segment: ``/webhooks/<name>``."""
        ...

    def check_headers(self, headers: Mapping[str, str]) -> WebhookRefusal | None:
        """Refuse an unsigned, stale or unconfigured request before its body is read."""
        ...

    def verify(self, headers: Mapping[str, str], body: bytes) -> bool:
        """Tell whether the body is signed by the provider (CPU: run it off the event loop)."""
        ...

    def events(self, batch: Sequence[object]) -> list[SuppressionEvent]:
        """Return one SuppressionEvent per item of a verified batch, in order."""
        ...


class ProgressReporter(Protocol):
    """What the job reports: recipients handled so far."""

    def advance(self, count: int) -> None:
        """Add ``count`` handled recipients."""
        ...
