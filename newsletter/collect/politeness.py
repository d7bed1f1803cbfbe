"""When a feed may be asked again: what its host told us, and how often it failed in a row.

Pure: the outcome of one fetch and the feed's stored failure count in, the earliest next
request out. The rules:

- A ``Retry-After`` on 429 or 503 (RFC 9110 section 10.2.3; RFC 6585 section 4) is a
  floor: no request before it, however often collect runs. Capped at ``MAX_ASKED_WAIT`` so
  a typo in a header cannot silence a feed for a year.
- ``410 Gone`` means removed for good (RFC 9110 section 15.5.11): the feed is asked again
  only after ``GONE_RECHECK``, in case it was a mistake, and the report says to remove it.
- Repeated failures back off exponentially: the first failure waits for the next run; the
  n-th in a row waits ``BACKOFF_BASE`` * 2**(n-2), at most ``BACKOFF_MAX`` (an hourly run
  asks a dead host 7 times in its first day, then once a day).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

BACKOFF_BASE = dt.timedelta(hours=1)
BACKOFF_MAX = dt.timedelta(hours=24)
GONE_RECHECK = dt.timedelta(days=30)
MAX_ASKED_WAIT = dt.timedelta(days=7)


@dataclass(frozen=True, slots=True)
class Schedule:
    """What to remember after a fetch: failures in a row, and no request before ``not_before``."""

    failures: int = 0
    not_before: dt.datetime | None = None  # UTC; None: the next run may ask
    reason: str = ""  # why the feed waits, for the report


def schedule_after(
    *,
    failed: bool,
    previous_failures: int,
    now: dt.datetime,
    http_status: int | None = None,
    retry_after: float | None = None,
) -> Schedule:
    """Return the feed's schedule after one fetch (see the module's rules).

    ``retry_after`` is in seconds, as read from the last answer's Retry-After header. A
    success clears everything; ``now`` is the run's fetch time (timezone-aware).
    """
    if not failed:
        return Schedule()
    failures = previous_failures + 1
    waits: list[tuple[dt.timedelta, str]] = []
    if http_status == 410:
        waits.append((GONE_RECHECK, "the host answered 410 Gone (removed for good)"))
    if retry_after is not None and retry_after > 0:
        asked = min(dt.timedelta(seconds=retry_after), MAX_ASKED_WAIT)
        status = f"HTTP {http_status}" if http_status else "the host"
        waits.append((asked, f"{status} asked to wait {_duration(asked)} (Retry-After)"))
    if failures >= 2:
        backoff = min(BACKOFF_BASE * 2 ** (failures - 2), BACKOFF_MAX)
        waits.append((backoff, f"{failures} failures in a row: backing off {_duration(backoff)}"))
    if not waits:
        return Schedule(failures=failures)
    wait, reason = max(waits, key=lambda item: item[0])
    return Schedule(failures=failures, not_before=now.astimezone(dt.UTC) + wait, reason=reason)


def _duration(span: dt.timedelta) -> str:
    seconds = int(span.total_seconds())
    if seconds % 86400 == 0 and seconds >= 86400:
        return f"{seconds // 86400} d"
    if seconds % 3600 == 0 and seconds >= 3600:
        return f"{seconds // 3600} h"
    if seconds >= 60:
        return f"{seconds // 60} min" if seconds % 60 == 0 else f"{seconds} s"
    return f"{seconds} s"
