"""The outbox backend: each message written atomically as one ``.eml`` file.

Weekly messages go to ``<outbox>/<issue_id>/<subscriber_id>.eml`` (a rewrite of the same
message replaces the file: idempotent), transactional ones to
``<outbox>/transactional/<timestamp>-<random>.eml``. Each file is what an SMTP relay would
be handed: the same parts, the personal links filled in, the same List-Unsubscribe pair.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path

from newsletter.deliver.message import (
    Identity,
    message_bytes,
    message_id_domain,
    transactional_message,
    weekly_message,
)
from newsletter.deliver.ports import (
    ALL_SENT,
    BatchOutcome,
    Delivery,
    Handover,
    Outgoing,
    OutgoingRow,
    nothing_to_recheck,
)
from newsletter.errors import DeliveryError
from newsletter.models import RenderedEmail

# Files per batch: large enough that the ledger's per-batch cost is small, small enough that
# a stop leaves few files unrecorded.
OUTBOX_BATCH_LIMIT = 1000


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temp file in the same folder and a rename.

    A reader (or a crash) never sees a half-written file. Raises DeliveryError when the
    folder cannot be written.
    """
    temp = stage(path, data)
    publish(temp, path)


def stage(path: Path, data: bytes) -> Path:
    """Write ``data`` (synced) to a hidden temp file next to ``path``; return its path.

    Raises DeliveryError when the folder cannot be written.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".eml")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise DeliveryError(_cannot_write(path, exc)) from exc
    return Path(temp_name)


def publish(temp: Path, path: Path) -> None:
    """Rename a staged file into place (atomic); DeliveryError when it cannot be."""
    try:
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise DeliveryError(_cannot_write(path, exc)) from exc


def _cannot_write(path: Path, exc: OSError) -> str:
    return (
        f"Cannot write {path}: {exc.strerror or exc}. "
        "Check NEWSLETTER_OUTBOX_DIR points to a writable folder with free space."
    )


class OutboxSender:
    """Write each message as ``<outbox>/<issue_id>/<subscriber_id>.eml`` (atomic, idempotent)."""

    backend = "outbox"
    unit = "files"

    def __init__(
        self, outbox_dir: Path, identity: Identity, *, batch_limit: int = OUTBOX_BATCH_LIMIT
    ) -> None:
        """Remember where to write and the sender identity."""
        self.outbox_dir = outbox_dir
        self.identity = identity
        self.batch_limit = batch_limit
        self.domain = message_id_domain(identity.from_email)
        self._written = 0
        self._lock = threading.Lock()

    @property
    def requests_made(self) -> int:
        """Files written so far."""
        return self._written

    def prepare(
        self, issue_id: str, batch_id: str, rendered: RenderedEmail, batch: Sequence[OutgoingRow]
    ) -> Delivery:
        """Return the writing of the batch's files (file I/O, run in a pool thread)."""
        items = [Outgoing(*row) for row in batch]
        return lambda handover: self.send_batch(issue_id, batch_id, rendered, items, handover)

    def send_batch(
        self,
        issue_id: str,
        batch_id: str,
        rendered: RenderedEmail,
        batch: Sequence[Outgoing],
        handover: Handover | None = None,
    ) -> BatchOutcome:
        """Write one .eml per message; a rewrite of the same message replaces the file.

        The files are written (and synced) under temp names first; they are renamed into
        place inside ``handover`` (the handover), those it names deleted instead
        (``withdrawn``). Raises DeliveryError when a file cannot be written.
        """
        folder = self.outbox_dir / issue_id
        now = dt.datetime.now(dt.UTC)
        staged: list[tuple[str, Path, Path]] = []
        stopped: set[str] = set()
        try:
            for item in batch:
                message = weekly_message(
                    self.identity, issue_id, rendered, item, domain=self.domain, date=now
                )
                path = folder / f"{item.subscriber_id}.eml"
                staged.append((item.subscriber_id, stage(path, message_bytes(message)), path))
            holding = handover or nothing_to_recheck
            with holding([subscriber_id for subscriber_id, _, _ in staged]) as stopped:
                for subscriber_id, temp, path in staged:
                    if subscriber_id not in stopped:
                        publish(temp, path)
        finally:
            for _, temp, _ in staged:
                temp.unlink(missing_ok=True)  # the withdrawn ones, or all after a failure
        with self._lock:
            self._written += len(staged) - len(stopped)
        return BatchOutcome(withdrawn=frozenset(stopped)) if stopped else ALL_SENT

    def send_single(self, *, to_email: str, subject: str, html: str, text: str) -> None:
        """Write ``OUTBOX_DIR/transactional/<timestamp>-<random>.eml`` (DeliveryError)."""
        now = dt.datetime.now(dt.UTC)
        token = secrets.token_hex(8)
        message = transactional_message(
            self.identity,
            to_email=to_email,
            subject=subject,
            text=text,
            html=html,
            token=token,
            domain=self.domain,
            date=now,
        )
        path = self.outbox_dir / "transactional" / f"{now:%Y%m%dT%H%M%S%fZ}-{token}.eml"
        write_atomically(path, message_bytes(message))
        with self._lock:
            self._written += 1

    def close(self) -> None:
        """Nothing to release."""
