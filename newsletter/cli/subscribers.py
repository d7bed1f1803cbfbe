"""``newsletter subscribers``: placeholder until the store lands."""

from __future__ import annotations

import typer

subscribers_app = typer.Typer(help="Manage subscribers.", no_args_is_help=True)
