"""feeds remember what hosts told us: consecutive failures, no request before next_attempt_at

Revision ID: 0005_feed_politeness
Revises: 0004_votes_events
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_feed_politeness"
down_revision = "0004_votes_events"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feeds", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("failures", sa.Integer(), nullable=False, server_default=sa.text("0"))
        )
        batch_op.add_column(sa.Column("next_attempt_at", sa.DateTime(timezone=True)))
        batch_op.add_column(sa.Column("wait_reason", sa.Text()))


def downgrade() -> None:
    with op.batch_alter_table("feeds", schema=None) as batch_op:
        batch_op.drop_column("wait_reason")
        batch_op.drop_column("next_attempt_at")
        batch_op.drop_column("failures")
