"""Shared fixtures: a fresh real SQLite database per test, settings, the editorial config.

Privacy check over the whole run (issue 5: "no log line or CLI output contains a whole
address"): at session start ``pytest_configure`` installs a ``tests.privacy.PrivacyLedger``
that records every log record (a root handler plus a record-factory hook for loggers that do
not propagate), the stdout/stderr of every ``CliRunner.invoke`` and of every captured
``subprocess.run`` of the newsletter program, and each test's captured stdout/stderr/log
sections. Tests can add other output with the ``privacy`` fixture::

    def test_server_output(privacy: PrivacyLedger) -> None:
        privacy.record(server_log_text, source="uvicorn subprocess")

and a test that legitimately prints a whole address (only ``subscribers export`` does, the
requester's own) declares it with ``privacy.allow(address)``; the allowance covers that test
only. At session end every capture is searched; any whole address (not masked, not a
configured sender) fails the run with a masked list of where it appeared.
``tests/test_privacy.py`` tests the mechanism; no test depends on the order files run in.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa

from newsletter.config import Settings
from newsletter.db import connect_database
from newsletter.editorial import EditorialConfig, load_editorial
from tests.privacy import SESSION, PrivacyLedger
from tests.sendgrid_standin import StandIn
from tests.smtp_server import LocalSmtpServer

if TYPE_CHECKING:
    from playwright.sync_api import Browser

REPO = Path(__file__).resolve().parent.parent
# The shared material (cases, corpus, SendGrid's OpenAPI description) sits next to the
# checkout; NEWSLETTER_TEST_SHARED points elsewhere (e.g. a git worktree in another folder).
SHARED = Path(os.environ.get("NEWSLETTER_TEST_SHARED") or REPO.parent / "shared")
IN_CI = os.environ.get("CI", "").lower() == "true"


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add ``--update-golden`` to rewrite golden files instead of comparing."""
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite tests/golden/* from current output"
    )


_LEDGER = pytest.StashKey[PrivacyLedger]()


class _PrivacyPlugin:
    """Pytest hooks feeding the session's PrivacyLedger and checking it at the end."""

    def __init__(self, ledger: PrivacyLedger) -> None:
        self.ledger = ledger
        self._seen_sections: set[tuple[str, str, str]] = set()

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_protocol(self, item: pytest.Item) -> Generator[None, object, object]:
        """Attribute output to the running test."""
        self.ledger.current_test = item.nodeid
        try:
            return (yield)
        finally:
            self.ledger.current_test = SESSION

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Record what the test printed and logged (pytest's captured sections)."""
        for name, content in report.sections:
            # Later phases repeat the earlier phases' sections: record each one once.
            key = (report.nodeid, name, content)
            if key not in self._seen_sections:
                self._seen_sections.add(key)
                self.ledger.record(content, source=name, test=report.nodeid)

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        """Fail the run when any output held a whole address."""
        findings = self.ledger.findings()
        self.ledger.uninstall()
        if not findings:
            return
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        lines = [f"{len(findings)} whole address(es) in log lines or CLI output (shown masked):"]
        lines += [f"  {finding.describe()}" for finding in findings[:50]]
        if reporter is not None:
            reporter.section("privacy check", sep="=", red=True)
            for line in lines:
                reporter.write_line(line)
        if session.exitstatus == pytest.ExitCode.OK:  # keep a worse status (interrupted...)
            session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_configure(config: pytest.Config) -> None:
    """Install the privacy ledger for the whole session (see the module docstring)."""
    ledger = PrivacyLedger()
    ledger.install()
    config.stash[_LEDGER] = ledger
    config.pluginmanager.register(_PrivacyPlugin(ledger), "newsletter-privacy")


@pytest.fixture
def privacy(request: pytest.FixtureRequest) -> PrivacyLedger:
    """The session's privacy ledger: ``record(text, source=...)`` output, ``allow(address)``."""
    return request.config.stash[_LEDGER]


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """Whether this run rewrites golden files."""
    return bool(request.config.getoption("--update-golden"))


def require_tool(name: str, path: str | None = None) -> str:
    """Return the tool's path; skip when it is missing, but fail under CI=true."""
    found = path if path and Path(path).exists() else shutil.which(name)
    if found:
        return found
    message = f"{name} is not installed (apt-get install {name}); .ci/run installs it"
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


def require_shared(relative: str) -> Path:
    """Return a path under ../shared; skip when it is missing, fail under CI=true."""
    path = SHARED / relative
    if path.exists():
        return path
    message = f"{path} is missing: the corpus in ../shared is needed for this test"
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """URL of a fresh, empty PostgreSQL database, dropped afterwards.

    Needs NEWSLETTER_TEST_POSTGRES_URL (``.ci/run`` starts a server and sets it): the test
    skips without it locally and fails under CI=true.
    """
    server = os.environ.get("NEWSLETTER_TEST_POSTGRES_URL")
    if not server:
        if IN_CI:
            pytest.fail("NEWSLETTER_TEST_POSTGRES_URL is not set; .ci/run starts PostgreSQL")
        pytest.skip("set NEWSLETTER_TEST_POSTGRES_URL to run PostgreSQL tests")
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    name = f"newsletter_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    yield sa.make_url(server).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


SENDGRID_API_KEY = "SG.test-key"


@pytest.fixture
def standin() -> Iterator[StandIn]:
    """A validating SendGrid stand-in on a random local port (API key ``SENDGRID_API_KEY``)."""
    require_shared("corpus/sendgrid-openapi/tsg_mail_v3.json")
    with StandIn(api_key=SENDGRID_API_KEY) as server:
        yield server


@pytest.fixture
def smtp_server() -> Iterator[LocalSmtpServer]:
    """A local SMTP server (aiosmtpd) offering SMTPUTF8; script faults through ``.script``."""
    with LocalSmtpServer() as server:
        yield server


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """URL of a fresh SQLite file for this test."""
    return f"sqlite:///{tmp_path / 'newsletter.db'}"


@pytest.fixture
def engine(database_url: str) -> Iterator[sa.Engine]:
    """A real SQLite database migrated to the latest schema."""
    engine = connect_database(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    """Settings for tests: temp database and outbox, a fixed secret, no .env file."""
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=database_url,
        base_url="http://newsletter.test",
        secret_key="test-secret-key-0123456789abcdef",  # type: ignore[arg-type]
        outbox_dir=tmp_path / "outbox",
    )


@pytest.fixture
def editorial() -> EditorialConfig:
    """The embedded editorial config, with sample feeds resolved against the repo."""
    cwd = Path.cwd()
    os.chdir(REPO)
    try:
        return load_editorial(None)
    finally:
        os.chdir(cwd)


# As root in a container chromium needs --no-sandbox; the rest keep it off this machine's closed
# network (no background fetches, updates or sync).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One headless Debian chromium per test module (the sync API owns the thread meanwhile)."""
    # Imported here: Playwright takes ~0.4 s to import, which only the browser tests need.
    from playwright.sync_api import sync_playwright

    executable = require_tool("chromium", "/usr/bin/chromium")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        yield launched
        launched.close()
