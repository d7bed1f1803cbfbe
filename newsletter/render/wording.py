"""The sentences that speak of one reader's fields: subject, preheader, intro, footer.

Every sentence here is built from the variant's own fields only (a reader who follows AI
hears of AI, never of the issue's other fields) and its figures are distinct counts.
Limits: a subject of at most 78 characters (RFC 5322 section 2.1.1 line length, which also
keeps it whole in most inbox lists); a preheader of at most 110 characters (the longest
preview text mail apps show, Litmus' measurements put it at 35-140); a text is only ever cut
between words, and never right after a number, so "HPC 8…" cannot happen.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsletter.models import FieldVerdict, Verdict
from newsletter.render.text import join_names, plain
from newsletter.render.views import VERDICT_WORDS, FieldView

SUBJECT_MAX = 78
PREHEADER_MAX = 110
MIN_FINDING = 30  # characters: a shorter cut of the key finding says too little to show
WORDS_PER_MINUTE = 230  # adult silent reading of non-fiction (Brysbaert 2019, 238 wpm)
_TRAILING_PUNCTUATION = " ,;:-–—"
_CLAUSE_MARKS = frozenset(",;:")
_DASHES = frozenset({"-", "–", "—"})
# Words a phrase may start with: a cut just before one leaves a whole phrase behind it.
_PHRASE_STARTS = frozenset(
    [
        "and",
        "or",
        "but",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "over",
        "to",
        "under",
        "with",
        "without",
        "after",
        "before",
        "amid",
        "against",
        "across",
        "between",
        "during",
        "than",
        "that",
        "which",
        "while",
        "who",
        "whose",
        "via",
    ]
)
# Words a cut text must not end on ("… with a…"): articles, prepositions, conjunctions.
_FUNCTION_WORDS = _PHRASE_STARTS | frozenset(
    [
        "a",
        "an",
        "the",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "this",
        "these",
        "those",
        "is",
        "are",
        "was",
        "were",
        "be",
    ]
)
_ORDER = (Verdict.MUST_READ.value, Verdict.WORTH_A_SKIM.value, Verdict.SKIP.value)
_VERDICT_WORDS = {verdict.value: words for verdict, words in VERDICT_WORDS.items()}


@dataclass(frozen=True, slots=True)
class Wording:
    """The personal sentences of one variant."""

    subject: str
    preheader: str
    intro: str  # "Your 3 fields this week: AI must read, Energy worth a skim, Space quiet."
    quiet_line: str  # "Nothing new in Space this week." or ""
    report_count: int  # distinct reports across the variant's fields
    reading_minutes: int
    followed_names: str  # "Artificial Intelligence, Energy and Space"


def distinct_reports(verdicts: Iterable[FieldVerdict]) -> int:
    """Count the reports of ``verdicts`` once each, however many of the fields hold them.

    Uses ``report_ids``; a verdict without them (an issue frozen before they existed) adds
    its shown reports by id and the rest by count.
    """
    ids: set[str] = set()
    unnamed = 0
    for verdict in verdicts:
        if verdict.report_ids:
            ids.update(verdict.report_ids)
        else:
            ids.update(scored.article.id for scored in verdict.top)
            unnamed += max(0, verdict.report_count - len(verdict.top))
    return len(ids) + unnamed


def reading_minutes(fields: Sequence[FieldView], intro: str = "") -> int:
    """Estimate the minutes to read the email: its words at ``WORDS_PER_MINUTE``, at least 1.

    Counts each field's name and reason and each report's title and key finding (a report
    referenced from an earlier section, its title only).
    """
    words = len(intro.split())
    for field in fields:
        words += field.words
        for report in field.reports:
            words += report.words if not report.also_in else len(report.title.split())
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def build_wording(
    fields: Sequence[FieldView], verdicts: Sequence[FieldVerdict], *, personal: bool
) -> Wording:
    """Build every sentence of a variant from its fields (display order) and their verdicts."""
    active = [field for field in fields if not field.is_quiet]
    quiet = [field for field in fields if field.is_quiet]
    count = distinct_reports(verdicts)
    minutes = reading_minutes(active)
    intro = intro_line(fields, personal=personal)
    return Wording(
        subject=subject_line(active),
        preheader=preheader_line(active, count, minutes),
        intro=intro,
        quiet_line=quiet_line(quiet),
        report_count=count,
        reading_minutes=minutes,
        followed_names=join_names([field.name for field in fields]),
    )


def intro_line(fields: Sequence[FieldView], *, personal: bool) -> str:
    """Return "Your 3 fields this week: AI must read, Energy worth a skim, Space quiet."

    Fields sharing a verdict are grouped ("Quantum and AI must read"); the archive, read by
    anyone, says "8 fields this week: …" instead of "Your". One field is not counted: "Your
    field this week: AI must read." ("This week's field: AI must read." in the archive).
    """
    groups: list[str] = []
    for verdict in _ORDER:
        names = [f.short_name for f in fields if f.verdict == verdict and not f.is_quiet]
        if names:
            words = next(f.verdict_words for f in fields if f.verdict == verdict)
            groups.append(f"{join_names(names)} {words}")
    quiet = [field.short_name for field in fields if field.is_quiet]
    if quiet:
        groups.append(f"{join_names(quiet)} quiet")
    if len(fields) == 1:
        lead = "Your field" if personal else "This week's field"
        return plain(
            f"{lead} this week: {', '.join(groups)}."
            if personal
            else f"{lead}: {', '.join(groups)}."
        )
    owner = "Your " if personal else ""
    return plain(f"{owner}{len(fields)} fields this week: {', '.join(groups)}.")


def quiet_line(quiet: Sequence[FieldView]) -> str:
    """Return "Nothing new in Space and Cybersecurity this week." ("" when none is quiet)."""
    if not quiet:
        return ""
    return f"Nothing new in {join_names([field.name for field in quiet])} this week."


def subject_line(active: Sequence[FieldView]) -> str:
    """Lead with the top field's verdict and story: "AI must-read: $10B chip deal · +2 fields".

    ``active`` are the fields with reports, in display order (the first is the lead). At most
    ``SUBJECT_MAX`` characters; a long title is cut by ``cut_phrase`` (at a clause or phrase
    boundary when one keeps most of the room, never after a number or a bare "a", "with" …).
    """
    if not active:
        return "A quiet week in your fields"
    lead = active[0]
    label = {
        Verdict.MUST_READ.value: f"{lead.short_name} must-read",
        Verdict.WORTH_A_SKIM.value: f"{lead.short_name} worth a skim",
    }.get(lead.verdict, f"Quiet week in {lead.short_name}")
    others = len(active) - 1
    suffix = f" · +{others} field{'s' if others > 1 else ''}" if others else ""
    story = plain(lead.headline)
    room = SUBJECT_MAX - len(label) - len(": ") - len(suffix)
    if not story or room < 12:
        return plain(f"{label}{suffix}")[:SUBJECT_MAX]
    return plain(f"{label}: {cut_phrase(story, room)}{suffix}")


def preheader_line(active: Sequence[FieldView], report_count: int, minutes: int) -> str:
    """Complement the subject (which names the lead field and its lead report's title).

    With other fields: "Also: Quantum must read, Energy worth a skim · 9 reports, 2-minute read".
    With one field: the lead report's key finding (the editor's reason when the draft sets
    one), then the count and reading time. Whole
    clauses only, in that priority; the finding fills what room is left, cut by
    ``cut_phrase`` (at a clause or phrase boundary, never after a number or on "that can");
    at most ``PREHEADER_MAX`` characters.
    """
    if not active:
        return ""
    plural = "" if report_count == 1 else "s"
    count = f"{report_count} report{plural}, {minutes}-minute read"
    others = active[1:]
    if others:
        groups = []
        for verdict in _ORDER:
            names = [f.short_name for f in others if f.verdict == verdict]
            if names:
                groups.append(f"{join_names(names)} {_VERDICT_WORDS[verdict]}")
        also = "Also: " + ", ".join(groups)
        line = f"{also} · {count}"
        return line if len(line) <= PREHEADER_MAX else cut_words(also, PREHEADER_MAX)
    lead = active[0]
    finding = next((plain(r.key_finding) for r in lead.shown_reports if r.key_finding), "")
    if lead.reason_by_editor or not finding:
        finding = plain(lead.reason)  # the editor's own line wins over the report's
    room = PREHEADER_MAX - len(count) - len(" · ")
    if not finding or room < MIN_FINDING:
        return count
    return f"{cut_phrase(finding, room)} · {count}"


def cut_words(text: str, limit: int) -> str:
    """Return ``text`` cut to ``limit`` characters at a word boundary, with "…".

    The cut never ends on a figure ("$2.5" of "$2.5 billion"), so no figure is left
    half-said, nor on a function word ("… signs a…"); text that fits is returned unchanged.
    """
    if len(text) <= limit:
        return text
    words = text[: limit - 1].split(" ")
    if len(text) > limit - 1 and text[limit - 1] != " ":
        words = words[:-1]  # the last word was cut in the middle
    cut = " ".join(_trim_tail(words))
    return f"{cut}…" if cut else "…"


def cut_phrase(text: str, limit: int, *, keep: float = 0.6) -> str:
    """Return ``text`` cut to ``limit`` characters at the cleanest boundary, with "…".

    Like ``cut_words``, then moved back to the last clause end (",", ";", ":", a dash) or
    the last word before a preposition or conjunction ("… compute partnership" rather than
    "… compute partnership with a"), when that keeps at least ``keep`` of ``limit``, so a
    subject reads "Regulator clears the first agentic AI system…", not "… for clinical…".
    Text that fits is returned unchanged.
    """
    if len(text) <= limit:
        return text
    words = text.split(" ")
    ends = []  # ends[i]: length of the first i + 1 words joined by spaces
    length = -1
    for word in words:
        length += len(word) + 1
        if length > limit - 1:  # one character is the "…"
            break
        ends.append(length)
    fit = len(ends)  # how many whole words fit
    best = fit
    for end in range(fit, 0, -1):
        if ends[end - 1] < keep * (limit - 1):
            break
        following = words[end] if end < len(words) else ""
        if (
            words[end - 1][-1:] in _CLAUSE_MARKS
            or following.lower() in _PHRASE_STARTS
            or following in _DASHES
        ):
            best = end
            break
    cut = " ".join(_trim_tail(words[:best]))
    return f"{cut}…" if cut else "…"


def _trim_tail(words: list[str]) -> list[str]:
    """Drop trailing words a cut must not end on: a figure ("$2.5", "84"; "48-qubit" is a
    whole word and stays), bare punctuation, function words ("a", "with", "and")."""
    words = list(words)
    while words and (
        words[-1].strip(_TRAILING_PUNCTUATION)[-1:].isdigit()  # "$2.5" of "$2.5 billion"
        or not words[-1].strip(_TRAILING_PUNCTUATION)
        or words[-1].lower().strip(_TRAILING_PUNCTUATION) in _FUNCTION_WORDS
    ):
        words.pop()
    if words:
        words[-1] = words[-1].rstrip(_TRAILING_PUNCTUATION)
    return words
