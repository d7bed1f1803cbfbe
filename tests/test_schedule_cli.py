"""``send --scheduled`` and the default week on the command line, in several time zones.

Cases 25-no-tz-database and 27-east-of-utc-send-late of ../shared/cases, and the one week that
``preview`` and ``send`` default to (issue 11). The clock is injected through the CLI's test
seam (``CliSeams``), never an option or a setting.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import zoneinfo
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import Result
from typer.testing import CliRunner

from newsletter.articles import save_articles
from newsletter.cli import app
from newsletter.cli.common import CliSeams
from newsletter.collect.run import collect_feeds
from newsletter.config import Settings
from newsletter.db.issuestore import SENT, issue_status
from newsletter.db.tables import issues
from newsletter.editorial import EditorialConfig
from newsletter.weeks import parse_week
from tests.conftest import REPO, require_shared
from tests.deliver.test_job import add_readers
from tests.factories import make_article

HOUR = dt.timedelta(hours=1)


@pytest.fixture
def cli_env(settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Point the CLI at the test database and outbox (no stray .env); return the settings."""
    env = {
        "NEWSLETTER_DATABASE_URL": settings.database_url,
        "NEWSLETTER_OUTBOX_DIR": str(settings.outbox_dir),
        "NEWSLETTER_SECRET_KEY": settings.secret_key.get_secret_value(),
        "NEWSLETTER_BASE_URL": "https://newsletter.test",
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)
    return settings


def run_at(now: dt.datetime, *args: str) -> Result:
    """Invoke the CLI as if the clock showed ``now``."""
    return CliRunner().invoke(app, list(args), obj=CliSeams(clock=lambda: now))


def sent_files(settings: Settings, week_id: str) -> int:
    """Count the messages the outbox holds for a week."""
    return len(list((settings.outbox_dir / week_id).glob("*.eml")))


def add_report(engine: sa.Engine, report_id: str, published: str, field: str) -> None:
    """Store one report of ``field`` published at the ISO moment ``published``."""
    article = make_article(
        id=report_id,
        title=f"Report {report_id} on {field}",
        published_at=dt.datetime.fromisoformat(published),
        fields=(field,),
        tags=(field.title(),),
    )
    save_articles(engine, [article])


@pytest.mark.parametrize(
    ("zone", "send_time", "w46_due", "w47_due"),
    [
        # Case 27: Monday 05:00 Asia/Shanghai and Monday 07:00 Pacific/Auckland (NZDT).
        ("Asia/Shanghai", "05:00", "2026-11-15T21:00:00+00:00", "2026-11-22T21:00:00+00:00"),
        ("Pacific/Auckland", "07:00", "2026-11-15T18:00:00+00:00", "2026-11-22T18:00:00+00:00"),
        # The same kind: further east (a half-hour zone), and west of UTC.
        ("Asia/Kolkata", "06:30", "2026-11-16T01:00:00+00:00", "2026-11-23T01:00:00+00:00"),
        ("Pacific/Kiritimati", "06:00", "2026-11-15T16:00:00+00:00", "2026-11-22T16:00:00+00:00"),
        ("America/Los_Angeles", "07:00", "2026-11-16T15:00:00+00:00", "2026-11-23T15:00:00+00:00"),
    ],
)
def test_hourly_scheduled_runs_send_at_the_first_run_after_the_local_time(
    cli_env: Settings,
    engine: sa.Engine,
    monkeypatch: pytest.MonkeyPatch,
    zone: str,
    send_time: str,
    w46_due: str,
    w47_due: str,
) -> None:
    """Hourly runs at :05 send each week at the first run after its local send time, never later."""
    monkeypatch.setenv("NEWSLETTER_TIMEZONE", zone)
    monkeypatch.setenv("NEWSLETTER_SEND_TIME", send_time)
    # The reports of case 27 (Wednesday 03:00 UTC of W46 and W47).
    add_report(engine, "w46", "2026-11-11T03:00:00+00:00", "semiconductors")
    add_report(engine, "w47", "2026-11-18T03:00:00+00:00", "semiconductors")
    add_readers(engine, 3, field_sets=[frozenset({"semiconductors"})])
    first = dt.datetime.fromisoformat(w46_due) + dt.timedelta(minutes=5)
    sent_w46 = run_at(first, "send", "--scheduled")
    assert sent_w46.exit_code == 0, sent_w46.output
    assert sent_files(cli_env, "2026-W46") == 3

    due = dt.datetime.fromisoformat(w47_due)
    for hours_before in (5, 4, 3, 2, 1):
        early = run_at(due - hours_before * HOUR + dt.timedelta(minutes=5), "send", "--scheduled")
        assert early.exit_code == 0, early.output
        assert early.output.strip() == "Issue 2026-W46 was already sent; nothing to do."
        assert issue_status(engine, "2026-W47") is None
    on_time = run_at(due + dt.timedelta(minutes=5), "send", "--scheduled")
    assert on_time.exit_code == 0, on_time.output
    assert sent_files(cli_env, "2026-W47") == 3
    assert issue_status(engine, "2026-W47") == SENT
    after = run_at(due + dt.timedelta(minutes=65), "send", "--scheduled")
    assert after.output.strip() == "Issue 2026-W47 was already sent; nothing to do."


def test_case_27_shared_feed_goes_out_at_the_first_run_after_05_00_shanghai(
    cli_env: Settings,
    engine: sa.Engine,
    editorial: EditorialConfig,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """27-east-of-utc-send-late as given: W47 goes out at the 05:05 Shanghai run, not 08:05."""
    case = require_shared("cases/27-east-of-utc-send-late")
    monkeypatch.setenv("NEWSLETTER_TIMEZONE", "Asia/Shanghai")
    monkeypatch.setenv("NEWSLETTER_SEND_TIME", "05:00")
    collect_feeds(engine, editorial, [str(case / "feed.xml")], workers=1)
    imported = CliRunner().invoke(app, ["subscribers", "import", str(case / "subscribers.csv")])
    assert imported.exit_code == 0, imported.output
    shanghai = zoneinfo.ZoneInfo("Asia/Shanghai")
    assert (
        run_at(dt.datetime(2026, 11, 16, 5, 5, tzinfo=shanghai), "send", "--scheduled").exit_code
        == 0
    )
    assert sent_files(cli_env, "2026-W46") == 1

    before = run_at(dt.datetime(2026, 11, 23, 4, 5, tzinfo=shanghai), "send", "--scheduled")
    assert "2026-W46 was already sent" in before.output
    assert sent_files(cli_env, "2026-W47") == 0
    on_time = run_at(dt.datetime(2026, 11, 23, 5, 5, tzinfo=shanghai), "send", "--scheduled")
    assert on_time.exit_code == 0, on_time.output
    assert sent_files(cli_env, "2026-W47") == 1


@pytest.fixture
def no_system_zones(tmp_path: Path) -> Iterator[Path]:
    """Hide the system zone database, as PYTHONTZPATH=<empty folder> does on a slim image."""
    empty = tmp_path / "no-zoneinfo"
    empty.mkdir()
    zoneinfo.reset_tzpath(to=[str(empty)])
    zoneinfo.ZoneInfo.clear_cache()
    try:
        yield empty
    finally:
        zoneinfo.reset_tzpath()
        zoneinfo.ZoneInfo.clear_cache()


@pytest.mark.parametrize("zone", ["UTC", "Europe/Berlin", "Asia/Shanghai", "America/Los_Angeles"])
def test_scheduled_send_works_without_a_system_zone_database(
    cli_env: Settings,
    engine: sa.Engine,
    monkeypatch: pytest.MonkeyPatch,
    no_system_zones: Path,
    zone: str,
) -> None:
    """25-no-tz-database: with no system zone files the zone data of tzdata is used; W47 goes out."""
    monkeypatch.setenv("NEWSLETTER_TIMEZONE", zone)
    # The report of case 25: Wednesday 18 November 2026 10:00 UTC, energy.
    add_report(engine, "sodium", "2026-11-18T10:00:00+00:00", "energy")
    add_readers(engine, 1, field_sets=[frozenset({"energy"})])
    monday_9 = dt.datetime(2026, 11, 23, 9, 0, tzinfo=zoneinfo.ZoneInfo(zone))

    result = run_at(monday_9, "send", "--scheduled")

    assert (str(no_system_zones),) == zoneinfo.TZPATH
    assert result.exit_code == 0, result.output
    assert "IANA" not in result.output
    assert sent_files(cli_env, "2026-W47") == 1


def test_case_25_shared_inputs_without_a_zone_database(
    cli_env: Settings,
    engine: sa.Engine,
    editorial: EditorialConfig,
    monkeypatch: pytest.MonkeyPatch,
    no_system_zones: Path,
) -> None:
    """25-no-tz-database as given: the case's feed and reader, Europe/Berlin, W47 is delivered."""
    case = require_shared("cases/25-no-tz-database")
    monkeypatch.setenv("NEWSLETTER_TIMEZONE", "Europe/Berlin")
    collect_feeds(engine, editorial, [str(case / "feed.xml")], workers=1)
    imported = CliRunner().invoke(app, ["subscribers", "import", str(case / "subscribers.csv")])
    assert imported.exit_code == 0, imported.output
    result = run_at(
        dt.datetime(2026, 11, 23, 7, 5, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        "send",
        "--scheduled",
    )
    assert result.exit_code == 0, result.output
    assert sent_files(cli_env, "2026-W47") == 1


@pytest.mark.parametrize("zone", ["UTC", "Europe/Berlin", "Pacific/Auckland"])
def test_console_script_with_an_empty_pythontzpath(tmp_path: Path, zone: str) -> None:
    """The real process with PYTHONTZPATH=<empty folder> runs a scheduled send without exit 2."""
    empty = tmp_path / "empty"
    empty.mkdir()
    env = {
        **os.environ,
        "PYTHONTZPATH": str(empty),
        "NEWSLETTER_TIMEZONE": zone,
        "NEWSLETTER_DATABASE_URL": f"sqlite:///{tmp_path / 'news.db'}",
        "NEWSLETTER_OUTBOX_DIR": str(tmp_path / "outbox"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "newsletter", "send", "--scheduled"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "IANA" not in result.stdout + result.stderr
    assert str(REPO) not in result.stderr  # no traceback


def test_an_unknown_zone_is_a_one_line_configuration_error(
    cli_env: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """NEWSLETTER_TIMEZONE that is no IANA zone exits 2 with one line naming the setting."""
    monkeypatch.setenv("NEWSLETTER_TIMEZONE", "Europe/Atlantis")
    result = run_at(dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC), "send", "--scheduled")
    assert result.exit_code == 2
    assert "NEWSLETTER_TIMEZONE" in result.output
    assert "Europe/Atlantis" in result.output
    assert len(result.output.strip().splitlines()) == 1


def mark_sent(engine: sa.Engine, week_id: str) -> None:
    """Record the issue of ``week_id`` as sent (its content does not matter here)."""
    with engine.begin() as connection:
        connection.execute(
            sa.insert(issues).values(
                id=week_id,
                week_start=parse_week(week_id).start,
                created_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
                content_hash="",
                snapshot={},
                status=SENT,
            )
        )


def week_named_by_preview(output: str) -> str:
    """Return the week of the draft that ``newsletter preview`` printed."""
    line = next(line for line in output.splitlines() if line.startswith("Draft"))
    return Path(line.split(": ", 1)[1]).stem


def week_named_by_dry_run(output: str) -> str:
    """Return the week in the title of the dry-run summary table."""
    line = next(line for line in output.splitlines() if line.startswith("Issue "))
    return line.split()[1]


@pytest.mark.parametrize(
    ("zone", "local_now", "sent", "expected"),
    [
        # Monday before the send time (07:00): the week that just ended, in every zone.
        ("Europe/Berlin", "2026-11-30T06:30:00", (), "2026-W48"),
        ("Asia/Shanghai", "2026-11-30T03:00:00", (), "2026-W48"),  # still Sunday in UTC
        ("Pacific/Auckland", "2026-11-30T06:59:00", (), "2026-W48"),
        ("America/Los_Angeles", "2026-11-30T00:30:00", (), "2026-W48"),  # Monday 08:30 UTC
        # Once that week is sent: next Monday's issue, the current week.
        ("UTC", "2026-11-30T09:00:00", ("2026-W48",), "2026-W49"),
        # Week 53 and the year boundary.
        ("Pacific/Auckland", "2027-01-04T06:00:00", (), "2026-W53"),
        ("Asia/Shanghai", "2026-12-29T10:00:00", ("2026-W52",), "2026-W53"),
    ],
)
def test_preview_and_dry_run_default_to_the_same_week(
    cli_env: Settings,
    engine: sa.Engine,
    monkeypatch: pytest.MonkeyPatch,
    zone: str,
    local_now: str,
    sent: tuple[str, ...],
    expected: str,
) -> None:
    """`newsletter preview` and `newsletter send --dry-run` without --week name the same week."""
    monkeypatch.setenv("NEWSLETTER_TIMEZONE", zone)
    add_report(engine, "w48", "2026-11-25T12:00:00+00:00", "quantum")
    add_report(engine, "w53", "2026-12-30T12:00:00+00:00", "quantum")
    add_readers(engine, 2, field_sets=[frozenset({"quantum"})])
    for week_id in sent:
        mark_sent(engine, week_id)
    now = dt.datetime.fromisoformat(local_now).replace(tzinfo=zoneinfo.ZoneInfo(zone))

    preview = run_at(now, "preview")
    dry_run = run_at(now, "send", "--dry-run")

    assert preview.exit_code == 0, preview.output
    assert dry_run.exit_code == 0, dry_run.output
    assert week_named_by_preview(preview.output) == expected
    assert f"Week {expected}, delivered by the next scheduled send (due " in preview.output
    assert week_named_by_dry_run(dry_run.output) == expected
    assert (Path("preview") / expected).is_dir()


def test_plain_send_refuses_a_week_before_its_send_moment(
    cli_env: Settings, engine: sa.Engine
) -> None:
    """`newsletter send` without --week does not send the current week early; --week does."""
    add_report(engine, "w49", "2026-12-01T12:00:00+00:00", "quantum")
    add_readers(engine, 2, field_sets=[frozenset({"quantum"})])
    tuesday = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
    mark_sent(engine, "2026-W48")

    refused = run_at(tuesday, "send")

    assert refused.exit_code == 2
    assert "Issue 2026-W49 is the next to send, on Mon 2026-12-07 07:00 UTC" in refused.output
    assert "--week 2026-W49" in refused.output
    assert not cli_env.outbox_dir.exists()
    named = run_at(tuesday, "send", "--week", "2026-W49")
    assert named.exit_code == 0, named.output
    assert sent_files(cli_env, "2026-W49") == 2


def test_plain_send_after_the_send_moment_sends_the_due_week(
    cli_env: Settings, engine: sa.Engine
) -> None:
    """On Monday after the send time, `newsletter send` sends the week that ended (not yet sent)."""
    add_report(engine, "w48", "2026-11-25T12:00:00+00:00", "quantum")
    add_readers(engine, 2, field_sets=[frozenset({"quantum"})])

    result = run_at(dt.datetime(2026, 11, 30, 8, 0, tzinfo=dt.UTC), "send")

    assert result.exit_code == 0, result.output
    assert sent_files(cli_env, "2026-W48") == 2


@pytest.mark.parametrize(
    ("hours_late", "lateness", "sent"),
    [(47, None, True), (49, None, False), (5, "4", False), (100, "120", True)],
)
def test_scheduled_refuses_a_week_later_than_the_lateness(
    cli_env: Settings,
    engine: sa.Engine,
    monkeypatch: pytest.MonkeyPatch,
    hours_late: int,
    lateness: str | None,
    sent: bool,
) -> None:
    """A scheduled run sends a due week up to NEWSLETTER_SEND_LATENESS_HOURS late, then refuses."""
    if lateness is not None:
        monkeypatch.setenv("NEWSLETTER_SEND_LATENESS_HOURS", lateness)
    add_report(engine, "w48", "2026-11-25T12:00:00+00:00", "quantum")
    add_readers(engine, 2, field_sets=[frozenset({"quantum"})])
    now = dt.datetime(2026, 11, 30, 7, 0, tzinfo=dt.UTC) + hours_late * HOUR

    result = run_at(now, "send", "--scheduled")

    assert result.exit_code == 0, result.output
    assert sent_files(cli_env, "2026-W48") == (2 if sent else 0)
    if not sent:
        assert len(result.output.strip().splitlines()) == 1
        assert (
            f"Issue 2026-W48 is not sent: it was due Mon 2026-11-30 07:00 UTC, {hours_late} hours ago"
            in result.output
        )
        assert "newsletter send --scheduled --week 2026-W48" in result.output
        named = run_at(now, "send", "--scheduled", "--week", "2026-W48")
        assert named.exit_code == 0, named.output
        assert sent_files(cli_env, "2026-W48") == 2
