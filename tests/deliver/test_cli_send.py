"""``newsletter send``: summary, exit codes, --dry-run, --scheduled with a fixed clock, the lock."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import Result
from typer.testing import CliRunner

from newsletter.cli import app
from newsletter.cli.common import CliSeams
from newsletter.config import Settings
from newsletter.db.issuestore import SENT, acquire_lock, issue_status
from newsletter.deliver.backends.sendgrid import client as sendgrid
from newsletter.errors import ConfigError
from subscribers.store import SubscriberStore
from tests.deliver.test_job import (
    API_KEY,
    WEEK,
    Reader,
    add_readers,
    frozen_issue,
    with_content,
)
from tests.sendgrid_standin import StandIn

REPO = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def cli_env(settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Environment for the command: the test database and outbox, an https base URL."""
    env = {
        "NEWSLETTER_DATABASE_URL": settings.database_url,
        "NEWSLETTER_OUTBOX_DIR": str(settings.outbox_dir),
        "NEWSLETTER_SECRET_KEY": settings.secret_key.get_secret_value(),
        "NEWSLETTER_BASE_URL": "https://newsletter.test",
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)  # no stray .env from the repository
    return env


def _send(*args: str, now: str | None = None) -> Result:
    if now is None:
        return CliRunner().invoke(app, ["send", *args])
    moment = dt.datetime.fromisoformat(now)
    return CliRunner().invoke(app, ["send", *args], obj=CliSeams(clock=lambda: moment))


def _no_address_in(text: str, readers: list[Reader]) -> None:
    for reader in readers:
        assert reader.email not in text


def test_send_prints_a_summary_without_any_address(
    cli_env: dict[str, str], engine: sa.Engine, settings: Settings
) -> None:
    """A send exits 0, prints the counts table and where the files are, and no address."""
    frozen_issue(engine)
    readers = add_readers(engine, 40)

    result = _send("--week", WEEK.id)

    assert result.exit_code == 0, result.output
    sent = len(with_content(readers))
    assert f"Sent{' ' * 0}" in result.output
    assert f"{sent:,}" in result.output
    assert "MJML compiles" in result.output
    assert f"Issue {WEEK.id} is marked sent." in result.output
    assert len(list((settings.outbox_dir / WEEK.id).glob("*.eml"))) == sent
    _no_address_in(result.output, readers)

    again = _send("--week", WEEK.id)
    assert again.exit_code == 0
    assert (
        again.output.strip()
        == f"Issue {WEEK.id} was already sent ({sent:,} messages); nothing to do."
    )


def test_dry_run_counts_and_writes_nothing(
    cli_env: dict[str, str], engine: sa.Engine, settings: Settings
) -> None:
    """--dry-run shows what would be sent and writes no file and no ledger row."""
    frozen_issue(engine)
    readers = add_readers(engine, 25)

    result = _send("--week", WEEK.id, "--dry-run")

    assert result.exit_code == 0, result.output
    assert "Would send" in result.output
    assert "dry run" in result.output
    assert f"{len(with_content(readers)):,}" in result.output
    assert not settings.outbox_dir.exists()
    assert "written under" not in result.output  # a dry run writes nothing anywhere


def _count(output: str, label: str) -> int:
    """The number in the summary table's row ``label``."""
    found = re.search(rf"{re.escape(label)}\s*[│|]?\s*([\d,]+)", output)
    assert found is not None, output
    return int(found.group(1).replace(",", ""))


@pytest.mark.parametrize("count", [12, 40])
def test_a_dry_run_after_the_send_counts_as_the_send_did(
    count: int, cli_env: dict[str, str], engine: sa.Engine
) -> None:
    """On one database, the send and a later --dry-run report the same skipped and sent readers."""
    frozen_issue(engine)
    readers = add_readers(engine, count)
    skipped = count - len(with_content(readers))
    assert skipped > 0
    before = _send("--week", WEEK.id, "--dry-run")
    sent = _send("--week", WEEK.id)
    after = _send("--week", WEEK.id, "--dry-run")

    assert sent.exit_code == 0, sent.output
    assert after.exit_code == 0, after.output
    label = "Skipped: no content in their fields"
    assert _count(before.output, label) == _count(sent.output, label) == skipped
    assert _count(after.output, label) == skipped
    assert _count(after.output, "Already sent") == _count(sent.output, "Sent") == count - skipped
    assert _count(after.output, "Would send") == 0


@pytest.mark.parametrize(
    ("timezone", "before", "after"),
    [
        ("UTC", "2026-11-30T06:59:00+00:00", "2026-11-30T07:00:00+00:00"),
        ("Europe/Paris", "2026-11-30T05:59:00+00:00", "2026-11-30T06:00:00+00:00"),
    ],
)
def test_scheduled_sends_the_due_week_once_after_its_moment(
    cli_env: dict[str, str],
    engine: sa.Engine,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    timezone: str,
    before: str,
    after: str,
) -> None:
    """Before Monday 07:00 (local) nothing is sent; then the week is sent once; then nothing."""
    monkeypatch.setenv("NEWSLETTER_TIMEZONE", timezone)
    frozen_issue(engine)
    readers = add_readers(engine, 20)

    early = _send("--scheduled", now=before)

    assert early.exit_code == 0, early.output
    assert len(early.output.strip().splitlines()) == 1
    assert "Issue 2026-W47 is not sent" in early.output  # a week ago: past the lateness
    assert not settings.outbox_dir.exists()

    due = _send("--scheduled", now=after)

    assert due.exit_code == 0, due.output
    assert len(list((settings.outbox_dir / WEEK.id).glob("*.eml"))) == len(with_content(readers))
    assert issue_status(engine, WEEK.id) == SENT

    later = _send("--scheduled", now="2026-12-01T12:00:00+00:00")

    assert later.exit_code == 0
    assert later.output.strip() == f"Issue {WEEK.id} was already sent; nothing to do."


def test_scheduled_without_content_does_nothing(cli_env: dict[str, str], engine: sa.Engine) -> None:
    """A due week whose fields have no report is neither sent nor frozen: one line, exit 0."""
    add_readers(engine, 5)

    result = _send("--scheduled", now="2026-11-30T09:00:00+00:00")

    assert result.exit_code == 0
    assert len(result.output.strip().splitlines()) == 1
    assert f"Issue {WEEK.id} has no report in any field" in result.output
    assert issue_status(engine, WEEK.id) is None


def test_scheduled_with_another_week_is_a_usage_error(cli_env: dict[str, str]) -> None:
    """--scheduled --week naming a week other than the due one exits 2 and sends nothing."""
    result = _send("--scheduled", "--week", "2026-W46", now="2026-11-30T09:00:00+00:00")

    assert result.exit_code == 2
    assert "--scheduled sends the due week 2026-W48, and --week names 2026-W46" in result.output


def test_worker_on_sqlite_is_a_configuration_error(
    cli_env: dict[str, str], engine: sa.Engine
) -> None:
    """--worker needs PostgreSQL: ConfigError (exit 2) before anything is sent."""
    frozen_issue(engine)
    result = _send("--week", WEEK.id, "--worker")

    assert result.exit_code == ConfigError.exit_code == 2
    assert "needs PostgreSQL" in result.output


def test_a_rejected_send_exits_7_and_failures_are_listed(
    cli_env: dict[str, str],
    engine: sa.Engine,
    standin: StandIn,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A bad key stops the run: exit 7, the API's message on stderr, failed counted, re-run advised."""
    frozen_issue(engine)
    readers = add_readers(engine, 30)
    monkeypatch.setenv("NEWSLETTER_DELIVERY", "sendgrid")
    monkeypatch.setenv("NEWSLETTER_SENDGRID_HOST", standin.url)
    monkeypatch.setenv("NEWSLETTER_SENDGRID_API_KEY", "SG.revoked")

    result = _send("--week", WEEK.id)

    assert result.exit_code == 7
    assert "authorization grant is invalid" in result.stderr
    # How many were in flight when the 401 came depends on which field-set's batch went
    # first (some hold one reader): "1 message failed" and "12 messages failed" are both right.
    failed = re.search(r"(\d+) messages? failed \(never accepted\)", result.output)
    assert failed is not None, result.output
    assert int(failed.group(1)) >= 1
    # Every failed reader is still subscribed: the summary says to re-run, and for how many.
    retry = re.search(r"again to retry the (\d+) readers? still subscribed\.", result.output)
    assert retry is not None, result.output
    assert retry.group(1) == failed.group(1)
    assert "no reader is left to retry" not in result.output
    _no_address_in(result.output + result.stderr, readers)

    monkeypatch.setenv("NEWSLETTER_SENDGRID_API_KEY", API_KEY)
    retried = _send("--week", WEEK.id)
    assert retried.exit_code == 0, retried.output
    assert sorted(standin.recipients()) == sorted(r.email for r in with_content(readers))


def test_unknown_outcomes_advise_retry_only_for_readers_still_subscribed(
    cli_env: dict[str, str],
    engine: sa.Engine,
    settings: Settings,
    standin: StandIn,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A hung request leaves its readers unknown; the advice counts those still subscribed, or says none is."""
    frozen_issue(engine, ["quantum"])
    readers = add_readers(engine, 6, field_sets=[frozenset({"quantum"})])
    monkeypatch.setenv("NEWSLETTER_DELIVERY", "sendgrid")
    monkeypatch.setenv("NEWSLETTER_SENDGRID_HOST", standin.url)
    monkeypatch.setenv("NEWSLETTER_SENDGRID_API_KEY", API_KEY)
    monkeypatch.setattr(sendgrid, "TIMEOUT_SECONDS", 1.5)  # the hang is past it: unknown
    standin.script([("hang", 4.0)])
    store = SubscriberStore(engine, settings.all_secret_keys())

    hung = _send("--week", WEEK.id)
    assert hung.exit_code == 1, hung.output
    assert "6 messages have an unknown outcome" in hung.output
    assert "--retry-unknown` sends them again." in hung.output

    store.unsubscribe(readers[0].id)
    store.unsubscribe(readers[1].id)
    some = _send("--week", WEEK.id)
    assert "6 messages have an unknown outcome" in some.output
    assert "--retry-unknown` sends again to the 4 readers still subscribed." in some.output

    for reader in readers[2:]:
        store.unsubscribe(reader.id)
    none = _send("--week", WEEK.id)
    assert "none of their readers is still subscribed, so nothing is left to retry" in none.output
    assert "--retry-unknown`" not in none.output
    assert standin.recipients() == []  # the hung request was never answered, nothing resent
    _no_address_in(hung.output + some.output + none.output, readers)


def test_a_held_lock_exits_8_with_one_line(
    cli_env: dict[str, str], engine: sa.Engine, settings: Settings
) -> None:
    """Another live job holds the issue: the command prints one line and exits 8."""
    frozen_issue(engine)
    add_readers(engine, 5)
    # Held by this (live) test process, as a job on this host would hold it.
    acquire_lock(
        engine, WEEK.id, f"{os.uname().nodename}:{os.getpid()}:t", ttl=dt.timedelta(hours=1)
    )

    result = subprocess.run(
        [sys.executable, "-m", "newsletter", "send", "--week", WEEK.id],
        capture_output=True,
        text=True,
        check=False,
        cwd=settings.outbox_dir.parent,
        env={**os.environ, **cli_env, "PYTHONPATH": str(REPO)},
        timeout=60,
    )

    assert result.returncode == 8, result.stderr
    assert result.stderr.strip().startswith("Error: Issue 2026-W48 is being sent by another job")
    assert "Traceback" not in result.stderr
    assert not (settings.outbox_dir / WEEK.id).exists()
