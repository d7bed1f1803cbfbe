"""The sample site's week as the product really makes it: collected, then curated.

What the README's screenshots and the golden files show. The sample feeds (``samples/feeds/``,
the editorial config's feeds) are collected into a throwaway SQLite database with the real
collector, and the week is curated by ``newsletter.curate`` through ``newsletter.issues``
exactly as ``newsletter send`` does; the weeks before it are curated and frozen first, so
the trend markers come from real verdicts too. Nothing is hand-written: every verdict,
score, reason and count is the curation's own. Deterministic: a fixed clock
(``SAMPLE_CLOCK``), one parsing process, no editor's draft.

(``newsletter.render.sample`` is a different thing: a hand-made fixture whose fixed values
unit tests and the render benchmark rely on.)
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from newsletter.collect.run import collect_feeds
from newsletter.db import connect_database
from newsletter.editorial import EditorialConfig
from newsletter.errors import ConfigError, FeedError
from newsletter.issues import build_issue, freeze_issue
from newsletter.models import Issue
from newsletter.weeks import parse_week

SAMPLE_WEEK_ID = "2026-W48"
# Monday 30 Nov 2026 08:00 UTC: after the sample week ended, when its issue is made.
SAMPLE_CLOCK = dt.datetime(2026, 11, 30, 8, 0, tzinfo=dt.UTC)


def curated_sample_issue(
    editorial: EditorialConfig,
    *,
    week_id: str = SAMPLE_WEEK_ID,
    now: dt.datetime = SAMPLE_CLOCK,
    weeks_before: int = 1,
) -> Issue:
    """Collect the editorial config's feeds and return ``week_id`` as curation makes it.

    ``weeks_before`` earlier weeks (the sample feeds hold one, 2026-W47) are curated and
    frozen first, as past sends would have left them, so the issue's ``history`` (the trend
    markers) is real. Takes about a second (a SQLite database in a temporary folder, deleted
    afterwards). Raises ConfigError when a feed file is missing (run from the repository,
    which holds ``samples/``), FeedError when no feed could be read.
    """
    missing = [feed.url for feed in editorial.feeds if not Path(feed.url).is_file()]
    if missing:
        message = (
            f"{', '.join(missing)} not found; build the sample week from the repository "
            "folder (it reads samples/feeds/)."
        )
        raise ConfigError(message)
    week = parse_week(week_id)
    with tempfile.TemporaryDirectory(prefix="sample-week-") as folder:
        engine = connect_database(f"sqlite:///{Path(folder) / 'sample.db'}")
        try:
            report = collect_feeds(engine, editorial, list(editorial.feeds), now=now, workers=1)
            if report.nothing_read:
                message = "None of the sample feeds could be read; check samples/feeds/."
                raise FeedError(message)
            no_drafts = Path(folder) / "drafts"  # empty: the curation alone, no editor's edits
            for back in range(weeks_before, 0, -1):
                earlier = build_issue(
                    engine, editorial, week.previous(back), drafts_dir=no_drafts, now=now
                )
                freeze_issue(engine, earlier, now=now)
            return build_issue(engine, editorial, week, drafts_dir=no_drafts, now=now)
        finally:
            engine.dispose()
