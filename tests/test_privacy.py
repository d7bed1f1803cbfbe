"""The privacy ledger (tests/privacy.py): it sees every kind of output and finds whole addresses.

The check over the whole run is not a test here (a test would see only the files run before
it, which depends on their order): ``pytest_sessionfinish`` in conftest searches everything
recorded once every test has run, and fails the session on any whole address.
"""

from __future__ import annotations

import email
import email.policy
import logging
import re
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest
import sqlalchemy as sa
import typer
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsletter.cli import app as cli_app
from newsletter.deliver.job import send_issue
from newsletter.editorial import load_editorial
from newsletter.issues import freeze_issue
from newsletter.logsetup import configure_logging
from newsletter.web.app import create_app
from newsletter.web.ratelimit import RateLimits
from newsletter.weeks import parse_week
from subscribers.feedback_tokens import FeedbackTokens
from subscribers.store import SubscriberStore
from subscribers.tables import votes
from tests.factories import make_issue
from tests.privacy import PrivacyLedger, is_newsletter_command
from tests.web.conftest import make_settings

PLANTED = "planted.zz@example.org"


def test_ledger_flags_whole_addresses_and_nothing_else() -> None:
    """Masked addresses, the sender, redacted passwords and message ids pass; a real address fails."""
    ledger = PrivacyLedger()
    ledger.record("sent to a•••@example.com from newsletter@example.com", source="cli")
    ledger.record("postgresql://user:***@db.internal/newsletter", source="log")
    ledger.record("Message-ID: <176409876543.12345.1234567890@example.com>", source="cli")
    ledger.record("Message-ID: <2026-W48.bsJWIXjXI-79P9jiSZYI4g@example.com>", source="cli")
    ledger.record(f"WARNING x: could not reach {PLANTED}", source="log x")
    ledger.record(b"bytes: Bob@Example.com", source="subprocess")
    findings = ledger.findings()
    assert [finding.source for finding in findings] == ["log x", "subprocess"]
    assert [finding.masked_address for finding in findings] == [
        "p•••@example.org",
        "B•••@Example.com",
    ]
    assert PLANTED not in findings[0].describe()


def test_allowance_covers_only_the_test_that_made_it() -> None:
    """An address allowed in one test is still a finding in another test's output."""
    ledger = PrivacyLedger()
    ledger.current_test = "test_export"
    ledger.allow(PLANTED.upper())
    ledger.record(f'{{"email": "{PLANTED}"}}', source="CliRunner stdout")
    ledger.current_test = "test_other"
    ledger.record(f"oops {PLANTED}", source="CliRunner stdout")
    assert [finding.test for finding in ledger.findings()] == ["test_other"]


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (["newsletter", "subscribers", "list"], True),
        ([sys.executable, "-m", "newsletter.demo", "--week", "2026-W48"], True),
        ("/repo/.venv/bin/newsletter send", True),
        (["spamassassin", "-t"], False),
        (["/usr/bin/chromium", "--version"], False),
    ],
)
def test_is_newsletter_command(command: object, expected: bool) -> None:
    """Only runs of the newsletter program have their subprocess output checked."""
    assert is_newsletter_command(command) is expected


def test_session_ledger_sees_logs_cli_runs_and_subprocesses(
    privacy: PrivacyLedger, tmp_path: Path
) -> None:
    """The installed ledger captures root and non-propagating logs, CliRunner and subprocess output."""
    privacy.allow(PLANTED)
    before = len(privacy.captures)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        configure_logging()  # what the CLI does: must not detach the ledger's handler
        logging.getLogger("newsletter.tests.privacy").warning("reached %s", PLANTED)
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
    isolated = logging.getLogger("newsletter.tests.isolated")
    isolated.propagate = False
    try:
        isolated.error("isolated %s", PLANTED)
    finally:
        isolated.propagate = True

    probe = typer.Typer()

    @probe.command()
    def shout() -> None:
        """Print the planted address."""
        typer.echo(PLANTED)

    assert CliRunner().invoke(probe, []).exit_code == 0
    completed = subprocess.run(
        [sys.executable, "-m", "newsletter", "subscribers", "forget", PLANTED, "--yes"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "NEWSLETTER_DATABASE_URL": f"sqlite:///{tmp_path / 'p.db'}"},
    )
    assert completed.returncode == 0, completed.stderr

    new = privacy.captures[before:]
    sources = [capture.source for capture in new if PLANTED in capture.text]
    assert any(source == "log newsletter.tests.privacy" for source in sources)
    assert any(source.endswith("(not propagated)") for source in sources)
    assert any(source.startswith("CliRunner") for source in sources)
    assert any(
        capture.source.startswith("subprocess") and "p•••@example.org" in capture.text
        for capture in new
    )
    assert not [f for f in privacy.findings() if f.test == privacy.current_test]


def test_feedback_links_pages_logs_and_stats_hold_no_address_or_id(
    privacy: PrivacyLedger, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Feedback links, their pages (GET, POST, errors), the votes table and stats show no reader."""
    settings = make_settings(tmp_path)
    editorial = load_editorial(None)
    app = create_app(settings, editorial, limits=RateLimits(1000, 1000))
    store: SubscriberStore = app.state.web.store
    readers = [
        store.add(address, ("quantum", "ai"), method="cli", policy_version="2026-01")
        for address in ("priv.one@example.net", "Priv.Two+tag@example.org")
    ]
    freeze_issue(app.state.engine, make_issue())
    send_issue(settings, editorial, app.state.engine, parse_week("2026-W48"))
    tokens = FeedbackTokens(settings.all_secret_keys())
    for reader in readers:
        eml = (settings.outbox_dir / "2026-W48" / f"{reader.id}.eml").read_bytes()
        message = email.message_from_bytes(eml, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        parts = [part.get_content() for part in message.walk() if not part.is_multipart()]
        urls = re.findall(
            r"https?://[^\s\"]+/feedback/[A-Za-z0-9_-]+/\w+/(?:yes|no)", "".join(parts)
        )
        assert urls, "the email has feedback links"
        for url in urls:
            privacy.record(url, source="feedback link in an email")
            assert reader.id not in url
            assert "@" not in url
            assert (
                tokens.verify(url.split("/feedback/")[1].split("/")[0]).subscriber_id == reader.id
            )
    caplog.set_level(logging.DEBUG)
    with TestClient(app, base_url="http://newsletter.test") as client:
        for reader in readers:
            token = tokens.token("2026-W48", reader.id)
            paths = [f"/feedback/{token}/quantum/no", f"/feedback/{token}/ai/yes"]
            paths += [f"/feedback/{token[:-2]}/quantum/no", f"/feedback/{token}/space/no"]
            for path in paths:
                for method in ("GET", "POST"):
                    response = client.request(method, path, data={"comment": "why not"})
                    privacy.record_http(method, path, response, source="feedback")
                    text = f"{path} {response.text} {response.headers}"
                    assert reader.id not in text
                    assert (reader.email or "").split("@")[0].casefold() not in text.casefold()
    with app.state.engine.connect() as connection:
        stored = " ".join(
            str(value) for row in connection.execute(sa.select(votes)) for value in row
        )
    assert stored.count("no") >= 1
    for reader in readers:
        assert reader.id not in stored
        assert (reader.email or "") not in stored
    result = CliRunner().invoke(
        cli_app,
        ["stats", "--weeks", "2", "--json"],
        env={"NEWSLETTER_DATABASE_URL": settings.database_url},
    )
    assert result.exit_code == 0, result.output
    assert "@" not in result.output
    assert all(reader.id not in result.output for reader in readers)
    app.state.engine.dispose()
    assert not [f for f in privacy.findings() if f.test == privacy.current_test]
