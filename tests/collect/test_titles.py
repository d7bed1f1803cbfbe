"""Titles stored as plain text decoded exactly once, and made from the item when the feed gives none."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import pytest
import sqlalchemy as sa

from newsletter.articles import load_articles
from newsletter.collect.digest import DigestJob, digest_feed
from newsletter.collect.run import collect_feeds
from newsletter.collect.taxonomy import FieldMatcher
from newsletter.editorial import EditorialConfig, load_editorial
from newsletter.issues import build_issue
from newsletter.models import Article, RenderedEmail
from newsletter.render import Renderer
from newsletter.weeks import parse_week
from tests.conftest import require_shared

FETCHED = dt.datetime(2026, 11, 26, 6, 0, tzinfo=dt.UTC)
EVER = (dt.datetime(1970, 1, 1, tzinfo=dt.UTC), dt.datetime(9999, 1, 1, tzinfo=dt.UTC))
W48 = parse_week("2026-W48")


def _digest(data: bytes) -> tuple[tuple[Article, ...], tuple[str, ...]]:
    matcher = FieldMatcher.from_fields(load_editorial(None).fields)
    url = "https://site.example/feed/"
    outcome = digest_feed(
        DigestJob(url, url, data, {"content-type": "application/rss+xml"}, FETCHED, matcher)
    )
    assert outcome.error == ""
    return outcome.articles, outcome.warnings


def _rss_items(*items: str) -> bytes:
    body = "".join(
        f"<item>{item}<pubDate>Tue, 24 Nov 2026 09:00:00 GMT</pubDate></item>" for item in items
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>T</title><link>https://site.example/</link>
<description>d</description>{body}</channel></rss>""".encode()


def _atom_title(kind: str, escaped_title: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:t</id>
<updated>2026-11-23T00:00:00Z</updated>
<entry><title type="{kind}">{escaped_title}</title><id>urn:a</id>
<updated>2026-11-23T00:00:00Z</updated><link href="https://site.example/a"/></entry></feed>""".encode()


@pytest.mark.parametrize(
    ("title_xml", "expected"),
    [
        ("<![CDATA[Oops! Vendor&#8217;s patch]]>", "Oops! Vendor’s patch"),
        ("<![CDATA[<em>Big</em> &amp; small chips]]>", "Big & small chips"),
        ("&lt;b&gt;Bold&lt;/b&gt; news &amp;amp; views", "Bold news & views"),
        ("AT&amp;amp;T buys a fab", "AT&T buys a fab"),
        ("Caf&amp;eacute; &amp;#8220;AI&amp;#8221; meetup", "Café “AI” meetup"),
        ("Q&amp;A: chips &lt; 2 nm", "Q&A: chips < 2 nm"),
        ("Plain &#8217; title", "Plain ’ title"),
    ],
    ids=[
        "cdata-ncr",
        "cdata-markup",
        "escaped-markup",
        "double-amp",
        "double-named",
        "plain",
        "xml-ncr",
    ],
)
def test_rss_titles_are_plain_text_decoded_once(title_xml: str, expected: str) -> None:
    """CDATA, escaped markup and twice-escaped references in RSS titles give the text a reader expects."""
    (article,), _warnings = _digest(
        _rss_items(f"<title>{title_xml}</title><link>https://site.example/a</link>")
    )
    assert article.title == expected


@pytest.mark.parametrize(
    ("kind", "escaped", "expected"),
    [
        ("html", "Vendor&amp;#8217;s &lt;i&gt;patch&lt;/i&gt;", "Vendor’s patch"),
        ("html", "Fab &amp;amp; foundry &lt;br/&gt;news", "Fab & foundry news"),
        ("text", "Vendor&amp;#8217;s patch", "Vendor’s patch"),
        ("text", "Use &lt;b&gt; for bold", "Use <b> for bold"),
        (
            "xhtml",
            '<div xmlns="http://www.w3.org/1999/xhtml">Big <b>chip</b> deal</div>',
            "Big chip deal",
        ),
    ],
    ids=["html-ncr", "html-amp-br", "text-double-escaped", "text-with-angle", "xhtml"],
)
def test_atom_titles_of_every_type_are_plain_text(kind: str, escaped: str, expected: str) -> None:
    """Atom titles typed html, text or xhtml are stored as the plain text they show."""
    (article,), _warnings = _digest(_atom_title(kind, escaped))
    assert article.title == expected


def _visible_text(markup: str) -> str:
    """The text a mail client shows for an HTML part: tags dropped, references decoded once."""
    without_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(html.unescape(without_tags).split())


def _render(
    engine: sa.Engine, editorial: EditorialConfig, tmp_path: Path
) -> tuple[RenderedEmail, str]:
    issue = build_issue(engine, editorial, W48, drafts_dir=tmp_path)
    renderer = Renderer(editorial, base_url="https://news.example.com/", postal_address="1 Street")
    email = renderer.render_variant(issue, frozenset(editorial.field_slugs))
    return email, renderer.render_archive(issue)


def test_cdata_entity_title_reads_the_same_in_every_part(
    engine: sa.Engine, editorial: EditorialConfig, tmp_path: Path
) -> None:
    """Case 03: the CDATA title with &#8217; shows "Vendor’s" in the HTML part, text part and archive."""
    feed = require_shared("cases/03-cdata-entity-title/feed.xml")
    collect_feeds(engine, editorial, [str(feed)], now=FETCHED, workers=1)
    (article,) = load_articles(engine, *EVER)
    expected = "Oops! Vendor’s patch for the VPN flaw breaks logins"
    assert article.title == expected
    email, archive = _render(engine, editorial, tmp_path)
    assert expected in _visible_text(email.html)
    assert expected in " ".join(email.text.split())
    assert expected in _visible_text(archive)
    for part in (email.html, email.text, archive, email.subject, email.preheader):
        assert "#8217" not in part
        assert "&amp;#" not in part
    # The subject and preheader, when they quote the report, quote it as the parts do.
    for line in (email.subject, email.preheader):
        assert "Vendor" not in line or "Vendor’s" in line


def test_items_without_title_get_one_from_their_text_or_link(
    engine: sa.Engine, editorial: EditorialConfig, tmp_path: Path
) -> None:
    """Case 29: the untitled post is titled by its first words, the podcast by its summary; no empty link."""
    feed = require_shared("cases/29-items-without-title/feed.xml")
    report = collect_feeds(engine, editorial, [str(feed)], now=FETCHED, workers=1)
    titles = sorted(article.title for article in load_articles(engine, *EVER))
    assert titles == [
        "An ion-trap group kept 56 qubits coherent for two seconds while running a full…",
        "Episode 118: why logical qubits matter more than physical qubit counts",
    ]
    (feed_result,) = report.feeds
    assert any("2 entries without a title" in warning for warning in feed_result.warnings)
    email, archive = _render(engine, editorial, tmp_path)
    for markup in (email.html, archive):
        assert not re.search(r"<a [^>]*>\s*</a>", markup)
    assert not re.search(r"^\s*\d+\.\s*$", email.text, flags=re.MULTILINE)
    assert "Episode 118: why logical qubits" in " ".join(email.text.split())


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "<link>https://site.example/a</link><description>Short note.</description>",
            "Short note",
        ),
        (
            "<link>https://site.example/b</link><description>&lt;p&gt;&lt;b&gt;Fab&lt;/b&gt;"
            " opens. More text follows here.&lt;/p&gt;</description>",
            "Fab opens",
        ),
        ("<link>https://site.example/only-a-link</link>", "https://site.example/only-a-link"),
        (
            '<guid isPermaLink="false">ep-7</guid><enclosure url="https://site.example/ep7.mp3"'
            ' length="1" type="audio/mpeg"/>',
            "https://site.example/ep7.mp3",
        ),
        (
            "<title>   </title><link>https://site.example/blank</link><description>Blank title"
            " here.</description>",
            "Blank title here",
        ),
        (
            "<link>https://site.example/dots</link><description>...</description>",
            "https://site.example/dots",
        ),
        (
            '<guid isPermaLink="false">dots-only</guid><description> . </description>',
            "Untitled report",
        ),
    ],
    ids=[
        "short-text",
        "markup-text",
        "link-only",
        "enclosure-only",
        "blank-title",
        "dots-and-link",
        "dots-only",
    ],
)
def test_a_made_title_is_never_empty(item: str, expected: str) -> None:
    """Untitled items are titled by their first sentence, else their link, else their enclosure."""
    (article,), warnings = _digest(_rss_items(item))
    assert article.title == expected
    assert any("without a title" in warning for warning in warnings)


def test_a_long_first_sentence_is_cut_at_a_word() -> None:
    """A made title longer than 80 characters ends at a word boundary with an ellipsis."""
    words = " ".join(f"word{n}" for n in range(40))
    (article,), _warnings = _digest(
        _rss_items(f"<link>https://site.example/a</link><description>{words}.</description>")
    )
    assert article.title.endswith("…")
    assert len(article.title) <= 81
    assert article.title[:-1] == article.title[:-1].rstrip()
    assert words.startswith(article.title[:-1])


@pytest.mark.parametrize(
    "title",
    [
        "Use <b> for bold in the new editor",
        "R&amp;D budgets: what &amp; means in a title",
        "Chips < 2 nm & the road to 1.4 nm",
        "Vendor&#8217;s advisory, quoted as written",
        "<script>alert(1)</script> is a title here",
    ],
    ids=["angle-tag", "amp-entity", "lt-amp", "ncr-literal", "script-text"],
)
def test_a_stored_title_reads_the_same_in_html_and_text_parts(
    engine: sa.Engine, editorial: EditorialConfig, tmp_path: Path, title: str
) -> None:
    """A plain-text title that looks like markup or an entity shows as written in both parts."""
    escaped = html.escape(title, quote=False)
    feed = tmp_path / "feed.xml"
    feed.write_bytes(
        _rss_items(
            f"<title>{html.escape(escaped, quote=False)}</title>"
            "<link>https://site.example/a</link><category>AI</category>"
            "<description>Key Findings: a lab ships a model.</description>"
        )
    )
    collect_feeds(engine, editorial, [str(feed)], now=FETCHED, workers=1)
    (article,) = load_articles(engine, *EVER)
    assert article.title == title
    email, _archive = _render(engine, editorial, tmp_path)
    assert title in _visible_text(email.html)
    assert title in " ".join(email.text.split())
