"""send-path indexes: partial ix_deliveries_claimable replaces ix_deliveries_status; subscribers
(id, status, email) covers the recipient scan

Revision ID: 0003_send_indexes
Revises: 0002_subscribers
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_send_indexes"
down_revision = "0002_subscribers"
branch_labels = None
depends_on = None

# Must match newsletter.db.tables (and the ledger's ``status IN ('pending', 'failed')``).
CLAIMABLE = sa.text("status IN ('pending', 'failed')")


def upgrade() -> None:
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deliveries_status"))
        batch_op.create_index(
            "ix_deliveries_claimable",
            ["issue_id", "field_set", "subscriber_id"],
            unique=False,
            sqlite_where=CLAIMABLE,
            postgresql_where=CLAIMABLE,
        )

    with op.batch_alter_table("subscribers", schema=None) as batch_op:
        batch_op.create_index(
            "ix_subscribers_id_status_email", ["id", "status", "email"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("subscribers", schema=None) as batch_op:
        batch_op.drop_index("ix_subscribers_id_status_email")

    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_index("ix_deliveries_claimable")
        batch_op.create_index(batch_op.f("ix_deliveries_status"), ["status"], unique=False)
