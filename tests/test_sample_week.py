"""The sample week the README and goldens show is the product's own collection and curation."""

from __future__ import annotations

import ast
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsletter.collect.run import collect_feeds
from newsletter.curate import curate_issue
from newsletter.db import connect_database
from newsletter.editorial import EditorialConfig, load_editorial
from newsletter.errors import ConfigError
from newsletter.issues import history_articles, week_articles
from newsletter.models import Issue
from newsletter.sample_week import SAMPLE_CLOCK, curated_sample_issue
from newsletter.weeks import parse_week

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def sample() -> Iterator[tuple[EditorialConfig, Issue]]:
    """The embedded config (feeds resolved in the repository) and its curated sample week."""
    cwd = Path.cwd()
    os.chdir(REPO)
    try:
        editorial = load_editorial(None)
        yield editorial, curated_sample_issue(editorial)
    finally:
        os.chdir(cwd)


def test_sample_week_is_deterministic(sample: tuple[EditorialConfig, Issue]) -> None:
    """Two builds give equal issues, made at the fixed clock, for 2026-W48."""
    editorial, issue = sample
    assert curated_sample_issue(editorial) == issue
    assert issue.id == "2026-W48"
    assert issue.generated_at == SAMPLE_CLOCK


def test_sample_week_is_what_curate_makes_of_the_sample_feeds(
    sample: tuple[EditorialConfig, Issue], tmp_path: Path
) -> None:
    """Collecting the feeds here and calling newsletter.curate directly gives the same verdicts."""
    editorial, issue = sample
    engine = connect_database(f"sqlite:///{tmp_path / 'check.db'}")
    try:
        collect_feeds(engine, editorial, list(editorial.feeds), now=SAMPLE_CLOCK, workers=1)
        week = parse_week(issue.id)
        direct = curate_issue(
            week,
            week_articles(engine, week),
            history_articles(engine, week),
            editorial,
            now=SAMPLE_CLOCK,
        )
    finally:
        engine.dispose()
    assert any(v.report_count for v in direct.verdicts)

    def shown(one: Issue) -> list[tuple[object, ...]]:
        return [
            (v.slug, v.score, v.verdict, v.reason, v.report_count, v.report_ids)
            for v in one.verdicts
        ]

    assert shown(issue) == shown(direct)
    assert issue.intro == direct.intro


def test_trend_history_comes_from_the_curated_week_before(
    sample: tuple[EditorialConfig, Issue],
) -> None:
    """The week before (2026-W47) is curated and frozen first: each field has its real verdict."""
    editorial, issue = sample
    for verdict in issue.verdicts:
        assert [past.issue_id for past in verdict.history] == ["2026-W47"]
    earlier = curated_sample_issue(editorial, week_id="2026-W47", weeks_before=0)
    by_slug = {v.slug: v for v in earlier.verdicts}
    for verdict in issue.verdicts:
        past = verdict.history[0]
        assert (past.verdict, past.score) == (
            by_slug[verdict.slug].verdict,
            by_slug[verdict.slug].score,
        )


def test_missing_sample_feeds_say_where_to_run(
    sample: tuple[EditorialConfig, Issue], tmp_path: Path
) -> None:
    """Run outside the repository, the sample week names the missing feed files."""
    editorial, _ = sample
    feed = editorial.feeds[0].model_copy(update={"url": str(tmp_path / "gone.xml")})
    moved = editorial.model_copy(update={"feeds": (feed,)})
    with pytest.raises(ConfigError, match="gone.xml"):
        curated_sample_issue(moved)


@pytest.mark.parametrize("path", ["scripts/screenshots.py", "tests/test_render_golden.py"])
def test_readme_images_and_goldens_use_the_curated_week(path: str) -> None:
    """The screenshots and goldens build from curated_sample_issue, not the hand-made fixture."""
    tree = ast.parse((REPO / path).read_text(encoding="utf-8"))
    imported = {
        (node.module, alias.name)
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert ("newsletter.sample_week", "curated_sample_issue") in imported
    assert not any(module == "newsletter.render.sample" for module, _ in imported)
