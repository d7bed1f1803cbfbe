"""Which of a batch's subscribers stopped being recipients: the send's last look before handover.

``hold_recipients`` makes that look binding: while its block runs (the send hands the batch
over inside it), no change of these subscribers' status can commit. PostgreSQL locks their
rows ``FOR SHARE`` (an unsubscribe of one of them waits; other subscribers are untouched);
SQLite takes the database's write lock (``BEGIN IMMEDIATE``: every writer waits, as
``busy_timeout`` allows). An unsubscribe therefore either commits before the look (the
reader is left out) or returns its 200 after the handover: never a message handed over
after the reader was told they are unsubscribed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence

import sqlalchemy as sa

from subscribers.errors import SubscriberError
from subscribers.tables import subscribers

_ACTIVE = sa.select(subscribers.c.id).where(
    subscribers.c.id.in_(sa.bindparam("ids", expanding=True)),
    subscribers.c.status == "active",
    subscribers.c.email.is_not(None),
)


@contextlib.contextmanager
def hold_recipients(engine: sa.Engine, ids: Sequence[str]) -> Iterator[set[str]]:
    """Yield those of ``ids`` no longer active; their status cannot change until the block ends.

    Raises SubscriberError when the database cannot be read (nothing is then handed over).
    The block should be short: a request, one SMTP ``DATA``.
    """
    try:
        connection = engine.connect()
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            query = _ACTIVE
        else:
            query = _ACTIVE.with_for_update(read=True)
        active = connection.execute(query, {"ids": list(ids)}).scalars().all()
    except sa.exc.SQLAlchemyError as exc:
        with contextlib.suppress(NameError, sa.exc.SQLAlchemyError):
            connection.close()
        message = f"Cannot re-check the recipients before sending ({type(exc).__name__}); check NEWSLETTER_DATABASE_URL and run the send again."
        raise SubscriberError(message) from exc
    try:
        yield set(ids).difference(active)
    finally:
        # Nothing was written: ending the transaction only releases the locks. A failure
        # here comes after the handover and must not hide its outcome: closing rolls back.
        with contextlib.suppress(sa.exc.SQLAlchemyError):
            connection.rollback()
        with contextlib.suppress(sa.exc.SQLAlchemyError):
            connection.close()
