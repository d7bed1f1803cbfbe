"""subscribers.csvimport on the set-based path: same outcome as registering row by row.

The reference is the per-row import (``read_rows``, then ``find_by_email`` and
``SubscriberStore.register`` for each row, as ``import_csv`` did before it stored rows a chunk
at a time), run on a second fresh store seeded the same way. Chunks are made tiny so rows
span many of them. Races are real: a second engine on the same database writes between the
bulk path's lookups and its first write (an engine event, no test hook in the code).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from newsletter.db import connect_database
from subscribers.csvimport import (
    import_csv,
)
from subscribers.errors import InvalidImportFile
from subscribers.models import ConsentMethod, NewStatus
from subscribers.store import SubscriberStore
from subscribers.tables import consents, erasures, store_keys, subscriber_fields, subscribers
from tests.import_reference import import_one_by_one

OLD_KEY, NEW_KEY = "bulk-test-old-key", "bulk-test-new-key"
FIELDS = ("quantum", "ai", "space")
NOW = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)
SEEDED_AT = dt.datetime(2026, 1, 10, 8, 0, tzinfo=dt.UTC)
HEADER = "email,fields,consented_at,consent_method,policy_version\n"
ROW = "{},{},2026-03-01T10:00:00Z,form,2026-01\n"

# Rows after the header; comments give the expected outcome. Line numbers start at 2.
MIXED = (
    "".join(ROW.format(f"new{n}@example.com", "ai;quantum") for n in range(5))
    + ROW.format("known@example.com", "space")  # stored under the old key: updated, rekeyed
    + ROW.format("KNOWN.CASE@Example.com", "ai")  # case variant of a known reader: updated
    + ROW.format("pending@example.com", "ai")  # pending: fields replaced, now active
    + ROW.format("paused@example.com", "quantum")  # paused: field added, still paused
    + ROW.format("unsub@example.com", "ai")  # rejected: unsubscribed
    + ROW.format("bounce@example.com", "ai")  # rejected: bounced
    + ROW.format("complain@example.com", "ai")  # rejected: complained
    + ROW.format("erased@example.com", "ai")  # rejected: erased subscriber
    + ROW.format("ghost@example.com", "ai")  # rejected: erasure of an address never stored
    + "again@example.com,ai,2026-02-01T00:00:00Z,form,2026-01\n"  # unchanged: same consent
    + "again2@example.com,ai;space,2026-02-01T00:00:00Z,form,2026-01\n"  # updated: new field
    + ROW.format("NEW3@example.com", "ai")  # rejected: duplicate of an earlier line
    + ROW.format("not-an-address", "ai")  # rejected: invalid address
    + ROW.format("bad1@example.com", "cooking")  # rejected: unknown field
    + "bad2@example.com,ai,,form,2026-01\n"  # rejected: no consent time
    + "\n"  # blank: skipped, not a row
    + "bad3@example.com,ai,2030-01-01T00:00:00Z,form,2026-01\n"  # rejected: in the future
    + "".join(ROW.format(f"new{n}@example.com", "space") for n in range(5, 10))
)


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh database URL: SQLite here, and PostgreSQL when its test server is configured."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'bulk.db'}"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def engine_pair(url: str) -> Iterator[tuple[sa.Engine, sa.Engine]]:
    """Two engines on one migrated database: the importer's and a concurrent writer's."""
    first = connect_database(url)
    second = connect_database(url)
    yield first, second
    first.dispose()
    second.dispose()


def write(tmp_path: Path, body: str, name: str = "subs.csv") -> Path:
    """Write a CSV with the standard header and ``body``."""
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def seed(engine: sa.Engine) -> None:
    """Store the readers that MIXED meets, in every state the rules distinguish."""
    old = SubscriberStore(engine, [OLD_KEY])
    store = SubscriberStore(engine, [NEW_KEY, OLD_KEY])

    def add(
        target: SubscriberStore,
        email: str,
        fields: tuple[str, ...],
        method: ConsentMethod = "cli",
        status: NewStatus = "active",
    ) -> str:
        return target.add(
            email,
            fields,
            method=method,
            policy_version="2025-06",
            status=status,
            consented_at=SEEDED_AT,
        ).id

    add(old, "known@example.com", ("ai",))
    add(store, "Known.Case@example.com", ("space",))
    add(store, "pending@example.com", ("space",), method="form", status="pending")
    store.pause(add(store, "paused@example.com", ("ai",)))
    store.unsubscribe(add(store, "unsub@example.com", ("ai",)))
    store.suppress(add(store, "bounce@example.com", ("ai",)), "bounced")
    store.suppress(add(store, "complain@example.com", ("ai",)), "complained")
    add(store, "erased@example.com", ("ai",))
    store.forget("erased@example.com")
    store.forget("ghost@example.com")
    for email in ("again@example.com", "again2@example.com"):
        store.register(
            email,
            ["ai"],
            method="import",
            policy_version="2026-01",
            consented_at=dt.datetime(2026, 2, 1, tzinfo=dt.UTC),
            consent_source="form",
        )


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    if value is None or value.tzinfo is None:
        return value
    return value.astimezone(dt.UTC).replace(tzinfo=None)


def snapshot(engine: sa.Engine) -> tuple[list[tuple[Any, ...]], list[str]]:
    """Return every subscriber (ids and write times left out) and the erasure keys, sorted."""
    with engine.connect() as connection:
        rows = connection.execute(sa.select(subscribers)).all()
        slugs: dict[str, set[tuple[str, Any]]] = {}
        for subscriber_id, slug, chosen_at in connection.execute(sa.select(subscriber_fields)):
            slugs.setdefault(subscriber_id, set()).add((slug, _utc(chosen_at)))
        history: dict[str, list[tuple[Any, ...]]] = {}
        for consent in connection.execute(sa.select(consents).order_by(consents.c.id)):
            history.setdefault(consent.subscriber_id, []).append(
                (
                    consent.method,
                    tuple(consent.fields),
                    consent.policy_version,
                    consent.ip_hash,
                    consent.source,
                    _utc(consent.given_at),
                )
            )
        erased = sorted(connection.execute(sa.select(erasures.c.email_key)).scalars())
    people = sorted(
        (
            row.email or "",
            row.email_key if row.email is not None else "erased",
            row.status,
            row.confirmed_at is not None,
            row.unsubscribed_at is not None,
            tuple(sorted(slugs.get(row.id, ()))),
            tuple(history.get(row.id, ())),
        )
        for row in rows
    )
    return people, erased


def share_erasure_key(engine: sa.Engine) -> None:
    """Give the database a fixed erasure key (each database makes its own random one), so
    two databases hash the same erased address alike and their snapshots compare."""
    with engine.begin() as connection:
        connection.execute(
            sa.insert(store_keys).values(name="erasure", secret="ab" * 32, created_at=NOW)
        )


def test_bulk_import_matches_row_by_row_registration(
    engine_pair: tuple[sa.Engine, sa.Engine], tmp_path: Path
) -> None:
    """Chunks of 3 leave the same subscribers, consents, erasures and report as per-row register."""
    bulk_engine, _ = engine_pair
    reference_engine = connect_database(f"sqlite:///{tmp_path / 'reference.db'}")
    try:
        for engine in (bulk_engine, reference_engine):
            share_erasure_key(engine)
            seed(engine)
        path = write(tmp_path, MIXED)
        bulk = SubscriberStore(bulk_engine, [NEW_KEY, OLD_KEY])
        reference = SubscriberStore(reference_engine, [NEW_KEY, OLD_KEY])
        for _ in range(2):  # the second run is a re-import: nothing new
            report = import_csv(bulk, path, known_fields=FIELDS, now=NOW, chunk_size=3)
            assert report == import_one_by_one(reference, path, known_fields=FIELDS, now=NOW)
            assert snapshot(bulk_engine) == snapshot(reference_engine)
    finally:
        reference_engine.dispose()


def test_bulk_import_applies_each_rule(
    engine_pair: tuple[sa.Engine, sa.Engine], tmp_path: Path
) -> None:
    """Every documented rule holds for rows spread over many chunks (explicit expectations)."""
    engine, _ = engine_pair
    seed(engine)
    store = SubscriberStore(engine, [NEW_KEY, OLD_KEY])
    report = import_csv(store, write(tmp_path, MIXED), known_fields=FIELDS, now=NOW, chunk_size=4)
    assert (report.added, report.updated, report.unchanged) == (10, 5, 1)
    assert [rejected.line for rejected in report.rejected] == [
        *range(11, 16),
        *range(18, 22),
        23,
    ]
    reasons = " ".join(rejected.reason for rejected in report.rejected)
    for expected in (
        "u•••@example.com is unsubscribed",
        "b•••@example.com is bounced",
        "c•••@example.com is complained",
        "e•••@example.com was erased",
        "g•••@example.com was erased",
        "duplicate of line 5",
    ):
        assert expected in reasons
    assert re.search(r"\w@example\.com", reasons) is None  # every address masked

    def found(email: str) -> tuple[str, frozenset[str], int]:
        subscriber = store.find_by_email(email)
        assert subscriber is not None
        return subscriber.status, subscriber.fields, len(subscriber.consents)

    assert found("pending@example.com") == ("active", frozenset({"ai"}), 2)
    assert found("paused@example.com") == ("paused", frozenset({"ai", "quantum"}), 2)
    assert found("known@example.com") == ("active", frozenset({"ai", "space"}), 2)
    assert found("unsub@example.com") == ("unsubscribed", frozenset({"ai"}), 1)
    assert found("again@example.com") == ("active", frozenset({"ai"}), 1)
    assert found("again2@example.com") == ("active", frozenset({"ai", "space"}), 2)
    assert found("new9@example.com") == ("active", frozenset({"space"}), 1)
    case = store.find_by_email("known.case@example.com")
    assert case is not None
    assert case.email == "KNOWN.CASE@example.com"  # the latest spelling is kept
    imported = case.consents[-1]
    assert (imported.method, imported.source, imported.fields) == ("import", "form", ("ai",))
    assert SubscriberStore(engine, [NEW_KEY]).find_by_email("known@example.com") is not None
    assert store.count_by_status()["erased"] == 1


def test_concurrent_insert_falls_back_to_per_row(
    engine_pair: tuple[sa.Engine, sa.Engine], tmp_path: Path
) -> None:
    """A subscribe committed between the lookups and the first write loses nothing, duplicates nothing."""
    engine, other_engine = engine_pair
    store = SubscriberStore(engine, [NEW_KEY])
    web = SubscriberStore(other_engine, [NEW_KEY])
    path = write(tmp_path, "".join(ROW.format(f"r{n}@example.com", "ai") for n in range(6)))
    fired: list[str] = []

    def subscribe_meanwhile(*args: Any) -> None:
        statement = str(args[2]).lstrip().upper()
        if not fired and statement.startswith(("INSERT", "UPDATE", "DELETE")):
            fired.append(statement)
            web.add("r4@example.com", ["space"], method="form", policy_version="2026-01")

    sa.event.listen(engine, "before_cursor_execute", subscribe_meanwhile)
    try:
        report = import_csv(store, path, known_fields=FIELDS, now=NOW, chunk_size=6)
    finally:
        sa.event.remove(engine, "before_cursor_execute", subscribe_meanwhile)
    assert fired  # the race really happened
    assert (report.added, report.updated, report.rejected) == (5, 1, [])
    assert store.count_by_status()["active"] == 6
    raced = store.find_by_email("r4@example.com")
    assert raced is not None
    assert raced.fields == {"ai", "space"}
    assert [consent.method for consent in raced.consents] == ["form", "import"]
    for n in (0, 5):
        other = store.find_by_email(f"r{n}@example.com")
        assert other is not None
        assert len(other.consents) == 1


def test_status_changed_meanwhile_is_decided_again(
    engine_pair: tuple[sa.Engine, sa.Engine], tmp_path: Path
) -> None:
    """A pending reader who unsubscribes after the lookup stays unsubscribed; the row is rejected."""
    engine, other_engine = engine_pair
    store = SubscriberStore(engine, [NEW_KEY])
    pending = store.add(
        "p@example.com", ["ai"], method="form", policy_version="1", status="pending"
    )
    store.add("a@example.com", ["ai"], method="form", policy_version="1")
    reader = SubscriberStore(other_engine, [NEW_KEY])
    path = write(tmp_path, ROW.format("a@example.com", "space") + ROW.format("p@example.com", "ai"))
    fired: list[bool] = []

    def unsubscribe_meanwhile(*args: Any) -> None:
        if not fired and str(args[2]).lstrip().upper().startswith(("INSERT", "UPDATE")):
            fired.append(True)
            reader.unsubscribe(pending.id)

    sa.event.listen(engine, "before_cursor_execute", unsubscribe_meanwhile)
    try:
        report = import_csv(store, path, known_fields=FIELDS, now=NOW)
    finally:
        sa.event.remove(engine, "before_cursor_execute", unsubscribe_meanwhile)
    assert fired
    assert report.updated == 1
    assert [
        (rejected.line, "is unsubscribed" in rejected.reason) for rejected in report.rejected
    ] == [(3, True)]
    assert store.get(pending.id).status == "unsubscribed"
    known = store.find_by_email("a@example.com")
    assert known is not None
    assert known.fields == {"ai", "space"}
    assert len(known.consents) == 2


def test_progress_moves_while_chunks_are_stored(
    engine_pair: tuple[sa.Engine, sa.Engine], tmp_path: Path
) -> None:
    """progress gets 1 per row read, bad rows included, as each chunk is stored."""
    engine, _ = engine_pair
    store = SubscriberStore(engine, [NEW_KEY])
    body = "".join(ROW.format(f"p{n}@example.com", "ai") for n in range(10)) + "bad,ai,,,\n"
    stored_at_call: list[int] = []

    def progress(count: int) -> None:
        assert count == 1
        stored_at_call.append(store.count_by_status()["active"])

    report = import_csv(
        store, write(tmp_path, body), known_fields=FIELDS, now=NOW, progress=progress, chunk_size=4
    )
    assert report.rows == len(stored_at_call) == 11
    assert stored_at_call == [4] * 4 + [8] * 4 + [10] * 3


def test_bad_bytes_mid_file_keep_rows_read_before(
    engine_pair: tuple[sa.Engine, sa.Engine], tmp_path: Path
) -> None:
    """Rows decoded before an invalid byte stay imported though their chunk was not full."""
    engine, _ = engine_pair
    store = SubscriberStore(engine, [NEW_KEY])
    rows = [ROW.format(f"m{n:04d}@example.com", "ai") for n in range(400)]
    path = tmp_path / "broken.csv"
    path.write_bytes((HEADER + "".join(rows)).encode() + b"\xff\xfe,ai\n")
    with pytest.raises(InvalidImportFile, match="not UTF-8"):
        import_csv(store, path, known_fields=FIELDS, now=NOW)
    stored = [summary.email for summary in store.iter_subscribers()]
    assert 0 < len(stored) <= 400
    assert sorted(stored) == [f"m{n:04d}@example.com" for n in range(len(stored))]


def test_database_failure_rejects_the_chunk_rows(tmp_path: Path) -> None:
    """When the database fails for a chunk, its rows are rejected with the reason, not lost silently."""
    engine = connect_database(f"sqlite:///{tmp_path / 'gone.db'}")
    try:
        with engine.begin() as connection:
            connection.execute(sa.text("DROP TABLE consents"))
        store = SubscriberStore(engine, [NEW_KEY])
        body = ROW.format("x@example.com", "ai") + ROW.format("y@example.com", "ai")
        report = import_csv(store, write(tmp_path, body), known_fields=FIELDS, now=NOW)
    finally:
        engine.dispose()
    assert [rejected.line for rejected in report.rejected] == [2, 3]
    assert all("database failed" in rejected.reason for rejected in report.rejected)
