"""The delivery ledger: one ``deliveries`` row per (issue, subscriber), for exactly-once sends.

Row states::

    pending  -> claimed -> sent            (2xx, or the .eml written)
                        -> failed          (rejected or retries ran out: never accepted; re-sent by a re-run)
                        -> unknown         (timed out after sending, or left ``claimed`` by a crash)
                        -> skipped         (worker mode: no longer an active recipient at claim time)

A row is written as ``claimed`` (committed) *before* its request and marked ``sent`` after the
2xx, so a crash at any moment leaves at worst ``claimed`` rows. The next run turns those into
``unknown``, reports them, and sends them again only with ``--retry-unknown``.

Concurrency. SQLite: one writer per issue (the issue lock plus ``BEGIN IMMEDIATE`` through
SQLite's single-writer rule); ``--worker`` is refused. PostgreSQL: claims use
``INSERT ... ON CONFLICT DO NOTHING RETURNING`` and, for ``--worker``, ``SELECT ... FOR UPDATE
SKIP LOCKED`` over materialised ``pending`` rows, so several workers never claim the same row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from newsletter.db.tables import deliveries

PENDING, CLAIMED, SENT, FAILED, UNKNOWN = "pending", "claimed", "sent", "failed", "unknown"
RESENDABLE = (PENDING, FAILED)


def field_set_key(field_set: Iterable[str]) -> str:
    """Return the stored form of a field-set: sorted slugs joined by commas."""
    return ",".join(sorted(field_set))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _insert(connection: sa.Connection) -> sa.Insert:
    if connection.dialect.name == "postgresql":
        return postgresql.insert(deliveries).on_conflict_do_nothing()
    return sqlite.insert(deliveries).on_conflict_do_nothing()


def claim(
    connection: sa.Connection,
    issue_id: str,
    batch_id: str,
    worker: str,
    rows: Sequence[tuple[str, str]],
    *,
    retry_unknown: bool = False,
) -> set[str]:
    """Claim ``(subscriber_id, field_set)`` rows for one request; return the ids claimed.

    New rows are inserted as ``claimed``; existing ``pending``/``failed`` rows (and ``unknown``
    ones when ``retry_unknown``) are switched to ``claimed``. Rows that are ``sent``,
    ``claimed`` by someone else or ``unknown`` are left alone and not returned. The caller
    commits before sending.
    """
    now = _now()
    ids = [subscriber_id for subscriber_id, _ in rows]
    inserted = connection.execute(
        _insert(connection).returning(deliveries.c.subscriber_id),
        [
            {
                "issue_id": issue_id,
                "subscriber_id": subscriber_id,
                "status": CLAIMED,
                "field_set": field_set,
                "batch_id": batch_id,
                "worker": worker,
                "attempts": 1,
                "claimed_at": now,
            }
            for subscriber_id, field_set in rows
        ],
    )
    claimed = {row[0] for row in inserted}
    if len(claimed) == len(ids):
        return claimed
    states = (*RESENDABLE, UNKNOWN) if retry_unknown else RESENDABLE
    rest = [subscriber_id for subscriber_id in ids if subscriber_id not in claimed]
    updated = connection.execute(
        sa.update(deliveries)
        .where(
            deliveries.c.issue_id == issue_id,
            deliveries.c.subscriber_id.in_(rest),
            deliveries.c.status.in_(states),
        )
        .values(
            status=CLAIMED,
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


def finish_batch(
    connection: sa.Connection, issue_id: str, batch_id: str, status: str, error: str | None = None
) -> int:
    """Mark every row of a request ``sent``, ``failed`` or ``unknown``; return how many.

    ``sent`` also overrides ``unknown`` (another run may have given up on a live batch).
    """
    from_states = (CLAIMED, UNKNOWN) if status == SENT else (CLAIMED,)
    result = connection.execute(
        sa.update(deliveries)
        .where(
            deliveries.c.issue_id == issue_id,
            deliveries.c.batch_id == batch_id,
            deliveries.c.status.in_(from_states),
        )
        .values(status=status, finished_at=_now(), error=error)
    )
    return int(result.rowcount)


def expire_claims(
    connection: sa.Connection, issue_id: str, *, older_than: dt.timedelta | None = None
) -> int:
    """Turn ``claimed`` rows left by a crash into ``unknown``; return how many.

    ``older_than`` limits it to claims older than a lease (used by workers, who must not
    touch the live claims of other workers); None takes every claim (the lock holder).
    """
    query = sa.update(deliveries).where(
        deliveries.c.issue_id == issue_id, deliveries.c.status == CLAIMED
    )
    if older_than is not None:
        query = query.where(deliveries.c.claimed_at < _now() - older_than)
    result = connection.execute(
        query.values(status=UNKNOWN, error="outcome unknown: the sending process stopped")
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
    batch_id: str,
    worker: str,
    *,
    limit: int,
    retry_unknown: bool = False,
) -> list[tuple[str, str]]:
    """Claim up to ``limit`` materialised rows with ``FOR UPDATE SKIP LOCKED`` (PostgreSQL).

    Returns ``(subscriber_id, field_set)`` of the rows now ``claimed`` by this batch; rows
    locked by another worker are skipped, never waited for or taken twice.
    """
    states = (*RESENDABLE, UNKNOWN) if retry_unknown else RESENDABLE
    picked = connection.execute(
        sa.select(deliveries.c.subscriber_id, deliveries.c.field_set)
        .where(deliveries.c.issue_id == issue_id, deliveries.c.status.in_(states))
        .order_by(deliveries.c.subscriber_id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    ).all()
    if not picked:
        return []
    connection.execute(
        sa.update(deliveries)
        .where(
            deliveries.c.issue_id == issue_id,
            deliveries.c.subscriber_id.in_([row[0] for row in picked]),
        )
        .values(
            status=CLAIMED,
            batch_id=batch_id,
            worker=worker,
            attempts=deliveries.c.attempts + 1,
            claimed_at=_now(),
            error=None,
        )
    )
    return [(row[0], row[1]) for row in picked]


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
            .values(status="skipped", finished_at=_now())
        )


def count_by_status(connection: sa.Connection, issue_id: str) -> dict[str, int]:
    """Return how many ledger rows of the issue are in each state."""
    rows = connection.execute(
        sa.select(deliveries.c.status, sa.func.count())
        .where(deliveries.c.issue_id == issue_id)
        .group_by(deliveries.c.status)
    )
    return {status: int(count) for status, count in rows}
