"""Which of a batch's subscribers stopped being recipients: the send's last look before handover."""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from subscribers.tables import subscribers

_ACTIVE = sa.select(subscribers.c.id).where(
    subscribers.c.id.in_(sa.bindparam("ids", expanding=True)),
    subscribers.c.status == "active",
    subscribers.c.email.is_not(None),
)


def stopped_among(connection: sa.Connection, ids: Sequence[str]) -> set[str]:
    """Return those of ``ids`` that are no longer active (unsubscribed, paused, suppressed...).

    Runs on the caller's connection, inside its transaction, so a send can check and claim a
    batch in one commit: a reader whose unsubscribe committed before it is left out. Ids
    with no row (erased) count as stopped. One read over the covering id/status/email index.
    """
    if not ids:
        return set()
    active = connection.execute(_ACTIVE, {"ids": list(ids)}).scalars().all()
    return set(ids).difference(active)
