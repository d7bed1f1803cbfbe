"""applied_events: ids of provider events already applied (webhook replays are skipped)

Revision ID: 0006_applied_events
Revises: 0005_feed_politeness
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_applied_events"
down_revision = "0005_feed_politeness"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "applied_events",
        sa.Column("event_id", sa.String(length=128), nullable=False),
        sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_applied_events")),
    )
    op.create_index(
        op.f("ix_applied_events_applied_at"), "applied_events", ["applied_at"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_applied_events_applied_at"), table_name="applied_events")
    op.drop_table("applied_events")
