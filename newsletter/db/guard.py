"""One way to turn SQLAlchemy failures into DatabaseError, for every module that queries."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa

from newsletter.errors import DatabaseError

DEFAULT_ADVICE = "Check NEWSLETTER_DATABASE_URL and run `newsletter db upgrade`."


@contextmanager
def database_errors(action: str, advice: str = DEFAULT_ADVICE) -> Iterator[None]:
    """Raise DatabaseError naming ``action`` (and what to do next) for any SQLAlchemy failure."""
    try:
        yield
    except sa.exc.SQLAlchemyError as exc:
        message = f"The database failed while trying to {action}: {type(exc).__name__}. {advice}"
        raise DatabaseError(message) from exc
