"""The site's sample report through collect: sections, key finding, boilerplate, sanitising."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

import pytest
import sqlalchemy as sa

from newsletter.articles import load_articles
from newsletter.collect.anatomy import SECTION_ORDER, first_sentences, heading_name, read_anatomy
from newsletter.collect.run import collect_feeds
from newsletter.collect.sanitize import sanitize_html
from newsletter.curate.amounts import find_money
from newsletter.curate.importance import assess
from newsletter.curate.kinds import Kind
from newsletter.editorial import EditorialConfig
from newsletter.models import Article, Money
from tests.conftest import require_shared

EVER = (dt.datetime(1970, 1, 1, tzinfo=dt.UTC), dt.datetime(9999, 1, 1, tzinfo=dt.UTC))
FIRST_SENTENCE = (
    "The United States and Japan have announced a pivotal $1 billion strategic partnership "
    "aimed at accelerating advancements in critical frontier technologies, encompassing "
    "quantum computing, artificial intelligence (AI), and advanced computing."
)
BOILERPLATE_WORDS = (
    "Get our weekly",
    "Receive an infographic",
    "Subscribe Free",
    "By subscribing",
    "selected fields are used only",
    "never share your information",
    "unsubscribe anytime",
    "Privacy Policy",
    "Takes about a minute",
    "Comments",
)


def sample_text() -> str:
    """The report as the site publishes it (plain lines, boilerplate at the end)."""
    return require_shared("samples/report-us-japan-quantum.txt").read_text(encoding="utf-8")


def as_html(text: str, heading: str) -> str:
    """Mark the sample up the way the site's CMS does: headings as ``heading`` markup, lists, paragraphs."""
    parts: list[str] = []
    in_list = False
    for line in (line.strip() for line in text.splitlines()):
        if not line:
            continue
        if line.startswith("- "):
            parts.append("" if in_list else "<ul>")
            parts.append(f"<li>{html.escape(line[2:])}</li>")
            in_list = True
            continue
        if in_list:
            parts.append("</ul>")
            in_list = False
        if heading_name(line) is not None:
            parts.append(heading.format(html.escape(line)))
        else:
            parts.append(f"<p>{html.escape(line)}</p>")
    return "\n".join(parts)


VARIANTS = {
    "plain lines": lambda text: text,
    "html headings": lambda text: as_html(text, "<h2>{}</h2>"),
    "bold lines": lambda text: as_html(text, "<p><strong>{}</strong></p>"),
}


def collect_body(body: str, folder: Path, engine: sa.Engine, editorial: EditorialConfig) -> Article:
    """Publish ``body`` as one RSS entry in a local feed, collect it and return the stored article."""
    feed = folder / "site.rss.xml"
    feed.write_text(
        f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Troy-Technical</title><link>https://troy.example/</link><description>Reports</description>
<item>
<title>U.S. and Japan form a $1 billion quantum partnership</title>
<link>https://troy.example/reports/us-japan-quantum?utm_source=rss</link>
<guid>https://troy.example/?p=101</guid>
<pubDate>Wed, 25 Nov 2026 10:00:00 +0900</pubDate>
<category>Quantum Computing</category><category>AI</category>
<content:encoded><![CDATA[{body}]]></content:encoded>
</item></channel></rss>""",
        encoding="utf-8",
    )
    report = collect_feeds(engine, editorial, [str(feed)])
    assert report.feeds[0].status == "ok"
    assert report.feeds[0].warnings == ()
    (article,) = load_articles(engine, *EVER)
    return article


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_sample_report_is_read_whatever_its_markup(
    variant: str, tmp_path: Path, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """Headings, bold lines or plain lines: five sections, the key finding, its amounts as curation reads them, no boilerplate."""
    article = collect_body(VARIANTS[variant](sample_text()), tmp_path, engine, editorial)
    assert [name for name, _ in article.sections] == list(SECTION_ORDER)
    sections = dict(article.sections)
    assert sections["Key Findings"].startswith(FIRST_SENTENCE)
    assert sections["Source"] == (
        "https://sdgnews.com/america-and-japan-launch-1-billion-quantum-partnership/"
    )
    assert "$500 million each" in sections["Technical / Clinical Details"]
    # The first sentence is long enough alone: no second sentence, cut at its full stop.
    assert article.key_finding == FIRST_SENTENCE
    # Curation reads the stored report: a deal (a partnership) whose news is $1 billion, and
    # the details' "$500 million each" in the stored section text.
    assessment = assess(article)
    assert assessment.kind.kind is Kind.DEAL
    assert assessment.money == Money("USD", 1e9, "$1 billion")
    details = sections["Technical / Clinical Details"]
    assert Money("USD", 5e8, "$500 million") in find_money(details)
    assert article.fields == ("quantum", "ai")
    assert article.published_at == dt.datetime(2026, 11, 25, 1, 0, tzinfo=dt.UTC)
    assert article.url == "https://troy.example/reports/us-japan-quantum?utm_source=rss"
    stored_text = " ".join([article.body_html, article.summary, *sections.values()])
    for words in BOILERPLATE_WORDS:
        assert words.lower() not in stored_text.lower(), words
    assert "strategic assets that determine national security" in article.body_html


def test_boilerplate_in_marked_up_furniture_is_dropped() -> None:
    """A subscribe box marked by class, a form and a comments block vanish with their text."""
    body = (
        "<p>Fusion start-up raises $2bn.</p>"
        '<div class="newsletter-signup"><h3>Weekly briefing</h3><form action="/s">'
        '<input name="email"><button>Go</button></form></div>'
        '<section id="comments"><p>3 replies</p></section>'
    )
    cleaned = sanitize_html(body)
    assert cleaned == "<p>Fusion start-up raises $2bn.</p>"


def test_key_finding_falls_back_to_the_summary_at_a_sentence_boundary() -> None:
    """Without Key Findings, the first one or two sentences of the text, never cut mid-word."""
    anatomy = read_anatomy("<p>The U.S. and Japan signed a deal. It is big. A third sentence.</p>")
    assert anatomy.sections == ()
    assert first_sentences(anatomy.text) == "The U.S. and Japan signed a deal. It is big."
    long_sentence = "Quantum " + "networks and sensors " * 40 + "grow."
    cut = first_sentences(long_sentence, limit=120)
    assert cut.endswith("…")
    assert len(cut) <= 121
    assert long_sentence.startswith(cut[:-1])
    assert cut[:-1].endswith(("networks", "and", "sensors"))


@pytest.mark.parametrize(
    ("dirty", "banned"),
    [
        ('<p>ok</p><script>alert("x")</script>', "<script"),
        ("<style>p{color:red}</style><p>ok</p>", "<style"),
        ('<p onclick="steal()">ok</p>', "onclick"),
        ('<img src="x.png" onerror="steal()">', "onerror"),
        ('<a href="javascript:steal()">ok</a>', "javascript:"),
        ('<a href="JaVaScRiPt:steal()">ok</a>', "javascript:"),
        ('<iframe src="https://evil.example"></iframe><p>ok</p>', "<iframe"),
    ],
)
def test_sanitiser_removes_active_content(dirty: str, banned: str) -> None:
    """nh3 removes scripts, styles, event attributes, iframes and javascript: URLs."""
    cleaned = sanitize_html(dirty)
    assert banned not in cleaned.lower()
    assert "steal" not in cleaned
    assert "alert" not in cleaned


def test_sanitiser_keeps_safe_links_and_text() -> None:
    """Ordinary links survive, marked so that they never leak the reader's context."""
    cleaned = sanitize_html('<p>See <a href="https://example.com/r">the report</a>.</p>')
    assert '<a href="https://example.com/r" rel="noopener noreferrer nofollow">' in cleaned
    assert "the report" in cleaned


def test_active_content_in_a_feed_never_reaches_the_store(
    tmp_path: Path, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """A body with script, style, on* and javascript: is stored clean through the whole collect path."""
    body = (
        '<h2>Key Findings</h2><p onmouseover="x()">A record $3 billion launch.</p>'
        "<script>document.cookie</script><style>p{}</style><h2>Source</h2>"
        '<p><a href="javascript:x()">click</a> <a href="https://ok.example/">ok</a></p>'
    )
    article = collect_body(body, tmp_path, engine, editorial)
    lowered = article.body_html.lower()
    for banned in ("<script", "<style", "onmouseover", "javascript:", "document.cookie"):
        assert banned not in lowered
    assert article.key_finding == "A record $3 billion launch."
    # Curation reads the title's amount, then the stored Key Findings'.
    assert [amount.money.text for amount in assess(article).amounts] == ["$1 billion", "$3 billion"]
