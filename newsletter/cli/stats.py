"""``newsletter stats``: how each field is doing, week by week (counts only, never who)."""

from __future__ import annotations

import json

import typer
from rich import box
from rich.table import Table

from newsletter.cli.common import CommandLineError, console, load_context
from newsletter.stats import DEFAULT_WEEKS, MAX_WEEKS, field_weeks, last_weeks
from newsletter.weeks import load_zone

NARROW = 96  # columns: below this the table needs every character it can get


def stats(
    weeks: int = typer.Option(
        DEFAULT_WEEKS, "--weeks", help="How many ISO weeks, ending with the current one."
    ),
    as_json: bool = typer.Option(
        False, "--json", help="Print a JSON list (one object per field and week) for scripts."
    ),
) -> None:
    """Per field and week: followers, joined, left, bounced, verdict sent, votes yes/no, comments."""
    if not 1 <= weeks <= MAX_WEEKS:
        message = f"--weeks must be between 1 and {MAX_WEEKS}, got {weeks}."
        raise CommandLineError(message)
    context = load_context()
    rows = field_weeks(
        context.engine,
        context.editorial,
        last_weeks(weeks, zone=load_zone(context.settings.timezone)),
    )
    if as_json:
        typer.echo(json.dumps([row.as_json() for row in rows], indent=2, ensure_ascii=False))
        return
    table = Table(
        title="Fields, week by week (counts only)",
        title_justify="left",
        box=box.SIMPLE_HEAD,
        collapse_padding=True,
        pad_edge=False,
        show_edge=False,
        padding=(0, 0),
        caption="Readers: following at the week's end (now, for this week). Sent: readers whose email showed the field.",
        caption_justify="left",
    )
    table.add_column("Field", min_width=8, overflow="fold")
    table.add_column("Week", no_wrap=True)
    # Counts never shrink (min width = heading); the field name wraps on a narrow terminal.
    for heading in ("Readers", "Joined", "Left", "Bounced"):
        table.add_column(heading, justify="right", no_wrap=True, min_width=len(heading))
    # On a narrow terminal the verdict wraps ("Worth a / skim") so field names need not.
    table.add_column("Verdict", min_width=9, max_width=9 if console.width < NARROW else None)
    for heading in ("Sent", "Yes", "No", "Comments"):
        table.add_column(heading, justify="right", no_wrap=True, min_width=len(heading))
    previous = ""
    for row in rows:
        table.add_row(
            row.field_name if row.field != previous else "",
            row.week,
            str(row.following),
            str(row.joined),
            str(row.left),
            str(row.bounced),
            row.verdict or "—",
            str(row.shown_to),
            str(row.votes_yes),
            str(row.votes_no),
            str(row.comments),
            end_section=False,
        )
        previous = row.field
    console.print(table)
