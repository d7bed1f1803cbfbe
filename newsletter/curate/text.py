"""A report read for curation: its title, Key Findings sentences and the other parts by role.

Collect stores a report's sections by name (``Article.sections``). Partner briefs often put
their own short headings ("Details", "Context", "Why it matters") inside a section, and
some reports have no headings at all; ``read_report`` splits those so that every sentence
carries the role of the part it belongs to: ``title``, ``key-findings``, ``details``,
``background``, ``outlook`` or ``summary`` (text that is none of these).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsletter.models import Article
from newsletter.sections import (
    KEY_FINDINGS,
    PARTS,
    SUMMARY,
)

_NOT_WORD = re.compile(r"[^a-z]+")
_BULLET = re.compile(r"^\s*(?:[-–—•*·]|\d{1,2}[.)])\s+")
# A sentence ends at . ! ? followed by a space and a capital, digit, quote or currency mark.
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9$€£¥₩₹])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z]|U\.S|U\.K|E\.U|e\.g|i\.e|etc|vs|Dr|Mr|Mrs|Ms|Prof|Inc|Corp|Co|Ltd|No|St|Jr|Sr|approx|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)$"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence (or bullet) of a report and the part it belongs to.

    Outside Key Findings a unit is a whole paragraph or bullet: curation reads only the
    title and Key Findings sentence by sentence.
    """

    text: str
    part: str


@dataclass(frozen=True, slots=True)
class ReportText:
    """What curation reads of one report: the title, then every sentence by part, in order."""

    title: str
    sentences: tuple[Sentence, ...]
    tags: tuple[str, ...]

    @property
    def key_findings(self) -> tuple[str, ...]:
        """The Key Findings sentences, in order."""
        return tuple(s.text for s in self.sentences if s.part == KEY_FINDINGS)

    @property
    def headline_text(self) -> str:
        """Title and Key Findings: where a report states its own news."""
        return "\n".join((self.title, *self.key_findings))

    def part(self, name: str) -> tuple[str, ...]:
        """The sentences of one part."""
        return tuple(s.text for s in self.sentences if s.part == name)


def part_of(heading: str) -> str | None:
    """Return the part a heading line names (``""`` for Source), or None if it is no heading."""
    if len(heading) > 40:
        return None
    return PARTS.get(_NOT_WORD.sub(" ", heading.lower()).strip())


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, keeping "U.S.", "Dr.", initials and decimals whole."""
    flat = " ".join(text.split())
    if not flat:
        return []
    pieces: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(flat):
        candidate = flat[start : match.start()]
        if _ABBREVIATION.search(candidate):
            continue
        pieces.append(candidate.strip())
        start = match.end()
    pieces.append(flat[start:].strip())
    return [piece for piece in pieces if piece]


def read_report(article: Article, *, full: bool = True) -> ReportText:
    """Read an Article's title and sections into sentences by part (pure).

    Without a Key Findings section, the stored key finding stands in for it and the summary
    (minus that finding) is read as ``summary``. With ``full=False`` only what judging a
    report needs is read: the title and Key Findings (sections named otherwise are skipped;
    sub-headings inside Key Findings still end it).
    """
    sentences: list[Sentence] = []
    for name, body in article.sections:
        part = part_of(name)
        if part is None:
            part = SUMMARY
        if part == "" or (not full and part != KEY_FINDINGS):
            continue
        for line in body.splitlines():
            stripped = line.strip()
            if not stripped:
                continue
            sub = part_of(stripped.rstrip(":"))
            if sub is not None:
                part = sub or SUMMARY
                if not full and part != KEY_FINDINGS:
                    break  # the rest of this section is details or context
                continue
            text = _BULLET.sub("", stripped)
            if part == KEY_FINDINGS:
                sentences.extend(Sentence(s, part) for s in split_sentences(text))
            else:  # only Key Findings are read sentence by sentence; a paragraph will do here
                sentences.append(Sentence(" ".join(text.split()), part))
    if not any(s.part == KEY_FINDINGS for s in sentences):
        finding = article.key_finding.strip()
        found = [Sentence(s, KEY_FINDINGS) for s in split_sentences(_BULLET.sub("", finding))]
        rest = article.summary.replace(finding, " ") if finding else article.summary
        rest_sentences = [Sentence(s, SUMMARY) for s in split_sentences(rest)] if full else []
        sentences = [*found, *rest_sentences, *sentences]
    return ReportText(story_title(article.title), tuple(sentences), article.tags)


# Wire-service slugs before a headline say how the story was filed, not what happened:
# "EXCLUSIVE:", "UPDATE 2-", "ANALYSIS-", "Breaking:", "REFILE-", "CORRECTED-" (Reuters,
# AP and Bloomberg house styles; a slug in capitals ends at a hyphen, a word at a colon).
_WIRE_PREFIX = re.compile(
    r"^(?:(?:EXCLUSIVE|BREAKING|UPDATE(?:\s?\d{1,2})?|ANALYSIS|INSIGHT|FOCUS|WRAPUP(?:\s?\d{1,2})?|"
    r"REFILE|CORRECTED|CORRECTION|RPT|URGENT|FLASH|DEVELOPING|JUST IN|WATCH|LIVE|"
    r"FACTBOX|EXPLAINER|TIMELINE)\s?[-:—–|]\s*|"
    r"(?:Exclusive|Breaking(?: news)?|Update \d{1,2}|Just in|Developing|Refile|Corrected)"
    r"(?:\s?[:—–|]|\s-)\s*)+"
)
_WIRE_KIND_SLUGS = {"analysis": "Analysis: ", "factbox": "Explainer: ", "explainer": "Explainer: "}


def story_title(title: str) -> str:
    """Return ``title`` without wire slugs, whitespace collapsed.

    "EXCLUSIVE: Harl to buy Venn" and "UPDATE 1-Harl to buy Venn" are the story "Harl to
    buy Venn". A slug that names the kind of piece ("ANALYSIS-", "FACTBOX-") becomes a label
    ("Analysis: …") so the piece is still read as what it is.
    """
    text = " ".join(title.split())
    match = _WIRE_PREFIX.match(text)
    if match is None or match.end() >= len(text):
        return text
    slugs = re.findall(r"[A-Za-z]+", match.group(0).lower())
    label = next((_WIRE_KIND_SLUGS[s] for s in slugs if s in _WIRE_KIND_SLUGS), "")
    rest = text[match.end() :]
    return f"{label}{rest[:1].upper()}{rest[1:]}"
