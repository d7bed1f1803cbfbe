"""A report's byline (source · author · date) never starts or doubles its separator (case 29)."""

from __future__ import annotations

import re

import pytest

from newsletter.editorial import EditorialConfig
from newsletter.models import Article, Issue
from newsletter.render import Renderer
from newsletter.render.views import byline, source_name
from newsletter.web.archive_data import ReportLink
from tests.factories import make_article, make_issue, make_scored, make_verdict

POSTAL = "Troy-Technical, 1 Example Street, 10115 Berlin, Germany"
LOCAL_FEED = "/srv/feeds/lab-notes.xml"


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (
            ("Troy-Technical analysis", "Dr. Sofia Marchetti", "25 Nov"),
            "Troy-Technical analysis · Dr. Sofia Marchetti · 25 Nov",
        ),
        (("Partner briefs", "", "25 Nov"), "Partner briefs · 25 Nov"),
        (("", "", "25 Nov"), "25 Nov"),
        (("", "Host Name", "25 Nov"), "Host Name · 25 Nov"),
        ((" ", "", "25 Nov"), "25 Nov"),
    ],
)
def test_byline_joins_only_the_parts_that_are_there(
    parts: tuple[str, str, str], expected: str
) -> None:
    """byline leaves out empty parts instead of printing a bare separator."""
    assert byline(*parts) == expected


@pytest.mark.parametrize(
    ("url", "feed", "expected"),
    [
        ("https://www.notes.example.com/2026/11/24/ion-trap", LOCAL_FEED, "notes.example.com"),
        ("", "https://notes.example.com/podcast.xml", "notes.example.com"),  # episode, no link
        ("", LOCAL_FEED, ""),  # no link and a feed read from a file: no host to name
        ("mailto:someone@example.com", LOCAL_FEED, ""),
    ],
)
def test_source_name_falls_back_to_the_feed_host(
    editorial: EditorialConfig, url: str, feed: str, expected: str
) -> None:
    """A report without an http(s) link is named after its feed's host, or nothing."""
    article = make_article(id="ep118", url=url, source_feed=feed)
    assert source_name(article, editorial) == expected


def _linkless_issue(**overrides: str) -> tuple[Issue, Article]:
    article = make_article(
        id="lab-notes-episode-118",
        url="",
        source_feed=LOCAL_FEED,
        title="Episode 118: why logical qubits matter more than physical qubit counts",
        **overrides,
    )
    issue = make_issue(verdicts=(make_verdict("quantum", top=(make_scored(article),)),))
    return issue, article


@pytest.mark.parametrize("author", ["", "Lab notes team"])
def test_email_and_web_version_print_no_bare_separator(
    editorial: EditorialConfig, author: str
) -> None:
    """A report with no link, no named feed (and maybe no author) reads "25 Nov", not " · 25 Nov"."""
    issue, article = _linkless_issue(author=author)
    renderer = Renderer(editorial, base_url="https://news.example.com", postal_address=POSTAL)
    email = renderer.render_variant(issue, frozenset({"quantum"}))
    archive = renderer.render_archive(issue)
    expected = f"{author} · 25 Nov" if author else "25 Nov"
    assert article.published_at.day == 25, "the factory's default date moved: update this test"
    # A separator with nothing before it (line start or an HTML tag), or two in a row.
    broken = re.compile(rf"(^|>)[ \t]*·[ \t]*{re.escape(expected)}|·\s*·", re.MULTILINE)
    for part in (email.text, email.html, archive):
        assert expected in part
        assert not broken.search(part), broken.search(part)


def test_archive_report_list_byline_without_source() -> None:
    """The web version's list of every report prints "25 Nov" for a report with no source."""
    bare = ReportLink(title="Episode 118", url="", source="", published="25 Nov")
    named = ReportLink(title="Episode 118", url="", source="Lab notes", published="25 Nov")
    assert (bare.byline, named.byline) == ("25 Nov", "Lab notes · 25 Nov")
