"""Why each field got its verdict: every report's kind, headline figure and points (pure).

``explain_issue`` pairs a curated Issue with the assessments of the week's reports, so an
editor sees, per field, each report (copies of one story once) in the order curation ranked
them, with its kind, headline figure, the points of each factor and its importance; and the
field's score, verdict and reason.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from newsletter.curate.issue import Ranked, rank_week
from newsletter.editorial import EditorialConfig
from newsletter.models import Article, Issue, Verdict


@dataclass(frozen=True, slots=True)
class ReportLine:
    """One report of a field as the explanation shows it."""

    title: str
    kind: str  # curation's kind ("deal", "launch", ...)
    rule: str  # the classifier rule that decided the kind
    headline: str  # the headline figure as written, "" when none
    factors: tuple[tuple[str, float], ...]
    importance: float
    shown: bool  # among the reports the email shows


@dataclass(frozen=True, slots=True)
class FieldExplanation:
    """One field's verdict and the reports behind it, most important first."""

    name: str
    score: int
    verdict: Verdict
    reason: str
    reports: tuple[ReportLine, ...]


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
    explained = []
    for verdict in issue.verdicts:
        shown = {s.article.id for s in verdict.top}
        members = [r for r in ranked if verdict.slug in r.article.fields or r.article.id in shown]
        members.sort(key=lambda r: (r.article.id not in shown, *r.order))
        explained.append(
            FieldExplanation(
                name=verdict.name,
                score=verdict.score,
                verdict=verdict.verdict,
                reason=verdict.reason,
                reports=tuple(_line(r, r.article.id in shown) for r in members),
            )
        )
    return explained


def _line(ranked: Ranked, shown: bool) -> ReportLine:
    assessment = ranked.assessment
    money = assessment.money
    return ReportLine(
        title=ranked.article.title,
        kind=assessment.kind.kind.value,
        rule=assessment.kind.rule,
        headline=money.text if money else "",
        factors=assessment.factors,
        importance=assessment.importance,
        shown=shown,
    )
