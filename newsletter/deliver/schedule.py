"""Who holds the per-issue send lock and when to renew it (the lock's SQL: ``db.issuestore``).

When a send is due: ``newsletter.sendtime``.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import socket

import sqlalchemy as sa

from newsletter.db.issuestore import renew_lock


def new_owner() -> str:
    """Return a lock owner id: host, process id and a random part."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"


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
