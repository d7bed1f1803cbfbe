"""Each feed's validators, last outcome and schedule (failures, next request), in ``feeds``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import sqlalchemy as sa

from newsletter.collect.fetch import Validators
from newsletter.collect.politeness import Schedule
from newsletter.db.tables import feeds
from newsletter.errors import DatabaseError
from subscribers.sqltypes import chunked

_CHUNK = 500
# The SET columns come from each parameter set's other keys.
_UPDATE_BY_URL = feeds.update().where(feeds.c.url == sa.bindparam("key_url"))


@dataclass(frozen=True, slots=True)
class FeedState:
    """What to remember about one feed after a run."""

    url: str
    status: str  # "200", "304", "error", "gone", "file"
    validators: Validators | None  # None keeps the stored validators
    error: str = ""
    schedule: Schedule = Schedule()  # failures in a row and the earliest next request


@dataclass(frozen=True, slots=True)
class StoredFeed:
    """What the last runs left for one feed: validators and schedule."""

    validators: Validators = Validators()
    failures: int = 0
    next_attempt_at: dt.datetime | None = None  # UTC; no request before it
    wait_reason: str = ""

    def waits_at(self, now: dt.datetime) -> bool:
        """Tell whether the feed must not be requested at ``now``."""
        return self.next_attempt_at is not None and self.next_attempt_at > now


def load_feed_states(engine: sa.Engine, urls: Sequence[str]) -> dict[str, StoredFeed]:
    """Return what is stored about each known feed. Raises DatabaseError."""
    found: dict[str, StoredFeed] = {}
    columns = (
        feeds.c.url,
        feeds.c.etag,
        feeds.c.last_modified,
        feeds.c.failures,
        feeds.c.next_attempt_at,
        feeds.c.wait_reason,
    )
    try:
        with engine.connect() as connection:
            for chunk in chunked(urls, _CHUNK):
                query = sa.select(*columns).where(feeds.c.url.in_(chunk))
                for url, etag, modified, failures, next_at, reason in connection.execute(query):
                    found[url] = StoredFeed(
                        validators=Validators(etag=etag, last_modified=modified),
                        failures=failures or 0,
                        next_attempt_at=next_at,
                        wait_reason=reason or "",
                    )
    except sa.exc.SQLAlchemyError as exc:
        message = f"Cannot read feed state: {exc}. Run `newsletter db upgrade`."
        raise DatabaseError(message) from exc
    return found


def record_feed_states(engine: sa.Engine, states: Iterable[FeedState], now: dt.datetime) -> None:
    """Insert or update each feed's row with its validators and outcome."""
    states = list(states)
    if not states:
        return
    try:
        with engine.begin() as connection:
            urls = [state.url for state in states]
            known: set[str] = set()
            for chunk in chunked(urls, _CHUNK):
                known.update(
                    connection.execute(sa.select(feeds.c.url).where(feeds.c.url.in_(chunk)))
                    .scalars()
                    .all()
                )
            inserts: list[dict[str, object]] = []
            # One executemany per shape (validators or not): an UPDATE per feed cost more
            # than the whole warm run's 304s spent in the database.
            updates: dict[bool, list[dict[str, object]]] = {True: [], False: []}
            for state in states:
                values: dict[str, object] = {
                    "last_fetched_at": now.astimezone(dt.UTC),
                    "last_status": state.status,
                    "last_error": state.error or None,
                    "failures": state.schedule.failures,
                    "next_attempt_at": state.schedule.not_before,
                    "wait_reason": state.schedule.reason or None,
                }
                if state.validators is not None:
                    values["etag"] = state.validators.etag
                    values["last_modified"] = state.validators.last_modified
                if state.url in known:
                    updates[state.validators is not None].append({"key_url": state.url, **values})
                else:
                    inserts.append({"url": state.url, "etag": None, "last_modified": None} | values)
            for batch in updates.values():
                if batch:
                    connection.execute(_UPDATE_BY_URL, batch)
            if inserts:
                connection.execute(feeds.insert(), inserts)
    except sa.exc.SQLAlchemyError as exc:
        message = f"Cannot record feed state: {exc}. Run `newsletter db upgrade`."
        raise DatabaseError(message) from exc
