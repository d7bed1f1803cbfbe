"""The per-issue send lock that keeps two jobs apart (when a send is due: ``newsletter.sendtime``)."""

from __future__ import annotations

import datetime as dt
import os
import secrets
import socket

import sqlalchemy as sa

from newsletter.db.tables import issues
from newsletter.errors import DeliveryError, SendLockedError


def new_owner() -> str:
    """Return a lock owner id: host, process id and a random part."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"


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
    process of this host that no longer exists (a crashed or killed send).
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
        if expires is not None and expires.tzinfo is None:
            expires = expires.replace(tzinfo=dt.UTC)
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


class LockKeeper:
    """Renew a held lock at most every ``every`` when called (the job calls it per batch)."""

    def __init__(
        self,
        engine: sa.Engine,
        issue_id: str,
        owner: str,
        *,
        ttl: dt.timedelta,
        every: dt.timedelta,
    ) -> None:
        """Remember the lock; the first renewal is due ``every`` from now."""
        self.engine = engine
        self.issue_id = issue_id
        self.owner = owner
        self.ttl = ttl
        self.every = every
        self._due = dt.datetime.now(dt.UTC) + every

    def __call__(self) -> None:
        """Renew when due; raise SendLockedError when another job has taken the lock."""
        now = dt.datetime.now(dt.UTC)
        if now >= self._due:
            renew_lock(self.engine, self.issue_id, self.owner, ttl=self.ttl)
            self._due = now + self.every
