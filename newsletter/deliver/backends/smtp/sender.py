"""The SMTP Sender: one message per recipient over a pool of connections.

Each message is the outbox's (``message.weekly_message``: same headers, List-Unsubscribe and
its one-click POST, multipart text + HTML), sent in one SMTP transaction with one ``RCPT``.
Replies map to outcomes (RFC 5321 section 4.2.1, enhanced codes RFC 3463):

- 5xx to ``RCPT``: that address is refused (recorded, the subscriber suppressed); the batch
  goes on. 5.7.x (policy, relaying denied, authentication) and 530/535 are our setup, not the
  address: the run stops instead;
- 4xx to ``MAIL``/``RCPT``/``DATA``, or a connection that failed before ``DATA``: nothing was
  accepted, so the message is retried on a fresh connection with exponential backoff and
  jitter (tenacity), ``MAX_ATTEMPTS`` times, then recorded failed and the run stops;
- a connection lost or a timeout *during* ``DATA``: the server may have queued the message;
  it is recorded unknown (sent again only with ``--retry-unknown``), never retried here;
- 5xx to ``MAIL`` or ``DATA``: the server refuses our sender or content: failed, run stops.

Domains always travel in IDNA (punycode). A non-ASCII local part never reaches a weekly send
(the door refuses it, and the send manager refuses one stored before that rule, on every
backend); should one reach this sender anyway, SMTPUTF8 (RFC 6531) is used when the server
offers it, otherwise the address is refused with the reason.
Exactly-once comes from the ledger, as for every backend: a batch is claimed before its
first message leaves.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import re
import smtplib
import threading
from collections.abc import Sequence

import tenacity

from newsletter.config import Settings
from newsletter.deliver.backends.smtp.pool import ConnectFailedError, SmtpConfig, SmtpPool
from newsletter.deliver.message import (
    Identity,
    ascii_address,
    message_bytes,
    message_id_domain,
    needs_smtputf8,
    transactional_message,
    weekly_message,
)
from newsletter.deliver.ports import (
    BatchOutcome,
    Delivery,
    Handover,
    Outgoing,
    OutgoingRow,
    nothing_to_recheck,
)
from newsletter.errors import DeliveryError, DeliveryOutcomeUnknownError
from newsletter.models import RenderedEmail
from subscribers.masking import mask_addresses_in

# Messages per batch: each batch is one ledger claim. Small enough that a crash leaves few
# messages unknown, large enough that claims cost little next to the SMTP round trips.
SMTP_BATCH_LIMIT = 100
MAX_ATTEMPTS = 4
BACKOFF_INITIAL_SECONDS = 1.0
MAX_WAIT_SECONDS = 30.0


class _TransientError(Exception):
    """Internal: nothing was accepted; the message may be retried on a fresh connection."""


class _RefusedError(Exception):
    """Internal: the server refused this recipient for good."""


class _UnknownError(Exception):
    """Internal: the session broke during DATA: the message may have been queued."""


class _WithdrawnError(Exception):
    """Internal: the recipient stopped being one before the handover: not sent."""


WITHDRAWN = "withdrawn"  # _transaction's answer for a recipient left out at the last look


def smtp_config(settings: Settings) -> SmtpConfig:
    """Return the SMTP config of the settings; ConfigError when unusable."""
    password = settings.smtp_password.get_secret_value() if settings.smtp_password else None
    config = SmtpConfig(
        host=settings.smtp_host or "",
        port=settings.smtp_port,
        security=settings.smtp_security,
        username=settings.smtp_username,
        password=password,
    )
    config.check()
    return config


def _dot_stuffed(data: bytes) -> bytes:
    """Return a message as DATA carries it: leading dots doubled, CRLF, the final dot (RFC 5321 4.5.2)."""
    body = re.sub(rb"(?m)^\.", b"..", data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    return body + b".\r\n"


def _is_policy(code: int, text: str) -> bool:
    """Tell whether a 5xx reply is about our setup (relaying, auth, policy), not the address."""
    return code in (530, 535, 554) and "5.1." not in text or text.lstrip().startswith("5.7.")


class SmtpSender:
    """Send each message of a batch in its own SMTP transaction, over pooled connections."""

    backend = "smtp"
    unit = "messages"

    def __init__(
        self,
        config: SmtpConfig,
        identity: Identity,
        *,
        batch_limit: int | None = None,
        max_attempts: int | None = None,
        backoff_initial_seconds: float | None = None,
    ) -> None:
        """Prepare the pool (connections open on first use)."""
        self.config = config
        self.identity = identity
        # Module defaults read here, not at import: tests lower them.
        self.batch_limit = batch_limit or SMTP_BATCH_LIMIT
        self.max_attempts = max_attempts or MAX_ATTEMPTS
        self.backoff_initial_seconds = (
            BACKOFF_INITIAL_SECONDS if backoff_initial_seconds is None else backoff_initial_seconds
        )
        self.domain = message_id_domain(identity.from_email)
        self.pool = SmtpPool(config)
        self._sent = 0
        self._lock = threading.Lock()

    @property
    def requests_made(self) -> int:
        """SMTP transactions attempted so far, retries included."""
        return self._sent

    def prepare(
        self, issue_id: str, batch_id: str, rendered: RenderedEmail, batch: Sequence[OutgoingRow]
    ) -> Delivery:
        """Build every message of the batch now; return their sending (network I/O only)."""
        now = dt.datetime.now(dt.UTC)
        messages = []
        for row in batch:
            item = Outgoing(*row)
            message = weekly_message(
                self.identity, issue_id, rendered, item, domain=self.domain, date=now
            )
            messages.append((item.subscriber_id, item.email, message_bytes(message)))
        return lambda handover: self._deliver(messages, handover)

    def _deliver(self, messages: list[tuple[str, str, bytes]], handover: Handover) -> BatchOutcome:
        refused: dict[str, str] = {}
        unknown: dict[str, str] = {}
        withdrawn: set[str] = set()
        for index, (subscriber_id, email, data) in enumerate(messages):
            try:
                self._send_with_retries(subscriber_id, email, data, handover)
            except _WithdrawnError:
                withdrawn.add(subscriber_id)
            except _RefusedError as exc:
                refused[subscriber_id] = str(exc)
            except _UnknownError as exc:
                # The next message opens a fresh connection; only this one is in doubt.
                unknown[subscriber_id] = mask_addresses_in(str(exc))
            except DeliveryError as exc:
                reason = mask_addresses_in(str(exc))
                failed = dict.fromkeys([sid for sid, _, _ in messages[index:]], reason)
                return BatchOutcome(
                    refused=refused,
                    failed=failed,
                    unknown=unknown,
                    withdrawn=frozenset(withdrawn),
                    stop=reason,
                )
        if len(unknown) == len(messages):
            raise DeliveryOutcomeUnknownError(next(iter(unknown.values())))
        return BatchOutcome(refused=refused, unknown=unknown, withdrawn=frozenset(withdrawn))

    def _send_with_retries(
        self, subscriber_id: str, email: str, data: bytes, handover: Handover
    ) -> None:
        retrying = tenacity.Retrying(
            stop=tenacity.stop_after_attempt(self.max_attempts),
            wait=tenacity.wait_exponential_jitter(
                multiplier=self.backoff_initial_seconds,
                max=MAX_WAIT_SECONDS,
                jitter=self.backoff_initial_seconds,
            ),
            retry=tenacity.retry_if_exception_type(_TransientError),
            reraise=True,
        )
        try:
            retrying(self._send_once, subscriber_id, email, data, handover)
        except _TransientError as exc:
            message = (
                f"SMTP server {self.config.host} still failing after {self.max_attempts} "
                f"attempts: {exc}. Check the relay and the network, then run `newsletter send` "
                "again (it resumes where it stopped)."
            )
            raise DeliveryError(message) from exc

    def _send_once(self, subscriber_id: str, email: str, data: bytes, handover: Handover) -> None:
        with self._lock:
            self._sent += 1
        try:
            with self.pool.connection() as connection:
                refusal = self._transaction(connection, subscriber_id, email, data, handover)
        except ConnectFailedError as exc:
            raise _TransientError(str(exc)) from exc
        if refusal == WITHDRAWN:
            raise _WithdrawnError
        if refusal is not None:
            # Raised outside the pool's block: the connection is fine and goes back.
            raise _RefusedError(refusal)

    def _transaction(
        self,
        connection: smtplib.SMTP,
        subscriber_id: str,
        email: str,
        data: bytes,
        handover: Handover,
    ) -> str | None:
        """One MAIL/RCPT/DATA exchange; return a refusal's reason (or WITHDRAWN), raise on faults.

        ``DATA`` and the message (the handover) are sent inside ``handover``, left once the
        final dot is written, before the server's answer is read: a recipient who stopped is
        reset away before it.
        """
        host = self.config.host
        recipient = ascii_address(email)
        options: list[str] = []
        if needs_smtputf8(recipient):
            if not connection.has_extn("smtputf8"):
                return (
                    f"the address needs SMTPUTF8 (a non-ASCII local part) and {host} does not "
                    "offer it; ask the reader for an ASCII address"
                )
            options = ["SMTPUTF8", "BODY=8BITMIME"]
        try:
            code, reply = connection.mail(ascii_address(self.identity.from_email), options)
            if code != 250:
                self._reset(connection)
                self._raise_for_mail(code, reply)
            code, reply = connection.rcpt(recipient)
            if code not in (250, 251):
                self._reset(connection)
                text = reply.decode("utf-8", "replace")
                if 400 <= code < 500:
                    detail = f"RCPT answered {code} {text}"
                    raise _TransientError(detail)
                if _is_policy(code, text):
                    message = f"SMTP server {host} refused a recipient for policy ({code} {text}): check relaying rights and NEWSLETTER_SMTP_USERNAME."
                    raise DeliveryError(message)
                return f"{code} {text}"
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            self.pool.discard_idle()
            detail = f"connection lost before DATA ({type(exc).__name__})"
            raise _TransientError(detail) from exc
        with handover([subscriber_id]) as stopped:
            if stopped:
                self._reset(connection)
                return WITHDRAWN
            try:
                code, reply = connection.docmd("DATA")
                if code == 354:
                    connection.send(_dot_stuffed(data))
            except (smtplib.SMTPException, OSError) as exc:
                # The final dot never left: the server cannot have queued a message.
                self.pool.discard_idle()
                detail = f"connection lost before the message was sent ({type(exc).__name__})"
                raise _TransientError(detail) from exc
        try:
            if code != 354:
                raise smtplib.SMTPDataError(code, reply)
            code, reply = connection.getreply()
            if code != 250:
                raise smtplib.SMTPDataError(code, reply)
        except smtplib.SMTPDataError as exc:
            if 400 <= exc.smtp_code < 500:
                detail = f"DATA answered {exc.smtp_code}"
                raise _TransientError(detail) from exc
            raw = exc.smtp_error
            text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
            message = f"SMTP server {host} refused the message content ({exc.smtp_code} {text}); check the rendered email."
            raise DeliveryError(message) from exc
        except (smtplib.SMTPException, OSError) as exc:
            self.pool.discard_idle()
            detail = (
                f"SMTP server {host} gave no answer to a sent message ({type(exc).__name__}): it "
                "may or may not have been queued. Check the relay's log, then run `newsletter "
                "send --retry-unknown` to send it again (the reader may then get two copies)."
            )
            raise _UnknownError(detail) from exc
        return None

    @staticmethod
    def _reset(connection: smtplib.SMTP) -> None:
        # A failed RSET: the next use of this connection fails and reconnects.
        with contextlib.suppress(smtplib.SMTPException, OSError):
            connection.rset()

    def _raise_for_mail(self, code: int, reply: bytes) -> None:
        text = reply.decode("utf-8", "replace")
        if 400 <= code < 500:
            detail = f"MAIL answered {code} {text}"
            raise _TransientError(detail)
        message = (
            f"SMTP server {self.config.host} refused the sender ({code} {text}). Check "
            "NEWSLETTER_FROM_EMAIL is a verified sender of the relay."
        )
        raise DeliveryError(message)

    def send_single(self, *, to_email: str, subject: str, html: str, text: str) -> None:
        """Send one transactional message now; DeliveryError when it was not (or maybe not) sent."""
        now = dt.datetime.now(dt.UTC)
        message = transactional_message(
            self.identity,
            to_email=to_email,
            subject=subject,
            text=text,
            html=html,
            token=f"{random.getrandbits(64):016x}",
            domain=self.domain,
            date=now,
        )
        try:
            self._send_with_retries("", to_email, message_bytes(message), nothing_to_recheck)
        except _RefusedError as exc:
            message_text = f"The SMTP server refused the address: {mask_addresses_in(str(exc))}. Check it and try again."
            raise DeliveryError(message_text) from exc
        except _UnknownError as exc:
            raise DeliveryOutcomeUnknownError(mask_addresses_in(str(exc))) from exc

    def close(self) -> None:
        """Close the pooled connections."""
        self.pool.close()
