"""confirmation_limits (subscribe emails per mailbox and day) and store_keys (the erasure key)

Revision ID: 0007_limits_keys
Revises: 0006_applied_events
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_limits_keys"
down_revision = "0006_applied_events"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "confirmation_limits",
        sa.Column("mailbox_key", sa.String(length=64), nullable=False),
        sa.Column("window_start", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("mailbox_key", name=op.f("pk_confirmation_limits")),
    )
    op.create_index(
        op.f("ix_confirmation_limits_window_start"),
        "confirmation_limits",
        ["window_start"],
        unique=False,
    )
    op.create_table(
        "store_keys",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("secret", sa.String(length=128), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_store_keys")),
    )


def downgrade() -> None:
    op.drop_table("store_keys")
    op.drop_index(op.f("ix_confirmation_limits_window_start"), table_name="confirmation_limits")
    op.drop_table("confirmation_limits")
