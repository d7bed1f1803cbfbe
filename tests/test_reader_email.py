"""Each reader's email, as delivered to the outbox by the demo, speaks only of their fields.

Issue 11's "Must show": for every distinct field-set of samples/subscribers.csv, the email
actually delivered names exactly the reader's fields in its intro and footer, lists their quiet
fields, shows no other field, and counts each report once however many fields hold it; and the
all-fields preview is byte for byte the all-fields delivery apart from the personal links.
Expectations come from the sample CSV and the sample feeds read here with feedparser, not
from the code under test.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from pathlib import Path

import feedparser
import pytest

from newsletter.editorial import load_editorial
from tests.test_demo import (
    BASE_URL,
    REPO,
    WEEK,
    DemoRun,
    _norm,
    demo,
    fields_with_content,
    outbox_messages,
    sample_subscribers,
)

__all__ = ["demo"]  # the module-scoped demo run, re-used from tests/test_demo.py

PERSONAL_LINK = re.compile(re.escape(BASE_URL) + r"/(u|preferences|feedback)/[A-Za-z0-9_.~-]+")


@functools.cache
def week_reports() -> dict[str, frozenset[str]]:
    """Field slug -> links of the sample reports filed under it this week (one per report)."""
    editorial = load_editorial(None)
    aliases = {
        _norm(name): field.slug
        for field in editorial.fields
        for name in (field.slug, field.name, *field.aliases)
    }
    found: dict[str, set[str]] = {}
    for path in sorted((REPO / "samples" / "feeds").glob("*.xml")):
        for entry in feedparser.parse(path.read_bytes()).entries:
            published = dt.datetime(*entry.published_parsed[:6], tzinfo=dt.UTC)
            year, number, _ = published.isocalendar()
            if f"{year}-W{number:02d}" != WEEK:
                continue
            for tag in entry.get("tags", []):
                slug = aliases.get(_norm(tag.term))
                if slug is not None:
                    # A syndicated copy carries tracking parameters: the same report.
                    found.setdefault(slug, set()).add(entry.link.split("?", 1)[0])
    return {slug: frozenset(links) for slug, links in found.items()}


def names() -> dict[str, str]:
    """Slug -> display name from the embedded taxonomy."""
    return {field.slug: field.name for field in load_editorial(None).fields}


def join(items: list[str]) -> str:
    """Join names as the email's prose does: ``A``, ``A and B``, ``A, B and C``."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def field_sets() -> list[frozenset[str]]:
    """Every distinct field-set of the sample subscribers that gets an email this week."""
    content = fields_with_content(WEEK)
    return sorted({f for f in sample_subscribers().values() if f & content}, key=sorted)


def delivered(run: DemoRun, fields: frozenset[str]) -> tuple[str, str]:
    """Return (text, html) of the message a reader of ``fields`` received."""
    messages = outbox_messages(run)
    address = next(a for a, f in sample_subscribers().items() if f == fields)
    message = messages[address][0]
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    html = message.get_body(("html",)).get_content()  # type: ignore[union-attr]
    return text, html


def one_line(text: str) -> str:
    """Collapse the text part's wrapping."""
    return " ".join(text.split())


@pytest.mark.parametrize("fields", field_sets(), ids=lambda f: "+".join(sorted(f)))
def test_delivered_email_speaks_only_of_the_readers_fields(
    demo: DemoRun, fields: frozenset[str]
) -> None:
    """Intro and footer name exactly the reader's fields; quiet ones listed; counts distinct."""
    assert demo.returncode == 0, demo.stderr
    text, html = delivered(demo, fields)
    flat = one_line(text)
    content = fields_with_content(WEEK)
    every = names()
    # The intro counts exactly the reader's fields; "quiet" marks the ones without reports.
    # One field is not counted: "Your field this week: AI must read."
    opening = (
        "Your field this week: " if len(fields) == 1 else f"Your {len(fields)} fields this week: "
    )
    assert opening in flat
    intro = flat.split(opening, 1)[1].split(".", 1)[0]
    assert ("quiet" in intro) == bool(fields - content)
    # The footer names exactly the reader's fields, in the email's order, and stops each one.
    footer = re.search(r"You get this email because you follow (.+?) on ", flat)
    assert footer is not None
    named = footer.group(1)
    assert sorted(s for s in every if every[s] in named) == sorted(fields)
    for slug in every:
        for body in (text, html):
            assert (f"field={slug}" in body) == (slug in fields), slug
            assert (every[slug] in body) == (slug in fields), every[slug]
    # Followed fields with no report this week: one line, no section.
    quiet = [every[s] for s in every if s in fields - content]
    if quiet:
        assert f"Nothing new in {join(quiet)} this week." in flat
        for name in quiet:
            assert f"{name.upper()}:" not in text
    else:
        assert "Nothing new in" not in flat
    # A report filed under two of the reader's fields counts once.
    reports = week_reports()
    distinct = len(set().union(*(reports.get(s, frozenset()) for s in fields)))
    plural = "" if distinct == 1 else "s"
    assert f"{distinct} report{plural} · " in text
    assert f"{distinct} report{plural} · " in html


def test_sample_week_has_a_report_in_two_fields_a_reader_follows() -> None:
    """The distinct-count check above has a case to bite on: some reader's fields share one."""
    reports = week_reports()
    shared = [
        fields
        for fields in field_sets()
        if sum(len(reports.get(s, ())) for s in fields)
        > len(set().union(*(reports.get(s, frozenset()) for s in fields)))
    ]
    assert shared


def test_all_fields_preview_is_the_all_fields_delivery(demo: DemoRun) -> None:
    """preview/<week>/all.html and .txt equal the all-fields reader's message but for links."""
    assert demo.returncode == 0, demo.stderr
    every = frozenset(names())
    text, html = delivered(demo, every)
    folder: Path = demo.cwd / "preview" / WEEK
    preview_html = (folder / "all.html").read_text(encoding="utf-8")
    preview_text = (folder / "all.txt").read_text(encoding="utf-8")
    subject, _, preview_body = preview_text.partition("\n\n")
    messages = outbox_messages(demo)
    address = next(a for a, f in sample_subscribers().items() if f == every)
    assert subject == f"Subject: {messages[address][0]['Subject']}"

    def personal(body: str) -> str:
        # MIME stores lines with CRLF and ends a part with a line break; nothing else differs.
        return PERSONAL_LINK.sub(r"<\1 link>", body.replace("\r\n", "\n")).rstrip("\n")

    assert PERSONAL_LINK.search(html)
    assert f"{BASE_URL}/u/preview-example" in preview_html  # the app's real route
    assert personal(preview_html) == personal(html)
    assert personal(preview_body) == personal(text)
