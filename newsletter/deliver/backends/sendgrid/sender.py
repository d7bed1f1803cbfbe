"""The two weekly backends behind one ``Sender`` protocol: the outbox and SendGrid.

A batch is sent in two steps: ``prepare`` (the job's thread: whatever is CPU work, such as
building the request body) returns the delivery itself, which runs in a pool thread and
should be mostly I/O. Python runs one thread at a time: CPU work in the pool threads would
make the job's thread wait for the interpreter lock after every database call (up to 5 ms
each). Both backends are thread-safe: a few deliveries are in flight at once.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple, Protocol

from newsletter.config import Settings
from newsletter.deliver.message import (
    Identity,
    build_message,
    fill_placeholders,
    list_unsubscribe_headers,
    message_bytes,
    message_id_domain,
)
from newsletter.deliver.outbox import write_atomically
from newsletter.deliver.payload import VariantPayload
from newsletter.deliver.sendgrid import SendGridClient
from newsletter.deliver.transactional import sendgrid_client
from newsletter.errors import ConfigError
from newsletter.models import (
    PREFERENCES_URL_PLACEHOLDER,
    UNSUBSCRIBE_URL_PLACEHOLDER,
    RenderedEmail,
)


class Outgoing(NamedTuple):
    """One message to send: who, and their two personal links (a tuple: cheap per recipient)."""

    subscriber_id: str
    email: str
    unsubscribe_url: str
    preferences_url: str

    def substitutions(self) -> dict[str, str]:
        """Return the placeholder -> personal link map of this message."""
        return {
            UNSUBSCRIBE_URL_PLACEHOLDER: self.unsubscribe_url,
            PREFERENCES_URL_PLACEHOLDER: self.preferences_url,
        }


# (subscriber id, address, unsubscribe URL, preferences URL): an Outgoing or a plain tuple.
OutgoingRow = tuple[str, str, str, str]


class Sender(Protocol):
    """Deliver one batch of one variant; raise DeliveryError when it was not (or maybe not) sent."""

    backend: str

    @property
    def requests_made(self) -> int:
        """Requests (or files) attempted so far, retries included."""
        ...

    def prepare(
        self, issue_id: str, batch_id: str, rendered: RenderedEmail, batch: Sequence[OutgoingRow]
    ) -> Callable[[], None]:
        """Do the CPU work of a batch now; return the delivery (run it once, in any thread).

        ``batch`` rows are ``Outgoing`` or plain tuples in the same order (cheaper per row).
        """
        ...

    def send_batch(
        self, issue_id: str, batch_id: str, rendered: RenderedEmail, batch: Sequence[Outgoing]
    ) -> None:
        """Deliver every message of ``batch`` (all share ``rendered``): prepare, then deliver."""
        ...


class OutboxSender:
    """Write each message as ``<outbox>/<issue_id>/<subscriber_id>.eml`` (atomic, idempotent)."""

    backend = "outbox"

    def __init__(self, outbox_dir: Path, identity: Identity) -> None:
        """Remember where to write and the sender identity."""
        self.outbox_dir = outbox_dir
        self.identity = identity
        self.domain = message_id_domain(identity.from_email)
        self._written = 0
        self._lock = threading.Lock()

    @property
    def requests_made(self) -> int:
        """Files written so far."""
        return self._written

    def prepare(
        self, issue_id: str, batch_id: str, rendered: RenderedEmail, batch: Sequence[OutgoingRow]
    ) -> Callable[[], None]:
        """Return the writing of the batch's files (file I/O, run in a pool thread)."""
        items = [Outgoing(*row) for row in batch]
        return lambda: self.send_batch(issue_id, batch_id, rendered, items)

    def send_batch(
        self, issue_id: str, batch_id: str, rendered: RenderedEmail, batch: Sequence[Outgoing]
    ) -> None:
        """Write one .eml per message; a rewrite of the same message replaces the file.

        The message is what SendGrid would deliver: the same parts with the substitutions
        filled in, the same List-Unsubscribe pair. Raises DeliveryError when a file cannot
        be written.
        """
        folder = self.outbox_dir / issue_id
        now = dt.datetime.now(dt.UTC)
        for item in batch:
            substitutions = item.substitutions()
            message = build_message(
                from_email=self.identity.from_email,
                from_name=self.identity.from_name,
                to_email=item.email,
                subject=fill_placeholders(rendered.subject, substitutions),
                text=fill_placeholders(rendered.text, substitutions),
                html=fill_placeholders(rendered.html, substitutions),
                # Stable per (issue, subscriber): a retried message keeps its Message-ID.
                message_id=f"<{issue_id}.{item.subscriber_id}@{self.domain}>",
                headers=list_unsubscribe_headers(
                    item.unsubscribe_url, self.identity.unsubscribe_mailto
                ),
                date=now,
            )
            write_atomically(folder / f"{item.subscriber_id}.eml", message_bytes(message))
            with self._lock:
                self._written += 1


class SendGridSender:
    """Post one mail-send request per batch: shared content, one personalization per message."""

    backend = "sendgrid"

    def __init__(
        self,
        client: SendGridClient,
        identity: Identity,
        *,
        track_opens: bool = False,
        track_clicks: bool = False,
    ) -> None:
        """Wrap a client with the sender identity and tracking choices."""
        self.client = client
        self.identity = identity
        self.track_opens = track_opens
        self.track_clicks = track_clicks
        self._payloads: dict[tuple[str, frozenset[str], str], VariantPayload] = {}

    @property
    def requests_made(self) -> int:
        """HTTP requests made so far, retries included."""
        return self.client.requests_made

    def payload(self, issue_id: str, rendered: RenderedEmail) -> VariantPayload:
        """Return the (cached) body builder of one variant."""
        key = (issue_id, rendered.field_set, rendered.subject)
        found = self._payloads.get(key)
        if found is None:
            # Two threads may build the same one at once: harmless, the last one is kept.
            found = VariantPayload(
                issue_id=issue_id,
                rendered=rendered,
                identity=self.identity,
                track_opens=self.track_opens,
                track_clicks=self.track_clicks,
            )
            self._payloads[key] = found
        return found

    def prepare(
        self, issue_id: str, batch_id: str, rendered: RenderedEmail, batch: Sequence[OutgoingRow]
    ) -> Callable[[], None]:
        """Encode the batch's request body now; return its POST (network I/O only).

        ``custom_args`` carry only the issue id and the opaque subscriber id, never personal
        data; ``batch_id`` stays in the ledger. Raises DeliveryError outside 1 to 1000
        messages.
        """
        body = self.payload(issue_id, rendered).body_for(batch)
        return lambda: self.client.send_json(body)

    def send_batch(
        self, issue_id: str, batch_id: str, rendered: RenderedEmail, batch: Sequence[Outgoing]
    ) -> None:
        """Post the batch as one request (1 to 1000 personalizations, one recipient each)."""
        self.prepare(issue_id, batch_id, rendered, batch)()


def build_sender(settings: Settings) -> OutboxSender | SendGridSender:
    """Return the weekly backend the settings select.

    Raises ConfigError for SendGrid without a key or without an https base URL.
    """
    identity = Identity(settings.from_email, settings.from_name, settings.unsubscribe_mailto)
    if settings.delivery == "outbox":
        return OutboxSender(settings.outbox_dir, identity)
    if not settings.base_url.startswith("https://"):
        message = (
            f"Setting NEWSLETTER_BASE_URL={settings.base_url} is not https: mailbox providers "
            "ignore a List-Unsubscribe one-click URL without TLS. Set the public https:// base "
            "of `newsletter serve`, or use NEWSLETTER_DELIVERY=outbox."
        )
        raise ConfigError(message)
    return SendGridSender(
        sendgrid_client(settings),
        identity,
        track_opens=settings.track_opens,
        track_clicks=settings.track_clicks,
    )
