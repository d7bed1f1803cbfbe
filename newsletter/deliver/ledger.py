"""The delivery ledger: one ``deliveries`` row per (issue, subscriber), for exactly-once sends.

Row states::

    pending  -> claimed -> sent            (2xx, or the .eml written)
                        -> failed          (rejected or retries ran out: never accepted; re-sent by a re-run)
                        -> unknown         (no answer after sending, or left ``claimed`` by a crash)
                        -> skipped         (no longer an active recipient with content)

A row is written as ``claimed`` (committed) *before* its request and marked ``sent`` after the
2xx, so a crash at any moment leaves at worst ``claimed`` rows. The next run turns those into
``unknown``, reports them, and sends them again only with ``--retry-unknown`` (and then only
rows that were already unknown when that run started, never its own fresh unknowns).

Concurrency. SQLite: one writer per issue (the issue lock plus SQLite's single-writer rule);
``--worker`` is refused. PostgreSQL: claims use ``INSERT ... ON CONFLICT DO NOTHING
RETURNING`` and, for ``--worker``, ``SELECT ... FOR UPDATE SKIP LOCKED`` over materialised
``pending`` rows, so several workers never claim the same row. Claim owners are named
``job:...`` (the lock holder) or ``worker:...``; a job expires every stale ``job:`` claim,
workers' claims only once older than their lease.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from itertools import groupby

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from newsletter.db.guard import database_errors
from newsletter.db.tables import UtcDateTime, deliveries

PENDING, CLAIMED, SENT, FAILED, UNKNOWN, SKIPPED = (
    "pending",
    "claimed",
    "sent",
    "failed",
    "unknown",
    "skipped",
)
RESENDABLE = (PENDING, FAILED)  # a re-run sends these again
# A job's full pass also takes rows skipped earlier: the subscriber is a recipient again.
JOB_CLAIMABLE = (PENDING, FAILED, SKIPPED)
OPEN_STATES = (PENDING, CLAIMED, FAILED, UNKNOWN)  # the issue is not done while any remain
JOB_PREFIX = "job:"
WORKER_PREFIX = "worker:"


def field_set_key(field_set: Iterable[str]) -> str:
    """Return the stored form of a field-set: sorted slugs joined by commas."""
    return ",".join(sorted(field_set))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@contextmanager
def transaction(engine: sa.Engine, action: str) -> Iterator[sa.Connection]:
    """Run a ledger transaction; turn SQLAlchemy failures into DatabaseError naming ``action``."""
    advice = (
        "Check NEWSLETTER_DATABASE_URL, then run `newsletter send` again (it resumes; rows it "
        "could not record are reported as unknown)."
    )
    with database_errors(action, advice), engine.begin() as connection:
        yield connection


class SqlLedger:
    """The ``Ledger`` port over a database: transactions on ``engine`` (see module docstring)."""

    def __init__(self, engine: sa.Engine) -> None:
        """Keep the engine whose ``deliveries`` table records the sends."""
        self.engine = engine

    def transaction(self, action: str) -> AbstractContextManager[sa.Connection]:
        """Open a transaction; database faults become DatabaseError naming ``action``."""
        return transaction(self.engine, action)


def _insert(connection: sa.Connection) -> sa.Insert:
    if connection.dialect.name == "postgresql":
        return postgresql.insert(deliveries).on_conflict_do_nothing()
    return sqlite.insert(deliveries).on_conflict_do_nothing()


def _claimable(
    states: Sequence[str], retry_unknown: bool, started: dt.datetime | None
) -> sa.ColumnElement[bool]:
    """Rows a claim may take: ``states``, and with retry_unknown older unknown rows."""
    allowed = deliveries.c.status.in_(states)
    if not retry_unknown:
        return allowed
    old_unknown = deliveries.c.status == UNKNOWN
    if started is not None:
        # Rows that became unknown during this very run are never retried by it.
        old_unknown = old_unknown & (
            deliveries.c.claimed_at.is_(None) | (deliveries.c.claimed_at < started)
        )
    return allowed | old_unknown


# One statement claims a whole batch: the ids travel as one array parameter (a JSON text
# for SQLite, a text[] for PostgreSQL) and every other value is shared. Per-row parameters
# through SQLAlchemy cost about 20 us a row, more than the rest of the send path together.
_CLAIM_SQL = """
INSERT INTO deliveries
    (issue_id, subscriber_id, status, field_set, batch_id, worker, attempts, claimed_at)
SELECT :issue_id, ids.value, 'claimed', :field_set, :batch_id, :worker, 1, :claimed_at
FROM {source} WHERE true
ON CONFLICT DO NOTHING
"""
_ID_SOURCES = {
    "sqlite": "json_each(:ids) AS ids",
    "postgresql": "unnest(CAST(:ids AS text[])) AS ids(value)",
}


def _insert_claimed(
    connection: sa.Connection,
    issue_id: str,
    batch_id: str,
    worker: str,
    field_set: str,
    subscriber_ids: Sequence[str],
    now: dt.datetime,
) -> set[str]:
    dialect = connection.dialect.name
    statement = sa.text(_CLAIM_SQL.format(source=_ID_SOURCES[dialect])).bindparams(
        sa.bindparam("claimed_at", type_=UtcDateTime)
    )
    ids: object = json.dumps(list(subscriber_ids)) if dialect == "sqlite" else list(subscriber_ids)
    inserted = connection.execute(
        statement,
        {
            "issue_id": issue_id,
            "field_set": field_set,
            "batch_id": batch_id,
            "worker": worker,
            "claimed_at": now,
            "ids": ids,
        },
    ).rowcount
    if inserted == len(subscriber_ids):
        return set(subscriber_ids)  # the usual case: nothing to read back
    rows = connection.execute(
        sa.select(deliveries.c.subscriber_id).where(
            deliveries.c.issue_id == issue_id, deliveries.c.batch_id == batch_id
        )
    )
    return {str(row[0]) for row in rows}


def claim(
    connection: sa.Connection,
    issue_id: str,
    batch_id: str,
    worker: str,
    field_set: str,
    subscriber_ids: Sequence[str],
    *,
    retry_unknown: bool = False,
    started: dt.datetime | None = None,
) -> set[str]:
    """Claim the rows of one request (one variant, ``field_set``); return the ids claimed.

    New rows are inserted as ``claimed``; existing ``pending``/``failed``/``skipped`` rows
    (and ``unknown`` ones from before ``started`` when ``retry_unknown``) are switched to
    ``claimed``. Rows that are ``sent``, ``claimed`` by someone else or ``unknown`` are left
    alone and not returned. The caller commits before sending.
    """
    now = _now()
    claimed = _insert_claimed(
        connection, issue_id, batch_id, worker, field_set, subscriber_ids, now
    )
    if len(claimed) == len(subscriber_ids):
        return claimed
    rest = [subscriber_id for subscriber_id in subscriber_ids if subscriber_id not in claimed]
    updated = connection.execute(
        sa.update(deliveries)
        .where(
            deliveries.c.issue_id == issue_id,
            deliveries.c.subscriber_id.in_(rest),
            _claimable(JOB_CLAIMABLE, retry_unknown, started),
        )
        .values(
            status=CLAIMED,
            field_set=field_set,
            batch_id=batch_id,
            worker=worker,
            attempts=deliveries.c.attempts + 1,
            claimed_at=now,
            error=None,
        )
        .returning(deliveries.c.subscriber_id)
    )
    claimed.update(row[0] for row in updated)
    return claimed


def statuses(
    connection: sa.Connection, issue_id: str, subscriber_ids: Sequence[str]
) -> dict[str, str]:
    """Return the ledger state of each of these subscribers that has a row."""
    if not subscriber_ids:
        return {}
    rows = connection.execute(
        sa.select(deliveries.c.subscriber_id, deliveries.c.status).where(
            deliveries.c.issue_id == issue_id,
            deliveries.c.subscriber_id.in_(list(subscriber_ids)),
        )
    )
    return {subscriber_id: status for subscriber_id, status in rows}


def finish_batch(
    connection: sa.Connection, issue_id: str, batch_id: str, status: str, error: str | None = None
) -> int:
    """Mark every row of a request ``sent``, ``failed`` or ``unknown``; return how many.

    ``sent`` also overrides ``unknown`` (another run may have given up on a live batch).
    """
    return _finish(connection, issue_id, batch_id, None, status, error)


def finish_rows(
    connection: sa.Connection,
    issue_id: str,
    batch_id: str,
    subscriber_ids: Sequence[str],
    status: str,
    error: str | None = None,
) -> int:
    """Mark some rows of a request (by subscriber) ``sent``, ``failed``, ``unknown`` or ``skipped``.

    For batches whose recipients fared differently (a refused address, an SMTP session that
    dropped midway). ``sent`` also overrides ``unknown``, as in ``finish_batch``.
    """
    if not subscriber_ids:
        return 0
    return _finish(connection, issue_id, batch_id, subscriber_ids, status, error)


def _finish(
    connection: sa.Connection,
    issue_id: str,
    batch_id: str,
    subscriber_ids: Sequence[str] | None,
    status: str,
    error: str | None,
) -> int:
    """Settle the claimed rows of a request (those of ``subscriber_ids``, or all when None)."""
    from_states = (CLAIMED, UNKNOWN) if status == SENT else (CLAIMED,)
    statement = sa.update(deliveries).where(
        deliveries.c.issue_id == issue_id,
        deliveries.c.batch_id == batch_id,
        deliveries.c.status.in_(from_states),
    )
    if subscriber_ids is not None:
        statement = statement.where(deliveries.c.subscriber_id.in_(list(subscriber_ids)))
    result = connection.execute(statement.values(status=status, finished_at=_now(), error=error))
    return int(result.rowcount)


def expire_claims(
    connection: sa.Connection, issue_id: str, *, lease: dt.timedelta, include_jobs: bool
) -> int:
    """Turn ``claimed`` rows left by a stopped process into ``unknown``; return how many.

    Claims older than ``lease`` are taken from anyone; with ``include_jobs`` (only the holder
    of the issue lock may ask) every ``job:`` claim is taken too, whatever its age, since no
    other job can be alive.
    """
    stale = deliveries.c.claimed_at < _now() - lease
    if include_jobs:
        stale = stale | deliveries.c.worker.startswith(JOB_PREFIX)
    result = connection.execute(
        sa.update(deliveries)
        .where(deliveries.c.issue_id == issue_id, deliveries.c.status == CLAIMED, stale)
        .values(status=UNKNOWN, error="outcome unknown: the sending process stopped")
    )
    return int(result.rowcount)


def materialise_pending(
    connection: sa.Connection, issue_id: str, rows: Sequence[tuple[str, str]]
) -> None:
    """Insert ``pending`` rows (idempotent) for workers to claim later."""
    if rows:
        connection.execute(
            _insert(connection),
            [
                {
                    "issue_id": issue_id,
                    "subscriber_id": subscriber_id,
                    "status": PENDING,
                    "field_set": field_set,
                    "attempts": 0,
                }
                for subscriber_id, field_set in rows
            ],
        )


def claim_pending(
    connection: sa.Connection,
    issue_id: str,
    worker: str,
    new_batch_id: Iterator[str],
    *,
    limit: int,
    retry_unknown: bool = False,
    started: dt.datetime | None = None,
) -> list[tuple[str, str, list[str]]]:
    """Claim up to ``limit`` materialised rows with ``FOR UPDATE SKIP LOCKED`` (PostgreSQL).

    Rows come in field-set order and are split into one batch per field-set, each with its
    own id from ``new_batch_id``. Returns ``(batch_id, field_set, subscriber_ids)`` for the
    rows now ``claimed``; rows locked by another worker are skipped, never waited for or
    taken twice.
    """
    picked = connection.execute(
        sa.select(deliveries.c.subscriber_id, deliveries.c.field_set)
        .where(deliveries.c.issue_id == issue_id, _claimable(RESENDABLE, retry_unknown, started))
        .order_by(deliveries.c.field_set, deliveries.c.subscriber_id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    ).all()
    batches: list[tuple[str, str, list[str]]] = []
    now = _now()
    for field_set, group in groupby(picked, key=lambda row: str(row[1])):
        batch_id = next(new_batch_id)
        ids = [str(row[0]) for row in group]
        connection.execute(
            sa.update(deliveries)
            .where(deliveries.c.issue_id == issue_id, deliveries.c.subscriber_id.in_(ids))
            .values(
                status=CLAIMED,
                batch_id=batch_id,
                worker=worker,
                attempts=deliveries.c.attempts + 1,
                claimed_at=now,
                error=None,
            )
        )
        batches.append((batch_id, field_set, ids))
    return batches


def release(connection: sa.Connection, issue_id: str, subscriber_ids: Sequence[str]) -> None:
    """Mark claimed rows ``skipped``: the subscriber stopped being a recipient before the request."""
    if subscriber_ids:
        connection.execute(
            sa.update(deliveries)
            .where(
                deliveries.c.issue_id == issue_id,
                deliveries.c.subscriber_id.in_(list(subscriber_ids)),
                deliveries.c.status == CLAIMED,
            )
            .values(status=SKIPPED, finished_at=_now())
        )


def skip_stale(connection: sa.Connection, issue_id: str, *, started: dt.datetime) -> int:
    """After a complete pass, mark ``pending``/``failed`` rows it did not claim ``skipped``.

    A full pass claims every current recipient, so such rows belong to subscribers who left
    (or lost their fields' content) since an earlier run. Returns how many.
    """
    result = connection.execute(
        sa.update(deliveries)
        .where(
            deliveries.c.issue_id == issue_id,
            deliveries.c.status.in_(RESENDABLE),
            deliveries.c.claimed_at.is_(None) | (deliveries.c.claimed_at < started),
        )
        .values(status=SKIPPED, finished_at=_now())
    )
    return int(result.rowcount)


def count_by_status(connection: sa.Connection, issue_id: str) -> dict[str, int]:
    """Return how many ledger rows of the issue are in each state."""
    rows = connection.execute(
        sa.select(deliveries.c.status, sa.func.count())
        .where(deliveries.c.issue_id == issue_id)
        .group_by(deliveries.c.status)
    )
    return {status: int(count) for status, count in rows}


def ids_in_state(connection: sa.Connection, issue_id: str, status: str) -> list[str]:
    """Return the subscriber ids of the issue's ledger rows in ``status``, in id order."""
    rows = connection.execute(
        sa.select(deliveries.c.subscriber_id)
        .where(deliveries.c.issue_id == issue_id, deliveries.c.status == status)
        .order_by(deliveries.c.subscriber_id)
    )
    return [str(subscriber_id) for (subscriber_id,) in rows]


def delivery_of(engine: sa.Engine, issue_id: str, subscriber_id: str) -> tuple[str, str] | None:
    """Return the ``(field_set, status)`` of a reader's row for an issue, None when absent.

    ``field_set`` is the comma-joined field slugs of the variant sent. Raises DatabaseError.
    """
    query = sa.select(deliveries.c.field_set, deliveries.c.status).where(
        deliveries.c.issue_id == issue_id, deliveries.c.subscriber_id == subscriber_id
    )
    with database_errors("read the delivery ledger"), engine.connect() as connection:
        row = connection.execute(query).first()
    return None if row is None else (row.field_set, row.status)


def sent_per_field_set(engine: sa.Engine, issue_ids: Sequence[str]) -> list[tuple[str, str, int]]:
    """Return ``(issue_id, field_set, readers sent)`` for each variant of ``issue_ids``.

    Counts ``sent`` rows only. Raises DatabaseError.
    """
    query = (
        sa.select(deliveries.c.issue_id, deliveries.c.field_set, sa.func.count())
        .where(deliveries.c.issue_id.in_(list(issue_ids)), deliveries.c.status == SENT)
        .group_by(deliveries.c.issue_id, deliveries.c.field_set)
    )
    with database_errors("count deliveries"), engine.connect() as connection:
        return [
            (issue_id, field_set, int(count))
            for issue_id, field_set, count in connection.execute(query)
        ]
