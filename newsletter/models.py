"""Frozen value types passed between the pipeline stages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class Money:
    """An amount of money mentioned in a report, e.g. ``$1 billion``."""

    currency: str  # ISO 4217 code: USD, JPY, EUR, GBP, CNY, KRW, INR
    amount: float  # in units of the currency: 1e9 for "$1 billion"
    text: str  # as written in the report


@dataclass(frozen=True, slots=True)
class Article:
    """One report as collected from a feed, normalised and sanitised."""

    id: str
    url: str
    title: str
    published_at: dt.datetime  # timezone-aware UTC
    source_feed: str
    fetched_at: dt.datetime
    published_is_guess: bool = False  # the feed gave no usable date: fetch time stands in
    author: str = ""
    tags: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()  # field slugs; empty means unfiled
    summary: str = ""  # plain text
    body_html: str = ""  # sanitised with nh3
    sections: tuple[tuple[str, str], ...] = ()  # (section name, plain text), in report order
    key_finding: str = ""
    priority: str = ""  # editor priority from feed categories: "high", "low" or ""

    @property
    def is_unfiled(self) -> bool:
        """Tell whether no tag matched a field."""
        return not self.fields


class Verdict(StrEnum):
    """What the infographic tells a reader about a field this week."""

    MUST_READ = "must-read"
    WORTH_A_SKIM = "worth-a-skim"
    SKIP = "skip"

    @property
    def label(self) -> str:
        """Human label shown in the email."""
        return {
            Verdict.MUST_READ: "Must read",
            Verdict.WORTH_A_SKIM: "Worth a skim",
            Verdict.SKIP: "Skip this week",
        }[self]


@dataclass(frozen=True, slots=True)
class ScoredArticle:
    """An article with its importance within one field."""

    article: Article
    importance: float
    pinned: bool = False
    kind: str = ""  # curation's report kind ("deal", "launch", ...); "" when not curated
    headline: Money | None = None  # the report's own news figure, if it has one
    factors: tuple[tuple[str, float], ...] = ()  # importance points per factor (explain)


@dataclass(frozen=True, slots=True)
class PastVerdict:
    """A field's verdict in an earlier issue, as frozen when that issue was sent."""

    issue_id: str  # e.g. "2026-W47"
    verdict: Verdict
    score: int  # 0-100


@dataclass(frozen=True, slots=True)
class FieldVerdict:
    """One field's judgement for one issue week."""

    slug: str
    name: str
    color: str
    description: str
    score: int  # 0-100
    verdict: Verdict
    reason: str
    report_count: int
    top: tuple[ScoredArticle, ...] = ()
    editor_note: str = ""
    overridden: bool = False
    headline: Money | None = None  # the first report's headline figure, if any
    lead_kind: str = ""  # the first report's kind
    reason_overridden: bool = False  # the reason is the editor's (draft ``reason = "..."``)
    # Ids of every report filed under the field this week (``top`` holds only the first few):
    # a reader's distinct report count is the size of the union over their fields.
    report_ids: tuple[str, ...] = ()
    # The field's verdicts in earlier frozen issues, oldest first: the email's trend marker.
    history: tuple[PastVerdict, ...] = ()

    @property
    def has_content(self) -> bool:
        """Tell whether this field has any report this week."""
        return self.report_count > 0


@dataclass(frozen=True, slots=True)
class Issue:
    """One week's newsletter, before it is rendered for any subscriber."""

    id: str  # e.g. "2026-W48"
    week_start: dt.date  # Monday of the ISO week
    title: str
    intro: str
    verdicts: tuple[FieldVerdict, ...]
    unfiled: tuple[Article, ...] = ()
    generated_at: dt.datetime = field(
        default_factory=lambda: dt.datetime.now(dt.UTC).replace(microsecond=0)
    )
    # The intro is the editor's own (the draft's ``intro``), not curate's whole-issue summary:
    # emails show the editor's words to every reader and replace the summary with their own.
    intro_by_editor: bool = False

    def verdict(self, slug: str) -> FieldVerdict | None:
        """Return the verdict of a field, or None if the field is unknown."""
        return next((v for v in self.verdicts if v.slug == slug), None)

    @property
    def fields_with_content(self) -> frozenset[str]:
        """Slugs of the fields that have at least one report this week."""
        return frozenset(v.slug for v in self.verdicts if v.has_content)


@dataclass(frozen=True, slots=True)
class RenderedEmail:
    """One compiled variant of an issue, shared by every subscriber of a field-set.

    ``html`` and ``text`` hold placeholders (see ``newsletter.render.PLACEHOLDERS``) that
    delivery fills with each recipient's own links.
    """

    issue_id: str
    field_set: frozenset[str]
    subject: str
    preheader: str
    html: str
    text: str


# Per-recipient parts of a compiled email. Render writes these markers into the HTML and text;
# delivery fills them per recipient (SendGrid substitutions, or string replacement in the
# outbox). A one-field unsubscribe link is the unsubscribe URL plus "?field=<slug>".
UNSUBSCRIBE_URL_PLACEHOLDER = "%%unsubscribe_url%%"
PREFERENCES_URL_PLACEHOLDER = "%%preferences_url%%"
# The reader's verdict-feedback base, ``{base}/feedback/{opaque token}`` (issue and reader);
# the email appends ``/<field slug>/yes`` or ``/no``, the same for every reader of a variant.
FEEDBACK_URL_PLACEHOLDER = "%%feedback_url%%"
