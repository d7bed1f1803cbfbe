"""articles lose money and cues: no reader ever used them (curation reads amounts with roles)

collect stored every amount and cue word it found in a report, but curation reads a
report's amounts with their roles from its title and Key Findings itself
(``curate.amounts``, ``curate.importance.headline_amounts``) and its kind from the words in
context (``curate.kinds``); the archive, the preview and render read curation's results.
Computing them cost a third of collect's own per-feed work (issue 14).

The columns are dropped rather than left unwritten: a column that nothing keeps up to date
reads as data that can be trusted, and keeping it NOT NULL would need a server default,
which SQLite can only add by copying the table. ``connect_database`` migrates every
database on first use, so old databases keep working. Dropped with plain ``ALTER TABLE
... DROP COLUMN`` (SQLite 3.35 or later, PostgreSQL), never by Alembic's copy-and-rename
batch mode: with foreign keys on, dropping the old ``articles`` table would cascade into
``article_fields``. Frozen issue snapshots keep the two keys in their JSON; reading a
snapshot ignores them. Downgrading adds the columns back, empty (``[]``).

Revision ID: 0009_drop_article_signals
Revises: 0008_join_times
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_drop_article_signals"
down_revision = "0008_join_times"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_column("articles", "cues")
    op.drop_column("articles", "money")


def downgrade() -> None:
    # Plain ADD COLUMN with a constant default: SQLite adds it in place, no table copy.
    empty = sa.text("'[]'")
    op.add_column("articles", sa.Column("money", sa.JSON(), nullable=False, server_default=empty))
    op.add_column("articles", sa.Column("cues", sa.JSON(), nullable=False, server_default=empty))
