"""Plain factory functions for test values: call them with keyword overrides.

Every factory returns a complete, valid value with fixed (deterministic) defaults, so tests
state only what matters to them::

    article = make_article(title="Quantum deal", fields=("quantum",), key_finding="A $1 billion deal.")
    issue = make_issue(verdicts=(make_verdict("quantum", score=85),))
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from newsletter.models import Article, FieldVerdict, Issue, Money, ScoredArticle, Verdict

# Wednesday noon of ISO week 2026-W48 (Mon 2026-11-23 .. Sun 2026-11-29).
DEFAULT_WEEK_ID = "2026-W48"
DEFAULT_WEEK_START = dt.date(2026, 11, 23)
DEFAULT_PUBLISHED = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)
DEFAULT_FETCHED = dt.datetime(2026, 11, 26, 6, 0, tzinfo=dt.UTC)
DEFAULT_GENERATED = dt.datetime(2026, 11, 30, 8, 0, tzinfo=dt.UTC)
DEFAULT_FEED = "samples/feeds/troy-technical.rss.xml"

_FIELD_NAMES = {
    "quantum": ("Quantum Computing", "#6d28d9"),
    "ai": ("Artificial Intelligence", "#0f766e"),
    "hpc": ("Advanced Computing", "#1d4ed8"),
    "semiconductors": ("Semiconductors", "#b45309"),
    "biotech": ("Biotech", "#be123c"),
    "energy": ("Energy", "#15803d"),
    "space": ("Space", "#334155"),
    "cybersecurity": ("Cybersecurity", "#b91c1c"),
}


def make_money(**overrides: Any) -> Money:
    """Return a Money value; defaults to ``$1 billion``."""
    values: dict[str, Any] = {"currency": "USD", "amount": 1e9, "text": "$1 billion"}
    values.update(overrides)
    return Money(**values)


def make_article(**overrides: Any) -> Article:
    """Return an Article filed under ``quantum``; ``id`` and ``url`` follow from each other.

    Pass ``id="a2"`` alone and the URL becomes ``https://example.com/reports/a2``.
    """
    article_id = str(overrides.pop("id", "a1"))
    values: dict[str, Any] = {
        "id": article_id,
        "url": f"https://example.com/reports/{article_id}",
        "title": f"Report {article_id}",
        "published_at": DEFAULT_PUBLISHED,
        "source_feed": DEFAULT_FEED,
        "fetched_at": DEFAULT_FETCHED,
        "author": "Analyst",
        "tags": ("Quantum",),
        "fields": ("quantum",),
        "summary": f"Summary of report {article_id}.",
        "key_finding": f"Key finding of report {article_id}.",
    }
    values.update(overrides)
    return Article(**values)


def make_scored(article: Article | None = None, **overrides: Any) -> ScoredArticle:
    """Return a ScoredArticle wrapping ``article`` (a default one when None)."""
    values: dict[str, Any] = {"article": article or make_article(), "importance": 50.0}
    values.update(overrides)
    return ScoredArticle(**values)


def make_verdict(slug: str = "quantum", **overrides: Any) -> FieldVerdict:
    """Return a FieldVerdict for ``slug``; name and color come from the default taxonomy.

    Defaults: score 80, must-read, one top report. The verdict follows the score through the
    default thresholds (70 / 40) unless ``verdict`` is given.
    """
    name, color = _FIELD_NAMES.get(slug, (slug.title(), "#444444"))
    score = int(overrides.get("score", 80))
    if score >= 70:
        default_verdict = Verdict.MUST_READ
    elif score >= 40:
        default_verdict = Verdict.WORTH_A_SKIM
    else:
        default_verdict = Verdict.SKIP
    top = overrides.get("top")
    if top is None:
        top = (make_scored(make_article(id=f"{slug}-1", fields=(slug,))),)
    values: dict[str, Any] = {
        "slug": slug,
        "name": name,
        "color": color,
        "description": f"About {name}.",
        "score": score,
        "verdict": default_verdict,
        "reason": f"{len(top)} report{'s' if len(top) != 1 else ''} this week",
        "report_count": len(top),
        "top": top,
    }
    values.update(overrides)
    return FieldVerdict(**values)


def make_issue(**overrides: Any) -> Issue:
    """Return an Issue for 2026-W48 with a quantum and an ai verdict and a fixed generated_at."""
    values: dict[str, Any] = {
        "id": DEFAULT_WEEK_ID,
        "week_start": DEFAULT_WEEK_START,
        "title": f"Weekly Tech Intelligence — {DEFAULT_WEEK_ID}",
        "intro": "This week's reports, field by field.",
        "verdicts": (make_verdict("quantum"), make_verdict("ai", score=45)),
        "unfiled": (),
        "generated_at": DEFAULT_GENERATED,
    }
    values.update(overrides)
    return Issue(**values)


def with_fields(article: Article, *slugs: str) -> Article:
    """Return a copy of ``article`` filed under ``slugs``."""
    return replace(article, fields=slugs)
