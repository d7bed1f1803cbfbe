"""``newsletter send``: deliver a week's issue, with a progress bar and a summary table."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer
from rich.table import Table

from newsletter.cli.common import console, err_console, load_context
from newsletter.deliver.job import send_issue
from newsletter.deliver.progress import SendProgress
from newsletter.deliver.schedule import due_week
from newsletter.deliver.summary import SendSummary
from newsletter.errors import ConfigError
from newsletter.issues import SENT, issue_status
from newsletter.weeks import IsoWeek, parse_week
from subscribers.masking import mask_addresses_in
from subscribers.store import SubscriberStore


def send(
    week: Annotated[
        str | None,
        typer.Option(
            "--week", help="ISO week to send, e.g. 2026-W48 (default: the week that ended last)."
        ),
    ] = None,
    dry_run: Annotated[
        bool,
        typer.Option("--dry-run", help="Render every variant and count; send and record nothing."),
    ] = False,
    retry_unknown: Annotated[
        bool,
        typer.Option(
            "--retry-unknown",
            help="Also send the messages whose outcome is unknown (their recipients may get two copies).",
        ),
    ] = False,
    worker: Annotated[
        bool,
        typer.Option("--worker", help="Join a send shared by several processes (PostgreSQL only)."),
    ] = False,
    scheduled: Annotated[
        bool,
        typer.Option(
            "--scheduled",
            help="Send the due week's issue once, after NEWSLETTER_SEND_WEEKDAY/SEND_TIME/TIMEZONE and only when its fields have content; otherwise do nothing. Safe to run hourly.",
        ),
    ] = False,
    now: Annotated[
        str | None,
        typer.Option(
            "--now",
            hidden=True,
            help="Pretend the current time is this ISO 8601 moment (tests of --scheduled).",
        ),
    ] = None,
) -> None:
    """Deliver the week's issue to every opted-in subscriber with content, exactly once.

    Exits 0 when everything was delivered (or nothing was due), 1 when some messages failed
    or their outcome is unknown (listed in the summary), 7 when a delivery error stopped the
    run, 8 when another job is sending the same issue.
    """
    if scheduled and week:
        err_console.print(
            "Error: --scheduled picks the week itself; drop --week.", markup=False, soft_wrap=True
        )
        raise typer.Exit(2)
    moment = _parse_now(now)
    context = load_context()
    settings, engine = context.settings, context.engine
    if scheduled:
        due = due_week(moment, settings.send_weekday, settings.send_time, settings.timezone)
        if due is None:
            console.print(
                f"No issue is due at {moment:%Y-%m-%d %H:%M %Z}; nothing to do.", soft_wrap=True
            )
            return
        target = due
        if issue_status(engine, target.id) == SENT:
            console.print(f"Issue {target.id} was already sent; nothing to do.", soft_wrap=True)
            return
    else:
        target = parse_week(week) if week else IsoWeek.from_date(moment.date()).previous()
    store = SubscriberStore(engine, settings.all_secret_keys())
    total = store.count_by_status()["active"]
    label = f"{'Checking' if dry_run else 'Sending'} {target.id}"
    with SendProgress(err_console, total=total, label=label) as progress:
        summary = send_issue(
            settings,
            context.editorial,
            engine,
            target,
            dry_run=dry_run,
            retry_unknown=retry_unknown,
            worker=worker,
            progress=progress,
        )
    if summary.no_content:
        console.print(
            f"Issue {target.id} has no report in any field; nothing sent.", soft_wrap=True
        )
        return
    if summary.issue_sent and not summary.sent and not summary.dry_run:
        console.print(
            f"Issue {target.id} was already sent ({summary.already_sent:,} messages); nothing to do.",
            soft_wrap=True,
        )
        return
    print_summary(summary, settings.outbox_dir.as_posix())
    raise typer.Exit(summary.exit_code)


def _parse_now(text: str | None) -> dt.datetime:
    if text is None:
        return dt.datetime.now(dt.UTC)
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError as exc:
        message = f"--now {text!r} is not an ISO 8601 moment; write e.g. 2026-11-30T07:00:00+00:00."
        raise ConfigError(message) from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def print_summary(summary: SendSummary, outbox_dir: str) -> None:
    """Print the counts table and what to do about failed or unknown messages."""
    mode = "dry run" if summary.dry_run else summary.backend
    table = Table(
        title=f"Issue {summary.issue_id} · {mode} · {summary.variants} variants",
        title_justify="left",
    )
    table.add_column("Recipients")
    table.add_column("Count", justify="right")
    rows = [
        ("Would send" if summary.dry_run else "Sent", summary.sent),
        ("Already sent", summary.already_sent),
        ("Skipped: no content in their fields", summary.skipped_no_content),
        ("Suppressed: unsubscribed, bounced, complained", summary.suppressed),
        ("Failed", summary.failed),
        ("Unknown outcome", summary.unknown),
    ]
    if summary.in_progress:
        rows.append(("Being sent by another worker", summary.in_progress))
    for label, count in rows:
        table.add_row(label, f"{count:,}")
    console.print(table)
    unit = "files" if summary.backend == "outbox" else "requests"
    console.print(
        f"{summary.compiles} MJML compiles, {summary.requests:,} {unit}"
        + (f", written under {outbox_dir}/{summary.issue_id}/" if unit == "files" else "")
    )
    week = summary.issue_id
    if summary.stopped:
        err_console.print(
            f"Error: {mask_addresses_in(summary.stopped)}", markup=False, soft_wrap=True
        )
    if summary.failed:
        console.print(
            f"{summary.failed:,} messages failed (never accepted): run `newsletter send --week {week}` again to retry them.",
            soft_wrap=True,
        )
    if summary.unknown:
        console.print(
            f"{summary.unknown:,} messages have an unknown outcome (sent, then no answer, or the job stopped): "
            f"check the provider's activity log, then `newsletter send --week {week} --retry-unknown` sends them again.",
            soft_wrap=True,
        )
    if summary.issue_sent:
        console.print(f"Issue {week} is marked sent.")
