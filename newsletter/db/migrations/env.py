"""Alembic environment: runs against the engine the application passes in."""

from __future__ import annotations

from alembic import context

from newsletter.db.tables import ALL_METADATA

engine = context.config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=list(ALL_METADATA),
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    context.run_migrations()
