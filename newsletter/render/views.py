"""View models: what the templates see of an Issue, computed once in Python.

Templates stay simple (no arithmetic, no lookups) and every string from a feed arrives as
data: the HTML templates autoescape it, and the text templates get it through ``plain``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlsplit

from newsletter.editorial import EditorialConfig
from newsletter.models import (
    UNSUBSCRIBE_URL_PLACEHOLDER,
    Article,
    FieldVerdict,
    Issue,
    Verdict,
)
from newsletter.render.text import plain, text_bar, text_color_on

# Badge colors per verdict: (background, text). Checked for WCAG AA contrast in the tests.
BADGE_COLORS: dict[Verdict, tuple[str, str]] = {
    Verdict.MUST_READ: ("#166534", "#ffffff"),
    Verdict.WORTH_A_SKIM: ("#fde68a", "#713f12"),
    Verdict.SKIP: ("#e5e7eb", "#374151"),
}
BAR_TRACK_COLOR = "#e5e7eb"
_SAFE_SCHEMES = frozenset({"http", "https"})


@dataclass(frozen=True, slots=True)
class ReportView:
    """One report as shown in a field section."""

    title: str
    url: str  # "" when the article's URL is not http(s): shown without a link
    key_finding: str
    source: str
    author: str
    published: str  # e.g. "25 Nov"


@dataclass(frozen=True, slots=True)
class FieldView:
    """One field's row in the overview and its section."""

    slug: str
    name: str
    short_name: str
    color: str
    color_text: str  # readable text color on ``color``
    score: int
    bar_fill: int  # percent of the bar drawn in the field color, 0-100
    text_bar: str
    verdict: str  # the Verdict value, e.g. "must-read"
    verdict_label: str
    badge_label: str  # the label with no-break spaces: one line without CSS white-space
    badge_bg: str
    badge_fg: str
    reason: str
    report_count: int
    reports: tuple[ReportView, ...]
    editor_note: str
    unsubscribe_url: str  # one-field unsubscribe placeholder; "" in the archive


def safe_url(url: str) -> str:
    """Return ``url`` when it is http(s), else "" (never a javascript: or data: link)."""
    cleaned = url.strip()
    try:
        scheme = urlsplit(cleaned).scheme.lower()
    except ValueError:
        return ""
    return cleaned if scheme in _SAFE_SCHEMES else ""


def short_name(slug: str, name: str) -> str:
    """Return the short label used in subject lines: ``AI``, ``Quantum``, ``HPC``."""
    if len(slug) <= 3:
        return slug.upper()
    return name.split()[0] if name.split() else slug


def source_name(article: Article, editorial: EditorialConfig) -> str:
    """Name the report's source: the configured feed name, else the article's host name."""
    for feed in editorial.feeds:
        if feed.name and (
            feed.url == article.source_feed or feed.url.endswith(article.source_feed)
        ):
            return feed.name
    host = urlsplit(article.url).hostname or ""
    return host.removeprefix("www.")


def report_view(article: Article, editorial: EditorialConfig) -> ReportView:
    """Build the view of one report."""
    finding = article.key_finding or article.summary
    return ReportView(
        title=article.title,
        url=safe_url(article.url),
        key_finding=finding,
        source=source_name(article, editorial),
        author=article.author,
        published=f"{article.published_at.day} {article.published_at:%b}",
    )


def field_view(verdict: FieldVerdict, editorial: EditorialConfig, *, personal: bool) -> FieldView:
    """Build the view of one field's verdict."""
    score = max(0, min(100, verdict.score))
    badge_bg, badge_fg = BADGE_COLORS[verdict.verdict]
    unsubscribe = f"{UNSUBSCRIBE_URL_PLACEHOLDER}?field={verdict.slug}" if personal else ""
    return FieldView(
        slug=verdict.slug,
        name=verdict.name,
        short_name=short_name(verdict.slug, verdict.name),
        color=verdict.color,
        color_text=text_color_on(verdict.color),
        score=score,
        bar_fill=score,
        text_bar=text_bar(score),
        verdict=verdict.verdict.value,
        verdict_label=verdict.verdict.label,
        badge_label=verdict.verdict.label.replace(" ", "\u00a0"),
        badge_bg=badge_bg,
        badge_fg=badge_fg,
        reason=verdict.reason,
        report_count=verdict.report_count,
        reports=tuple(report_view(scored.article, editorial) for scored in verdict.top),
        editor_note=verdict.editor_note,
        unsubscribe_url=unsubscribe,
    )


def ordered_verdicts(
    issue: Issue, field_set: frozenset[str], editorial: EditorialConfig
) -> tuple[FieldVerdict, ...]:
    """Return the issue's verdicts for ``field_set``, in the editor's field order.

    Fields the editorial config does not list (an older issue) follow in the issue's order.
    """
    by_slug = {verdict.slug: verdict for verdict in issue.verdicts if verdict.slug in field_set}
    order = [slug for slug in editorial.field_slugs if slug in by_slug]
    order += [v.slug for v in issue.verdicts if v.slug in by_slug and v.slug not in order]
    return tuple(by_slug[slug] for slug in order)


def subject_line(issue: Issue, fields: tuple[FieldView, ...], title: str) -> str:
    """Build the subject: ``Title · 2026-W48: Quantum must-read, AI worth a skim``."""
    must = [f.short_name for f in fields if f.verdict == Verdict.MUST_READ.value]
    skim = [f.short_name for f in fields if f.verdict == Verdict.WORTH_A_SKIM.value]
    parts = []
    if must:
        parts.append(f"{_join_names(must)} must-read")
    if skim and len(must) + len(skim) <= 3:
        parts.append(f"{_join_names(skim)} worth a skim")
    elif skim:
        parts.append(f"{len(skim)} worth a skim")
    summary = ", ".join(parts) if parts else "a quiet week in your fields"
    return plain(f"{title} · {issue.id}: {summary}")


def _join_names(names: list[str], limit: int = 3) -> str:
    shown = names[:limit]
    extra = len(names) - len(shown)
    text = " & ".join(shown) if len(shown) <= 2 else f"{', '.join(shown[:-1])} & {shown[-1]}"
    return f"{text} +{extra} more" if extra else text


def preheader_line(fields: tuple[FieldView, ...]) -> str:
    """Build the preheader: the strongest field's reason, then every score at a glance."""
    if not fields:
        return ""
    lead = max(fields, key=lambda f: f.score)
    glance = ", ".join(f"{f.short_name} {f.score}" for f in fields)
    line = f"{lead.name}: {plain(lead.reason)}. Scores: {glance}."
    return line if len(line) <= 150 else f"{line[:149].rstrip()}…"


def week_label(start: dt.date) -> str:
    """Return ``Week of 23 November 2026``."""
    return f"Week of {start.day} {start:%B %Y}"
