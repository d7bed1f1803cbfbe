"""``newsletter db``: schema management."""

from __future__ import annotations

import typer

from newsletter.cli.common import console, load_context
from newsletter.db.engine import is_up_to_date, make_engine, upgrade_database

db_app = typer.Typer(help="Manage the database schema (Alembic migrations).", no_args_is_help=True)


@db_app.command("upgrade")
def upgrade() -> None:
    """Bring the database schema up to date (safe to run any time)."""
    context = load_context()
    engine = make_engine(context.settings.database_url)
    was_current = is_up_to_date(engine)
    upgrade_database(engine)
    console.print("Database already up to date." if was_current else "Database upgraded.")


@db_app.command("status")
def status() -> None:
    """Say whether the database schema is up to date; exit 1 when it is not."""
    context = load_context()
    if is_up_to_date(make_engine(context.settings.database_url)):
        console.print("Database schema is up to date.")
        return
    console.print("Database schema is behind; run `newsletter db upgrade`.")
    raise typer.Exit(1)
