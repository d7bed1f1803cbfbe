"""The pipeline's SQL about issues in one place: frozen snapshots, statuses, the send lock, the archive.

Rows of the ``issues`` table (``newsletter.db.tables``) go through status ``draft`` ->
``sending`` (the snapshot is frozen; every later run of the week sends it) -> ``sent`` (every
delivery settled; the archive shows it). Snapshots are returned as the JSON data stored
(``newsletter.issues`` turns them into Issues); this module knows no curation or rendering.

The send lock (``lock_owner``, ``lock_expires_at``) keeps two send jobs of one issue apart;
owners are ``host:pid:random`` (``newsletter.deliver.schedule.new_owner``). Reads and writes
of snapshots and statuses raise DatabaseError on a database failure; the lock functions do
not wrap SQLAlchemy's errors (they never did: a database failure there surfaces as is).
"""

from __future__ import annotations

import datetime as dt
import os
import socket
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from newsletter.db.guard import database_errors
from newsletter.db.tables import issues
from newsletter.errors import DeliveryError, SendLockedError

SENDING = "sending"
SENT = "sent"
FROZEN = (SENDING, SENT)  # statuses whose snapshot readers (may) have received

# Issues a reader may see: sent ones (the send job stamps sent_at and the status).
_PUBLISHED = sa.or_(issues.c.sent_at.is_not(None), issues.c.status == SENT)


@dataclass(frozen=True, slots=True)
class Published:
    """One published issue's row: id, week, when it was sent, content hash."""

    id: str
    week_start: dt.date
    sent_at: dt.datetime | None
    content_hash: str


@dataclass(frozen=True, slots=True)
class StoredIssue:
    """A stored issue's status (``draft``, ``sending``, ``sent``) and its snapshot (JSON data)."""

    status: str
    snapshot: Mapping[str, Any]


def read_issue(engine: sa.Engine, issue_id: str) -> StoredIssue | None:
    """Return the stored status and snapshot of an issue, None when never stored."""
    with database_errors(f"read issue {issue_id}"), engine.connect() as connection:
        row = connection.execute(
            sa.select(issues.c.status, issues.c.snapshot).where(issues.c.id == issue_id)
        ).one_or_none()
    return None if row is None else StoredIssue(row.status, row.snapshot)


def read_snapshot(engine: sa.Engine, issue_id: str) -> Mapping[str, Any] | None:
    """Return the stored snapshot of an issue (JSON data), None when never stored."""
    with database_errors(f"load issue {issue_id}"), engine.connect() as connection:
        snapshot: Mapping[str, Any] | None = connection.execute(
            sa.select(issues.c.snapshot).where(issues.c.id == issue_id)
        ).scalar_one_or_none()
    return snapshot


def issue_status(engine: sa.Engine, issue_id: str) -> str | None:
    """Return ``draft``, ``sending`` or ``sent`` for a stored issue, None when absent."""
    with database_errors(f"read issue {issue_id}"), engine.connect() as connection:
        status: str | None = connection.execute(
            sa.select(issues.c.status).where(issues.c.id == issue_id)
        ).scalar_one_or_none()
    return status


def issue_statuses(engine: sa.Engine) -> dict[str, str]:
    """Return the status of every stored issue by id. Raises DatabaseError."""
    with database_errors("list the issues"), engine.connect() as connection:
        return {
            row.id: row.status
            for row in connection.execute(sa.select(issues.c.id, issues.c.status))
        }


def frozen_snapshots(
    engine: sa.Engine, first: str, before: str
) -> list[tuple[str, Mapping[str, Any]]]:
    """Return ``(id, snapshot)`` of the frozen issues with ``first <= id < before``, oldest first.

    Issue ids are ISO weeks (``2026-W48``), so they sort in time order. Raises DatabaseError.
    """
    query = (
        sa.select(issues.c.id, issues.c.snapshot)
        .where(issues.c.id >= first, issues.c.id < before, issues.c.status.in_(FROZEN))
        .order_by(issues.c.id)
    )
    with database_errors(f"read the issues before {before}"), engine.connect() as connection:
        return [(row.id, row.snapshot) for row in connection.execute(query)]


def latest_frozen_ids(engine: sa.Engine, limit: int) -> list[str]:
    """Return the ids of the ``limit`` newest frozen issues, newest first. Raises DatabaseError."""
    query = (
        sa.select(issues.c.id)
        .where(issues.c.status.in_(FROZEN))
        .order_by(issues.c.id.desc())
        .limit(limit)
    )
    with database_errors("read the latest issues"), engine.connect() as connection:
        return list(connection.execute(query).scalars())


def freeze_snapshot(
    engine: sa.Engine,
    issue_id: str,
    week_start: dt.date,
    snapshot: Mapping[str, Any],
    content_hash: str,
    now: dt.datetime,
) -> Mapping[str, Any] | None:
    """Store ``snapshot`` with status ``sending``, or return the snapshot frozen before.

    A draft row is replaced; a row already ``sending`` or ``sent`` is left as it is and its
    snapshot returned (None means ours was stored). Raises DatabaseError, whose cause is an
    IntegrityError when another worker inserted the same issue a moment ago.
    """
    with database_errors(f"freeze issue {issue_id}"), engine.begin() as connection:
        row = connection.execute(
            sa.select(issues.c.status, issues.c.snapshot).where(issues.c.id == issue_id)
        ).one_or_none()
        if row is not None and row.status in FROZEN:
            frozen: Mapping[str, Any] = row.snapshot
            return frozen
        values = {
            "week_start": week_start,
            "created_at": now,
            "content_hash": content_hash,
            "snapshot": snapshot,
            "status": SENDING,
        }
        if row is None:
            connection.execute(sa.insert(issues).values(id=issue_id, **values))
        else:
            connection.execute(sa.update(issues).where(issues.c.id == issue_id).values(**values))
    return None


def mark_issue_sent(engine: sa.Engine, issue_id: str, *, now: dt.datetime | None = None) -> None:
    """Record that every delivery of an issue is settled; the archive then shows it."""
    moment = now or dt.datetime.now(dt.UTC)
    with database_errors(f"mark issue {issue_id} sent"), engine.begin() as connection:
        connection.execute(
            sa.update(issues)
            .where(issues.c.id == issue_id, issues.c.status != SENT)
            .values(status=SENT, sent_at=moment)
        )


def published_issues(engine: sa.Engine, limit: int) -> list[Published]:
    """Return the published issues, newest first (``limit`` at most). Raises DatabaseError."""
    query = (
        sa.select(issues.c.id, issues.c.week_start, issues.c.sent_at, issues.c.content_hash)
        .where(_PUBLISHED)
        .order_by(issues.c.id.desc())
        .limit(limit)
    )
    with database_errors("list the archive"), engine.connect() as connection:
        rows = connection.execute(query).all()
    return [Published(r.id, r.week_start, r.sent_at, r.content_hash) for r in rows]


def find_published(engine: sa.Engine, issue_id: str) -> Published | None:
    """Return the published issue ``issue_id``, or None. Raises DatabaseError."""
    query = sa.select(
        issues.c.id, issues.c.week_start, issues.c.sent_at, issues.c.content_hash
    ).where(issues.c.id == issue_id, _PUBLISHED)
    with database_errors("read the archive"), engine.connect() as connection:
        row = connection.execute(query).one_or_none()
    return None if row is None else Published(row.id, row.week_start, row.sent_at, row.content_hash)


def _owner_is_dead(owner: str) -> bool:
    host, _, rest = owner.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def acquire_lock(engine: sa.Engine, issue_id: str, owner: str, *, ttl: dt.timedelta) -> None:
    """Take the send lock of an issue atomically, or raise SendLockedError.

    The lock is free when nobody holds it, when it has expired, or when its holder was a
    process of this host that no longer exists (a crashed or killed send). Raises
    DeliveryError when the issue is not stored.
    """
    now = dt.datetime.now(dt.UTC)
    with engine.begin() as connection:
        row = connection.execute(
            sa.select(issues.c.lock_owner, issues.c.lock_expires_at).where(issues.c.id == issue_id)
        ).first()
        if row is None:
            message = f"Issue {issue_id} is not saved; build it first (newsletter send builds it)."
            raise DeliveryError(message)
        holder, expires = row
        free = holder is None or holder == owner or expires is None or expires < now
        if not free and not _owner_is_dead(holder):
            message = (
                f"Issue {issue_id} is being sent by another job ({holder}) until "
                f"{expires:%Y-%m-%d %H:%M} UTC; wait for it, or run `newsletter send --worker` "
                "to help it on PostgreSQL."
            )
            raise SendLockedError(message)
        taken = connection.execute(
            sa.update(issues)
            .where(issues.c.id == issue_id)
            .where(
                issues.c.lock_owner.is_(None) if holder is None else issues.c.lock_owner == holder
            )
            .values(lock_owner=owner, lock_expires_at=now + ttl)
        )
        if taken.rowcount != 1:
            message = f"Issue {issue_id} was locked by another job a moment ago; try again later."
            raise SendLockedError(message)


def renew_lock(engine: sa.Engine, issue_id: str, owner: str, *, ttl: dt.timedelta) -> None:
    """Extend our lock; raise SendLockedError when another job has taken it."""
    with engine.begin() as connection:
        renewed = connection.execute(
            sa.update(issues)
            .where(issues.c.id == issue_id, issues.c.lock_owner == owner)
            .values(lock_expires_at=dt.datetime.now(dt.UTC) + ttl)
        )
    if renewed.rowcount != 1:
        message = f"Lost the send lock of issue {issue_id} to another job; this job stops here."
        raise SendLockedError(message)


def release_lock(engine: sa.Engine, issue_id: str, owner: str) -> None:
    """Release our lock (no-op when we do not hold it)."""
    with engine.begin() as connection:
        connection.execute(
            sa.update(issues)
            .where(issues.c.id == issue_id, issues.c.lock_owner == owner)
            .values(lock_owner=None, lock_expires_at=None)
        )
