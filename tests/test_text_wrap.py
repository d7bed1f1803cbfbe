"""The plain-text part wraps around links, never inside them (case 28-text-part-wraps-urls)."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st

from newsletter.collect.run import collect_feeds
from newsletter.editorial import EditorialConfig
from newsletter.issues import build_issue
from newsletter.render import Renderer
from newsletter.render.text import wordwrap
from newsletter.weeks import parse_week
from tests.conftest import require_shared
from tests.factories import make_article, make_issue, make_scored, make_verdict

LINKS = [
    # Long, with hyphens and a query string (the case's intro link).
    "https://troy-technical.example/events/2027/quantum-readiness-briefing-for-research-leaders?ref=weekly-newsletter",
    # Hyphens in host and path, a file suffix.
    "https://data.lab.example.com/datasets/2026/logical-qubit-lifetime-raw-measurements.csv",
    # Query string with several parameters and a fragment.
    "https://search.example.org/q?term=post-quantum-crypto&lang=en-GB&page=2#result-3",
    # Longer than any line width: must stay whole on its own line.
    "https://very-long-host-name.example.net/" + "-".join(["segment"] * 15) + "/index.html",
    # Other link shapes: www., mailto:, an address, a host with a path and no scheme, ftp.
    "www.example-site.example/pages/read-me-first",
    "mailto:editor-desk@troy-technical.example?subject=re-briefing",
    "reader-help@troy-technical.example",
    "troy-technical.example/archive/2026-W48",
    "ftp://files.example-mirror.example/pub/data-set-2026.tar.gz",
]


def lines_holding(link: str, text: str) -> list[str]:
    """Return the lines of ``text`` that contain ``link`` whole."""
    return [line for line in text.splitlines() if link in line]


def assert_links_whole(links: list[str], text: str) -> None:
    """Every link appears whole on one line of ``text``."""
    for link in links:
        assert lines_holding(link, text), f"{link} was broken across lines:\n{text}"


@pytest.mark.parametrize("width", [20, 40, 68, 72])
@pytest.mark.parametrize("link", LINKS)
def test_a_link_is_never_broken(link: str, width: int) -> None:
    """Whatever the width, a link inside prose stays whole on one line."""
    text = f"For the state-of-the-art details see {link} before the end-of-year break."

    wrapped = wordwrap(text, width)

    assert_links_whole([link], wrapped)
    for line in wrapped.splitlines():
        assert len(line) <= width or link in line
    assert wrapped.split() == text.split() or "".join(wrapped.split()) == "".join(text.split())


@pytest.mark.parametrize(
    ("text", "link"),
    [
        (
            "(see https://a-b.example/x-y-z?k=v-w) and more words after it",
            "https://a-b.example/x-y-z?k=v-w",
        ),
        (
            "Register: <https://troy-technical.example/events/a-b-c>.",
            "https://troy-technical.example/events/a-b-c",
        ),
        (
            'The "https://lab.example.com/papers/qubit-life.pdf", then more',
            "https://lab.example.com/papers/qubit-life.pdf",
        ),
        (
            "[1] https://example-one.example/a-b, [2] https://example-two.example/c-d;",
            "https://example-two.example/c-d",
        ),
    ],
)
def test_links_in_brackets_and_punctuation_stay_whole(text: str, link: str) -> None:
    """A link in parentheses, angle brackets, quotes or before punctuation stays whole with it."""
    wrapped = wordwrap(text, 16)
    assert_links_whole([link], wrapped)


def test_ordinary_hyphenated_words_still_break_and_long_words_too() -> None:
    """Outside links, wrapping is unchanged: hyphens may break, over-long plain words are split."""
    prose = "a well-known state-of-the-art result, re-run by co-workers"
    for width in (8, 12, 20):
        assert wordwrap(prose, width) == "\n".join(textwrap.wrap(prose, width))
    assert "state-of-\n" in wordwrap(prose, 12)
    assert wordwrap("x" * 25, 10) == "xxxxxxxxxx\nxxxxxxxxxx\nxxxxx"
    assert wordwrap("x" * 25, 10, break_long_words=False) == "x" * 25


def test_several_links_in_one_paragraph_and_existing_newlines() -> None:
    """Many links in one line, and text with its own line breaks, keep every link whole."""
    text = " then ".join(LINKS) + "\nSecond paragraph with " + LINKS[2] + " inside."

    wrapped = wordwrap(text, 50)

    assert_links_whole(LINKS, wrapped)
    assert wrapped.count("Second paragraph") == 1


def test_wrapstring_joins_lines() -> None:
    """A custom ``wrapstring`` joins the wrapped lines, as Jinja's filter does."""
    wrapped = wordwrap(f"go to {LINKS[1]} now please", 30, wrapstring="\n   ")
    assert f"\n   {LINKS[1]}\n   " in wrapped


_WORD = st.text(alphabet="abcdefghij-", min_size=1, max_size=12)
_LINK = st.builds(
    lambda host, path, query: f"https://{host}.example/{path}?q={query}",
    st.text(alphabet="abc-", min_size=1, max_size=20),
    st.text(alphabet="abc-/", min_size=0, max_size=60),
    st.text(alphabet="abc-=&", min_size=0, max_size=20),
)


@given(
    words=st.lists(st.one_of(_WORD, _LINK), min_size=1, max_size=40),
    width=st.integers(min_value=8, max_value=80),
)
def test_no_link_is_ever_broken(words: list[str], width: int) -> None:
    """Property: for any words and links and any width, every link is whole on one line."""
    text = " ".join(words)
    wrapped = wordwrap(text, width)
    assert_links_whole([word for word in words if "://" in word], wrapped)


def test_text_part_keeps_links_whole_in_intro_note_and_key_finding(
    editorial: EditorialConfig,
) -> None:
    """Intro, editor's note and key finding of the rendered text part hold their links whole."""
    intro_link, note_link, finding_link = LINKS[0], LINKS[2], LINKS[1]
    article = make_article(
        id="q1",
        key_finding=f"A logical qubit lived ten times longer; the raw data is at {finding_link} for anyone.",
    )
    issue = make_issue(
        intro=f"Our year-end briefing is open: register at {intro_link} before 8 January.",
        intro_by_editor=True,
        verdicts=(
            make_verdict(
                "quantum",
                editor_note=f"The full paper is at {note_link} and is worth the read.",
                top=(make_scored(article),),
            ),
        ),
    )
    renderer = Renderer(
        editorial, base_url="https://news.example.com/", postal_address="1 Example St"
    )

    text = renderer.render_variant(issue, frozenset({"quantum"})).text

    assert_links_whole([intro_link, note_link, finding_link], text)


def test_case_28_every_url_whole_in_the_text_part(
    engine: sa.Engine, editorial: EditorialConfig, tmp_path: Path
) -> None:
    """28-text-part-wraps-urls as given: each URL of urls.txt is whole on one text-part line."""
    case = require_shared("cases/28-text-part-wraps-urls")
    collect_feeds(engine, editorial, [str(case / "feed.xml")], workers=1)
    issue = build_issue(engine, editorial, parse_week("2026-W48"), drafts_dir=case / "drafts")
    renderer = Renderer(
        editorial, base_url="https://news.example.com/", postal_address="1 Example St"
    )

    text = renderer.render_variant(issue, frozenset(editorial.field_slugs)).text

    urls = (case / "urls.txt").read_text(encoding="utf-8").split()
    assert len(urls) == 4
    assert_links_whole(urls, text)
    assert not re.search(r"https://\S+-\n", text)
