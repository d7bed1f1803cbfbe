"""``newsletter collect``: fetch the feeds, file the reports, tell the editor what happened."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from newsletter.cli.blocks import Block, Column, print_blocks
from newsletter.cli.common import (
    clock_of,
    console,
    counting_progress,
    err_console,
    load_context,
)
from newsletter.collect.fetch import FetchResult
from newsletter.collect.report import CollectReport, FeedResult
from newsletter.collect.run import FeedSpec, collect_feeds
from newsletter.editorial import FeedConfig, resolve_feed_url
from newsletter.render.text import counted

_STATUS_LABEL = {
    "ok": "[green]ok[/]",
    "not-modified": "[cyan]304[/]",
    "error": "[red]failed[/]",
    "waiting": "[yellow]waiting[/]",
}
UNFILED_SHOWN = 30  # unfiled articles listed; the rest are counted


def collect(
    ctx: typer.Context,
    feed: Annotated[
        list[str] | None,
        typer.Option(
            "--feed",
            help="Feed URL, local path or file:// URL to collect instead of the configured feeds (repeatable); a relative path is read from the current folder.",
        ),
    ] = None,
) -> None:
    """Fetch every feed, file new reports under their fields and list the unfiled ones.

    Exits 0 when the run completed, even if some feeds failed (they are listed), and 1 when
    not one feed could be read. The run's time (when a feed that asked to wait may be asked
    again) is read from the command's clock (``CliSeams``).
    """
    now = clock_of(ctx)()
    context = load_context()
    targets: list[FeedSpec] = (
        [FeedConfig(url=resolve_feed_url(spec, Path.cwd()), name=spec) for spec in feed]
        if feed
        else list(context.editorial.feeds)
    )
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

        report = collect_feeds(engine, context.editorial, targets, now=now, progress=advance)
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


def _duplicates(count: int) -> str:
    """ "1 duplicate merged into its report" / "0 duplicates"."""
    if not count:
        return "0 duplicates"
    return f"{counted(count, 'duplicate')} merged into {'its report' if count == 1 else 'their reports'}"


def _skipped(count: int) -> str:
    """ ", 2 skipped (see warnings)" or ""."""
    return f", {count} skipped (see warnings)" if count else ""


def print_report(report: CollectReport) -> None:
    """Print the per-feed table, the totals, the failures and the unfiled articles.

    Every entry read is in one count: new, updated, duplicate (another copy of a report,
    merged into it), unchanged, or skipped (the feed's warnings say why).
    """
    with_skipped = bool(report.skipped)  # a sum over the feeds: read once, not once per feed
    headings = ["New", "Updated", "Duplicate", "Unchanged"]
    if with_skipped:
        headings.append("Skipped")
    columns = [Column("Status", is_count=False), *(Column(h) for h in (*headings, "Warnings"))]
    blocks = []
    for feed in report.feeds:
        numbers = [feed.new, feed.updated, feed.duplicates, feed.unchanged]
        if with_skipped:
            numbers.append(feed.skipped)
        cells = (_STATUS_LABEL[feed.status], *(str(n) for n in (*numbers, len(feed.warnings))))
        blocks.append(Block(feed.name, [cells]))
    print_blocks(console, "Feeds", columns, blocks)
    seconds = (report.finished_at - report.started_at).total_seconds()
    console.print(
        f"Totals: {counted(report.entries, 'entry', 'entries')} read — {report.new} new, "
        f"{report.updated} updated, {_duplicates(report.duplicates)}, "
        f"{report.unchanged} unchanged{_skipped(report.skipped)}; "
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
