"""Vote store and per-field audience events on real SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from newsletter.db import connect_database
from subscribers.errors import SubscriberError
from subscribers.store import SubscriberStore
from subscribers.tables import field_events, votes
from subscribers.votes import MAX_COMMENT_LENGTH, VoteStore, clean_comment

KEYS = ["votes-test-key-0123456789"]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_engine(request: pytest.FixtureRequest, database_url: str) -> Iterator[sa.Engine]:
    """A migrated database: SQLite, and PostgreSQL when a server is configured."""
    url = request.getfixturevalue("postgres_url") if request.param == "postgres" else database_url
    engine = connect_database(url)
    yield engine
    engine.dispose()


def events(engine: sa.Engine) -> Counter[tuple[str, str]]:
    """Return how many (field, kind) events are stored."""
    with engine.connect() as connection:
        rows = connection.execute(sa.select(field_events.c.field_slug, field_events.c.kind))
        return Counter((row.field_slug, row.kind) for row in rows)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (None, None),
        ("", None),
        ("   \n\t ", None),
        ("two\nlines", "two lines"),
        ("nul\x00and\u202ebidi", "nul and bidi"),
        ("<script>x</script>", "<script>x</script>"),
        ("e\u0301", "\u00e9"),
        ("x" * 1000, "x" * MAX_COMMENT_LENGTH),
    ],
)
def test_clean_comment(raw: str | None, clean: str | None) -> None:
    """Comments become one NFC line of plain text without control characters, capped."""
    assert clean_comment(raw) == clean


def test_one_vote_per_reader_field_and_issue(any_engine: sa.Engine) -> None:
    """Repeating keeps one row, changing replaces it, other fields and issues are separate."""
    store = VoteStore(any_engine)
    store.record("2026-W48", "ai", "reader-1", verdict="must-read", vote="yes")
    store.record("2026-W48", "ai", "reader-1", verdict="must-read", vote="yes")
    store.record("2026-W48", "ai", "reader-1", verdict="must-read", vote="no", comment="meh")
    store.record("2026-W48", "quantum", "reader-1", verdict="skip", vote="yes")
    store.record("2026-W49", "ai", "reader-1", verdict="skip", vote="yes")
    store.record("2026-W48", "ai", "reader-2", verdict="must-read", vote="no")
    current = store.current("2026-W48", "ai", "reader-1")
    assert current is not None
    assert (current.vote, current.comment) == ("no", "meh")
    assert [(t.issue_id, t.field_slug, t.yes, t.no, t.comments) for t in store.tallies()] == [
        ("2026-W48", "ai", 0, 2, 1),
        ("2026-W48", "quantum", 1, 0, 0),
        ("2026-W49", "ai", 1, 0, 0),
    ]
    assert [t.field_slug for t in store.tallies(["2026-W49"])] == ["ai"]
    with any_engine.connect() as connection:
        keys = connection.execute(sa.select(votes.c.voter_key)).scalars().all()
    assert all(key is not None and "reader" not in key for key in keys)


def test_voter_keys_outlive_signing_key_rotation(any_engine: sa.Engine) -> None:
    """With every signing key rotated away, a new vote still replaces the old; export and forget find it."""
    before = SubscriberStore(any_engine, ["old-signing-key"])
    reader = before.add("rot@example.com", ["ai"], method="cli", policy_version="2026-01")
    VoteStore(any_engine).record("2026-W48", "ai", reader.id, verdict="skip", vote="yes")
    VoteStore(any_engine).record("2026-W48", "ai", reader.id, verdict="skip", vote="no")
    assert [(t.yes, t.no) for t in VoteStore(any_engine).tallies()] == [(0, 1)]
    rotating = SubscriberStore(any_engine, ["brand-new-signing-key", "old-signing-key"])
    rotating.rekey()  # addresses re-hashed: the old signing key can go
    after = SubscriberStore(any_engine, ["brand-new-signing-key"])
    VoteStore(any_engine).record("2026-W48", "ai", reader.id, verdict="skip", vote="no")
    assert [(t.yes, t.no) for t in VoteStore(any_engine).tallies()] == [(0, 1)]
    assert [v["vote"] for v in after.export("rot@example.com")["votes"]] == ["no"]
    assert after.forget("rot@example.com")
    with any_engine.connect() as connection:
        assert connection.execute(sa.select(votes.c.voter_key)).scalars().all() == [None]


def test_unknown_vote_is_refused(any_engine: sa.Engine) -> None:
    """Only yes and no are votes."""
    with pytest.raises(SubscriberError, match="'yes' or 'no'"):
        VoteStore(any_engine).record("2026-W48", "ai", "r", verdict="skip", vote="maybe")  # type: ignore[arg-type]


def test_audience_events_follow_every_path(any_engine: sa.Engine) -> None:
    """Joins, field and full unsubscribes, bounces, complaints and erasure are each logged once."""
    store = SubscriberStore(any_engine, KEYS)

    def add(email: str, *fields: str, status: str = "active") -> str:
        return store.add(email, fields, method="cli", policy_version="2026-01", status=status).id  # type: ignore[arg-type]

    a = add("a@example.com", "ai", "quantum")  # joined ai, quantum
    b = add("b@example.com", "ai", status="pending")  # nothing until confirmed
    c = add("c@example.com", "space")
    d = add("d@example.com", "ai", "space")
    e = add("e@example.com", "quantum")
    assert events(any_engine) == Counter(
        {("ai", "joined"): 2, ("quantum", "joined"): 2, ("space", "joined"): 2}
    )
    store.confirm(b)  # joined ai
    store.unsubscribe(a, "quantum")  # left quantum
    store.set_fields(a, ["ai", "energy"])  # joined energy
    store.pause(c)  # still following
    store.resume(c)
    store.suppress(c, "bounced")  # bounced space
    store.unsubscribe_everything([d])  # left ai, space
    store.suppress(e, "complained")  # complained quantum
    store.forget("b@example.com")  # left ai
    store.unsubscribe(d)  # already stopped: nothing
    # d comes back through the form with other fields: joins only those, leaves nothing.
    store.add(
        "d@example.com",
        ["space", "biotech"],
        method="form",
        policy_version="2026-01",
        status="active",
    )
    assert events(any_engine) == Counter(
        {
            ("ai", "joined"): 3,
            ("quantum", "joined"): 2,
            ("space", "joined"): 3,
            ("biotech", "joined"): 1,
            ("energy", "joined"): 1,
            ("quantum", "left"): 1,
            ("space", "bounced"): 1,
            ("ai", "left"): 2,
            ("space", "left"): 1,
            ("quantum", "complained"): 1,
        }
    )
    with any_engine.connect() as connection:
        stamps = connection.execute(sa.select(field_events.c.at)).scalars().all()
    now = dt.datetime.now(dt.UTC)
    for stamp in stamps:
        aware = stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)
        assert abs((now - aware).total_seconds()) < 120  # UTC, this very moment
