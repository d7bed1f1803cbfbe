"""Property tests: collect's readers of untrusted text never raise, whatever the feed holds."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from newsletter.collect.dates import read_date
from newsletter.collect.encoding import decode_content, reconcile
from newsletter.collect.htmltree import html_to_lines
from newsletter.collect.sanitize import sanitize_html
from newsletter.collect.titles import made_up_title, plain_title

FETCHED = dt.datetime(2026, 11, 26, 6, 0, tzinfo=dt.UTC)
# Markup-ish text: tags, entities, brackets and any character, in any order.
MARKUP = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<b>",
                "<li>",
                "<br>",
                "<script>",
                "</div>",
                "&amp;",
                "&#8217;",
                "&#x0;",
                "<!--",
                "-->",
                "<",
                ">",
                "\x00",
                "\ud800",
                "<a href='javascript:x'>",
            ]
        ),
        st.text(max_size=20),
    ),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(MARKUP)
def test_bodies_never_raise_and_give_clean_lines(markup: str) -> None:
    """Any body gives lines without surrounding blanks and sanitised HTML without scripts."""
    lines = html_to_lines(markup)
    assert all(line.text == line.text.strip() and line.text for line in lines)
    cleaned = sanitize_html(markup, base="https://site.example/feed/")
    assert "<script" not in cleaned.lower()
    assert "javascript:" not in cleaned.lower()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_any_date_text_reads_or_refuses_without_raising(text: str) -> None:
    """Any date text gives a UTC time or None; never an exception, never a naive time."""
    when = read_date(text, fetched_at=FETCHED).when
    assert when is None or when.tzinfo is not None


@settings(max_examples=200, deadline=None)
@given(MARKUP, st.sampled_from(["text/plain", "text/html", "application/xhtml+xml", ""]))
def test_titles_are_one_plain_line(title: str, kind: str) -> None:
    """A title of any type becomes one line; a made title is never empty."""
    plain = plain_title({"title": title, "title_detail": {"type": kind}})
    assert "\n" not in plain
    assert plain == plain.strip()
    assert made_up_title(title, "")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300), st.sampled_from(["", "gzip", "deflate", "gzip, gzip", "br"]))
def test_any_body_and_label_decode_without_raising(raw: bytes, coding: str) -> None:
    """Any bytes under any content-coding and charset label come back as bytes, within the cap."""
    body = decode_content(raw, coding, max_bytes=10_000)
    assert len(body.data) <= max(len(raw), 10_000)
    reconciled = reconcile(raw, {"content-type": "text/html; charset=iso-8859-1"})
    assert isinstance(reconciled.data, bytes)
