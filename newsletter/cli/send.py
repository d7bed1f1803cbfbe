"""``newsletter send``: deliver a week's issue, with a progress bar and a summary table."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import sqlalchemy as sa
import typer
from rich.table import Table

from newsletter.cli.common import CommandLineError, clock_of, console, err_console, load_context
from newsletter.db.issuestore import SENT, issue_status
from newsletter.deliver.job import send_issue
from newsletter.deliver.progress import SendProgress
from newsletter.deliver.summary import SendSummary
from newsletter.render.text import counted
from newsletter.sendtime import SendSchedule, scheduled_run
from newsletter.weeks import IsoWeek
from newsletter.workweek import week_to_work_on
from subscribers.masking import mask_addresses_in
from subscribers.store import SubscriberStore


def send(
    ctx: typer.Context,
    week: Annotated[
        str | None,
        typer.Option(
            "--week",
            help="ISO week to send, e.g. 2026-W48 (default: the week the next scheduled send delivers).",
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
            help="Send the due week's issue once, after NEWSLETTER_SEND_WEEKDAY/SEND_TIME in NEWSLETTER_TIMEZONE, only when its fields have content and it is at most NEWSLETTER_SEND_LATENESS_HOURS late (or named with --week); otherwise do nothing. Safe to run hourly.",
        ),
    ] = False,
) -> None:
    """Deliver the week's issue to every opted-in subscriber with content, exactly once.

    Without --week the week is the one the next scheduled send delivers (the same week
    ``newsletter preview`` shows); sending it before its scheduled moment needs --week.
    Exits 0 when everything was delivered (or nothing was due), 1 when some messages failed
    or their outcome is unknown (listed in the summary), 2 for a week that cannot be sent
    this way, 7 when a delivery error stopped the run, 8 when another job is sending the
    same issue. A scheduled run that refuses a late week prints why in one line and exits 0.
    """
    now = clock_of(ctx)()
    context = load_context()
    settings, engine = context.settings, context.engine
    schedule = SendSchedule.from_settings(settings)
    named = schedule.week(week) if week else None
    if scheduled:
        target = _scheduled_target(schedule, engine, now, named)
        if target is None:
            return
    elif named is not None:
        target = named
    else:
        target = week_to_work_on(engine, schedule, now)
        moment = schedule.send_moment(target)
        if moment > now and not dry_run:
            message = (
                f"Issue {target.id} is the next to send, on {schedule.local(moment)}, and its "
                f"week is not over; check it with `newsletter send --dry-run`, or send it early "
                f"with `newsletter send --week {target.id}`."
            )
            raise CommandLineError(message)
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
            f"Issue {target.id} was already sent ({counted(summary.already_sent, 'message')}); nothing to do.",
            soft_wrap=True,
        )
        return
    print_summary(summary, settings.outbox_dir.as_posix())
    raise typer.Exit(summary.exit_code)


def _scheduled_target(
    schedule: SendSchedule, engine: sa.Engine, now: dt.datetime, named: IsoWeek | None
) -> IsoWeek | None:
    """Return the week a scheduled run sends at ``now``, or None (one line printed) when none.

    ``named`` (from --week) must be the due week; it lets a late week be sent.
    Raises CommandLineError when ``named`` is another week.
    """
    run = scheduled_run(schedule, now, is_sent=lambda week: issue_status(engine, week.id) == SENT)
    if named is not None and named != run.week:
        message = (
            f"--scheduled sends the due week {run.week.id}, and --week names {named.id}; "
            f"drop --scheduled to send {named.id}."
        )
        raise CommandLineError(message)
    if run.action == "sent":
        console.print(f"Issue {run.week.id} was already sent; nothing to do.", soft_wrap=True)
        return None
    if run.action == "late" and named is None:
        due = schedule.send_moment(run.week)
        hours = int((now - due).total_seconds() // 3600)
        allowed = schedule.lateness.total_seconds() / 3600
        console.print(
            f"Issue {run.week.id} is not sent: it was due {schedule.local(due)}, {hours} hours "
            f"ago, later than NEWSLETTER_SEND_LATENESS_HOURS={allowed:g} allows. Send it with "
            f"`newsletter send --scheduled --week {run.week.id}`, or let the next scheduled "
            f"send deliver {run.week.next().id} on {schedule.local(schedule.send_moment(run.week.next()))}.",
            soft_wrap=True,
        )
        return None
    return run.week


def _retry_advice(retryable: int, week: str) -> str:
    """What to do about the failed readers still subscribed: re-run, or nothing left to retry."""
    if not retryable:
        return "no reader is left to retry."
    return (
        f"run `newsletter send --week {week}` again to retry the "
        f"{counted(retryable, 'reader')} still subscribed."
    )


def _unknown_advice(summary: SendSummary, week: str) -> str:
    """What --retry-unknown would send: all, those still subscribed, or nobody."""
    command = f"`newsletter send --week {week} --retry-unknown`"
    if summary.retryable_unknown == summary.unknown:
        return f", then {command} sends them again."
    if summary.retryable_unknown:
        return (
            f", then {command} sends again to the "
            f"{counted(summary.retryable_unknown, 'reader')} still subscribed."
        )
    return "; none of their readers is still subscribed, so nothing is left to retry."


def print_summary(summary: SendSummary, outbox_dir: str) -> None:
    """Print the counts table and what to do about failed or unknown messages."""
    mode = "dry run" if summary.dry_run else summary.backend
    table = Table(
        title=f"Issue {summary.issue_id} · {mode} · {counted(summary.variants, 'variant')}",
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
    unit = summary.unit
    console.print(
        f"{counted(summary.compiles, 'MJML compile')}, {summary.requests:,} {unit}"
        + (
            f", written under {outbox_dir}/{summary.issue_id}/"
            if unit == "files" and not summary.dry_run
            else ""
        )
    )
    week = summary.issue_id
    if summary.stopped:
        err_console.print(
            f"Error: {mask_addresses_in(summary.stopped)}", markup=False, soft_wrap=True
        )
    if summary.failed:
        console.print(
            f"{counted(summary.failed, 'message')} failed (never accepted). An address the provider "
            "refused is marked bounced and left out of later sends until the reader subscribes "
            "again with a fixed address (`newsletter subscribers list` shows it); "
            + _retry_advice(summary.retryable, week),
            soft_wrap=True,
        )
    if summary.unknown:
        console.print(
            f"{counted(summary.unknown, 'message')} {'has' if summary.unknown == 1 else 'have'} an unknown outcome (sent, then no answer, or the job stopped): "
            f"check the provider's activity log{_unknown_advice(summary, week)}",
            soft_wrap=True,
        )
    if summary.issue_sent:
        console.print(f"Issue {week} is marked sent.")
