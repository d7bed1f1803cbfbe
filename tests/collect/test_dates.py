"""Entry dates read from their raw text and checked against feedparser: never a silently different day."""

from __future__ import annotations

import datetime as dt
import time

import pytest
import sqlalchemy as sa

from newsletter.articles import load_articles
from newsletter.collect.dates import entry_time, read_date
from newsletter.collect.digest import DigestJob, digest_feed
from newsletter.collect.run import collect_feeds
from newsletter.collect.taxonomy import FieldMatcher
from newsletter.editorial import EditorialConfig, load_editorial
from newsletter.issues import week_articles
from newsletter.models import Article
from newsletter.weeks import parse_week
from tests.conftest import require_shared

FETCHED = dt.datetime(2026, 11, 26, 6, 0, tzinfo=dt.UTC)
EVER = (dt.datetime(1970, 1, 1, tzinfo=dt.UTC), dt.datetime(9999, 1, 1, tzinfo=dt.UTC))
UTC = dt.UTC


def _rss(*pub_dates: str) -> bytes:
    items = "".join(
        f"<item><title>R{n}</title><link>https://site.example/r{n}</link>"
        f"<pubDate>{date}</pubDate></item>"
        for n, date in enumerate(pub_dates)
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>T</title><link>https://site.example/</link>
<description>d</description>{items}</channel></rss>""".encode()


def _digest(data: bytes) -> tuple[tuple[Article, ...], tuple[str, ...]]:
    matcher = FieldMatcher.from_fields(load_editorial(None).fields)
    url = "https://site.example/feed/"
    outcome = digest_feed(
        DigestJob(url, url, data, {"content-type": "application/rss+xml"}, FETCHED, matcher)
    )
    assert outcome.error == ""
    return outcome.articles, outcome.warnings


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # slashes, year first (feedparser: 2026-11-01 00:00)
        ("2026/11/25 15:07:41", dt.datetime(2026, 11, 25, 15, 7, 41, tzinfo=UTC)),
        ("2026/11/25", dt.datetime(2026, 11, 25, tzinfo=UTC)),
        # slashes, day or month first, settled by a day over 12
        ("25/11/2026 15:07", dt.datetime(2026, 11, 25, 15, 7, tzinfo=UTC)),
        ("11/25/2026 3:07 PM", dt.datetime(2026, 11, 25, 15, 7, tzinfo=UTC)),
        # dots put the day first
        ("25.11.2026 15:07:41", dt.datetime(2026, 11, 25, 15, 7, 41, tzinfo=UTC)),
        ("03.11.2026", dt.datetime(2026, 11, 3, tzinfo=UTC)),
        # no zone: UTC
        ("Wed, 25 Nov 2026 15:07:41", dt.datetime(2026, 11, 25, 15, 7, 41, tzinfo=UTC)),
        ("2026-11-25 15:07", dt.datetime(2026, 11, 25, 15, 7, tzinfo=UTC)),
        # zone names (feedparser reads CET, CEST and JST as UTC)
        ("Wed, 25 Nov 2026 15:07:41 EST", dt.datetime(2026, 11, 25, 20, 7, 41, tzinfo=UTC)),
        ("Wed, 25 Nov 2026 15:07:41 PDT", dt.datetime(2026, 11, 25, 22, 7, 41, tzinfo=UTC)),
        ("Wed, 25 Nov 2026 15:07:41 CET", dt.datetime(2026, 11, 25, 14, 7, 41, tzinfo=UTC)),
        ("Wed, 25 Nov 2026 15:07:41 CEST", dt.datetime(2026, 11, 25, 13, 7, 41, tzinfo=UTC)),
        ("Wed, 25 Nov 2026 01:07:41 JST", dt.datetime(2026, 11, 24, 16, 7, 41, tzinfo=UTC)),
        ("Wed, 25 Nov 2026 15:07:41 IST", dt.datetime(2026, 11, 25, 9, 37, 41, tzinfo=UTC)),
        # RFC 822 with two-digit years
        ("Wed, 25 Nov 26 15:07:41 GMT", dt.datetime(2026, 11, 25, 15, 7, 41, tzinfo=UTC)),
        ("25 Nov 26 15:07 +0100", dt.datetime(2026, 11, 25, 14, 7, tzinfo=UTC)),
        # ISO 8601 with and without T, basic form, offsets
        ("2026-11-25T15:07:41Z", dt.datetime(2026, 11, 25, 15, 7, 41, tzinfo=UTC)),
        ("2026-11-25 15:07:41+01:00", dt.datetime(2026, 11, 25, 14, 7, 41, tzinfo=UTC)),
        ("2026-11-25 15:07:41 -0500", dt.datetime(2026, 11, 25, 20, 7, 41, tzinfo=UTC)),
        ("20261125T150741Z", dt.datetime(2026, 11, 25, 15, 7, 41, tzinfo=UTC)),
        # month names written out
        ("Wednesday, November 25, 2026 - 15:07", dt.datetime(2026, 11, 25, 15, 7, tzinfo=UTC)),
        ("Nov 25, 2026 3:07 pm", dt.datetime(2026, 11, 25, 15, 7, tzinfo=UTC)),
        # two-digit years with slashes and dots, RFC 850, ctime with a zone, ISO with a zone name
        ("11/25/26", dt.datetime(2026, 11, 25, tzinfo=UTC)),
        ("25.11.26", dt.datetime(2026, 11, 25, tzinfo=UTC)),
        ("Wednesday, 25-Nov-26 15:07:41 GMT", dt.datetime(2026, 11, 25, 15, 7, 41, tzinfo=UTC)),
        ("Wed Nov 25 15:07:41 PST 2026", dt.datetime(2026, 11, 25, 23, 7, 41, tzinfo=UTC)),
        ("2026-11-25T15:07:41 EST", dt.datetime(2026, 11, 25, 20, 7, 41, tzinfo=UTC)),
        # CJK dates
        ("2026年11月25日 15時07分", dt.datetime(2026, 11, 25, 15, 7, tzinfo=UTC)),
        ("2026년 11월 25일", dt.datetime(2026, 11, 25, tzinfo=UTC)),
        # epoch seconds (feedparser: the year 1764)
        ("1764083261", dt.datetime(2025, 11, 25, 15, 7, 41, tzinfo=UTC)),
    ],
)
def test_date_shapes_read_as_the_day_they_name(raw: str, expected: dt.datetime) -> None:
    """Each shape from feed readers' trackers gives the instant it writes, in UTC."""
    assert read_date(raw, fetched_at=FETCHED).when == expected


@pytest.mark.parametrize(
    "raw",
    ["November 2026", "Episode 5", "Wed, 31 Nov 2026 15:07:41 GMT", "soon", "25/11", ""],
)
def test_dates_missing_a_part_or_impossible_are_unreadable(raw: str) -> None:
    """A date without a day or year, or a day no calendar holds, is not filled in with a default."""
    assert read_date(raw, fetched_at=FETCHED).when is None


def test_a_swappable_day_and_month_takes_the_nearer_past_day() -> None:
    """03/04/2026 read before November is 3 April (nearer the fetch), flagged ambiguous."""
    reading = read_date("03/04/2026", fetched_at=FETCHED)
    assert reading.when == dt.datetime(2026, 4, 3, tzinfo=UTC)
    assert reading.ambiguous
    later = read_date("11/04/2026", fetched_at=FETCHED)
    assert later.when == dt.datetime(2026, 11, 4, tzinfo=UTC)


def test_the_slash_date_case_is_stored_on_its_own_day() -> None:
    """2026/11/25 15:07:41 is stored as that instant, not as feedparser's 1 November, with a warning."""
    (article,), warnings = _digest(_rss("2026/11/25 15:07:41"))
    assert article.published_at == dt.datetime(2026, 11, 25, 15, 7, 41, tzinfo=UTC)
    assert not article.published_is_guess
    assert any("misread" in warning and "2026/11/25" in warning for warning in warnings)


def test_a_zone_name_feedparser_ignores_moves_the_time() -> None:
    """A CET time late in the evening is the same UTC day an hour earlier, not a silent UTC read."""
    (article,), warnings = _digest(_rss("Wed, 25 Nov 2026 00:30:00 CET"))
    assert article.published_at == dt.datetime(2026, 11, 24, 23, 30, tzinfo=UTC)
    assert any("misread" in warning for warning in warnings)


def test_clean_dates_give_no_warning() -> None:
    """Dates feedparser and the text agree on are used as they are, without a warning."""
    articles, warnings = _digest(_rss("Tue, 24 Nov 2026 07:00:00 GMT", "2026-11-24T08:00:00+01:00"))
    assert [article.published_at for article in articles] == [
        dt.datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
    ] * 2
    assert warnings == ()


def test_unreadable_dates_give_the_flagged_fetch_time_and_name_the_text() -> None:
    """A date nothing can read gives the fetch time, flagged as a guess, and a warning quoting it."""
    articles, warnings = _digest(_rss("sometime last week", "November 2026"))
    assert [(a.published_at, a.published_is_guess) for a in articles] == [(FETCHED, True)] * 2
    assert any(
        warning.startswith("2 entries with a date no reader understands")
        and "'sometime last week'" in warning
        for warning in warnings
    ), warnings


def test_feedparser_readings_are_kept_only_when_the_text_holds_them() -> None:
    """A reading whose day is not written in the text is refused; one whose parts are written is used."""
    invented = {
        "published": "Noviembre 2026",
        "published_parsed": (2026, 11, 1, 0, 0, 0, 6, 305, 0),
    }
    written = {
        "published": "25 listopada 2026",
        "published_parsed": (2026, 11, 25, 0, 0, 0, 2, 329, 0),
    }

    def entry(values: dict[str, object]) -> dict[str, object]:
        parsed = values["published_parsed"]
        assert isinstance(parsed, tuple)
        return {**values, "published_parsed": time.struct_time(parsed)}

    refused = entry_time(entry(invented), FETCHED)
    assert (refused.when, refused.is_guess, refused.problem) == (FETCHED, True, "unreadable")
    kept = entry_time(entry(written), FETCHED)
    assert (kept.when, kept.is_guess) == (dt.datetime(2026, 11, 25, tzinfo=UTC), False)


def test_the_future_rule_still_holds_after_reading_the_text() -> None:
    """A date read from the text that lies days after the fetch gives the flagged fetch time."""
    (article,), warnings = _digest(_rss("2026/12/25 10:00:00"))
    assert (article.published_at, article.published_is_guess) == (FETCHED, True)
    assert any("dated in the future" in warning for warning in warnings)


def test_a_later_key_is_used_when_the_first_cannot_be_read() -> None:
    """An unreadable published date falls back to a readable updated date, not to the fetch time."""
    data = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:t</id>
<updated>2026-11-23T00:00:00Z</updated>
<entry><title>A</title><id>urn:a</id><published>last Tuesday</published>
<updated>2026-11-24T10:00:00+02:00</updated><link href="https://site.example/a"/></entry></feed>"""
    (article,), _warnings = _digest(data)
    assert (article.published_at, article.published_is_guess) == (
        dt.datetime(2026, 11, 24, 8, 0, tzinfo=UTC),
        False,
    )


def test_case_02_the_slash_date_lands_in_its_own_week(
    engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """Case 02: 2026/11/25 15:07:41 is stored as that instant, unflagged, in week 2026-W48 (not W44)."""
    feed = require_shared("cases/02-slash-date/feed.xml")
    report = collect_feeds(engine, editorial, [str(feed)], now=FETCHED, workers=1)
    (article,) = load_articles(engine, *EVER)
    assert article.published_at == dt.datetime(2026, 11, 25, 15, 7, 41, tzinfo=UTC)
    assert not article.published_is_guess
    assert [a.title for a in week_articles(engine, parse_week("2026-W48"))] == [article.title]
    assert week_articles(engine, parse_week("2026-W44")) == []
    (result,) = report.feeds
    assert any("2026/11/25 15:07:41" in warning for warning in result.warnings)
