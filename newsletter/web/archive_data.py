"""What the public archive shows of the sent issues: summaries, field histories, the web version.

Reads only published issues (the send job stamped them sent) and their frozen snapshots, so the
archive shows exactly what readers received. Each issue is read and summarised once per
content hash (a snapshot never changes once sent; a hash change means a new render).
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa

from newsletter.articles import load_articles
from newsletter.db.issuestore import Published, find_published, published_issues
from newsletter.editorial import EditorialConfig
from newsletter.issues import load_issue
from newsletter.models import Article, Issue
from newsletter.render import Renderer
from newsletter.render.views import (
    FieldView,
    byline,
    field_view,
    ordered_verdicts,
    published_label,
    safe_url,
    source_name,
    week_label,
)
from newsletter.render.wording import intro_line
from newsletter.weeks import parse_week

ISSUE_ID = re.compile(r"\d{4}-W\d{2}")
FIELD_SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
MAX_LISTED = 520  # ten years of weekly issues


@dataclass(frozen=True, slots=True)
class IssueSummary:
    """An issue at a glance: its date, headline, and verdict per field with reports."""

    id: str
    week_label: str  # "Week of 23 November 2026"
    headline: str  # the lead field's lead report
    description: str  # "8 fields this week: Quantum must read, …"
    fields: tuple[FieldView, ...]  # fields with reports, by verdict then score
    quiet: tuple[FieldView, ...]  # fields without reports


@dataclass(frozen=True, slots=True)
class ReportLink:
    """A report listed on the web: title and link ("" when not http(s))."""

    title: str
    url: str
    source: str
    published: str

    @property
    def byline(self) -> str:
        """Return source and date joined by " · ", leaving out an empty source."""
        return byline(self.source, self.published)


@dataclass(frozen=True, slots=True)
class FieldWeek:
    """One field in one published issue, for the field's archive page."""

    issue_id: str
    week_label: str
    field: FieldView


def summarize(issue: Issue, editorial: EditorialConfig, zone: dt.tzinfo = dt.UTC) -> IssueSummary:
    """Summarise ``issue`` as its web version shows it (every field, no personal link; report
    dates as days in ``zone``, NEWSLETTER_TIMEZONE)."""
    slugs = frozenset(verdict.slug for verdict in issue.verdicts)
    views = tuple(
        field_view(verdict, editorial, personal=False, zone=zone)
        for verdict in ordered_verdicts(issue, slugs, editorial)
    )
    active = tuple(view for view in views if not view.is_quiet)
    headline = next((view.headline for view in active if view.headline), "A quiet week")
    return IssueSummary(
        id=issue.id,
        week_label=week_label(issue.week_start),
        headline=headline,
        description=intro_line(views, personal=False),
        fields=active,
        quiet=tuple(view for view in views if view.is_quiet),
    )


class ArchiveData:
    """Published issues, their summaries and web pages, cached by content hash (thread-safe)."""

    def __init__(
        self, engine: sa.Engine, editorial: EditorialConfig, renderer: Renderer, *, pages: int = 32
    ) -> None:
        """Read from ``engine``; render web versions with ``renderer``; keep ``pages`` of them."""
        self.engine = engine
        self.editorial = editorial
        self.renderer = renderer
        self.max_pages = pages
        self._lock = threading.Lock()
        self._summaries: dict[tuple[str, str], IssueSummary] = {}
        self._views: dict[tuple[str, str], dict[str, FieldView]] = {}
        self._pages: dict[tuple[str, str], str] = {}

    def published(self, limit: int = MAX_LISTED) -> list[Published]:
        """Return the published issues, newest first. Raises DatabaseError."""
        return published_issues(self.engine, limit)

    def find(self, issue_id: str) -> Published | None:
        """Return the published issue ``issue_id``, or None (also for a malformed id)."""
        if not ISSUE_ID.fullmatch(issue_id):
            return None
        return find_published(self.engine, issue_id)

    def issue(self, row: Published) -> Issue | None:
        """Return the frozen issue of ``row`` (read from the database each time)."""
        return load_issue(self.engine, row.id)

    def summary(self, row: Published, issue: Issue | None = None) -> IssueSummary | None:
        """Return the summary of a published issue (cached by content hash).

        ``issue`` is ``row``'s frozen issue when the caller has already read it; else it is
        read on a cache miss.
        """
        key = (row.id, row.content_hash)
        with self._lock:
            known = self._summaries.get(key)
        if known is not None:
            return known
        issue = issue if issue is not None else self.issue(row)
        if issue is None:
            return None
        summary = summarize(issue, self.editorial, self.renderer.zone)
        with self._lock:
            self._summaries[key] = summary
            self._views[key] = {view.slug: view for view in (*summary.fields, *summary.quiet)}
        return summary

    def summaries(self, rows: Sequence[Published]) -> list[IssueSummary]:
        """Return the summaries of ``rows`` in order, skipping any that vanished."""
        return [summary for row in rows if (summary := self.summary(row)) is not None]

    def field_weeks(self, slug: str, rows: Sequence[Published]) -> list[FieldWeek]:
        """Return the field ``slug`` in each of ``rows`` that has it, in order."""
        weeks = []
        for row in rows:
            summary = self.summary(row)
            if summary is None:
                continue
            with self._lock:
                view = self._views.get((row.id, row.content_hash), {}).get(slug)
            if view is not None:
                weeks.append(FieldWeek(row.id, summary.week_label, view))
        return weeks

    def web_version(self, row: Published, issue: Issue | None = None) -> str | None:
        """Return the compiled all-fields HTML of a published issue (cached, 32 at most).

        ``issue`` is as for ``summary``: given, it spares a second read of the snapshot.
        """
        key = (row.id, row.content_hash)
        with self._lock:
            cached = self._pages.get(key)
        if cached is not None:
            return cached
        issue = issue if issue is not None else self.issue(row)
        if issue is None:
            return None
        html = self.renderer.render_archive(issue)
        with self._lock:
            if len(self._pages) >= self.max_pages:
                self._pages.pop(next(iter(self._pages)))
            self._pages[key] = html
        return html

    def all_reports(self, issue: Issue) -> dict[str, list[ReportLink]]:
        """Return every report of each field with reports, by slug, in the field's order.

        The email shows each field's first few; the web version lists them all, read from
        the stored articles by ``report_ids`` (the shown ones when an issue lacks the ids).
        """
        wanted = {report_id for v in issue.verdicts for report_id in v.report_ids}
        week = parse_week(issue.id, self.renderer.zone)
        stored: dict[str, Article] = {}
        if wanted:
            found = load_articles(self.engine, week.start_utc, week.end_utc)
            stored = {article.id: article for article in found if article.id in wanted}
        for verdict in issue.verdicts:
            for scored in verdict.top:
                stored.setdefault(scored.article.id, scored.article)
        result = {}
        for verdict in issue.verdicts:
            ids = verdict.report_ids or tuple(s.article.id for s in verdict.top)
            links = [self._link(stored[i]) for i in ids if i in stored]
            if links:
                result[verdict.slug] = links
        return result

    def _link(self, article: Article) -> ReportLink:
        return ReportLink(
            title=article.title,
            url=safe_url(article.url),
            source=source_name(article, self.editorial),
            published=published_label(article.published_at, self.renderer.zone),
        )
