"""Turn SQLAlchemy failures into one SubscriberError naming the action (for the vote and audience reads)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa

from subscribers.errors import SubscriberError


@contextmanager
def subscriber_database(action: str) -> Iterator[None]:
    """Raise SubscriberError naming ``action`` (and what to check) for any SQLAlchemy failure."""
    try:
        yield
    except sa.exc.SQLAlchemyError as exc:
        message = f"The subscriber database failed while trying to {action}: {type(exc).__name__}. Check NEWSLETTER_DATABASE_URL and retry."
        raise SubscriberError(message) from exc
