"""In-memory sliding-window rate limits (one process; enough for a newsletter's forms)."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from subscribers.mailbox import MAILS_PER_MAILBOX, WINDOW


@dataclass(frozen=True)
class RateLimits:
    """How many subscribe attempts a client IP and an address may make per window (in memory),
    and how many subscribe emails one mailbox may get per day (in the database, across
    restarts: ``subscribers.mailbox``)."""

    per_ip: int = 10
    per_address: int = 3
    window_seconds: float = 3600.0
    per_mailbox: int = MAILS_PER_MAILBOX
    mailbox_window_seconds: float = WINDOW.total_seconds()


class SlidingWindowLimiter:
    """Allow at most ``limit`` hits per key within any ``window_seconds``.

    Keys idle for a whole window are dropped, and the table is capped at ``max_keys``
    (the stalest keys go first), so a flood of distinct keys cannot exhaust memory.
    """

    def __init__(
        self,
        limit: int,
        window_seconds: float,
        *,
        max_keys: int = 100_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Create a limiter; ``clock`` returns seconds (tests pass a fake one)."""
        self.limit = limit
        self.window_seconds = window_seconds
        self.max_keys = max_keys
        self._clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str) -> bool:
        """Record an attempt for ``key``; return False when it is over the limit (not recorded)."""
        now = self._clock()
        horizon = now - self.window_seconds
        with self._lock:
            hits = self._hits.pop(key, None)
            if hits is None:
                hits = deque()
            while hits and hits[0] <= horizon:
                hits.popleft()
            allowed = len(hits) < self.limit
            if allowed:
                hits.append(now)
            # Re-inserting keeps the dict in least-recently-used order for eviction.
            self._hits[key] = hits
            if len(self._hits) > self.max_keys:
                self._evict(horizon)
            return allowed

    def _evict(self, horizon: float) -> None:
        for stale in [key for key, hits in self._hits.items() if not hits or hits[-1] <= horizon]:
            del self._hits[stale]
        while len(self._hits) > self.max_keys:
            del self._hits[next(iter(self._hits))]

    def __len__(self) -> int:
        """Return how many keys are tracked."""
        return len(self._hits)
