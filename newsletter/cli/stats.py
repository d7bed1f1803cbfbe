"""``newsletter stats``: how each field is doing, week by week (counts only, never who)."""

from __future__ import annotations

import json
from collections.abc import Sequence

import typer
from rich import box
from rich.table import Table
from rich.text import Text

from newsletter.cli.common import CommandLineError, console, load_context
from newsletter.stats import DEFAULT_WEEKS, MAX_WEEKS, FieldWeek, field_weeks, last_weeks
from newsletter.weeks import load_zone


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
    print_field_weeks(rows)


# The columns after the field name: heading, and whether the value is a count (right-aligned).
_COLUMNS = (
    ("Week", False),
    ("Readers", True),
    ("Joined", True),
    ("Left", True),
    ("Bounced", True),
    ("Verdict", False),
    ("Sent", True),
    ("Yes", True),
    ("No", True),
    ("Comments", True),
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
        row.verdict or "—",
        str(row.shown_to),
        str(row.votes_yes),
        str(row.votes_no),
        str(row.comments),
    )


def print_field_weeks(rows: Sequence[FieldWeek]) -> None:
    """Print the rows as one block per field: the field's name on a line, then its weeks.

    A field name never shares a line with numbers, so it is never cut or wrapped whatever the
    terminal's width (rich folds a word that does not fit its column: "Semiconducto / rs").
    The columns have the same fixed widths in every block, so they line up down the page;
    with the verdict written out ("Worth a skim") they take 70 columns, so the output is whole
    at 80 columns and in a pipe (rich then assumes 80).
    """
    cells = [_cells(row) for row in rows]
    widths = [
        max([len(heading), *(len(found[index]) for found in cells)])
        for index, (heading, _) in enumerate(_COLUMNS)
    ]
    console.print("Fields, week by week (counts only)", markup=False)
    console.print(_block(widths, [], header=True))
    previous = None
    block: list[tuple[str, ...]] = []
    for row, found in zip(rows, cells, strict=True):
        if row.field != previous and block:
            console.print(_block(widths, block, header=False))
            block = []
        if row.field != previous:
            console.print(Text(row.field_name, style="bold"), soft_wrap=True)
            previous = row.field
        block.append(found)
    if block:
        console.print(_block(widths, block, header=False))
    console.print(CAPTION, markup=False)


def _block(widths: Sequence[int], rows: Sequence[tuple[str, ...]], *, header: bool) -> Table:
    """One field's weeks (or, with ``header`` and no rows, the heading line) at fixed widths."""
    table = Table(
        box=box.SIMPLE_HEAD,
        show_header=header,
        show_edge=False,
        pad_edge=False,
        padding=(0, 0),
        collapse_padding=True,
    )
    for (heading, is_count), width in zip(_COLUMNS, widths, strict=True):
        table.add_column(
            heading,
            justify="right" if is_count else "left",
            width=width,
            no_wrap=is_count or heading == "Week",
        )
    for found in rows:
        table.add_row(*found)
    return table
