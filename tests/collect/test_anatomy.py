"""Report anatomy: section headings however written, furniture lines, sentence splits."""

from __future__ import annotations

import pytest

from newsletter.collect.anatomy import (
    BACKGROUND,
    KEY_FINDINGS,
    OUTLOOK,
    SOURCE,
    TECHNICAL,
    heading_name,
    read_anatomy,
    split_sentences,
)
from newsletter.collect.sanitize import is_boilerplate
from newsletter.collect.taxonomy import FieldMatcher
from newsletter.editorial import load_editorial


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Key Findings", KEY_FINDINGS),
        ("KEY  FINDINGS:", KEY_FINDINGS),
        ("1. Key Findings", KEY_FINDINGS),
        ("Key Findings ✓", KEY_FINDINGS),
        ("\u212aey Findings", KEY_FINDINGS),  # the Kelvin sign lower-cases to "k"
        ("Key Fındings", None),  # a dotless i is no "i"
        ("Technical / Clinical Details", TECHNICAL),
        ("Background & Context", BACKGROUND),
        ("Strategic Significance and Outlook", OUTLOOK),
        ("Sources", SOURCE),
        ("Key findings of the study were mixed", None),
        ("Key Findings" + " " * 70, None),  # over 80 characters: a paragraph
    ],
)
def test_heading_names_ignore_case_spacing_and_non_letters(line: str, name: str | None) -> None:
    """A heading is read from its letters a to z alone; longer lines are never headings."""
    assert heading_name(line) == name


def test_inline_headings_need_a_colon() -> None:
    """ "Source: URL" opens the Source section; a line naming a section without a colon is text."""
    anatomy = read_anatomy(
        "<p>Key Findings</p><p>Background is thin here</p><p>Source: https://example.com/r</p>"
    )
    assert anatomy.sections == (
        (KEY_FINDINGS, "Background is thin here"),
        (SOURCE, "https://example.com/r"),
    )


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Subscribe Free — Weekly Tech Intelligence", True),
        ("  - Subscribe now to our briefing  ", True),
        ("• We never share your information with third parties.", True),
        ("3 Comments", True),
        ("Subscribers grew 20% this year.", False),
        ("", False),
        ("-", False),
        ("Subscribe now " + "and read " * 200, True),  # longer than any cached line
        ("A paragraph " * 200, False),
    ],
)
def test_furniture_lines_are_judged_alike_every_time(line: str, furniture: bool) -> None:
    """The same line gets the same verdict on every call, list marks and spacing ignored."""
    assert [is_boilerplate(line) for _ in range(3)] == [furniture] * 3


def test_whitespace_of_any_kind_collapses_between_sentences() -> None:
    """Tabs, newlines, no-break and ideographic spaces collapse; initials do not end a sentence."""
    text = "J. Smith\tleads\u00a0it.\n\nIt is   new.\u3000Done"
    assert split_sentences(text) == ["J. Smith leads it.", "It is new.", "Done"]


def test_a_tag_matches_the_same_fields_on_every_entry() -> None:
    """A category repeated on many entries (and its compound parts) maps to the same fields each time."""
    matcher = FieldMatcher.from_fields(load_editorial(None).fields)
    first = [matcher.match(["Science/Quantum", "AI & Energy", "Gardening"]) for _ in range(3)]
    assert first == [("quantum", "ai", "energy")] * 3
    assert matcher.match(["gardening"]) == ()
