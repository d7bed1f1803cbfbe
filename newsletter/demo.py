"""``python -m newsletter.demo``: the weekly job on the sample site, in the working directory.

What ``make demo`` runs. The demo pins the parts that make it safe and self-contained:
SQLite ``newsletter.db``, the embedded editorial config (its feed paths resolve against the
working directory, so run it from the repository, which holds ``samples/``), outbox delivery
into ``outbox/`` — never SendGrid, whatever the environment says. Other settings (BASE_URL,
SECRET_KEY, FROM_EMAIL, POSTAL_ADDRESS …) come from the environment or ``.env`` as usual.

Steps: migrate the database, import ``samples/subscribers.csv`` (rows already imported stay
unchanged), collect the sample feeds, write the preview HTML and text of every variant into
``preview/<issue>/``, send the issue into the outbox, and print what came out. Running it
again is safe: the delivery ledger sends nothing twice, and the demo says so.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from rich.console import Console

from newsletter.cli.common import print_error
from newsletter.collect.report import CollectReport
from newsletter.collect.run import collect_feeds
from newsletter.config import Settings, load_settings
from newsletter.db import connect_database
from newsletter.deliver.factory import build_renderer
from newsletter.deliver.job import send_issue
from newsletter.deliver.summary import SendSummary
from newsletter.editorial import EditorialConfig, load_editorial
from newsletter.errors import ConfigError, FeedError, NewsletterError
from newsletter.issues import current_issue
from newsletter.logsetup import configure_logging
from newsletter.preview.files import write_previews
from newsletter.render.text import counted
from newsletter.weeks import IsoWeek, load_zone, parse_week
from subscribers.csvimport import ImportReport, import_csv
from subscribers.errors import SubscriberError
from subscribers.store import SubscriberStore

DEMO_WEEK = "2026-W48"
DATABASE_FILE = "newsletter.db"
SUBSCRIBERS_CSV = Path("samples/subscribers.csv")
OUTBOX_DIR = Path("outbox")
PREVIEW_DIR = Path("preview")

console = Console(highlight=False)


@dataclass(frozen=True, slots=True)
class DemoResult:
    """What one demo run produced (paths relative to the working directory)."""

    issue_id: str
    summary: SendSummary
    outbox: Path
    messages_in_outbox: int
    preview_html: Path
    preview_files: int
    skipped_no_content: int


def demo_settings() -> Settings:
    """Return the settings with the database, config, delivery and outbox pinned to the demo's."""
    return load_settings(
        database_url=f"sqlite:///{DATABASE_FILE}",
        config=None,
        delivery="outbox",
        outbox_dir=OUTBOX_DIR,
    )


def demo_week(week: IsoWeek, settings: Settings) -> IsoWeek:
    """Return ``week`` counted in NEWSLETTER_TIMEZONE, as ``newsletter send`` counts it.

    Its reports are those published Monday 00:00 to Sunday 24:00 local time, whatever zone
    ``week`` was parsed in. Raises ConfigError for a zone the settings already refused.
    """
    return week.in_zone(load_zone(settings.timezone))


def run_demo(week: IsoWeek) -> DemoResult:
    """Run the weekly job for ``week`` on the embedded defaults, printing each step.

    The week is taken in the configured NEWSLETTER_TIMEZONE (whatever zone ``week`` came
    with), as ``newsletter send`` takes it: its reports are those published Monday to Sunday
    local time.

    Raises ConfigError when ``samples/`` is not in the working directory, FeedError when no
    sample feed could be read, and the pipeline's own errors otherwise.
    """
    settings = demo_settings()
    week = demo_week(week, settings)
    editorial = load_editorial(None)
    _require_samples(editorial)
    console.print(
        f"Weekly job for {week.id} on the embedded defaults "
        f"(SQLite {DATABASE_FILE}, sample feeds, outbox delivery)",
        soft_wrap=True,
    )
    engine = connect_database(settings.database_url)
    try:
        return _run(settings, editorial, engine, week)
    finally:
        engine.dispose()


def _run(
    settings: Settings, editorial: EditorialConfig, engine: sa.Engine, week: IsoWeek
) -> DemoResult:
    _step("database", f"{DATABASE_FILE}: schema up to date")
    store = SubscriberStore(engine, settings.all_secret_keys())
    imported = import_csv(store, SUBSCRIBERS_CSV, known_fields=editorial.field_slugs)
    _step("subscribers", _import_line(imported))
    collected = collect_feeds(engine, editorial, list(editorial.feeds))
    if collected.nothing_read:
        message = (
            "None of the sample feeds could be read; check samples/feeds/ in the working directory."
        )
        raise FeedError(message)
    _step("feeds", _collect_line(collected))

    issue, _ = current_issue(engine, editorial, week)  # what the send below will use
    with_content = [v.name for v in issue.verdicts if v.slug in issue.fields_with_content]
    _step(
        "issue",
        f"{issue.id}: {len(with_content)} of {len(issue.verdicts)} fields have reports "
        f"({', '.join(with_content) or 'none'})",
    )
    renderer = build_renderer(settings, editorial)
    preview_dir = PREVIEW_DIR / issue.id
    written = write_previews(issue, renderer, preview_dir)
    preview_html = preview_dir / "all.html"
    _step(
        "preview",
        f"{preview_html} (all fields) and {len(written) - 1} more files in {preview_dir}/",
    )

    summary = send_issue(settings, editorial, engine, week)
    outbox = settings.outbox_dir / summary.issue_id
    in_outbox = len(list(outbox.glob("*.eml"))) if outbox.is_dir() else 0
    skipped = summary.skipped_no_content  # counted by the send, or by a re-run's summary
    _report_send(summary, outbox, in_outbox, skipped)
    return DemoResult(
        issue_id=summary.issue_id,
        summary=summary,
        outbox=outbox,
        messages_in_outbox=in_outbox,
        preview_html=preview_html,
        preview_files=len(written),
        skipped_no_content=skipped,
    )


def _require_samples(editorial: EditorialConfig) -> None:
    missing = [
        str(path)
        for path in [SUBSCRIBERS_CSV, *(Path(feed.url) for feed in editorial.feeds)]
        if not path.is_file()
    ]
    if missing:
        message = (
            f"{', '.join(missing)} not found in {Path.cwd()}; run the demo from the repository "
            "folder (it reads samples/), e.g. `make demo`."
        )
        raise ConfigError(message)


def _import_line(report: ImportReport) -> str:
    line = (
        f"{SUBSCRIBERS_CSV}: {report.rows} rows — {report.added} added, {report.updated} "
        f"updated, {report.unchanged} already imported, {len(report.rejected)} rejected"
    )
    for rejected in report.rejected:
        line += f"\n{'':14}line {rejected.line}: {rejected.reason}"
    return line


def _collect_line(report: CollectReport) -> str:
    """One line saying what became of every entry read (the counts add up to the entries)."""
    line = f"{counted(len(report.feeds), 'feed')} read"
    if report.entries or not report.not_modified:
        line += (
            f", {counted(report.entries, 'entry', 'entries')}: {report.new} new reports, "
            f"{report.updated} updated, {_duplicates(report.duplicates)}, "
            f"{report.unchanged} already stored"
        )
        if report.skipped:
            line += f", {report.skipped} skipped (unreadable, or no title, link or text)"
        line += f"; {len(report.unfiled)} unfiled"
    if report.not_modified:
        line += f"; {report.not_modified} feeds unchanged since the last run"
    return line


def _duplicates(count: int) -> str:
    """ "1 duplicate merged into the report it copies", "2 duplicates merged into …"."""
    if count == 1:
        return "1 duplicate merged into the report it copies"
    return f"{counted(count, 'duplicate')} merged into the reports they copy"


def _report_send(summary: SendSummary, outbox: Path, in_outbox: int, skipped: int) -> None:
    if summary.no_content:
        _step("send", f"issue {summary.issue_id} has no report in any field: nothing to send")
        return
    if summary.sent:
        _step(
            "sent",
            f"{counted(summary.sent, 'message')} written to {outbox}/ (one .eml per subscriber)",
        )
    if summary.already_sent:
        _step(
            "already sent",
            f"{counted(summary.already_sent, 'message')} by an earlier run; the ledger sends nothing twice",
        )
    _step("skipped", f"{counted(skipped, 'subscriber')} with nothing in their fields this week")
    if summary.suppressed:
        _step("suppressed", f"{summary.suppressed} unsubscribed, bounced or complained")
    if summary.failed or summary.unknown or summary.stopped:
        _step(
            "problems",
            f"{summary.failed} failed, {summary.unknown} unknown outcome"
            + (f"; stopped: {summary.stopped}" if summary.stopped else ""),
        )
    console.print(
        f"Done: issue {summary.issue_id} — {counted(in_outbox, 'message')} in {outbox}/; "
        f"open {PREVIEW_DIR / summary.issue_id / 'all.html'} to see the email. "
        + (
            "Nothing was sent this time: every message had gone out on an earlier run."
            if not summary.sent and summary.already_sent
            else "Run it again: nothing is sent twice."
        ),
        markup=False,
        soft_wrap=True,
    )


def _step(label: str, text: str) -> None:
    console.print(f"  {label:<12} {text}", markup=False, soft_wrap=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``--week``, run the demo, return the exit code (errors: one masked line)."""
    parser = argparse.ArgumentParser(
        prog="python -m newsletter.demo",
        description="Run the weekly job on the sample site in the working directory: "
        "SQLite newsletter.db, samples/, outbox delivery into outbox/, previews into preview/.",
    )
    parser.add_argument("--week", default=DEMO_WEEK, help=f"ISO week to send (default {DEMO_WEEK})")
    args = parser.parse_args(argv)
    configure_logging()
    try:
        result = run_demo(parse_week(args.week))
    except (NewsletterError, SubscriberError) as exc:
        print_error(exc)
        return exc.exit_code
    return result.summary.exit_code


if __name__ == "__main__":
    sys.exit(main())
