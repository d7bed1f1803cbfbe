"""The audience log dates each join when the reader joined, on SQLite and PostgreSQL.

Readers imported from a CSV joined when they consented (its ``consented_at``), not in the
week of the import; a pending reader completed by an import joins at the file's consent; a
field added in the preferences, a confirmation or an unsubscribe is dated when it happens. The
expected counts come from the CSV rows and the script's own list of actions, not from the
code under test.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command

from newsletter.db import connect_database
from newsletter.db.engine import alembic_config
from newsletter.editorial import load_editorial
from newsletter.stats import field_weeks, report_weeks
from newsletter.weeks import IsoWeek, current_week, parse_week
from subscribers.csvimport import import_csv
from subscribers.store import SubscriberStore
from subscribers.tables import field_events, subscriber_fields, subscribers

FIELDS = ("quantum", "ai", "hpc", "energy")
# (address, fields, consented_at): four consent weeks, the oldest eight weeks back.
IMPORTED = (
    ("ada@example.com", ("quantum", "ai"), "2026-10-05T09:00:00Z"),  # W41
    ("ben@example.com", ("ai",), "2026-10-06T23:59:59+02:00"),  # W41 (21:59 UTC)
    ("cem@example.com", ("ai", "hpc"), "2026-10-14T12:00:00Z"),  # W42
    ("dee@example.com", ("energy",), "2026-10-25T23:30:00-02:00"),  # Mon 26 Oct UTC: W44
    ("eli@example.com", ("quantum",), "2026-10-26T08:00:00Z"),  # W44
)
PENDING = ("fay@example.com", ("hpc", "energy"), "2026-10-15T10:00:00Z")  # form first, file later


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sa.Engine]:
    """A migrated database: SQLite, and PostgreSQL when its test server is configured."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'joins.db'}"
    else:
        url = str(request.getfixturevalue("postgres_url"))
    engine = connect_database(url)
    yield engine
    engine.dispose()


def _utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(dt.UTC)


def _week_of(moment: dt.datetime) -> str:
    year, week, _ = moment.astimezone(dt.UTC).isocalendar()
    return f"{year}-W{week:02d}"


def _write_csv(path: Path, rows: tuple[tuple[str, tuple[str, ...], str], ...]) -> Path:
    lines = ["email,fields,consented_at,consent_method,policy_version"]
    lines += [f"{address},{';'.join(chosen)},{at},form,2026-01" for address, chosen, at in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _events(engine: sa.Engine) -> Counter[tuple[str, str, dt.datetime]]:
    """Every logged (field, kind, time), times as aware UTC."""
    with engine.connect() as connection:
        rows = connection.execute(
            sa.select(field_events.c.field_slug, field_events.c.kind, field_events.c.at)
        ).all()
    return Counter((slug, kind, at.astimezone(dt.UTC)) for slug, kind, at in rows)


def _weeks_since(first: IsoWeek, last: IsoWeek) -> list[IsoWeek]:
    return report_weeks(last, (last.start - first.start).days // 7 + 1)


def test_imported_readers_join_in_the_week_they_consented(
    engine: sa.Engine, tmp_path: Path
) -> None:
    """Each imported field join is logged at the row's consented_at, and stats counts it in that week."""
    store = SubscriberStore(engine, ["k"])
    before = dt.datetime.now(dt.UTC)
    store.add(PENDING[0], PENDING[1], method="form", policy_version="2026-01", status="pending")
    report = import_csv(
        store, _write_csv(tmp_path / "subs.csv", (*IMPORTED, PENDING)), known_fields=FIELDS
    )
    assert (report.added, report.updated, report.rejected) == (len(IMPORTED), 1, [])

    expected = Counter(
        (slug, "joined", _utc(at)) for _, chosen, at in (*IMPORTED, PENDING) for slug in chosen
    )
    assert _events(engine) == expected
    with engine.connect() as connection:
        query = sa.select(subscribers.c.email, subscribers.c.confirmed_at)
        confirmed = {email: at for email, at in connection.execute(query)}
    for address, _, at in (*IMPORTED, PENDING):
        assert confirmed[address].astimezone(dt.UTC) == _utc(at), address  # the two dates agree

    now = dt.datetime.now(dt.UTC)
    weeks = _weeks_since(parse_week("2026-W40"), current_week(now))
    rows = {(row.field, row.week): row for row in field_weeks(engine, load_editorial(None), weeks)}
    joined = Counter(
        (slug, _week_of(_utc(at))) for _, chosen, at in (*IMPORTED, PENDING) for slug in chosen
    )
    assert joined[("ai", "2026-W41")] == 2
    assert joined[("energy", "2026-W44")] == 1  # -02:00 late on Sunday is Monday in UTC
    for slug in FIELDS:
        total = 0
        for week in weeks:
            row = rows[(slug, week.id)]
            total += joined[(slug, week.id)]
            assert row.joined == joined[(slug, week.id)], (slug, week.id)
            assert row.following == total, (slug, week.id)  # followers grow week by week
    this_week = current_week(now)
    assert before >= this_week.start_utc  # the import ran this week, yet no join is dated in it
    assert all(rows[(slug, this_week.id)].joined == 0 for slug in FIELDS)


def test_changes_made_now_are_dated_now_and_agree_with_the_subscriber_row(
    engine: sa.Engine, tmp_path: Path
) -> None:
    """A preference change, a confirmation and an unsubscribe are logged at the moment they happen."""
    store = SubscriberStore(engine, ["k"])
    import_csv(store, _write_csv(tmp_path / "subs.csv", IMPORTED[:2]), known_fields=FIELDS)
    imported = _events(engine)
    start = dt.datetime.now(dt.UTC)
    ada = store.find_by_email(IMPORTED[0][0])
    assert ada is not None
    store.set_fields(ada.id, ["quantum", "ai", "energy"])  # energy chosen now
    ben = store.find_by_email(IMPORTED[1][0])
    assert ben is not None
    gone = store.unsubscribe(ben.id)
    late = store.add(
        "gus@example.com", ["hpc"], method="form", policy_version="2026-01", status="pending"
    )
    confirmed = store.confirm(late.id)
    end = dt.datetime.now(dt.UTC)

    fresh = _events(engine) - imported
    assert sorted((slug, kind) for slug, kind, _ in fresh.elements()) == [
        ("ai", "left"),
        ("energy", "joined"),
        ("hpc", "joined"),
    ]
    at = {(slug, kind): moment for slug, kind, moment in fresh}
    assert start <= at[("energy", "joined")] <= end
    assert gone.unsubscribed_at is not None
    assert at[("ai", "left")] == gone.unsubscribed_at.astimezone(dt.UTC)
    assert confirmed.confirmed_at is not None
    assert at[("hpc", "joined")] == confirmed.confirmed_at.astimezone(dt.UTC)


def test_the_migration_dates_joins_from_its_revision_on_and_downgrades(
    engine: sa.Engine, tmp_path: Path
) -> None:
    """Before 0008 an import is dated at the write; after it at the consent; downgrading restores the old triggers."""
    config = alembic_config(engine)
    command.downgrade(config, "0007_limits_keys")
    store = SubscriberStore(engine, ["k"])
    now = dt.datetime.now(dt.UTC)
    start = now.replace(microsecond=now.microsecond // 1000 * 1000)  # SQLite's %f: milliseconds
    with engine.begin() as connection:  # 0007's schema: no chosen_at column yet
        connection.execute(sa.delete(field_events))
    _old_register(engine, IMPORTED[0])
    assert all(at >= start for _, _, at in _events(engine))  # the old triggers: the write's time
    command.upgrade(config, "heads")
    import_csv(store, _write_csv(tmp_path / "new.csv", IMPORTED[1:2]), known_fields=FIELDS)
    assert ("ai", "joined", _utc(IMPORTED[1][2])) in _events(engine)
    command.downgrade(config, "0007_limits_keys")
    _old_register(engine, ("hal@example.com", ("hpc",), IMPORTED[2][2]))
    assert sum(1 for slug, _, at in _events(engine) if slug == "hpc" and at >= start) == 1
    command.upgrade(config, "heads")


def _old_register(engine: sa.Engine, row: tuple[str, tuple[str, ...], str]) -> None:
    """Insert an active reader and their fields without chosen_at (what 0007's schema holds)."""
    address, chosen, at = row
    moment = _utc(at)
    subscriber_id = address.split("@")[0]
    with engine.begin() as connection:
        connection.execute(
            sa.insert(subscribers).values(
                id=subscriber_id,
                email=address,
                email_key=f"key-{address}",
                status="active",
                created_at=moment,
                updated_at=moment,
                confirmed_at=moment,
            )
        )
        connection.execute(
            sa.insert(subscriber_fields),
            [{"subscriber_id": subscriber_id, "field_slug": slug} for slug in chosen],
        )
