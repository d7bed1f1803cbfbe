"""Why each field got its verdict: every report's kind, headline figure and points (pure).

``explain_issue`` pairs a curated Issue with the assessments of the week's reports, so an
editor sees, per field, each report (copies of one story once) with its kind, the rule that
decided it, its headline figure, the points of each factor and its importance; which reports
the draft pinned or left out; and the field's score, verdict, reason and the editorial
thresholds the score was held against. ``newsletter preview --explain`` prints it and the
preview server's ``/explain`` page shows it: both format numbers with ``format_points``, so
the two never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from newsletter.curate.issue import Ranked, rank_week
from newsletter.editorial import EditorialConfig
from newsletter.models import Article, FieldVerdict, Issue, Verdict


def format_points(value: float) -> str:
    """Return points as the explanation prints them: ``30``, ``12.5`` (``format(value, "g")``)."""
    return f"{value:g}"


@dataclass(frozen=True, slots=True)
class ReportLine:
    """One report of a field as the explanation shows it.

    ``rank`` is the report's place in the field: the reports the email shows come first, in
    the email's order (pins first), then the rest by importance, then those left out.
    ``dropped``: filed under the field but left out of the issue; in a draft's issue only a
    draft ``drop`` does that, in a frozen issue also a report collected after it froze.
    """

    rank: int
    article_id: str
    url: str  # as collected: untrusted, check its scheme before making it a link
    title: str  # untrusted feed text: escape it
    kind: str  # curation's kind ("deal", "launch", ...)
    rule: str  # the classifier rule that decided the kind
    headline: str  # the headline figure as written, "" when none
    factors: tuple[tuple[str, float], ...]
    importance: float  # 0-100: the points added up, times any multiplier (``source ×``)
    shown: bool  # among the reports the email shows
    pinned: bool = False  # put first by the draft's ``pin``
    dropped: bool = False

    @property
    def points(self) -> str:
        """The factors as printed: ``kind 30, figure 12.5``."""
        return ", ".join(f"{name} {format_points(value)}" for name, value in self.factors)

    @property
    def total(self) -> str:
        """The importance as printed."""
        return format_points(self.importance)


@dataclass(frozen=True, slots=True)
class FieldExplanation:
    """One field's verdict, the thresholds behind it and its reports, in rank order.

    ``must_read`` and ``worth_a_skim`` are the editorial config's ``[scoring]`` lines (0-100)
    a score must reach; ``overridden``: the draft set the verdict, not the score.
    """

    slug: str
    name: str
    score: int
    verdict: Verdict
    reason: str
    reports: tuple[ReportLine, ...]
    must_read: int = 70
    worth_a_skim: int = 45
    overridden: bool = False


def explain_issue(
    issue: Issue,
    articles: Iterable[Article],
    history: Iterable[Article],
    editorial: EditorialConfig,
) -> list[FieldExplanation]:
    """Return each field's explanation, in the issue's field order.

    ``articles`` and ``history`` are the week's and the earlier weeks' reports the issue was
    curated from (the same assessment is recomputed, so the points match the issue).
    """
    ranked, _ = rank_week(articles, history, editorial)
    scoring = editorial.scoring
    return [
        FieldExplanation(
            slug=verdict.slug,
            name=verdict.name,
            score=verdict.score,
            verdict=verdict.verdict,
            reason=verdict.reason,
            reports=_field_lines(verdict, ranked),
            must_read=scoring.must_read,
            worth_a_skim=scoring.worth_a_skim,
            overridden=verdict.overridden,
        )
        for verdict in issue.verdicts
    ]


def _field_lines(verdict: FieldVerdict, ranked: list[Ranked]) -> tuple[ReportLine, ...]:
    position = {s.article.id: n for n, s in enumerate(verdict.top)}
    pinned = {s.article.id for s in verdict.top if s.pinned}
    # An issue frozen before report_ids were recorded cannot tell what was left out.
    known = set(verdict.report_ids) if verdict.report_ids or not verdict.report_count else None
    members = [r for r in ranked if verdict.slug in r.article.fields or r.article.id in position]

    def dropped(r: Ranked) -> bool:
        return known is not None and r.article.id not in position and r.article.id not in known

    members.sort(key=lambda r: (dropped(r), position.get(r.article.id, len(position)), *r.order))
    return tuple(
        _line(
            r,
            rank,
            shown=r.article.id in position,
            pinned=r.article.id in pinned,
            dropped=dropped(r),
        )
        for rank, r in enumerate(members, start=1)
    )


def _line(ranked: Ranked, rank: int, *, shown: bool, pinned: bool, dropped: bool) -> ReportLine:
    assessment = ranked.assessment
    money = assessment.money
    return ReportLine(
        rank=rank,
        article_id=ranked.article.id,
        url=ranked.article.url,
        title=ranked.article.title,
        kind=assessment.kind.kind.value,
        rule=assessment.kind.rule,
        headline=money.text if money else "",
        factors=assessment.factors,
        importance=assessment.importance,
        shown=shown,
        pinned=pinned,
        dropped=dropped,
    )
