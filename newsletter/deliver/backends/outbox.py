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
    build_message,
    message_bytes,
    message_id_domain,
    weekly_message,
)
from newsletter.deliver.ports import ALL_SENT, BatchOutcome, Delivery, Outgoing, OutgoingRow
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
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".eml")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temp_name, path)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
    except OSError as exc:
        message = (
            f"Cannot write {path}: {exc.strerror or exc}. "
            "Check NEWSLETTER_OUTBOX_DIR points to a writable folder with free space."
        )
        raise DeliveryError(message) from exc


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
        return lambda: self.send_batch(issue_id, batch_id, rendered, items)

    def send_batch(
        self, issue_id: str, batch_id: str, rendered: RenderedEmail, batch: Sequence[Outgoing]
    ) -> BatchOutcome:
        """Write one .eml per message; a rewrite of the same message replaces the file.

        Raises DeliveryError when a file cannot be written.
        """
        folder = self.outbox_dir / issue_id
        now = dt.datetime.now(dt.UTC)
        for item in batch:
            message = weekly_message(
                self.identity, issue_id, rendered, item, domain=self.domain, date=now
            )
            write_atomically(folder / f"{item.subscriber_id}.eml", message_bytes(message))
            with self._lock:
                self._written += 1
        return ALL_SENT

    def send_single(self, *, to_email: str, subject: str, html: str, text: str) -> None:
        """Write ``OUTBOX_DIR/transactional/<timestamp>-<random>.eml`` (DeliveryError)."""
        now = dt.datetime.now(dt.UTC)
        token = secrets.token_hex(8)
        message = build_message(
            from_email=self.identity.from_email,
            from_name=self.identity.from_name,
            to_email=to_email,
            subject=subject,
            text=text,
            html=html,
            message_id=f"<{now:%Y%m%d%H%M%S}.{token}@{self.domain}>",
            date=now,
        )
        path = self.outbox_dir / "transactional" / f"{now:%Y%m%dT%H%M%S%fZ}-{token}.eml"
        write_atomically(path, message_bytes(message))
        with self._lock:
            self._written += 1

    def close(self) -> None:
        """Nothing to release."""
