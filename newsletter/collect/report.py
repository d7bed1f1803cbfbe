"""What a collect run tells the editor: per-feed outcomes, totals and unfiled articles."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from newsletter.models import Article

# "waiting": not requested this run, because its host asked us to wait or it kept failing.
FeedStatus = Literal["ok", "not-modified", "error", "waiting"]


@dataclass(frozen=True, slots=True)
class FeedResult:
    """One feed's outcome in a collect run.

    Each entry the feed yielded is counted once: new + updated + duplicates + unchanged +
    skipped == entries (what each means: ``newsletter.articles.SaveResult``; skipped entries
    could not be read as a report, and a warning says why).
    """

    url: str
    name: str
    status: FeedStatus
    entries: int = 0  # entries the feed yielded this run
    new: int = 0
    updated: int = 0
    duplicates: int = 0  # copies of a report kept from another entry, merged into it
    unchanged: int = 0
    warnings: tuple[str, ...] = ()
    error: str = ""
    next_attempt_at: dt.datetime | None = None  # UTC: no request before this time
    wait_reason: str = ""  # why it waits: what the host said, or failures in a row

    @property
    def is_read(self) -> bool:
        """Tell whether the feed answered usefully (new content or "not modified")."""
        return self.status in ("ok", "not-modified")

    @property
    def skipped(self) -> int:
        """Entries without title, link or text, or that failed to normalise: no save counted them."""
        return self.entries - (self.new + self.updated + self.duplicates + self.unchanged)


@dataclass(frozen=True, slots=True)
class CollectReport:
    """The outcome of one collect run."""

    feeds: tuple[FeedResult, ...]
    unfiled: tuple[Article, ...]
    started_at: dt.datetime
    finished_at: dt.datetime

    @property
    def new(self) -> int:
        """Articles added this run."""
        return sum(feed.new for feed in self.feeds)

    @property
    def updated(self) -> int:
        """Stored articles replaced by a more complete copy this run."""
        return sum(feed.updated for feed in self.feeds)

    @property
    def duplicates(self) -> int:
        """Entries that are another copy of a report (a syndicated one), merged into it."""
        return sum(feed.duplicates for feed in self.feeds)

    @property
    def unchanged(self) -> int:
        """Entries already stored as they are."""
        return sum(feed.unchanged for feed in self.feeds)

    @property
    def skipped(self) -> int:
        """Entries that could not be read as a report (each feed's warnings say why)."""
        return sum(feed.skipped for feed in self.feeds)

    @property
    def entries(self) -> int:
        """Entries the feeds read this run yielded."""
        return sum(feed.entries for feed in self.feeds)

    @property
    def not_modified(self) -> int:
        """Feeds that answered "not modified" (HTTP 304 or an unchanged file)."""
        return sum(feed.status == "not-modified" for feed in self.feeds)

    @property
    def failed(self) -> tuple[FeedResult, ...]:
        """Feeds that could not be read."""
        return tuple(feed for feed in self.feeds if feed.status == "error")

    @property
    def waiting(self) -> tuple[FeedResult, ...]:
        """Feeds not requested this run: their host asked us to wait, or they kept failing."""
        return tuple(feed for feed in self.feeds if feed.status == "waiting")

    @property
    def warnings(self) -> int:
        """Number of warnings over all feeds."""
        return sum(len(feed.warnings) for feed in self.feeds)

    @property
    def nothing_read(self) -> bool:
        """Tell whether feeds were asked but not one could be read (waiting feeds are not asked)."""
        asked = [feed for feed in self.feeds if feed.status != "waiting"]
        return bool(asked) and not any(feed.is_read for feed in asked)
