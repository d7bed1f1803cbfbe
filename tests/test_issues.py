"""Issues in the database: built from stored articles, frozen once for sending, loaded back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa

from newsletter.articles import save_articles
from newsletter.collect.run import collect_feeds
from newsletter.db.issuestore import SENDING, SENT, issue_status, mark_issue_sent
from newsletter.db.tables import issues
from newsletter.editorial import EditorialConfig
from newsletter.errors import DraftError
from newsletter.issues import (
    build_issue,
    content_hash,
    freeze_issue,
    issue_from_snapshot,
    issue_to_snapshot,
    load_issue,
)
from newsletter.models import Verdict
from newsletter.weeks import parse_week
from tests.factories import DEFAULT_GENERATED, make_article

REPO = Path(__file__).resolve().parent.parent
W48 = parse_week("2026-W48")


@pytest.fixture
def sample_engine(engine: sa.Engine, editorial: EditorialConfig) -> sa.Engine:
    """The test database with the sample site's two feeds collected into it."""
    feeds = [str(REPO / feed.url) for feed in editorial.feeds]
    collect_feeds(engine, editorial, feeds, workers=1)
    return engine


def test_build_issue_curates_the_stored_week(
    sample_engine: sa.Engine, editorial: EditorialConfig, tmp_path: Path
) -> None:
    """The sample week yields one verdict per configured field, quantum with content."""
    issue = build_issue(sample_engine, editorial, W48, drafts_dir=tmp_path)
    assert issue.id == "2026-W48"
    assert [v.slug for v in issue.verdicts] == list(editorial.field_slugs)
    quantum = issue.verdict("quantum")
    assert quantum is not None
    assert quantum.report_count >= 1
    assert quantum.top
    assert all(W48.contains(s.article.published_at) for v in issue.verdicts for s in v.top)


def test_draft_overrides_are_applied_and_mistakes_stop_the_build(
    sample_engine: sa.Engine, editorial: EditorialConfig, tmp_path: Path
) -> None:
    """A verdict override in drafts/<issue>.toml wins; a bad key raises DraftError with its line."""
    (tmp_path / "2026-W48.toml").write_text(
        '[fields.space]\nverdict = "must-read"\nnote = "Launch window opens."\n', encoding="utf-8"
    )
    issue = build_issue(sample_engine, editorial, W48, drafts_dir=tmp_path)
    space = issue.verdict("space")
    assert space is not None
    assert space.verdict is Verdict.MUST_READ
    assert space.editor_note == "Launch window opens."

    (tmp_path / "2026-W48.toml").write_text('[fields.space]\nverdict = "maybe"\n', encoding="utf-8")
    with pytest.raises(DraftError, match="line 2"):
        build_issue(sample_engine, editorial, W48, drafts_dir=tmp_path)


def test_snapshot_round_trips_every_value(
    sample_engine: sa.Engine, editorial: EditorialConfig, tmp_path: Path
) -> None:
    """An issue rebuilt from its JSON snapshot equals the original, money and times included."""
    issue = build_issue(sample_engine, editorial, W48, drafts_dir=tmp_path)
    assert issue_from_snapshot(issue_to_snapshot(issue)) == issue


def test_snapshots_frozen_with_money_and_cues_still_load(
    sample_engine: sa.Engine, editorial: EditorialConfig, tmp_path: Path
) -> None:
    """A snapshot frozen before migration 0009 (its articles carry money and cues) loads as before."""
    issue = build_issue(sample_engine, editorial, W48, drafts_dir=tmp_path)
    snapshot = issue_to_snapshot(issue)
    old_keys = {
        "money": [{"currency": "USD", "amount": 1e9, "text": "$1 billion"}],
        "cues": ["first"],
    }
    rows = [top["article"] for v in snapshot["verdicts"] for top in v["top"]]
    assert rows
    for row in rows:
        row.update(old_keys)
    assert issue_from_snapshot(snapshot) == issue


def test_content_hash_ignores_generation_time_only(
    sample_engine: sa.Engine, editorial: EditorialConfig, tmp_path: Path
) -> None:
    """Rebuilding the same week gives the same hash; changed content changes it."""
    first = build_issue(sample_engine, editorial, W48, drafts_dir=tmp_path, now=DEFAULT_GENERATED)
    later = build_issue(
        sample_engine,
        editorial,
        W48,
        drafts_dir=tmp_path,
        now=DEFAULT_GENERATED + dt.timedelta(hours=5),
    )
    assert content_hash(issue_to_snapshot(first)) == content_hash(issue_to_snapshot(later))
    changed = issue_to_snapshot(first) | {"intro": "Something else"}
    assert content_hash(changed) != content_hash(issue_to_snapshot(first))


def test_freeze_keeps_the_first_snapshot_for_every_later_run(
    engine: sa.Engine, editorial: EditorialConfig, tmp_path: Path
) -> None:
    """Once frozen, a re-run of the week sends the stored content even if articles changed."""
    save_articles(
        engine,
        [make_article(id="a1", title="First story", fields=("quantum",))],
    )
    first = build_issue(engine, editorial, W48, drafts_dir=tmp_path)
    frozen = freeze_issue(engine, first)
    assert frozen == first
    assert issue_status(engine, W48.id) == SENDING

    save_articles(engine, [make_article(id="a2", title="Late story", fields=("ai",))])
    rebuilt = build_issue(engine, editorial, W48, drafts_dir=tmp_path)
    assert rebuilt != first
    assert freeze_issue(engine, rebuilt) == first
    assert load_issue(engine, W48.id) == first


def test_mark_sent_publishes_once(engine: sa.Engine, editorial: EditorialConfig) -> None:
    """mark_issue_sent stamps status and time once; a second call keeps the first time."""
    save_articles(engine, [make_article(id="a1", fields=("quantum",))])
    freeze_issue(engine, build_issue(engine, editorial, W48, drafts_dir=Path("/nonexistent")))
    first = dt.datetime(2026, 11, 30, 7, 5, tzinfo=dt.UTC)
    mark_issue_sent(engine, W48.id, now=first)
    mark_issue_sent(engine, W48.id, now=first + dt.timedelta(hours=1))
    with engine.connect() as connection:
        row = connection.execute(sa.select(issues.c.status, issues.c.sent_at)).one()
    assert row.status == SENT
    assert row.sent_at.replace(tzinfo=dt.UTC) == first


def test_unknown_issue_loads_as_none(engine: sa.Engine) -> None:
    """Loading or asking the status of an issue never stored answers None."""
    assert load_issue(engine, "2026-W01") is None
    assert issue_status(engine, "2026-W01") is None


def test_a_new_issue_carries_each_fields_verdicts_from_earlier_frozen_issues(
    sample_engine: sa.Engine, editorial: EditorialConfig, tmp_path: Path
) -> None:
    """W48 gets W47's frozen verdicts as history (not an unsent draft's); snapshots keep it."""
    w47 = build_issue(sample_engine, editorial, parse_week("2026-W47"), drafts_dir=tmp_path)
    assert all(v.history == () for v in build_issue(sample_engine, editorial, W48).verdicts)
    freeze_issue(sample_engine, w47)
    issue = build_issue(sample_engine, editorial, W48, drafts_dir=tmp_path)
    for verdict in issue.verdicts:
        before = w47.verdict(verdict.slug)
        assert before is not None
        assert [(p.issue_id, p.verdict, p.score) for p in verdict.history] == [
            ("2026-W47", before.verdict, before.score)
        ]
    assert issue_from_snapshot(issue_to_snapshot(issue)) == issue


def test_report_ids_list_every_report_of_a_field(
    sample_engine: sa.Engine, editorial: EditorialConfig, tmp_path: Path
) -> None:
    """report_ids hold all of a field's reports (top shows a few), and survive a snapshot."""
    issue = build_issue(sample_engine, editorial, W48, drafts_dir=tmp_path)
    for verdict in issue.verdicts:
        assert len(verdict.report_ids) == verdict.report_count
        assert {s.article.id for s in verdict.top} <= set(verdict.report_ids)
    restored = issue_from_snapshot(issue_to_snapshot(issue))
    assert [v.report_ids for v in restored.verdicts] == [v.report_ids for v in issue.verdicts]
