"""Readers' votes as a label source: agreement of a curation with what readers said."""

from __future__ import annotations

import sqlalchemy as sa

from newsletter.articles import save_articles
from newsletter.editorial import EditorialConfig
from newsletter.issues import build_issue
from newsletter.reader_agreement import curated_verdicts, reader_agreement
from newsletter.weeks import parse_week
from subscribers.votes import VerdictTally, VoteStore, verdict_tallies
from tests.factories import make_article


def test_yes_agrees_with_the_same_verdict_and_no_with_another() -> None:
    """Same verdict as shown: the yes votes agree; a different one: the no votes agree."""
    tallies = [
        VerdictTally("2026-W47", "ai", "must-read", yes=3, no=1),
        VerdictTally("2026-W47", "quantum", "skip", yes=1, no=4),
        VerdictTally("2026-W48", "ai", "worth-a-skim", yes=0, no=2),
        VerdictTally("2026-W48", "gone", "skip", yes=5, no=0),  # field since removed
    ]
    curated = {
        ("2026-W47", "ai"): "must-read",  # kept: 3 yes agree
        ("2026-W47", "quantum"): "worth-a-skim",  # changed: 4 no agree
        ("2026-W48", "ai"): "worth-a-skim",  # kept: 0 yes agree
    }
    result = reader_agreement(tallies, curated)
    assert (result.agreeing, result.votes) == (7, 11)
    assert result.share == 7 / 11
    assert [(f.field_slug, f.agreeing, f.votes) for f in result.fields] == [
        ("ai", 3, 4),
        ("quantum", 4, 5),
        ("ai", 0, 2),
    ]


def test_no_votes_says_nothing() -> None:
    """Without votes there is no share to report."""
    result = reader_agreement([], {("2026-W48", "ai"): "skip"})
    assert (result.votes, result.share, result.fields) == (0, None, ())


def test_votes_and_a_fresh_curation_from_the_database(
    engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """Stored votes are tallied per verdict shown and scored against today's curation of the week."""
    week = parse_week("2026-W48")
    save_articles(
        engine,
        [
            make_article(id=f"q{n}", published_at=week.start_utc.replace(hour=9 + n))
            for n in range(3)
        ],
    )
    now = build_issue(engine, editorial, week).verdict("quantum")
    assert now is not None
    other = "skip" if now.verdict.value != "skip" else "must-read"
    votes = VoteStore(engine)
    votes.record(week.id, "quantum", "r1", verdict=now.verdict.value, vote="yes")
    votes.record(week.id, "quantum", "r2", verdict=now.verdict.value, vote="no")
    votes.record(week.id, "quantum", "r3", verdict=other, vote="no")  # an earlier, other verdict
    tallies = verdict_tallies(engine)
    assert [(t.verdict, t.yes, t.no) for t in tallies] == sorted(
        [(now.verdict.value, 1, 1), (other, 0, 1)]
    )
    curated = curated_verdicts(engine, editorial, [week.id])
    assert curated[(week.id, "quantum")] == now.verdict.value
    result = reader_agreement(tallies, curated)
    assert (result.agreeing, result.votes) == (2, 3)
