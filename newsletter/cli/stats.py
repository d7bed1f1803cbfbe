"""``newsletter stats``: how each field is doing, week by week (counts only, never who)."""

from __future__ import annotations

import json
from collections.abc import Sequence

import typer
from rich.markup import escape

from newsletter.cli.blocks import Block, Column, print_blocks
from newsletter.cli.common import CommandLineError, clock_of, console, load_context
from newsletter.stats import DEFAULT_WEEKS, MAX_WEEKS, FieldWeek, field_weeks, last_weeks
from newsletter.weeks import load_zone


def stats(
    ctx: typer.Context,
    weeks: int = typer.Option(
        DEFAULT_WEEKS, "--weeks", help="How many ISO weeks, ending with the current one."
    ),
    as_json: bool = typer.Option(
        False, "--json", help="Print a JSON list (one object per field and week) for scripts."
    ),
) -> None:
    """Per field and week: followers, joined, left, bounced, verdict sent, votes yes/no, comments."""
    now = clock_of(ctx)()
    if not 1 <= weeks <= MAX_WEEKS:
        message = f"--weeks must be between 1 and {MAX_WEEKS}, got {weeks}."
        raise CommandLineError(message)
    context = load_context()
    rows = field_weeks(
        context.engine,
        context.editorial,
        last_weeks(weeks, zone=load_zone(context.settings.timezone), now=now),
        now=now,
    )
    if as_json:
        typer.echo(json.dumps([row.as_json() for row in rows], indent=2, ensure_ascii=False))
        return
    print_field_weeks(rows)


# The columns under each field's name (``blocks``): its weeks.
_COLUMNS = (
    Column("Week", is_count=False),
    Column("Readers"),
    Column("Joined"),
    Column("Left"),
    Column("Bounced"),
    Column("Verdict", is_count=False, may_wrap=True),
    Column("Sent"),
    Column("Yes"),
    Column("No"),
    Column("Comments"),
)
CAPTION = (
    "Readers: following at the week's end (now, for this week). "
    "Sent: readers whose email showed the field."
)


def _cells(row: FieldWeek) -> tuple[str, ...]:
    return (
        row.week,
        str(row.following),
        str(row.joined),
        str(row.left),
        str(row.bounced),
        escape(row.verdict or "—"),
        str(row.shown_to),
        str(row.votes_yes),
        str(row.votes_no),
        str(row.comments),
    )


def print_field_weeks(rows: Sequence[FieldWeek]) -> None:
    """Print the rows as one block per field: the field's name on a line, then its weeks.

    Whole at 80 columns and in a pipe (``newsletter.cli.blocks``): with the verdict written
    out ("Worth a skim") the columns take 70.
    """
    names: dict[str, str] = {}
    weeks: dict[str, list[tuple[str, ...]]] = {}
    for row in rows:
        names.setdefault(row.field, row.field_name)
        weeks.setdefault(row.field, []).append(_cells(row))
    blocks = [Block(names[field], found) for field, found in weeks.items()]
    print_blocks(console, "Fields, week by week (counts only)", _COLUMNS, blocks)
    console.print(CAPTION, markup=False)
