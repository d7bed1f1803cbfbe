"""Remember which provider events were applied, so a replayed delivery is not applied twice.

SendGrid gives every event a unique ``sg_event_id`` and delivers each batch at least once:
it retries a batch for up to 24 hours when our answer is not a 2xx, and a captured batch can
be posted again within the signature's freshness window. Applying an event twice is not
harmless: a bounce replayed after the reader subscribed again would stop their mail. The ids
of applied events are kept for ``EVENT_MEMORY`` (three days, beyond the retry period) and
then forgotten.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence

import sqlalchemy as sa

from subscribers.errors import StorageError
from subscribers.sqltypes import chunked
from subscribers.tables import applied_events

EVENT_MEMORY = dt.timedelta(days=3)
MAX_EVENT_ID_LENGTH = 128  # the column; SendGrid's ids are about 50 characters
_PIECE = 500  # ids per IN (...) lookup


class AppliedEvents:
    """The ids of provider events already applied, over a SQLAlchemy engine."""

    def __init__(self, engine: sa.Engine) -> None:
        """Use ``engine`` (schema already migrated)."""
        self.engine = engine

    def already_applied(self, event_ids: Collection[str]) -> set[str]:
        """Return those of ``event_ids`` recorded by ``remember`` (raises StorageError)."""
        ids = sorted({event_id for event_id in event_ids if _usable(event_id)})
        found: set[str] = set()
        try:
            with self.engine.connect() as connection:
                for piece in chunked(ids, _PIECE):
                    query = sa.select(applied_events.c.event_id).where(
                        applied_events.c.event_id.in_(piece)
                    )
                    found.update(connection.execute(query).scalars())
        except sa.exc.SQLAlchemyError as exc:
            message = f"The subscriber database failed while reading applied events: {type(exc).__name__}. Retry later."
            raise StorageError(message) from exc
        return found

    def remember(self, event_ids: Sequence[str], *, now: dt.datetime | None = None) -> None:
        """Record ``event_ids`` as applied and forget ids older than ``EVENT_MEMORY``.

        Ids already recorded (a concurrent delivery of the same batch) are skipped; ids that
        are empty or longer than ``MAX_EVENT_ID_LENGTH`` are not recorded. Raises StorageError.
        """
        stamp = now or dt.datetime.now(dt.UTC)
        ids = list(dict.fromkeys(event_id for event_id in event_ids if _usable(event_id)))
        try:
            with self.engine.begin() as connection:
                connection.execute(
                    sa.delete(applied_events).where(
                        applied_events.c.applied_at < stamp - EVENT_MEMORY
                    )
                )
                for piece in chunked(ids, _PIECE):
                    known = set(
                        connection.execute(
                            sa.select(applied_events.c.event_id).where(
                                applied_events.c.event_id.in_(piece)
                            )
                        ).scalars()
                    )
                    fresh = [
                        {"event_id": event_id, "applied_at": stamp}
                        for event_id in piece
                        if event_id not in known
                    ]
                    if fresh:
                        connection.execute(sa.insert(applied_events), fresh)
        except sa.exc.IntegrityError:
            # Another delivery recorded some of them meanwhile: they are recorded either way.
            return
        except sa.exc.SQLAlchemyError as exc:
            message = f"The subscriber database failed while recording applied events: {type(exc).__name__}. Retry later."
            raise StorageError(message) from exc


def _usable(event_id: str) -> bool:
    return 0 < len(event_id) <= MAX_EVENT_ID_LENGTH
