"""``newsletter collect``: fetch the feeds, file the reports, tell the editor what happened."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from newsletter.cli.common import console, counting_progress, err_console, load_context
from newsletter.collect.fetch import FetchResult
from newsletter.collect.report import CollectReport, FeedResult
from newsletter.collect.run import FeedSpec, collect_feeds

_STATUS_LABEL = {
    "ok": "[green]ok[/]",
    "not-modified": "[cyan]304[/]",
    "error": "[red]failed[/]",
    "waiting": "[yellow]waiting[/]",
}
UNFILED_SHOWN = 30  # unfiled articles listed; the rest are counted


def collect(
    feed: Annotated[
        list[str] | None,
        typer.Option(
            "--feed",
            help="Feed URL, local path or file:// URL to collect instead of the configured feeds (repeatable).",
        ),
    ] = None,
) -> None:
    """Fetch every feed, file new reports under their fields and list the unfiled ones.

    Exits 0 when the run completed, even if some feeds failed (they are listed), and 1 when
    not one feed could be read.
    """
    context = load_context()
    targets: list[FeedSpec] = list(feed) if feed else list(context.editorial.feeds)
    if not targets:
        err_console.print(
            "No feeds to collect: add [[feeds]] to the editorial config or pass --feed URL."
        )
        raise typer.Exit(2)
    engine = context.engine
    with counting_progress("Fetching feeds") as progress:
        task = progress.add_task("fetch", total=len(targets))

        def advance(_result: FetchResult) -> None:
            progress.advance(task)

        report = collect_feeds(engine, context.editorial, targets, progress=advance)
    print_report(report)
    if report.nothing_read:
        err_console.print(
            f"Error: none of the {len(report.feeds)} feeds could be read; check the URLs and the network.",
            markup=False,
        )
        raise typer.Exit(1)


def _next_try(feed: FeedResult) -> str:
    """ "; next try after 2026-11-27 08:00 UTC (why)" for a feed that must wait, else ""."""
    if feed.next_attempt_at is None:
        return ""
    when = feed.next_attempt_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    why = f" ({escape(feed.wait_reason)})" if feed.wait_reason else ""
    return f"; next try after {when}{why}"


def print_report(report: CollectReport) -> None:
    """Print the per-feed table, the totals, the failures and the unfiled articles."""
    table = Table(title="Feeds", title_justify="left")
    table.add_column("Feed", overflow="fold")
    table.add_column("Status")
    for column in ("New", "Updated", "Unchanged", "Warnings"):
        table.add_column(column, justify="right")
    for feed in report.feeds:
        table.add_row(
            escape(feed.name),
            _STATUS_LABEL[feed.status],
            str(feed.new),
            str(feed.updated),
            str(feed.unchanged),
            str(len(feed.warnings)),
        )
    console.print(table)
    seconds = (report.finished_at - report.started_at).total_seconds()
    console.print(
        f"Totals: {report.new} new, {report.updated} updated, {report.unchanged} unchanged, "
        f"{report.not_modified} not modified (304), {report.warnings} warnings, "
        f"{len(report.failed)} failed, {len(report.waiting)} waiting, "
        f"{len(report.unfiled)} unfiled — {seconds:.1f} s"
    )
    for feed in report.feeds:
        for warning in feed.warnings:
            console.print(
                f"[yellow]warning[/] {escape(feed.name)}: {escape(warning)}", soft_wrap=True
            )
    for feed in report.failed:
        console.print(
            f"[red]failed[/] {escape(feed.name)}: {escape(feed.error)}{_next_try(feed)}",
            soft_wrap=True,
        )
    for feed in report.waiting:
        console.print(
            f"[yellow]waiting[/] {escape(feed.name)}: not requested this run{_next_try(feed)}",
            soft_wrap=True,
        )
    if report.unfiled:
        console.print(
            f"Unfiled ({len(report.unfiled)}): tags match no field — add aliases in the editorial config."
        )
        for article in report.unfiled[:UNFILED_SHOWN]:
            tags = escape(", ".join(article.tags) or "no tags")
            console.print(
                f"  - {escape(article.title or article.url)} [dim]({tags})[/]", soft_wrap=True
            )
        hidden = len(report.unfiled) - UNFILED_SHOWN
        if hidden > 0:
            console.print(f"  … and {hidden} more")
