"""Tests for the week to work on and the weeks listed for the editor's week switcher."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlalchemy as sa

from newsletter.articles import save_articles
from newsletter.db.issuestore import SENT
from newsletter.db.tables import issues
from newsletter.sendtime import SendSchedule
from newsletter.workweek import list_weeks, week_to_work_on
from tests.factories import make_article

BERLIN = SendSchedule.parse("mon", "07:00", "Europe/Berlin")
SHANGHAI = SendSchedule.parse("mon", "05:00", "Asia/Shanghai")


def store_reports(engine: sa.Engine, *moments: str) -> None:
    """Store one report published at each ISO moment."""
    save_articles(
        engine,
        [
            make_article(id=f"r{index}", published_at=dt.datetime.fromisoformat(moment))
            for index, moment in enumerate(moments)
        ],
    )


def store_issue(engine: sa.Engine, week_id: str, status: str) -> None:
    """Record an issue row with ``status`` (its snapshot does not matter here)."""
    with engine.begin() as connection:
        connection.execute(
            sa.insert(issues).values(
                id=week_id,
                week_start=dt.date(2026, 1, 5),
                created_at=dt.datetime(2026, 1, 5, tzinfo=dt.UTC),
                content_hash="",
                snapshot={},
                status=status,
            )
        )


def test_week_to_work_on_reads_the_sent_status(engine: sa.Engine) -> None:
    """Monday after the send moment: the week that ended until it is sent, then the current one."""
    now = dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)
    assert week_to_work_on(engine, BERLIN, now).id == "2026-W48"
    store_issue(engine, "2026-W48", "sending")
    assert week_to_work_on(engine, BERLIN, now).id == "2026-W48"  # a crashed send resumes
    with engine.begin() as connection:
        connection.execute(sa.update(issues).values(status=SENT))
    assert week_to_work_on(engine, BERLIN, now).id == "2026-W49"


def test_list_weeks_counts_reports_drafts_and_stored_issues(
    engine: sa.Engine, tmp_path: Path
) -> None:
    """Weeks with reports, a draft file or a stored issue are listed newest first, with counts."""
    store_reports(
        engine,
        "2026-11-25T12:00:00+00:00",
        "2026-11-26T12:00:00+00:00",
        "2026-11-11T12:00:00+00:00",
    )
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "2026-W49.toml").write_text("", encoding="utf-8")
    (drafts / "2026-W48.toml").write_text("", encoding="utf-8")
    (drafts / "notes.toml").write_text("", encoding="utf-8")  # not a week: ignored
    store_issue(engine, "2026-W40", SENT)

    listed = list_weeks(engine, BERLIN, drafts)

    assert [(e.week.id, e.reports, e.has_draft, e.status) for e in listed] == [
        ("2026-W49", 0, True, None),
        ("2026-W48", 2, True, None),
        ("2026-W46", 1, False, None),
        ("2026-W40", 0, False, SENT),
    ]
    assert all(entry.week.zone == BERLIN.zone for entry in listed)


def test_list_weeks_counts_on_the_zones_calendar(engine: sa.Engine, tmp_path: Path) -> None:
    """A report of Sunday 20:00 UTC is Monday 04:00 in Shanghai: it counts in the next week there."""
    store_reports(engine, "2026-11-29T20:00:00+00:00", "2026-12-31T18:00:00+00:00")

    in_utc = list_weeks(engine, SendSchedule.parse("mon", "07:00", "UTC"), tmp_path / "none")
    in_shanghai = list_weeks(engine, SHANGHAI, tmp_path / "none")

    assert [e.week.id for e in in_utc] == ["2026-W53", "2026-W48"]
    assert [e.week.id for e in in_shanghai] == ["2026-W53", "2026-W49"]


def test_list_weeks_includes_the_week_to_work_on(engine: sa.Engine, tmp_path: Path) -> None:
    """``include`` adds the week to work on even when it has no report, draft or issue yet."""
    now = dt.datetime(2026, 12, 29, 10, 0, tzinfo=dt.UTC)
    store_issue(engine, "2026-W52", SENT)
    current = week_to_work_on(engine, SHANGHAI, now)

    listed = list_weeks(engine, SHANGHAI, tmp_path, include=current)

    assert current.id == "2026-W53"
    assert [(e.week.id, e.reports) for e in listed] == [("2026-W53", 0), ("2026-W52", 0)]
    assert list_weeks(engine, SHANGHAI, tmp_path) == listed[1:]
