"""``newsletter preview``: placeholder until its stage lands."""

from __future__ import annotations

import typer


def preview() -> None:
    """Not built yet."""
    raise typer.Exit(2)
