"""Tables that stay whole at 80 columns and in a pipe: each item's name on a line of its own.

A rich table folds a long name inside its column when the terminal is narrow ("Semiconducto /
rs", "samples/feeds/tr / oy-technical.rss"); in a pipe rich assumes 80 columns, so scripts saw
the same. Here a name (a field, a feed) is printed on a line of its own, never cut or wrapped
mid-word, and its rows follow under one heading line, in columns of the same fixed widths in
every block so they line up down the page. Used by ``stats`` and ``collect``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text


@dataclass(frozen=True, slots=True)
class Column:
    """One column under the names: its heading, and whether it holds a count (right-aligned)."""

    heading: str
    is_count: bool = True
    may_wrap: bool = False  # a word column that may wrap on a very narrow terminal


@dataclass(frozen=True, slots=True)
class Block:
    """One named item and its rows (each row one cell per column, as text; markup allowed)."""

    name: str
    rows: Sequence[Sequence[str]]


def print_blocks(
    console: Console, title: str, columns: Sequence[Column], blocks: Sequence[Block]
) -> None:
    """Print ``title``, the column headings, then each block: its name, then its rows.

    Column widths are the widest cell or heading over every block. Names are printed as
    plain text (never markup) in bold when the console has colour.
    """
    widths = [
        max(
            [
                len(column.heading),
                *(Text.from_markup(row[index]).cell_len for block in blocks for row in block.rows),
            ]
        )
        for index, column in enumerate(columns)
    ]
    console.print(title, markup=False)
    console.print(_table(columns, widths, [], header=True))
    for block in blocks:
        console.print(Text(block.name, style="bold"), soft_wrap=True)
        if block.rows:
            console.print(_table(columns, widths, block.rows, header=False))


def _table(
    columns: Sequence[Column],
    widths: Sequence[int],
    rows: Sequence[Sequence[str]],
    *,
    header: bool,
) -> Table:
    table = Table(
        box=box.SIMPLE_HEAD,
        show_header=header,
        show_edge=False,
        pad_edge=False,
        padding=(0, 0),
        collapse_padding=True,
    )
    for column, width in zip(columns, widths, strict=True):
        table.add_column(
            column.heading,
            justify="right" if column.is_count else "left",
            width=width,
            no_wrap=not column.may_wrap,
        )
    for row in rows:
        table.add_row(*row)
    return table
