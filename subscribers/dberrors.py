"""Turn SQLAlchemy failures into one StorageError naming the action (every store module uses it)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa

from subscribers.errors import StorageError


@contextmanager
def storage_errors(action: str) -> Iterator[None]:
    """Turn SQLAlchemy failures into one StorageError naming what we were doing."""
    try:
        yield
    except sa.exc.SQLAlchemyError as exc:
        message = f"The subscriber database failed while trying to {action}: {type(exc).__name__}. Check NEWSLETTER_DATABASE_URL and retry."
        raise StorageError(message) from exc
