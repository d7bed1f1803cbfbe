"""View models: what the templates see of an Issue, computed once in Python.

Templates stay simple (no arithmetic, no lookups) and every string from a feed arrives as
data: the HTML templates autoescape it, and the text templates get it through ``plain``.
"""

from __future__ import annotations

import dataclasses
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
from newsletter.render.palette import BADGE_COLORS, dark_fill
from newsletter.render.text import plain, text_bar, text_color_on
from newsletter.render.trend import TrendView, trend_view

_SAFE_SCHEMES = frozenset({"http", "https"})
# Verdict order of the at-a-glance rows and the sections: the reader's decision comes first.
VERDICT_RANK = {Verdict.MUST_READ: 0, Verdict.WORTH_A_SKIM: 1, Verdict.SKIP: 2}
# Lower-case words for sentences ("AI must read, Energy worth a skim, Space quiet").
VERDICT_WORDS = {
    Verdict.MUST_READ: "must read",
    Verdict.WORTH_A_SKIM: "worth a skim",
    Verdict.SKIP: "skip",
}


@dataclass(frozen=True, slots=True)
class ReportView:
    """One report as shown in a field section.

    ``also_in`` names the field whose section (earlier in this email) shows the report in
    full; then this section shows only its title and a link up to ``also_in_anchor``.
    """

    id: str
    title: str
    url: str  # "" when the article's URL is not http(s): shown without a link
    key_finding: str
    source: str
    author: str
    published: str  # e.g. "25 Nov"
    words: int = 0  # words of the title and key finding: for the reading time
    anchor: str = ""  # id of the report's heading, e.g. "ai-1"
    also_in: str = ""  # the other field's short name, e.g. "AI"; "" when shown in full here
    also_in_anchor: str = ""

    @property
    def byline(self) -> str:
        """Return source, author and date joined by " · ", leaving out the empty ones.

        A report with no link and no configured feed name has no source; it reads "25 Nov",
        never " · 25 Nov" (case 29, items without a title or link).
        """
        return byline(self.source, self.author, self.published)


def byline(*parts: str) -> str:
    """Join the non-empty ``parts`` of a report's byline with " · " (``"Source · 25 Nov"``)."""
    return " · ".join(part for part in parts if part.strip())


@dataclass(frozen=True, slots=True)
class FieldView:
    """One field's row in the overview and its section."""

    slug: str
    name: str
    short_name: str
    color: str
    color_dark: str  # the fill drawn in dark mode: the field color lifted off the dark track
    color_text: str  # readable text color on ``color``
    score: int
    bar_fill: int  # percent of the bar drawn in the field color, 0-100
    text_bar: str
    verdict: str  # the Verdict value, e.g. "must-read"
    verdict_label: str
    verdict_words: str  # "must read", "worth a skim", "skip"
    badge_label: str  # the label with no-break spaces: one line without CSS white-space
    badge_bg: str
    badge_fg: str
    reason: str
    reason_by_editor: bool  # the draft's own reason line (curate's reason_overridden)
    glance_reason: str  # the reason for the overview row (``glance_reason``)
    headline: str  # the field's lead story: the title of the report it shows first
    report_count: int
    reports: tuple[ReportView, ...]
    more_count: int  # reports of the field not shown ("+1 more report" links to the archive)
    editor_note: str
    unsubscribe_url: str  # one-field unsubscribe placeholder; "" in the archive
    stop_label: str  # "Stop Advanced Computing" with no-break spaces: a footer link never wraps
    anchor: str  # id of the field's section heading, e.g. "field-ai"
    trend: TrendView
    is_quiet: bool  # no report this week: one compact line, no row and no section
    rank: tuple[int, int]  # (verdict rank, -score): the display order before the editor's
    words: int  # words of the field's name and reason: for the reading time

    def dark_rule(self, scope: str = "") -> str:
        """The dark-mode CSS that lifts this field's bar fill and swatch off the dark card.

        ``scope`` prefixes both selectors, e.g. ``"[data-ogsc] "`` for the Gmail apps.
        """
        return (
            f"{scope}.nl-card .nl-fill-{self.slug}, {scope}.nl-card .nl-swatch-{self.slug} "
            f"{{ background-color: {self.color_dark} !important; }}"
        )

    @property
    def shown_reports(self) -> tuple[ReportView, ...]:
        """Reports shown in full in this section (not references to an earlier one)."""
        return tuple(report for report in self.reports if not report.also_in)


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
    """Name the report's source: the configured feed name, else the article's host name.

    An article without an http(s) link (a podcast episode, say) is named after its feed's
    host; a feed read from a local file gives no host, and the source is then "".
    """
    for feed in editorial.feeds:
        if feed.name and (
            feed.url == article.source_feed or feed.url.endswith(article.source_feed)
        ):
            return feed.name
    for url in (article.url, article.source_feed):
        parts = urlsplit(url)
        if parts.scheme in ("http", "https") and parts.hostname:
            return parts.hostname.removeprefix("www.")
    return ""


def published_label(moment: dt.datetime, zone: dt.tzinfo = dt.UTC) -> str:
    """Return the day ``moment`` falls on in ``zone`` as the reader reads it: ``"23 Nov"``.

    ``zone`` is the configured NEWSLETTER_TIMEZONE, the one weeks are cut in
    (``newsletter.weeks``), so a report dated Monday 04:00 in Shanghai shows Monday, inside
    its week, not Sunday as its UTC date would say. A naive ``moment`` is taken as UTC.
    """
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
    local = aware.astimezone(zone)
    return f"{local.day} {local:%b}"


def report_view(
    article: Article, editorial: EditorialConfig, *, anchor: str = "", zone: dt.tzinfo = dt.UTC
) -> ReportView:
    """Build the view of one report; its date is the day in ``zone`` (``published_label``)."""
    finding = article.key_finding or article.summary
    return ReportView(
        id=article.id,
        title=article.title,
        url=safe_url(article.url),
        key_finding=finding,
        source=source_name(article, editorial),
        author=article.author,
        published=published_label(article.published_at, zone),
        words=len(plain(article.title).split()) + len(plain(finding).split()),
        anchor=anchor,
    )


def glance_reason(reason: str, report_count: int) -> str:
    """Return ``reason`` without a closing "· 4 reports" that repeats ``report_count``.

    For the places that print the count beside the reason already (the at-a-glance row, the
    archive's field page): "4 reports · …" above "A ¥10 trillion package: … · 4 reports"
    said it twice. Any other reason is returned whole.
    """
    plural = "" if report_count == 1 else "s"
    trimmed = reason.removesuffix(f" · {report_count} report{plural}").rstrip()
    return trimmed or reason


def field_view(
    verdict: FieldVerdict,
    editorial: EditorialConfig,
    *,
    personal: bool,
    zone: dt.tzinfo = dt.UTC,
) -> FieldView:
    """Build the view of one field's verdict (its reports all shown in full, dated in ``zone``)."""
    score = max(0, min(100, verdict.score))
    badge_bg, badge_fg = BADGE_COLORS[verdict.verdict]
    unsubscribe = f"{UNSUBSCRIBE_URL_PLACEHOLDER}?field={verdict.slug}" if personal else ""
    reports = tuple(
        report_view(scored.article, editorial, anchor=f"{verdict.slug}-{index}", zone=zone)
        for index, scored in enumerate(verdict.top, start=1)
    )
    headline = reports[0].title if reports else ""
    return FieldView(
        slug=verdict.slug,
        name=verdict.name,
        short_name=short_name(verdict.slug, verdict.name),
        color=verdict.color,
        color_dark=dark_fill(verdict.color),
        color_text=text_color_on(verdict.color),
        score=score,
        bar_fill=score,
        text_bar=text_bar(score),
        verdict=verdict.verdict.value,
        verdict_label=verdict.verdict.label,
        verdict_words=VERDICT_WORDS[verdict.verdict],
        badge_label=verdict.verdict.label.replace(" ", "\u00a0"),
        badge_bg=badge_bg,
        badge_fg=badge_fg,
        reason=verdict.reason,
        reason_by_editor=verdict.reason_overridden,
        glance_reason=glance_reason(verdict.reason, verdict.report_count),
        headline=headline,
        report_count=verdict.report_count,
        reports=reports,
        more_count=max(0, verdict.report_count - len(reports)),
        editor_note=verdict.editor_note,
        unsubscribe_url=unsubscribe,
        stop_label=f"Stop {verdict.name}".replace(" ", "\u00a0"),
        anchor=f"field-{verdict.slug}",
        trend=trend_view(verdict),
        is_quiet=not verdict.has_content,
        rank=(VERDICT_RANK[verdict.verdict], -score),
        words=len(verdict.name.split()) + len(plain(verdict.reason).split()),
    )


def ordered_verdicts(
    issue: Issue, field_set: frozenset[str], editorial: EditorialConfig
) -> tuple[FieldVerdict, ...]:
    """Return the issue's verdicts for ``field_set``: by verdict, then score, then editor order.

    "Must read" before "worth a skim" before "skip", higher scores first; ties keep the
    editor's field order (fields the config no longer lists follow in the issue's order), so
    the order is stable from one render to the next.
    """
    by_slug = {verdict.slug: verdict for verdict in issue.verdicts if verdict.slug in field_set}
    order = [slug for slug in editorial.field_slugs if slug in by_slug]
    order += [v.slug for v in issue.verdicts if v.slug in by_slug and v.slug not in order]
    position = {slug: index for index, slug in enumerate(order)}
    return tuple(
        sorted(
            (by_slug[slug] for slug in order),
            key=lambda v: (VERDICT_RANK[v.verdict], -v.score, position[v.slug]),
        )
    )


def placed(fields: tuple[FieldView, ...]) -> tuple[FieldView, ...]:
    """Return ``fields`` with each report shown in full once: in the first section holding it.

    A later section keeps the report as a reference (``also_in``, ``also_in_anchor``), so a
    report filed under AI and Semiconductors reads in full under the first of them only.
    """
    first_seen: dict[str, tuple[str, str]] = {}  # report id -> (short name, anchor)
    result = []
    for field in fields:
        reports = []
        changed = False
        for report in field.reports:
            owner = first_seen.get(report.id)
            if owner is None:
                first_seen[report.id] = (field.short_name, report.anchor)
                reports.append(report)
            else:
                reports.append(
                    dataclasses.replace(report, also_in=owner[0], also_in_anchor=owner[1])
                )
                changed = True
        result.append(dataclasses.replace(field, reports=tuple(reports)) if changed else field)
    return tuple(result)


def placement_key(field: FieldView) -> tuple[str, ...]:
    """Return what, beyond the field itself, its section's rendering depends on."""
    return tuple(f"{r.id}>{r.also_in_anchor}" for r in field.reports if r.also_in)


def week_label(start: dt.date) -> str:
    """Return ``Week of 23 November 2026``."""
    return f"Week of {start.day} {start:%B %Y}"
