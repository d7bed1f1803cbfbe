"""A local SMTP server for the SMTP backend's tests (aiosmtpd on 127.0.0.1, a random port).

It records every message it accepts (envelope, bytes, arrival time) and plays scripted
faults: ``refuse`` (addresses answered ``550 5.1.1`` at RCPT), ``tempfail`` (an address's
next RCPTs answered ``451 4.3.0``), ``drop_at_rcpt`` / ``drop_at_data`` (the next sessions
closed without an answer at that step), ``slow`` (seconds every DATA answer waits) and
``policy`` (addresses answered ``550 5.7.1`` relaying denied). ``smtputf8`` offers the
SMTPUTF8 extension (RFC 6531).

Run standalone: ``python -m tests.smtp_server`` prints ``host port`` and counts messages
(``--count-only``) for benchmarks and kill tests in another process; ``GET``-free: the count
is printed to stdout on SIGTERM.
"""

from __future__ import annotations

import asyncio
import signal
import socket
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session


@dataclass(frozen=True)
class Received:
    """One accepted message."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes
    at: float  # time.monotonic() when the server accepted it
    smtputf8: bool


@dataclass
class _Script:
    refuse: set[str] = field(default_factory=set)
    policy: set[str] = field(default_factory=set)
    tempfail: Counter[str] = field(default_factory=Counter)
    drop_at_rcpt: int = 0
    drop_at_data: int = 0
    slow: float = 0.0


class _Handler:
    def __init__(self, server: LocalSmtpServer) -> None:
        self.server = server

    async def handle_RCPT(  # noqa: N802 - aiosmtpd's hook name
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        script = self.server.script
        with self.server.lock:
            self.server.rcpts += 1
            if script.drop_at_rcpt:
                script.drop_at_rcpt -= 1
                drop = True
            else:
                drop = False
            # A dropped session never reached the 451: the address keeps its count.
            tempfail = not drop and script.tempfail[address] > 0
            if tempfail:
                script.tempfail[address] -= 1
        if drop:
            assert server.transport is not None
            server.transport.close()
            return "421 4.4.2 closing (scripted drop)"
        if address in script.policy:
            return "550 5.7.1 Relaying denied"
        if address in script.refuse:
            return "550 5.1.1 <mailbox> does not exist"
        if tempfail:
            return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(  # noqa: N802 - aiosmtpd's hook name
        self, server: SMTP, session: Session, envelope: Envelope
    ) -> str:
        script = self.server.script
        with self.server.lock:
            drop = script.drop_at_data > 0
            if drop:
                script.drop_at_data -= 1
        if drop:
            # The message arrived whole; the answer never comes: the sender cannot know.
            assert server.transport is not None
            server.transport.close()
            return "421 4.4.2 closing (scripted drop)"
        content = envelope.original_content or envelope.content
        data = content if isinstance(content, bytes) else str(content).encode()
        utf8 = "SMTPUTF8" in [option.upper() for option in envelope.mail_options]
        item = Received(
            str(envelope.mail_from), tuple(envelope.rcpt_tos), data, time.monotonic(), utf8
        )
        with self.server.lock:
            self.server.received.append(item)
        if script.slow:
            # Queued, then answered late (a client that gave up cannot know it was queued).
            await asyncio.sleep(script.slow)
        return "250 2.0.0 queued"


class _Controller(Controller):
    def __init__(self, handler: _Handler, port: int, *, smtputf8: bool) -> None:
        super().__init__(handler, hostname="127.0.0.1", port=port)
        self.smtputf8 = smtputf8

    def factory(self) -> SMTP:
        """Build the protocol with SMTPUTF8 offered as configured."""
        return SMTP(self.handler, enable_SMTPUTF8=self.smtputf8, hostname="localhost")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class LocalSmtpServer:
    """The server and what it saw; a context manager (starts on a free port)."""

    def __init__(self, *, smtputf8: bool = True) -> None:
        self.script = _Script()
        self.received: list[Received] = []
        self.rcpts = 0
        self.lock = threading.Lock()
        self.port = _free_port()
        self.controller = _Controller(_Handler(self), self.port, smtputf8=smtputf8)
        self.host = "127.0.0.1"

    def recipients(self) -> list[str]:
        """Every accepted recipient, in order (duplicates kept)."""
        with self.lock:
            return [rcpt for item in self.received for rcpt in item.rcpt_tos]

    def __enter__(self) -> LocalSmtpServer:
        self.controller.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.controller.stop()


def main(argv: list[str]) -> None:
    """Serve until SIGTERM; print ``host port`` first, then the recipients received at the end."""
    server = LocalSmtpServer()
    stopped = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopped.set())
    with server:
        print(server.host, server.port, flush=True)
        stopped.wait()
    for recipient in server.recipients():
        print(recipient)


if __name__ == "__main__":
    main(sys.argv[1:])
