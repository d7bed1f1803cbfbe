"""Report anatomy: the site's five sections, the key finding, clean sentence cuts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsletter import sections as report_parts
from newsletter.collect.htmltree import TextLine, html_to_lines
from newsletter.collect.sanitize import is_boilerplate

KEY_FINDINGS = "Key Findings"
TECHNICAL = "Technical / Clinical Details"
BACKGROUND = "Background & Context"
OUTLOOK = "Strategic Significance & Outlook"
SOURCE = "Source"
SECTION_ORDER = (KEY_FINDINGS, TECHNICAL, BACKGROUND, OUTLOOK, SOURCE)

# The section each part of the heading table (``newsletter.sections.PARTS``) stands for.
_SECTION_OF_PART = {
    report_parts.KEY_FINDINGS: KEY_FINDINGS,
    report_parts.DETAILS: TECHNICAL,
    report_parts.BACKGROUND: BACKGROUND,
    report_parts.OUTLOOK: OUTLOOK,
    "": SOURCE,
}
# Heading spellings, compared without case, spacing or punctuation ("&" reads as "and"): the
# one table curation reads sub-headings by, and the "and"/"or" spellings of the site's own.
_HEADINGS = {
    **{name.replace(" ", ""): _SECTION_OF_PART[part] for name, part in report_parts.PARTS.items()},
    "technicalandclinicaldetails": TECHNICAL,
    "technicalorclinicaldetails": TECHNICAL,
}
_INLINE_HEADING = re.compile(r"^([A-Za-z][A-Za-z &/]{2,60}?)\s*:\s*(.+)$")
KEY_FINDING_MAX = 320  # characters: one or two sentences, never a paragraph
_SHORT_SENTENCE = 140  # a first sentence shorter than this gets its successor


@dataclass(frozen=True, slots=True)
class Anatomy:
    """A report body read as text: its named sections and the text before the first one."""

    sections: tuple[tuple[str, str], ...]
    preamble: str
    text: str  # every non-boilerplate line, newline-separated


def heading_name(line: str) -> str | None:
    """Return the canonical section name a line announces, or None."""
    if len(line) > _HEADING_MAX:
        return None  # a paragraph, not a heading: most lines end here
    # Only the letters a to z count: other characters (non-ASCII ones dropped by the
    # encoding, ASCII ones by the table) go, in C rather than by a regex substitution.
    letters = line.lower().replace("&", "and").encode("ascii", "ignore")
    return _HEADINGS.get(letters.translate(None, _NOT_LETTERS).decode("ascii"))


_NOT_LETTERS = bytes(code for code in range(128) if not ord("a") <= code <= ord("z"))
# No spelling in _HEADINGS comes near this, even written with spaces, "&" and punctuation.
_HEADING_MAX = 80


def read_anatomy(body: str) -> Anatomy:
    """Split an HTML or plain-text body into the report sections, boilerplate removed.

    Sections are recognised as HTML headings, bold lines or plain lines whose whole text is a
    section name; ``Source: https://...`` on one line also counts. A repeated section name
    extends the first one.
    """
    return anatomy_from_lines(html_to_lines(body))


def anatomy_from_lines(all_lines: list[TextLine]) -> Anatomy:
    """Read the sections from a body already turned into text lines (see ``read_anatomy``)."""
    lines = [line for line in all_lines if not is_boilerplate(line.text)]
    found: dict[str, list[str]] = {}
    preamble: list[str] = []
    current: list[str] = preamble
    for line in lines:
        text = line.text.strip()
        name = heading_name(text.rstrip(":"))
        if name is not None:
            current = found.setdefault(name, [])
            continue
        # Most lines hold no ":"; the pattern would try every length of a would-be name first.
        inline = _INLINE_HEADING.match(text) if ":" in text else None
        if inline and (name := heading_name(inline.group(1))) is not None:
            current = found.setdefault(name, [])
            current.append(inline.group(2).strip())
            continue
        current.append(text)
    sections = tuple((name, "\n".join(found[name])) for name in SECTION_ORDER if found.get(name))
    return Anatomy(
        sections=sections,
        preamble="\n".join(preamble),
        text="\n".join(line.text for line in lines),
    )


def key_finding(sections: tuple[tuple[str, str], ...], fallback: str) -> str:
    """Return the first one or two sentences of Key Findings, else of ``fallback``.

    A section written as a list reads item by item: each item is a sentence of its own
    (given a full stop when it has none), its marker dropped, and a lead-in line ending in
    ":" ("The survey found:") skipped. So a list gives its first item, or its first two
    joined as sentences, never "- a - b - c".
    """
    source = dict(sections).get(KEY_FINDINGS, "") or fallback
    return choose_sentences(finding_sentences(source))


# A list item's marker: a dash, bullet or star, or a number ("1.", "2)", "(3)").
_LIST_MARKER = re.compile(r"^(?:[-*•·‣◦–—]|\(?\d{1,2}[.)])\s+")
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’)\]]*$")


def finding_sentences(text: str) -> list[str]:
    """Split a section's text into sentences, reading list items as sentences of their own.

    ``text`` holds one line per paragraph or list item (``tree_to_lines`` marks items with
    ``- ``; plain-text bodies use their own markers). Returns the sentences in order.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    items = [bool(_LIST_MARKER.match(line)) for line in lines]
    if not any(items):
        return split_sentences(text)
    sentences: list[str] = []
    for index, line in enumerate(lines):
        if items[index]:
            line = _LIST_MARKER.sub("", line, count=1).strip()
        elif line.endswith(":") and any(items[index + 1 :]):
            continue  # "Key results:" introduces the list; it is no finding itself
        if not line:
            continue
        if not _ENDS_SENTENCE.search(line):
            line += "."
        sentences.extend(split_sentences(line))
    return sentences


# Words that end in a full stop without ending the sentence.
_ABBREVIATIONS = frozenset(
    {
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "e.g",
        "i.e",
        "etc",
        "vs",
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "inc",
        "corp",
        "co",
        "ltd",
        "no",
        "st",
        "jr",
        "sr",
        "fig",
        "approx",
        "est",
        "dept",
        "gov",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    }
)
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")


def split_sentences(text: str) -> list[str]:
    """Split text into sentences, keeping "U.S.", "e.g.", initials and decimals intact."""
    flat = " ".join(text.split())
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(flat):
        word = flat[start : match.start() + 1].rsplit(" ", 1)[-1].lower().rstrip(".")
        word = word.lstrip("(\"'“‘")
        if match.group().startswith(".") and (
            word in _ABBREVIATIONS or (len(word) == 1 and "a" <= word <= "z")  # an initial
        ):
            continue
        sentences.append(flat[start : match.end()].strip())
        start = match.end()
    rest = flat[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences


def first_sentences(text: str, *, limit: int = KEY_FINDING_MAX) -> str:
    """Return the first sentence, plus the second when the first is short, within ``limit``.

    A first sentence longer than ``limit`` is cut at a word boundary with an ellipsis.
    """
    return choose_sentences(split_sentences(text), limit=limit)


def choose_sentences(sentences: list[str], *, limit: int = KEY_FINDING_MAX) -> str:
    """Return the first of ``sentences``, plus the second when the first is short (see above)."""
    if not sentences:
        return ""
    chosen = sentences[0]
    if len(chosen) > limit:
        return chosen[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    if len(sentences) > 1 and len(chosen) < _SHORT_SENTENCE:
        pair = f"{chosen} {sentences[1]}"
        if len(pair) <= limit:
            chosen = pair
    return chosen
