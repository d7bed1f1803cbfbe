"""the audience log dates a join when the reader joined (their consent), not when it was stored

Revision ID: 0008_join_times
Revises: 0007_limits_keys

Until now the triggers of 0004 dated every field event at the moment of the write, so an
import of readers who consented months ago logged them all as joining in the week of the
import. The triggers now take the time the write carries for the reader:

- a field added while following: ``subscriber_fields.chosen_at`` (new column; registration
  sets it to the consent's time, preferences to the moment of the change), else now;
- a reader starting to follow (confirmation, an import of a pending address): the
  ``confirmed_at`` the same update wrote (registration sets it to the consent's time),
  else now;
- a reader stopping (unsubscribe): the ``unsubscribed_at`` the same update wrote, else now
  (bounces, complaints, erasure and dropping one field are dated when they are stored).

Events logged before this revision have no subscriber id and cannot be re-dated.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_join_times"
down_revision = "0007_limits_keys"
branch_labels = None
depends_on = None

FOLLOWING = "('active', 'paused')"
SQLITE_NOW = "strftime('%Y-%m-%d %H:%M:%f000', 'now')"
SQLITE_LEAVE_KIND = (
    "CASE NEW.status WHEN 'bounced' THEN 'bounced' WHEN 'complained' THEN 'complained' "
    "ELSE 'left' END"
)
SQLITE_NAMES = (
    "tr_field_events_field_added",
    "tr_field_events_field_dropped",
    "tr_field_events_stopped",
    "tr_field_events_started",
)


def _stamp_written(column: str, now: str, *, distinct: str) -> str:
    """SQL for: the update's new ``column`` when it wrote one, else ``now``."""
    return (
        f"CASE WHEN NEW.{column} IS NOT NULL AND NEW.{column} {distinct} OLD.{column} "
        f"THEN NEW.{column} ELSE {now} END"
    )


def sqlite_triggers(*, dated: bool) -> tuple[str, ...]:
    """The SQLite triggers; ``dated`` False gives 0004's (every event at the write's time)."""
    added = "COALESCE(NEW.chosen_at, " + SQLITE_NOW + ")" if dated else SQLITE_NOW
    started = _stamp_written("confirmed_at", SQLITE_NOW, distinct="IS NOT") if dated else SQLITE_NOW
    stopped = (
        _stamp_written("unsubscribed_at", SQLITE_NOW, distinct="IS NOT") if dated else SQLITE_NOW
    )
    return (
        f"""
        CREATE TRIGGER tr_field_events_field_added AFTER INSERT ON subscriber_fields
        BEGIN
            INSERT INTO field_events (at, field_slug, kind)
            SELECT {added}, NEW.field_slug, 'joined' FROM subscribers
            WHERE id = NEW.subscriber_id AND status IN {FOLLOWING};
        END
        """,
        f"""
        CREATE TRIGGER tr_field_events_field_dropped AFTER DELETE ON subscriber_fields
        BEGIN
            INSERT INTO field_events (at, field_slug, kind)
            SELECT {SQLITE_NOW}, OLD.field_slug, 'left' FROM subscribers
            WHERE id = OLD.subscriber_id AND status IN {FOLLOWING};
        END
        """,
        f"""
        CREATE TRIGGER tr_field_events_stopped AFTER UPDATE OF status ON subscribers
        WHEN OLD.status IN {FOLLOWING} AND NEW.status NOT IN {FOLLOWING}
        BEGIN
            INSERT INTO field_events (at, field_slug, kind)
            SELECT {stopped}, field_slug, {SQLITE_LEAVE_KIND} FROM subscriber_fields
            WHERE subscriber_id = NEW.id;
        END
        """,
        f"""
        CREATE TRIGGER tr_field_events_started AFTER UPDATE OF status ON subscribers
        WHEN OLD.status NOT IN {FOLLOWING} AND NEW.status IN {FOLLOWING}
        BEGIN
            INSERT INTO field_events (at, field_slug, kind)
            SELECT {started}, field_slug, 'joined' FROM subscriber_fields
            WHERE subscriber_id = NEW.id;
        END
        """,
    )


def postgres_functions(*, dated: bool) -> tuple[str, ...]:
    """The PostgreSQL trigger functions (the triggers of 0004 call them by name)."""
    added = "COALESCE(NEW.chosen_at, now())" if dated else "now()"
    started = (
        _stamp_written("confirmed_at", "now()", distinct="IS DISTINCT FROM") if dated else "now()"
    )
    stopped = (
        _stamp_written("unsubscribed_at", "now()", distinct="IS DISTINCT FROM")
        if dated
        else "now()"
    )
    return (
        f"""
        CREATE OR REPLACE FUNCTION field_events_on_field() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                INSERT INTO field_events (at, field_slug, kind)
                SELECT {added}, NEW.field_slug, 'joined' FROM subscribers
                WHERE id = NEW.subscriber_id AND status IN {FOLLOWING};
                RETURN NEW;
            END IF;
            INSERT INTO field_events (at, field_slug, kind)
            SELECT now(), OLD.field_slug, 'left' FROM subscribers
            WHERE id = OLD.subscriber_id AND status IN {FOLLOWING};
            RETURN OLD;
        END $$
        """,
        f"""
        CREATE OR REPLACE FUNCTION field_events_on_status() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF OLD.status IN {FOLLOWING} AND NEW.status NOT IN {FOLLOWING} THEN
                INSERT INTO field_events (at, field_slug, kind)
                SELECT {stopped}, field_slug,
                       CASE NEW.status WHEN 'bounced' THEN 'bounced'
                                       WHEN 'complained' THEN 'complained' ELSE 'left' END
                FROM subscriber_fields WHERE subscriber_id = NEW.id;
            ELSIF OLD.status NOT IN {FOLLOWING} AND NEW.status IN {FOLLOWING} THEN
                INSERT INTO field_events (at, field_slug, kind)
                SELECT {started}, field_slug, 'joined' FROM subscriber_fields
                WHERE subscriber_id = NEW.id;
            END IF;
            RETURN NEW;
        END $$
        """,
    )


def _drop_sqlite_triggers() -> None:
    for name in SQLITE_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")


def _create_triggers(*, dated: bool) -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in postgres_functions(dated=dated):
            op.execute(statement)  # CREATE OR REPLACE: the triggers keep calling them
        return
    _drop_sqlite_triggers()
    for statement in sqlite_triggers(dated=dated):
        op.execute(statement)


def upgrade() -> None:
    with op.batch_alter_table("subscriber_fields", schema=None) as batch_op:
        batch_op.add_column(sa.Column("chosen_at", sa.DateTime(timezone=True), nullable=True))
    _create_triggers(dated=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _create_triggers(dated=False)  # no function may name the column being dropped
    else:
        _drop_sqlite_triggers()  # SQLite rebuilds the table to drop a column
    with op.batch_alter_table("subscriber_fields", schema=None) as batch_op:
        batch_op.drop_column("chosen_at")
    if op.get_bind().dialect.name != "postgresql":
        _create_triggers(dated=False)
