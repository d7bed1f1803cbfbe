"""A small pool of authenticated SMTP connections (stdlib ``smtplib``), shared by send threads.

``smtplib`` over ``aiosmtplib``: the send manager hands each batch to a thread (the pool
threads only wait on sockets), so a blocking client fits, and the standard library has no
extra dependency. Each connection is opened with implicit TLS (``tls``, port 465), upgraded
with STARTTLS (``starttls``, port 587; refused if the server does not offer it) or left in
clear (``none``, only to a loopback host: a local relay), then logged in when a user name is
set. Certificates are checked against the system's trust store.
"""

from __future__ import annotations

import contextlib
import ipaddress
import queue
import smtplib
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Literal

from newsletter.errors import ConfigError, DeliveryError

Security = Literal["starttls", "tls", "none"]


@dataclass(frozen=True)
class SmtpConfig:
    """Where and how to connect (from the ``NEWSLETTER_SMTP_*`` settings)."""

    host: str
    port: int
    security: Security = "starttls"
    username: str | None = None
    password: str | None = None
    timeout_seconds: float = 30.0
    pool_size: int = 3

    def check(self) -> None:
        """Raise ConfigError for an unusable combination (clear text to a remote host)."""
        if not self.host:
            message = "Setting NEWSLETTER_SMTP_HOST is missing while NEWSLETTER_DELIVERY=smtp; set the relay's host name."
            raise ConfigError(message)
        if self.security == "none" and not is_loopback(self.host):
            message = (
                f"Setting NEWSLETTER_SMTP_SECURITY=none sends the password and every message in "
                f"clear text to {self.host}; it is allowed only for a loopback relay "
                "(localhost, 127.0.0.1, ::1). Use starttls (port 587) or tls (port 465)."
            )
            raise ConfigError(message)
        if (self.username is None) != (self.password is None):
            message = "Set both NEWSLETTER_SMTP_USERNAME and NEWSLETTER_SMTP_PASSWORD, or neither."
            raise ConfigError(message)


def is_loopback(host: str) -> bool:
    """Tell whether ``host`` names this machine (``localhost`` or a loopback address)."""
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class ConnectFailedError(Exception):
    """Internal: a connection could not be opened (transient: nothing was sent)."""


class SmtpPool:
    """At most ``pool_size`` open connections; each used by one thread at a time."""

    def __init__(self, config: SmtpConfig) -> None:
        """Remember the config; connections open on first use."""
        self.config = config
        self._idle: queue.LifoQueue[smtplib.SMTP] = queue.LifoQueue()
        self._slots = threading.BoundedSemaphore(config.pool_size)
        self._all: set[smtplib.SMTP] = set()
        self._lock = threading.Lock()

    @contextmanager
    def connection(self) -> Iterator[smtplib.SMTP]:
        """Lend a live connection; one that raised is closed, not returned to the pool.

        Raises ConnectFailedError (transient) or DeliveryError (TLS refused, login refused:
        a configuration problem).
        """
        with self._slots:
            try:
                connection = self._idle.get_nowait()
            except queue.Empty:
                connection = self._open()
            try:
                yield connection
            except BaseException:
                self._discard(connection)
                raise
            self._idle.put(connection)

    def discard_idle(self) -> None:
        """Close every idle connection (after the server dropped one, the rest may be stale)."""
        while True:
            try:
                connection = self._idle.get_nowait()
            except queue.Empty:
                return
            self._discard(connection)

    def close(self) -> None:
        """Say QUIT on every idle connection and forget them (idempotent)."""
        while True:
            try:
                connection = self._idle.get_nowait()
            except queue.Empty:
                break
            # Closing anyway: a server that already hung up needs no QUIT.
            with contextlib.suppress(smtplib.SMTPException, OSError):
                connection.quit()
            self._discard(connection)

    def _discard(self, connection: smtplib.SMTP) -> None:
        try:
            connection.close()
        finally:
            with self._lock:
                self._all.discard(connection)

    def _open(self) -> smtplib.SMTP:
        config = self.config
        context = ssl.create_default_context()
        try:
            if config.security == "tls":
                connection: smtplib.SMTP = smtplib.SMTP_SSL(
                    config.host, config.port, timeout=config.timeout_seconds, context=context
                )
            else:
                connection = smtplib.SMTP(config.host, config.port, timeout=config.timeout_seconds)
        except (smtplib.SMTPException, OSError) as exc:
            detail = f"cannot connect to {config.host}:{config.port} ({type(exc).__name__}: {exc})"
            raise ConnectFailedError(detail) from exc
        with self._lock:
            self._all.add(connection)
        try:
            connection.ehlo()
            if config.security == "starttls":
                if not connection.has_extn("starttls"):
                    message = (
                        f"SMTP server {config.host}:{config.port} does not offer STARTTLS. Use "
                        "NEWSLETTER_SMTP_SECURITY=tls with its TLS port (usually 465), or check the host."
                    )
                    raise DeliveryError(message)
                connection.starttls(context=context)
                connection.ehlo()
            if config.username is not None and config.password is not None:
                connection.login(config.username, config.password)
        except smtplib.SMTPAuthenticationError as exc:
            self._discard(connection)
            message = (
                f"SMTP server {config.host} refused the login ({exc.smtp_code}). Check "
                "NEWSLETTER_SMTP_USERNAME and NEWSLETTER_SMTP_PASSWORD (an SMTP credential, not "
                "the account password, for SES, Postmark and Mailgun)."
            )
            raise DeliveryError(message) from exc
        except (ssl.SSLError, ssl.CertificateError) as exc:
            self._discard(connection)
            message = f"TLS with SMTP server {config.host} failed: {exc}. Check the host name and NEWSLETTER_SMTP_SECURITY."
            raise DeliveryError(message) from exc
        except (smtplib.SMTPException, OSError) as exc:
            self._discard(connection)
            detail = f"{config.host}:{config.port} dropped the session while opening ({type(exc).__name__})"
            raise ConnectFailedError(detail) from exc
        except BaseException:
            self._discard(connection)
            raise
        return connection
