"""verdict votes, and per-field audience events written by triggers

Revision ID: 0004_votes_events
Revises: 0003_send_indexes
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_votes_events"
down_revision = "0003_send_indexes"
branch_labels = None
depends_on = None

# A reader follows a field while subscribed to it with status active or paused (a pause is
# a break, not a departure). The triggers log a row in field_events whenever that starts or
# stops, whichever code path changes subscriber_fields or subscribers.status.
FOLLOWING = "('active', 'paused')"
# SQLAlchemy's SQLite DateTime text form (microseconds), in UTC like every stored time.
SQLITE_NOW = "strftime('%Y-%m-%d %H:%M:%f000', 'now')"
SQLITE_LEAVE_KIND = (
    "CASE NEW.status WHEN 'bounced' THEN 'bounced' WHEN 'complained' THEN 'complained' "
    "ELSE 'left' END"
)

SQLITE_TRIGGERS = (
    f"""
    CREATE TRIGGER tr_field_events_field_added AFTER INSERT ON subscriber_fields
    BEGIN
        INSERT INTO field_events (at, field_slug, kind)
        SELECT {SQLITE_NOW}, NEW.field_slug, 'joined' FROM subscribers
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
        SELECT {SQLITE_NOW}, field_slug, {SQLITE_LEAVE_KIND} FROM subscriber_fields
        WHERE subscriber_id = NEW.id;
    END
    """,
    f"""
    CREATE TRIGGER tr_field_events_started AFTER UPDATE OF status ON subscribers
    WHEN OLD.status NOT IN {FOLLOWING} AND NEW.status IN {FOLLOWING}
    BEGIN
        INSERT INTO field_events (at, field_slug, kind)
        SELECT {SQLITE_NOW}, field_slug, 'joined' FROM subscriber_fields
        WHERE subscriber_id = NEW.id;
    END
    """,
)

POSTGRES_TRIGGERS = (
    f"""
    CREATE FUNCTION field_events_on_field() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO field_events (at, field_slug, kind)
            SELECT now(), NEW.field_slug, 'joined' FROM subscribers
            WHERE id = NEW.subscriber_id AND status IN {FOLLOWING};
            RETURN NEW;
        END IF;
        INSERT INTO field_events (at, field_slug, kind)
        SELECT now(), OLD.field_slug, 'left' FROM subscribers
        WHERE id = OLD.subscriber_id AND status IN {FOLLOWING};
        RETURN OLD;
    END $$
    """,
    """
    CREATE TRIGGER tr_field_events_field AFTER INSERT OR DELETE ON subscriber_fields
    FOR EACH ROW EXECUTE FUNCTION field_events_on_field()
    """,
    f"""
    CREATE FUNCTION field_events_on_status() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF OLD.status IN {FOLLOWING} AND NEW.status NOT IN {FOLLOWING} THEN
            INSERT INTO field_events (at, field_slug, kind)
            SELECT now(), field_slug,
                   CASE NEW.status WHEN 'bounced' THEN 'bounced'
                                   WHEN 'complained' THEN 'complained' ELSE 'left' END
            FROM subscriber_fields WHERE subscriber_id = NEW.id;
        ELSIF OLD.status NOT IN {FOLLOWING} AND NEW.status IN {FOLLOWING} THEN
            INSERT INTO field_events (at, field_slug, kind)
            SELECT now(), field_slug, 'joined' FROM subscriber_fields
            WHERE subscriber_id = NEW.id;
        END IF;
        RETURN NEW;
    END $$
    """,
    """
    CREATE TRIGGER tr_field_events_status AFTER UPDATE OF status ON subscribers
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION field_events_on_status()
    """,
)


def upgrade() -> None:
    op.create_table(
        "votes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("issue_id", sa.String(length=16), nullable=False),
        sa.Column("field_slug", sa.String(length=64), nullable=False),
        sa.Column("voter_key", sa.String(length=64), nullable=True),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("vote", sa.String(length=3), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("voted_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_votes")),
        sa.UniqueConstraint("issue_id", "field_slug", "voter_key", name=op.f("uq_votes_issue_id")),
    )
    with op.batch_alter_table("votes", schema=None) as batch_op:
        batch_op.create_index("ix_votes_voter_key", ["voter_key"], unique=False)

    op.create_table(
        "field_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("field_slug", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_field_events")),
    )
    with op.batch_alter_table("field_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_field_events_at"), ["at"], unique=False)

    dialect = op.get_bind().dialect.name
    triggers = POSTGRES_TRIGGERS if dialect == "postgresql" else SQLITE_TRIGGERS
    for statement in triggers:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS tr_field_events_status ON subscribers")
        op.execute("DROP TRIGGER IF EXISTS tr_field_events_field ON subscriber_fields")
        op.execute("DROP FUNCTION IF EXISTS field_events_on_status()")
        op.execute("DROP FUNCTION IF EXISTS field_events_on_field()")
    else:
        for name in (
            "tr_field_events_field_added",
            "tr_field_events_field_dropped",
            "tr_field_events_stopped",
            "tr_field_events_started",
        ):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("field_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_field_events_at"))
    op.drop_table("field_events")
    with op.batch_alter_table("votes", schema=None) as batch_op:
        batch_op.drop_index("ix_votes_voter_key")
    op.drop_table("votes")
