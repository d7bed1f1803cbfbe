"""Schema migrations on SQLite and, where CI starts one, PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

import subscribers.tables  # noqa: F401  (registers the subscriber tables)
from newsletter.articles import article_to_row, load_articles
from newsletter.db import connect_database, make_engine, tables, upgrade_database
from newsletter.db.engine import alembic_config, is_up_to_date
from newsletter.db.tables import ALL_METADATA
from newsletter.deliver import ledger
from newsletter.errors import DatabaseError
from subscribers.store import SubscriberStore
from tests.factories import make_article

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
        combined = sa.MetaData()  # compare_metadata takes one: both packages' tables in it
        for part in ALL_METADATA:
            for table in part.tables.values():
                table.to_metadata(combined)
        return list(compare_metadata(context, combined))


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


def _traced_statements(engine: sa.Engine) -> list[str]:
    """Record every SQL text the SQLite driver runs on connections opened from now on."""
    statements: list[str] = []

    def trace(dbapi_connection: Any, _record: object) -> None:
        dbapi_connection.set_trace_callback(statements.append)

    engine.dispose()  # later connections are new ones, so each gets the callback
    sa.event.listen(engine, "connect", trace)
    return statements


def _query_plan(engine: sa.Engine, statement: str) -> str:
    """Return SQLite's EXPLAIN QUERY PLAN of a statement (its parameters already inlined)."""
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}").all()
    return "\n".join(str(row[-1]) for row in rows)


def _one_statement(statements: list[str], *needles: str) -> str:
    found = [text for text in statements if all(needle in text for needle in needles)]
    assert len(found) == 1, statements
    return found[0]


def test_worker_claim_reads_the_claimable_index_in_order(engine: sa.Engine) -> None:
    """The worker claim walks ix_deliveries_claimable in claim order, with no sort of pending rows."""
    with engine.begin() as connection:
        ledger.materialise_pending(
            connection, "2026-W48", [("sub-b", "ai"), ("sub-a", "ai,web"), ("sub-c", "ai")]
        )
    statements = _traced_statements(engine)
    with engine.begin() as connection:
        batches = ledger.claim_pending(
            connection, "2026-W48", "worker:test", iter(["b1", "b2"]), limit=10
        )
    assert batches == [("b1", "ai", ["sub-b", "sub-c"]), ("b2", "ai,web", ["sub-a"])]
    plan = _query_plan(engine, _one_statement(statements, "SELECT", "FROM deliveries", "LIMIT"))
    assert "ix_deliveries_claimable" in plan
    assert "TEMP B-TREE" not in plan


def test_claimed_and_sent_rows_stay_out_of_the_claimable_index(engine: sa.Engine) -> None:
    """Rows inserted as claimed and marked sent never enter the partial index; pending ones do."""
    with engine.begin() as connection:
        ledger.materialise_pending(connection, "2026-W48", [("sub-p", "ai")])
        ledger.claim(connection, "2026-W48", "batch-1", "job:test", "ai", ["sub-s"])
        ledger.finish_batch(connection, "2026-W48", "batch-1", ledger.SENT)
        indexed = connection.exec_driver_sql(
            "SELECT subscriber_id FROM deliveries INDEXED BY ix_deliveries_claimable"
            " WHERE issue_id = '2026-W48' AND status IN ('pending', 'failed')"
        ).all()
    assert [row[0] for row in indexed] == ["sub-p"]


def test_recipient_scan_reads_only_the_covering_index(engine: sa.Engine) -> None:
    """The recipients page reads subscribers from the (id, status, email) index, no table lookups."""
    store = SubscriberStore(engine, ["db-test-key-0123456789"])
    statements = _traced_statements(engine)
    assert list(store.iter_recipient_rows(batch_size=2)) == []
    plan = _query_plan(engine, _one_statement(statements, "group_concat"))
    assert "USING COVERING INDEX ix_subscribers_id_status_email" in plan


def _index_names(engine: sa.Engine, table: str) -> set[str]:
    return {str(index["name"]) for index in sa.inspect(engine).get_indexes(table)}


def _check_downgrade_restores_the_status_index(engine: sa.Engine) -> None:
    assert "ix_deliveries_claimable" in _index_names(engine, "deliveries")
    command.downgrade(alembic_config(engine), "0002_subscribers")
    assert "ix_deliveries_status" in _index_names(engine, "deliveries")
    assert "ix_deliveries_claimable" not in _index_names(engine, "deliveries")
    assert "ix_subscribers_id_status_email" not in _index_names(engine, "subscribers")
    command.upgrade(alembic_config(engine), "heads")
    assert "ix_deliveries_status" not in _index_names(engine, "deliveries")
    assert _schema_drift(engine) == []


def test_sqlite_downgrade_restores_the_old_indexes(engine: sa.Engine) -> None:
    """Downgrading 0003 on SQLite brings back ix_deliveries_status; upgrading again matches the code."""
    _check_downgrade_restores_the_status_index(engine)


@pytest.mark.postgres
def test_postgres_downgrade_restores_the_old_indexes(postgres_engine: sa.Engine) -> None:
    """Downgrading 0003 on PostgreSQL brings back ix_deliveries_status; upgrading again matches."""
    upgrade_database(postgres_engine)
    _check_downgrade_restores_the_status_index(postgres_engine)


def _check_dropping_article_signals_keeps_every_report(engine: sa.Engine) -> None:
    command.downgrade(alembic_config(engine), "0008_join_times")
    columns = {column["name"] for column in sa.inspect(engine).get_columns("articles")}
    assert {"money", "cues"} <= columns
    now = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)
    row = article_to_row(make_article(id="old", fields=("quantum",)), now)
    bare = article_to_row(make_article(id="bare", fields=("quantum",)), now)
    old_row = row | {"money": [{"currency": "USD", "amount": 1e9, "text": "$1 billion"}]}
    old_row |= {"cues": ["partnership"]}
    with engine.begin() as connection:
        # The table as 0008 declared it: today's columns and the two JSON ones.
        typed = [sa.column(c.name, c.type) for c in tables.articles.columns]
        columns_0008 = sa.table(
            "articles", *typed, sa.column("money", sa.JSON), sa.column("cues", sa.JSON)
        )
        connection.execute(sa.insert(columns_0008).values(old_row))
        # Written without the two columns: after a downgrade they default to [].
        connection.execute(sa.insert(columns_0008).values(bare))
        connection.execute(
            sa.insert(sa.table("article_fields", sa.column("article_id"), sa.column("field_slug"))),
            [{"article_id": "old", "field_slug": "quantum"}],
        )
    command.upgrade(alembic_config(engine), "heads")
    assert _schema_drift(engine) == []
    ever = (dt.datetime(1970, 1, 1, tzinfo=dt.UTC), dt.datetime(9999, 1, 1, tzinfo=dt.UTC))
    stored = {a.id: a for a in load_articles(engine, *ever)}
    assert stored["old"] == make_article(id="old", fields=("quantum",))
    assert stored["bare"] == make_article(id="bare", fields=("quantum",))
    # Dropping the columns never copied the table: no cascade emptied article_fields.
    with engine.connect() as connection:
        filed = connection.execute(sa.text("SELECT article_id, field_slug FROM article_fields"))
        assert ("old", "quantum") in {tuple(r) for r in filed}
    command.downgrade(alembic_config(engine), "0008_join_times")
    with engine.begin() as connection:
        loaded = connection.execute(sa.text("SELECT money, cues FROM articles ORDER BY id")).all()
    assert [[json.loads(v) if isinstance(v, str) else v for v in r] for r in loaded] == [
        [[], []],
        [[], []],
    ]
    command.upgrade(alembic_config(engine), "heads")


def test_sqlite_dropping_article_signals_keeps_every_report(engine: sa.Engine) -> None:
    """Migration 0009 drops money and cues in place on SQLite: reports and their fields stay; downgrading adds them back empty."""
    _check_dropping_article_signals_keeps_every_report(engine)


@pytest.mark.postgres
def test_postgres_dropping_article_signals_keeps_every_report(
    postgres_engine: sa.Engine,
) -> None:
    """Migration 0009 drops money and cues on PostgreSQL: reports and their fields stay; downgrading adds them back empty."""
    upgrade_database(postgres_engine)
    _check_dropping_article_signals_keeps_every_report(postgres_engine)
