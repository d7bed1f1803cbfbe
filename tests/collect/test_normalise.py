"""Entries through parse and normalise: what collect does itself now that feedparser's HTML passes are off."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest

from newsletter.articles import load_articles
from newsletter.collect import run
from newsletter.collect.digest import DigestJob, digest_feed
from newsletter.collect.taxonomy import FieldMatcher
from newsletter.curate.importance import assess
from newsletter.curate.kinds import Kind
from newsletter.db import connect_database
from newsletter.editorial import load_editorial
from newsletter.models import Article

FETCHED = dt.datetime(2026, 11, 23, 6, 0, tzinfo=dt.UTC)
EVER = (dt.datetime(1970, 1, 1, tzinfo=dt.UTC), dt.datetime(9999, 1, 1, tzinfo=dt.UTC))
FEEDS = Path(__file__).resolve().parent.parent / "feeds"


def _rss(item: str, channel_extra: str = "") -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>T</title><link>https://site.example/</link>
<description>d</description>{channel_extra}<item>{item}</item></channel></rss>""".encode()


def _articles(data: bytes, url: str = "https://site.example/feed/") -> tuple[Article, ...]:
    matcher = FieldMatcher.from_fields(load_editorial(None).fields)
    outcome = digest_feed(
        DigestJob(url, url, data, {"content-type": "application/rss+xml"}, FETCHED, matcher)
    )
    assert outcome.error == ""
    return outcome.articles


def test_relative_links_in_a_body_resolve_against_the_feed() -> None:
    """Relative hrefs and image sources in a description become absolute URLs of the feed's site."""
    item = """<title>A</title><link>/reports/a</link>
<description><![CDATA[<p>See <a href="../charts/a.html">the chart</a>
<img src="img/a.png" alt="chart"></p>]]></description>"""
    (article,) = _articles(_rss(item))
    assert article.url == "https://site.example/reports/a"
    assert 'href="https://site.example/charts/a.html"' in article.body_html
    assert 'src="https://site.example/feed/img/a.png"' in article.body_html


def test_xml_base_of_atom_content_is_used_for_its_links() -> None:
    """An Atom content's xml:base decides where its relative links point."""
    data = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:t</id>
<updated>2026-11-23T00:00:00Z</updated>
<entry><title>A</title><id>urn:a</id><updated>2026-11-23T00:00:00Z</updated>
<link href="https://site.example/a"/>
<content type="html" xml:base="https://cdn.example/reports/">&lt;p&gt;&lt;a href="x.pdf"&gt;PDF&lt;/a&gt;&lt;/p&gt;</content>
</entry></feed>"""
    (article,) = _articles(data)
    assert 'href="https://cdn.example/reports/x.pdf"' in article.body_html


def test_script_and_style_text_never_reach_the_summary_or_curation() -> None:
    """Code inside script or style elements is not read as report text, summary, amount or kind."""
    item = """<title>A</title><link>https://site.example/a</link>
<description><![CDATA[<p>Quiet week.</p><script>var launch = "record $5 billion";</script>
<style>.first { color: red }</style>]]></description>"""
    (article,) = _articles(_rss(item))
    assert article.summary == "Quiet week."
    assessment = assess(article)
    assert assessment.amounts == ()
    assert assessment.kind.kind is Kind.OTHER
    assert "script" not in article.body_html
    assert "launch" not in article.body_html


def test_html_titles_lose_active_markup() -> None:
    """A title typed as HTML is stored as its plain text: no script, no tag, no event handler."""
    data = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:t</id>
<updated>2026-11-23T00:00:00Z</updated>
<entry><title type="html">Safe &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src="x.png" onerror="alert(2)"&gt; title</title>
<id>urn:a</id><updated>2026-11-23T00:00:00Z</updated><link href="https://site.example/a"/>
</entry></feed>"""
    (article,) = _articles(data)
    title = article.title
    assert title == "Safe title"
    assert "script" not in title
    assert "alert" not in title
    assert "onerror" not in title
    assert title.startswith("Safe")
    assert title.endswith("title")


def test_plain_titles_are_left_as_written() -> None:
    """A plain-text title with an ampersand or angle bracket is not rewritten as HTML."""
    item = "<title>Q&amp;A: chips &lt; 2 nm</title><link>https://site.example/a</link>"
    (article,) = _articles(_rss(item))
    assert article.title == "Q&A: chips < 2 nm"


def test_parsing_in_a_process_pool_gives_what_parsing_here_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Feeds handed to worker processes as they arrive are stored exactly as in-process parsing stores them."""
    feeds = [
        str(FEEDS / name) for name in ("reports.rss.xml", "partner.atom.xml", "broken.rss.xml")
    ]
    editorial = load_editorial(None)
    stored: dict[int, list[Article]] = {}
    started: list[int] = []
    real_start = run._start_pool

    def start_pool(workers: int) -> ProcessPoolExecutor:
        started.append(workers)
        return real_start(workers)

    monkeypatch.setattr(run, "_start_pool", start_pool)
    for workers in (1, 2):
        # Below the real thresholds a pool never starts; lower them so this small run uses one.
        monkeypatch.setattr(run, "PARALLEL_MIN_BYTES", 0 if workers == 2 else 1 << 40)
        monkeypatch.setattr(run, "PARALLEL_MIN_FEEDS", 1)
        engine = connect_database(f"sqlite:///{tmp_path / f'w{workers}.db'}")
        try:
            report = run.collect_feeds(engine, editorial, feeds, now=FETCHED, workers=workers)
            assert [feed.status for feed in report.feeds] == ["ok", "ok", "ok"]
            stored[workers] = [
                replace(article, fetched_at=FETCHED) for article in load_articles(engine, *EVER)
            ]
        finally:
            engine.dispose()
    assert started == [2]
    assert stored[1]
    assert stored[2] == stored[1]


@pytest.mark.parametrize(
    ("pub_date", "expected", "guess"),
    [
        ("Mon, 23 Nov 2026 20:00:00 +1400", dt.datetime(2026, 11, 23, 6, 0, tzinfo=dt.UTC), False),
        ("Tue, 24 Nov 2026 07:00:00 GMT", dt.datetime(2026, 11, 24, 7, 0, tzinfo=dt.UTC), False),
        ("Fri, 23 Nov 2029 06:00:00 GMT", FETCHED, True),
        ("Wed, 25 Nov 2026 09:00:00 GMT", FETCHED, True),
        ("not a date", FETCHED, True),
    ],
    ids=["east-of-utc", "within-26-hours", "wrong-year", "two-days-ahead", "unreadable"],
)
def test_a_date_in_the_future_is_no_publication_time(
    pub_date: str, expected: dt.datetime, guess: bool
) -> None:
    """A time more than 26 hours past the fetch (no time zone explains it) gives the flagged fetch time."""
    (article,) = _articles(
        _rss(f"<title>R</title><link>https://site.example/r</link><pubDate>{pub_date}</pubDate>")
    )
    assert (article.published_at, article.published_is_guess) == (expected, guess)


def test_undated_and_future_entries_are_named_in_the_warning() -> None:
    """The feed's warnings say how many entries got the fetch time instead of their own date."""
    matcher = FieldMatcher.from_fields(load_editorial(None).fields)
    data = _rss(
        "<title>A</title><link>https://site.example/a</link><pubDate>Fri, 23 Nov 2029 06:00:00 GMT</pubDate>"
        "</item><item><title>B</title><link>https://site.example/b</link>"
    )
    url = "https://site.example/feed/"
    outcome = digest_feed(
        DigestJob(url, url, data, {"content-type": "application/rss+xml"}, FETCHED, matcher)
    )
    assert any(warning.startswith("1 entry dated in the future") for warning in outcome.warnings), (
        outcome.warnings
    )


def test_titles_and_plain_text_read_as_single_spaced_lines() -> None:
    """A title wrapped over lines, and runs of spaces in a plain-text description, become single spaces."""
    (article,) = _articles(
        _rss(
            "<title>\n   Quantum   networks\n   reach a milestone   </title>"
            "<link>https://site.example/q</link>"
            "<description>Key Findings\nThe   network links\t six labs.\n</description>"
        )
    )
    assert article.title == "Quantum networks reach a milestone"
    assert article.summary == "Key Findings The network links six labs."
    assert article.sections == (("Key Findings", "The network links six labs."),)


def test_a_relative_xml_base_resolves_against_the_feed_url() -> None:
    """A relative xml:base is joined with the feed's URL for the entry's link and its body's links."""
    data = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="/blog/"><title>T</title><id>urn:t</id>
<updated>2026-11-23T00:00:00Z</updated>
<entry xml:base="reports/"><title>A</title><id>urn:a</id><updated>2026-11-23T00:00:00Z</updated>
<link href="a.html"/>
<content type="html">&lt;p&gt;&lt;a href="chart.png"&gt;chart&lt;/a&gt;&lt;/p&gt;</content>
</entry></feed>"""
    (article,) = _articles(data, url="https://site.example/feeds/atom.xml")
    assert article.url == "https://site.example/blog/reports/a.html"
    assert 'href="https://site.example/blog/reports/chart.png"' in article.body_html


def test_a_relative_content_location_is_joined_with_the_request_url() -> None:
    """Relative links resolve against Content-Location, itself relative to the fetched URL."""
    matcher = FieldMatcher.from_fields(load_editorial(None).fields)
    url = "https://site.example/feed/"
    headers = {"content-type": "application/rss+xml", "content-location": "/mirror/rss.xml"}
    data = _rss("<title>A</title><link>reports/a</link>")
    outcome = digest_feed(DigestJob(url, url, data, headers, FETCHED, matcher))
    (article,) = outcome.articles
    assert article.url == "https://site.example/mirror/reports/a"
