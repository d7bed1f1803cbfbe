"""Report identity: ids shared by different reports stay apart; a bumped date is the same report, in its first week."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import sqlalchemy as sa

from newsletter.articles import load_articles
from newsletter.collect.report import CollectReport
from newsletter.collect.run import collect_feeds
from newsletter.editorial import EditorialConfig
from newsletter.issues import week_articles
from newsletter.models import Article
from newsletter.weeks import parse_week
from tests.conftest import require_shared

EVER = (dt.datetime(1970, 1, 1, tzinfo=dt.UTC), dt.datetime(9999, 1, 1, tzinfo=dt.UTC))
W47_FETCH = dt.datetime(2026, 11, 20, 6, 0, tzinfo=dt.UTC)
W48_FETCH = dt.datetime(2026, 11, 27, 6, 0, tzinfo=dt.UTC)


def _collect(
    engine: sa.Engine, editorial: EditorialConfig, feed: Path, now: dt.datetime
) -> CollectReport:
    return collect_feeds(engine, editorial, [str(feed)], now=now, workers=1)


def _write(path: Path, content: str, tick: int) -> None:
    """Write a feed file with a distinct mtime, so the next run reads it again."""
    path.write_text(content, encoding="utf-8")
    os.utime(path, ns=(tick * 1_000_000_000, tick * 1_000_000_000))


def _stored(engine: sa.Engine) -> list[Article]:
    return load_articles(engine, *EVER)


def _rss(items: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Blog</title><link>https://blog.example.com/</link>
<description>d</description>{items}</channel></rss>"""


def _item(title: str, link: str, guid: str, date: str, text: str = "Text.") -> str:
    link_xml = f"<link>{link}</link>" if link else ""
    return (
        f'<item><title>{title}</title>{link_xml}<guid isPermaLink="false">{guid}</guid>'
        f"<pubDate>{date}</pubDate><category>AI</category><description>{text}</description></item>"
    )


def _atom(updated: str, title: str = "Release 4.0 ships", summary: str = "Version 4.0.") -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title><id>urn:blog</id>
<updated>{updated}</updated>
<entry><title>{title}</title><id>tag:blog.example.com,2026:release-4</id>
<updated>{updated}</updated><link href="https://blog.example.com/release-4"/>
<category term="AI"/><summary>{summary}</summary></entry></feed>"""


def test_three_reports_sharing_a_guid_are_three_reports(
    engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """Case 13: three items with one guid and different link, title and date give 3 reports and a warning naming the guid."""
    feed = require_shared("cases/13-duplicate-guid/feed.xml")
    report = _collect(engine, editorial, feed, W48_FETCH)
    (result,) = report.feeds
    assert (result.new, result.unchanged) == (3, 0)
    assert sorted(article.title for article in _stored(engine)) == [
        "Chip partner tapes out custom inference accelerator",
        "Quantum team publishes error-correction roadmap",
        "Release 4.0 brings on-device AI summaries",
    ]
    assert any("https://blog.example.com/?p=1" in warning for warning in result.warnings)
    again = _collect(engine, editorial, feed, W48_FETCH + dt.timedelta(hours=1))
    assert (again.new, again.updated) == (0, 0)  # not modified: the file is unchanged
    assert len(_stored(engine)) == 3


def test_shared_guids_keep_their_reports_apart_on_every_run(
    engine: sa.Engine, editorial: EditorialConfig, tmp_path: Path
) -> None:
    """Reports sharing a guid keep their own ids when the feed is re-read in another order."""
    feed = tmp_path / "feed.xml"
    first = _item("Alpha ships", "https://b.example/alpha", "p=1", "Mon, 23 Nov 2026 09:00:00 GMT")
    second = _item("Beta ships", "https://b.example/beta", "p=1", "Tue, 24 Nov 2026 09:00:00 GMT")
    _write(feed, _rss(first + second), 1)
    assert _collect(engine, editorial, feed, W48_FETCH).new == 2
    ids = {article.title: article.id for article in _stored(engine)}
    _write(feed, _rss(second + first), 2)
    report = _collect(engine, editorial, feed, W48_FETCH + dt.timedelta(hours=1))
    assert (report.new, report.updated, report.unchanged) == (0, 0, 2)
    assert {article.title: article.id for article in _stored(engine)} == ids


def test_a_guid_reused_a_week_later_does_not_overwrite_the_first_report(
    engine: sa.Engine, editorial: EditorialConfig, tmp_path: Path
) -> None:
    """A new post under last week's guid is a new report; last week's report stays as it was."""
    feed = tmp_path / "feed.xml"
    old = _item("Alpha ships", "https://b.example/alpha", "p=1", "Tue, 17 Nov 2026 09:00:00 GMT")
    new = _item("Beta ships", "https://b.example/beta", "p=1", "Tue, 24 Nov 2026 09:00:00 GMT")
    _write(feed, _rss(old), 1)
    _collect(engine, editorial, feed, W47_FETCH)
    _write(feed, _rss(new), 2)
    report = _collect(engine, editorial, feed, W48_FETCH)
    assert (report.new, report.updated) == (1, 0)
    by_title = {article.title: article for article in _stored(engine)}
    assert set(by_title) == {"Alpha ships", "Beta ships"}
    assert by_title["Alpha ships"].url == "https://b.example/alpha"
    assert by_title["Alpha ships"].published_at == dt.datetime(2026, 11, 17, 9, tzinfo=dt.UTC)


def test_untitled_links_sharing_a_guid_are_told_apart_by_title_and_date(
    engine: sa.Engine, editorial: EditorialConfig, tmp_path: Path
) -> None:
    """Items without links that share a guid but differ in title and date are separate reports."""
    feed = tmp_path / "feed.xml"
    items = _item("Episode 1", "", "ep", "Mon, 23 Nov 2026 09:00:00 GMT") + _item(
        "Episode 2", "", "ep", "Tue, 24 Nov 2026 09:00:00 GMT"
    )
    _write(feed, _rss(items), 1)
    report = _collect(engine, editorial, feed, W48_FETCH)
    assert report.new == 2
    assert sorted(a.title for a in _stored(engine)) == ["Episode 1", "Episode 2"]


def test_an_edited_item_under_its_guid_stays_one_report(
    engine: sa.Engine, editorial: EditorialConfig, tmp_path: Path
) -> None:
    """A corrected title under the same guid and link is an edit of one report, not a second one."""
    feed = tmp_path / "feed.xml"
    date = "Tue, 24 Nov 2026 09:00:00 GMT"
    _write(feed, _rss(_item("Alpha shpis", "https://b.example/alpha", "p=1", date)), 1)
    _collect(engine, editorial, feed, W48_FETCH)
    _write(feed, _rss(_item("Alpha ships", "https://b.example/alpha", "p=1", date)), 2)
    report = _collect(engine, editorial, feed, W48_FETCH + dt.timedelta(hours=1))
    assert (report.new, report.updated) == (0, 1)
    assert [article.title for article in _stored(engine)] == ["Alpha ships"]


def test_a_bumped_updated_date_keeps_the_report_in_its_first_week(
    engine: sa.Engine, editorial: EditorialConfig, tmp_path: Path
) -> None:
    """An Atom entry whose only change is a later <updated> stays in week 47 and is not in week 48's issue."""
    feed = tmp_path / "feed.atom"
    _write(feed, _atom("2026-11-17T09:00:00Z"), 1)
    _collect(engine, editorial, feed, W47_FETCH)
    _write(feed, _atom("2026-11-24T09:00:00Z"), 2)
    report = _collect(engine, editorial, feed, W48_FETCH)
    assert (report.new, report.updated, report.unchanged) == (0, 0, 1)
    (article,) = _stored(engine)
    assert article.published_at == dt.datetime(2026, 11, 17, 9, tzinfo=dt.UTC)
    assert [a.title for a in week_articles(engine, parse_week("2026-W47"))] == ["Release 4.0 ships"]
    assert week_articles(engine, parse_week("2026-W48")) == []


def test_an_edit_with_a_bumped_date_updates_the_text_but_not_the_week(
    engine: sa.Engine, editorial: EditorialConfig, tmp_path: Path
) -> None:
    """A re-dated entry with a corrected summary is updated in place; its week stays the first one."""
    feed = tmp_path / "feed.atom"
    _write(feed, _atom("2026-11-17T09:00:00Z"), 1)
    _collect(engine, editorial, feed, W47_FETCH)
    _write(feed, _atom("2026-11-25T09:00:00Z", summary="Version 4.0, corrected."), 2)
    report = _collect(engine, editorial, feed, W48_FETCH)
    assert (report.new, report.updated) == (0, 1)
    (article,) = _stored(engine)
    assert article.summary == "Version 4.0, corrected."
    assert article.published_at == dt.datetime(2026, 11, 17, 9, tzinfo=dt.UTC)


def test_a_retitled_post_with_a_new_slug_stays_one_report(
    engine: sa.Engine, editorial: EditorialConfig, tmp_path: Path
) -> None:
    """A title edit that also changes the link's slug, same guid and date, updates the one report."""
    feed = tmp_path / "feed.xml"
    date = "Tue, 24 Nov 2026 09:00:00 GMT"
    _write(feed, _rss(_item("Fab opns", "https://b.example/fab-opns", "p=7", date)), 1)
    _collect(engine, editorial, feed, W48_FETCH)
    _write(feed, _rss(_item("Fab opens", "https://b.example/fab-opens", "p=7", date)), 2)
    report = _collect(engine, editorial, feed, W48_FETCH + dt.timedelta(hours=1))
    assert (report.new, report.updated) == (0, 1)
    (article,) = _stored(engine)
    assert (article.title, article.url) == ("Fab opens", "https://b.example/fab-opens")
