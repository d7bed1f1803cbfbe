"""The test run's privacy ledger: every log line and CLI output, checked for whole addresses.

Issue 5 promises that after the full test run no log line or CLI output contains a whole
address. ``PrivacyLedger`` collects, for the whole session:

- every log record: a handler on the root logger formats each record that reaches it, and a
  wrapped log-record factory also catches records of loggers that do not propagate to the root
  (uvicorn's, for example) — both format the message as the program would write it;
- every ``CliRunner.invoke`` result (typer's runner and click's): stdout and stderr;
- every ``subprocess.run`` of the newsletter program (``newsletter``, ``python -m newsletter``,
  ``python -m newsletter.demo``) whose output was captured;
- what each test printed or logged outside those (pytest's captured stdout, stderr and log
  sections of every test report);
- anything a test hands to ``record_output(text, source=...)`` (output read from a server
  process, for example).

A *whole address* is any ``local@domain.tld`` (the loose pattern of ``subscribers.masking``)
except: masked ones (``a•••@example.com`` never matches the pattern), the configured sender
addresses (``SERVICE_ADDRESSES``), redacted credentials (a local part of only ``*``), message
ids (a local part of 16 or more digits, hex letters, dots or dashes, or whatever follows
``Message-ID: <``), and addresses a test
explicitly allowed for itself with ``allow(...)`` — only ``subscribers export`` may print one,
the requester's own. Findings are reported masked, so the report itself leaks nothing.
"""

from __future__ import annotations

import logging
import re
import subprocess
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from newsletter.config import Settings
from subscribers.masking import find_addresses, mask_addresses_in

SESSION = "<session>"
SERVICE_ADDRESSES = frozenset(
    {
        str(Settings.model_fields["from_email"].default).casefold(),
    }
)
_MESSAGE_ID_LOCAL = re.compile(r"[0-9a-fA-F.\-]{16,}")
_REDACTED_LOCAL = re.compile(r"\*+")
_MESSAGE_ID_HEADER = re.compile(r"message-id:\s*<$", re.IGNORECASE)
_FORMAT = logging.Formatter("%(levelname)s %(name)s: %(message)s")


@dataclass(frozen=True, slots=True)
class Capture:
    """One piece of output: where it came from, during which test, and the text."""

    source: str
    test: str
    text: str


@dataclass(frozen=True, slots=True)
class Finding:
    """A whole address found in a capture (shown masked)."""

    source: str
    test: str
    masked_address: str
    masked_excerpt: str

    def describe(self) -> str:
        """Return one line for the failure report."""
        return f"{self.test} [{self.source}]: {self.masked_address} in …{self.masked_excerpt}…"


def is_newsletter_command(args: object) -> bool:
    """Tell whether a subprocess argument list runs the newsletter program."""
    parts: Sequence[str]
    if isinstance(args, str):
        parts = args.split()
    elif isinstance(args, Sequence):
        parts = [str(part) for part in args]
    else:
        return False
    return any(
        part == "newsletter" or part.startswith("newsletter.") or part.endswith("/newsletter")
        for part in parts
    )


@dataclass
class PrivacyLedger:
    """Collects output during the session and finds whole addresses in it."""

    service_addresses: frozenset[str] = SERVICE_ADDRESSES
    captures: list[Capture] = field(default_factory=list)
    current_test: str = SESSION
    _allowed: dict[str, set[str]] = field(default_factory=dict)
    _undo: list[Callable[[], None]] = field(default_factory=list)

    # -- collecting ---------------------------------------------------------------

    def record(self, text: str | bytes | None, *, source: str, test: str | None = None) -> None:
        """Add one piece of output (bytes are decoded as UTF-8, leniently)."""
        if text is None:
            return
        if isinstance(text, bytes):
            text = text.decode("utf-8", errors="replace")
        if text:
            self.captures.append(Capture(source=source, test=test or self.current_test, text=text))

    def allow(self, *addresses: str) -> None:
        """Allow these whole addresses in the current test's output (``subscribers export``)."""
        self._allowed.setdefault(self.current_test, set()).update(a.casefold() for a in addresses)

    def record_result(self, result: Any, *, source: str) -> None:
        """Record a CliRunner result's stdout and stderr (whatever the click version offers)."""
        for stream in ("stdout", "stderr"):
            try:
                text = getattr(result, stream)
            except ValueError:  # older click: stderr not captured separately
                continue
            self.record(text, source=f"{source} {stream}")

    def record_http(self, method: str, url: str, response: Any, *, source: str) -> None:
        """Record a request line and its response's headers and body (pages and links)."""
        self.record(f"{method} {url}", source=f"{source} request")
        headers = "\n".join(f"{name}: {value}" for name, value in response.headers.items())
        self.record(headers, source=f"{source} response headers")
        self.record(response.content, source=f"{source} response body")

    # -- checking -----------------------------------------------------------------

    def findings(self) -> list[Finding]:
        """Return every whole address found so far, masked, in capture order."""
        found: list[Finding] = []
        for capture in self.captures:
            allowed = self.service_addresses | self._allowed.get(capture.test, set())
            for match in find_addresses(capture.text):
                if self._is_exempt(match, allowed):
                    continue
                start, end = max(match.start() - 40, 0), min(match.end() + 40, len(capture.text))
                excerpt = capture.text[start:end].replace("\n", " ")
                found.append(
                    Finding(
                        source=capture.source,
                        test=capture.test,
                        masked_address=mask_addresses_in(match.group(0)),
                        masked_excerpt=mask_addresses_in(excerpt),
                    )
                )
        return found

    @staticmethod
    def _is_exempt(match: re.Match[str], allowed: Iterable[str]) -> bool:
        local = match.group(1)
        if _REDACTED_LOCAL.fullmatch(local) or _MESSAGE_ID_LOCAL.fullmatch(local):
            return True
        if _MESSAGE_ID_HEADER.search(match.string[max(match.start() - 20, 0) : match.start()]):
            return True
        return match.group(0).casefold() in set(allowed)

    # -- installing -----------------------------------------------------------------

    def install(self) -> None:
        """Attach the root handler and wrap the record factory, CliRunner and subprocess.run."""
        handler = _RecordingHandler(self)
        root = logging.getLogger()
        root.addHandler(handler)
        self._undo.append(lambda: root.removeHandler(handler))

        previous_factory = logging.getLogRecordFactory()

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous_factory(*args, **kwargs)
            if not _reaches_root(record.name):
                self.record(_format(record), source=f"log {record.name} (not propagated)")
            return record

        logging.setLogRecordFactory(factory)
        self._undo.append(lambda: logging.setLogRecordFactory(previous_factory))
        self._wrap_cli_runners()
        self._wrap_subprocess_run()

    def uninstall(self) -> None:
        """Undo ``install`` (in reverse order)."""
        while self._undo:
            self._undo.pop()()

    def _wrap_cli_runners(self) -> None:
        import click.testing
        import typer.testing

        runners: set[type[Any]] = {typer.testing.CliRunner, click.testing.CliRunner}
        for runner in runners:
            original = runner.invoke

            def invoke(
                this: Any,
                cli: Any,
                args: Any = None,
                *rest: Any,
                _original: Any = original,
                **kw: Any,
            ) -> Any:
                result = _original(this, cli, args, *rest, **kw)
                shown = " ".join(args) if isinstance(args, list | tuple) else str(args or "")
                self.record_result(result, source=f"CliRunner `{mask_addresses_in(shown)}`")
                return result

            runner.invoke = invoke
            self._undo.append(partial(_restore, runner, original))

    def _wrap_subprocess_run(self) -> None:
        original = subprocess.run
        ledger = self

        def run(*args: Any, **kwargs: Any) -> Any:
            completed = original(*args, **kwargs)
            command = args[0] if args else kwargs.get("args")
            if is_newsletter_command(command):
                shown = mask_addresses_in(str(command))[:120]
                ledger.record(completed.stdout, source=f"subprocess {shown} stdout")
                ledger.record(completed.stderr, source=f"subprocess {shown} stderr")
            return completed

        subprocess.run = run
        self._undo.append(lambda: setattr(subprocess, "run", original))


def _restore(runner: Any, original: Any) -> None:
    runner.invoke = original


def _reaches_root(name: str) -> bool:
    logger: logging.Logger | None = logging.getLogger(name)
    while logger is not None:
        if not logger.propagate:
            return False
        logger = logger.parent
    return True


def _format(record: logging.LogRecord) -> str:
    try:
        return _FORMAT.format(record)
    except (TypeError, ValueError) as exc:  # a malformed call: record what we can
        return f"{record.msg!s} {record.args!r} ({exc})"


class _RecordingHandler(logging.Handler):
    """Root handler: every record that reaches the root, formatted as a log line."""

    def __init__(self, ledger: PrivacyLedger) -> None:
        super().__init__(level=logging.NOTSET)
        self.ledger = ledger

    def emit(self, record: logging.LogRecord) -> None:
        self.ledger.record(_format(record), source=f"log {record.name}")
