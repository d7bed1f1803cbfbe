"""curate.explain: ranks, draft pins and drops, thresholds, as --explain and /explain show them."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from newsletter.curate import curate_issue
from newsletter.curate.explain import explain_issue, format_points
from newsletter.drafts import parse_draft
from newsletter.editorial import EditorialConfig
from newsletter.models import Article
from newsletter.weeks import parse_week
from tests.factories import make_article

WEEK = parse_week("2026-W48")
TITLES = [
    "Quantum start-up raises $300 million to build error-corrected machines",
    "Lab couples a 1,000-qubit processor to a supercomputer",
    "Webinar: an introduction to quantum sensing",
    "Opinion: why qubits still matter",
    "Quantum firm hires a new chief scientist",
]


def week_reports() -> list[Article]:
    """Five quantum reports, the first also filed under ai, on different days of the week."""
    return [
        make_article(
            id=f"q{n}",
            title=title,
            fields=("quantum", "ai") if n == 0 else ("quantum",),
            published_at=dt.datetime(2026, 11, 24 + n % 3, 9, n, tzinfo=dt.UTC),
        )
        for n, title in enumerate(TITLES)
    ]


def explain(editorial: EditorialConfig, draft_text: str = "") -> dict[str, list[str]]:
    """Curate the week with the draft and return, per field, report ids in explanation order."""
    articles = week_reports()
    draft = parse_draft(draft_text, editorial) if draft_text else None
    issue = curate_issue(WEEK, articles, [], editorial, draft=draft)
    return {
        f.slug: [r.article_id for r in f.reports]
        for f in explain_issue(issue, articles, [], editorial)
    }


def test_ranks_follow_the_email_then_importance(editorial: EditorialConfig) -> None:
    """Shown reports first in the email's order, then the rest by importance; ranks count up."""
    articles = week_reports()
    issue = curate_issue(WEEK, articles, [], editorial)
    quantum = next(f for f in explain_issue(issue, articles, [], editorial) if f.slug == "quantum")
    verdict = next(v for v in issue.verdicts if v.slug == "quantum")
    shown = [r for r in quantum.reports if r.shown]
    assert [r.article_id for r in shown] == [s.article.id for s in verdict.top]
    rest = [r.importance for r in quantum.reports if not r.shown]
    assert rest == sorted(rest, reverse=True)
    assert len(rest) == len(articles) - editorial.scoring.top_reports
    assert [r.rank for r in quantum.reports] == list(range(1, len(articles) + 1))
    assert all(r.total == format_points(r.importance) for r in quantum.reports)
    assert all(not (r.pinned or r.dropped) for r in quantum.reports)


def test_a_pin_ranks_first_and_a_field_drop_last(editorial: EditorialConfig) -> None:
    """A field pin of the least important report makes it rank 1; a field drop lists it last."""
    plain = explain(editorial)["quantum"]
    last, second = plain[-1], plain[1]
    draft = f'[fields.quantum]\npin = ["{last}"]\ndrop = ["{second}"]\n'
    articles = week_reports()
    issue = curate_issue(WEEK, articles, [], editorial, draft=parse_draft(draft, editorial))
    quantum = next(f for f in explain_issue(issue, articles, [], editorial) if f.slug == "quantum")
    lines = {r.article_id: r for r in quantum.reports}
    assert quantum.reports[0].article_id == last
    assert lines[last].pinned
    assert lines[last].shown
    assert quantum.reports[-1].article_id == second
    assert lines[second].dropped
    assert not lines[second].shown
    assert sum(r.dropped for r in quantum.reports) == 1


@pytest.mark.parametrize("key", ["drop", "fields.quantum.drop"])
def test_a_drop_is_marked_only_where_it_applies(editorial: EditorialConfig, key: str) -> None:
    """A top-level drop marks the report in each of its fields; a field drop in that field only."""
    section, _, name = key.rpartition(".")
    header = f"[{section}]\n" if section else ""
    articles = week_reports()
    draft = parse_draft(f'{header}{name} = ["q0"]\n', editorial)
    issue = curate_issue(WEEK, articles, [], editorial, draft=draft)
    by_field = {f.slug: f for f in explain_issue(issue, articles, [], editorial)}
    assert next(r for r in by_field["quantum"].reports if r.article_id == "q0").dropped
    ai = next(r for r in by_field["ai"].reports if r.article_id == "q0")
    assert ai.dropped is (key == "drop")


def test_thresholds_come_from_the_editorial_config(editorial: EditorialConfig) -> None:
    """Each field carries the [scoring] lines of the config in use."""
    scoring = editorial.scoring.model_copy(update={"must_read": 80, "worth_a_skim": 30})
    custom = editorial.model_copy(update={"scoring": scoring})
    articles = week_reports()
    issue = curate_issue(WEEK, articles, [], custom)
    explained = explain_issue(issue, articles, [], custom)
    assert {(f.must_read, f.worth_a_skim) for f in explained} == {(80, 30)}


def test_an_issue_frozen_without_report_ids_marks_nothing_dropped(
    editorial: EditorialConfig,
) -> None:
    """An old frozen issue that did not record its report ids cannot tell drops apart."""
    articles = week_reports()
    issue = curate_issue(WEEK, articles, [], editorial)
    old = dataclasses.replace(
        issue, verdicts=tuple(dataclasses.replace(v, report_ids=()) for v in issue.verdicts)
    )
    explained = explain_issue(old, articles, [], editorial)
    assert all(not r.dropped for f in explained for r in f.reports)
    assert sum(len(f.reports) for f in explained) == len(articles) + 1  # q0 in two fields


@pytest.mark.parametrize(("value", "text"), [(30.0, "30"), (12.5, "12.5"), (72.28, "72.28")])
def test_points_are_printed_without_trailing_zeros(value: float, text: str) -> None:
    """format_points prints 30 and 12.5, never 30.0 or 12.50."""
    assert format_points(value) == text
