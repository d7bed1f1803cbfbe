"""``newsletter send``: placeholder until its stage lands."""

from __future__ import annotations

import typer


def send() -> None:
    """Not built yet."""
    raise typer.Exit(2)
