"""Create engines and bring the schema up to date with Alembic."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
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
        check_sqlite_files(engine.url.database)
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


def check_sqlite_files(database: str | None) -> None:
    """Raise DatabaseError when SQLite's shared-memory file (``<db>-shm``) cannot be written.

    In WAL mode every connection memory-maps ``<db>-shm``. When that file exists but this
    process cannot write it (another user's file, a read-only mount, a directory in its
    place), SQLite may map it anyway and the process dies of SIGBUS on first touch, with no
    message. Checking first turns that into one line naming the file. ``:memory:`` and
    missing files need no check (SQLite creates the file with the database).
    """
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    shared = Path(database + "-shm")
    if not (shared.exists() or shared.is_symlink()):
        return
    try:
        descriptor = os.open(shared, os.O_RDWR)
    except OSError as exc:
        message = (
            f"SQLite's shared-memory file {shared} cannot be opened for writing "
            f"({exc.strerror}); fix its owner or permissions, or remove it while no other "
            "process uses the database (SQLite recreates it)."
        )
        raise DatabaseError(message) from exc
    os.close(descriptor)


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
    """Tell whether the database is at every migration head (raises DatabaseError)."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(engine))
    with _opening(engine), engine.connect() as connection:
        current = set(MigrationContext.configure(connection).get_current_heads())
    return current == set(script.get_heads())


def upgrade_database(engine: sa.Engine) -> None:
    """Apply every pending migration (idempotent; raises DatabaseError)."""
    from alembic import command

    with _opening(engine):
        if is_up_to_date(engine):
            return
        command.upgrade(alembic_config(engine), "heads")


@contextmanager
def _opening(engine: sa.Engine) -> Iterator[None]:
    """Turn a failure to open or migrate the database into one DatabaseError line."""
    try:
        yield
    except sa.exc.OperationalError as exc:
        message = (
            f"Cannot open or migrate the database at {_redact(str(engine.url))}: {exc.orig}. "
            "Check NEWSLETTER_DATABASE_URL and that the server is running."
        )
        raise DatabaseError(message) from exc
    except sa.exc.DatabaseError as exc:
        # SQLite says "file is not a database" or "database disk image is malformed": the
        # file is not ours, truncated or damaged. Nothing was written to it.
        message = (
            f"The database at {_redact(str(engine.url))} is damaged or not a database "
            f"({exc.orig}); nothing was changed. Restore it from a backup, or point "
            "NEWSLETTER_DATABASE_URL at another file."
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
