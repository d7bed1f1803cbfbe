"""Create engines and bring the schema up to date with Alembic."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from newsletter.errors import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"


def make_engine(url: str, *, sqlite_pragmas: Mapping[str, int] | None = None) -> sa.Engine:
    """Create an engine; SQLite gets WAL, foreign keys and a busy timeout.

    ``sqlite_pragmas`` are set on every SQLite connection besides those (a caller's tuning,
    such as the web server's memory map); other databases ignore them.
    """
    try:
        engine = sa.create_engine(url, future=True)
    except (sa.exc.ArgumentError, ImportError) as exc:
        message = (
            f"Cannot use database URL {_redact(url)}: {exc}. Fix NEWSLETTER_DATABASE_URL "
            "(sqlite:///path.db, or postgresql+psycopg://user:pass@host/db with the 'postgres' extra)."
        )
        raise DatabaseError(message) from exc
    if engine.dialect.name == "sqlite":
        extra = dict(sqlite_pragmas or {})

        def pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            # WAL lets the web app read while a send writes; busy_timeout waits instead of failing.
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            for name, value in extra.items():
                cursor.execute(f"PRAGMA {name}={int(value)}")
            cursor.close()

        sa.event.listen(engine, "connect", pragmas)
    return engine


def alembic_config(engine: sa.Engine) -> Config:
    """Return an Alembic Config bound to this engine."""
    # Alembic is imported where it is used: it takes a third of a second, which every CLI
    # start-up (--help, a config error) would otherwise pay before any database is opened.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def is_up_to_date(engine: sa.Engine) -> bool:
    """Tell whether the database is at every migration head."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(engine))
    with engine.connect() as connection:
        current = set(MigrationContext.configure(connection).get_current_heads())
    return current == set(script.get_heads())


def upgrade_database(engine: sa.Engine) -> None:
    """Apply every pending migration (idempotent)."""
    from alembic import command

    try:
        if is_up_to_date(engine):
            return
        command.upgrade(alembic_config(engine), "heads")
    except sa.exc.OperationalError as exc:
        message = (
            f"Cannot open or migrate the database at {_redact(str(engine.url))}: {exc.orig}. "
            "Check NEWSLETTER_DATABASE_URL and that the server is running."
        )
        raise DatabaseError(message) from exc


def connect_database(url: str, *, sqlite_pragmas: Mapping[str, int] | None = None) -> sa.Engine:
    """Create an engine and make sure the schema is current: what commands call on first use."""
    engine = make_engine(url, sqlite_pragmas=sqlite_pragmas)
    upgrade_database(engine)
    return engine


def _redact(url: str) -> str:
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return "<unparseable URL>"
