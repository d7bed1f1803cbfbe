"""Schema migrations on SQLite and, where CI starts one, PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

import subscribers.tables  # noqa: F401  (registers the subscriber tables)
from newsletter.db import connect_database, make_engine, metadata, upgrade_database
from newsletter.db.engine import is_up_to_date
from newsletter.errors import DatabaseError

EXPECTED_TABLES = {
    "articles",
    "article_fields",
    "consents",
    "deliveries",
    "erasures",
    "feeds",
    "fields",
    "issues",
    "subscriber_fields",
    "subscribers",
}


@pytest.fixture
def postgres_engine(postgres_url: str) -> Iterator[sa.Engine]:
    """An engine on a fresh PostgreSQL database (not yet migrated)."""
    engine = make_engine(postgres_url)
    yield engine
    engine.dispose()


def _schema_drift(engine: sa.Engine) -> list[object]:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, metadata))


def test_sqlite_migrations_create_every_table(engine: sa.Engine) -> None:
    """Migrating a fresh SQLite file creates every table the code declares."""
    assert set(sa.inspect(engine).get_table_names()) >= EXPECTED_TABLES
    assert is_up_to_date(engine)


def test_migrations_match_the_table_declarations(engine: sa.Engine) -> None:
    """The Alembic migrations and the SQLAlchemy tables describe the same schema."""
    assert _schema_drift(engine) == []


def test_upgrade_is_idempotent(database_url: str) -> None:
    """Upgrading twice changes nothing and raises nothing."""
    engine = connect_database(database_url)
    upgrade_database(engine)
    assert is_up_to_date(engine)


def test_unreachable_database_is_one_clear_error(tmp_path: object) -> None:
    """A database that cannot be opened gives a DatabaseError naming the setting."""
    with pytest.raises(DatabaseError, match="NEWSLETTER_DATABASE_URL"):
        connect_database("sqlite:////nonexistent-dir/sub/newsletter.db")


def test_bad_url_is_one_clear_error() -> None:
    """A malformed database URL gives a DatabaseError, not a SQLAlchemy traceback."""
    with pytest.raises(DatabaseError, match="NEWSLETTER_DATABASE_URL"):
        make_engine("not a url")


@pytest.mark.postgres
def test_postgres_migrations_match(postgres_engine: sa.Engine) -> None:
    """The same migrations build the same schema on PostgreSQL."""
    upgrade_database(postgres_engine)
    assert set(sa.inspect(postgres_engine).get_table_names()) >= EXPECTED_TABLES
    assert _schema_drift(postgres_engine) == []
