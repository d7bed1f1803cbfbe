"""Alembic environment: runs against the engine the application passes in."""

from __future__ import annotations

from alembic import context

import subscribers.tables  # noqa: F401  (registers the subscriber tables on metadata)
from newsletter.db.tables import metadata

engine = context.config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    context.run_migrations()
