"""Database access: engine creation and Alembic migrations (SQLite or PostgreSQL)."""

from __future__ import annotations

from newsletter.db.engine import connect_database, make_engine, upgrade_database
from newsletter.db.tables import metadata

__all__ = ["connect_database", "make_engine", "metadata", "upgrade_database"]
