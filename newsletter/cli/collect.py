"""``newsletter collect``: placeholder until its stage lands."""

from __future__ import annotations

import typer


def collect() -> None:
    """Not built yet."""
    raise typer.Exit(2)
