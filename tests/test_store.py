"""The subscriber store on a real SQLite database."""

from __future__ import annotations

import datetime as dt
import json
from typing import cast

import pytest
import sqlalchemy as sa

from subscribers.errors import (
    ConsentRequired,
    InvalidAddress,
    SubscriberError,
    UnknownSubscriber,
)
from subscribers.models import ConsentMethod, NewStatus, Registration, Subscriber
from subscribers.store import SubscriberStore, new_subscriber_id
from subscribers.tables import consents, erasures, subscriber_fields, subscribers

KEYS = ["store-test-key-0123456789"]
POLICY = "2026-01"


@pytest.fixture
def store(engine: sa.Engine) -> SubscriberStore:
    """A store over the fresh test database."""
    return SubscriberStore(engine, KEYS)


def add(
    store: SubscriberStore,
    email: str = "alice@example.com",
    *fields: str,
    status: NewStatus = "active",
) -> Subscriber:
    """Add a subscriber through the CLI consent path (field ``ai`` unless given)."""
    return store.add(email, fields or ("ai",), method="cli", policy_version=POLICY, status=status)


def test_add_normalises_domain_and_makes_opaque_id(store: SubscriberStore) -> None:
    """The domain is lower-cased, the local part kept, and the id is random URL-safe text."""
    subscriber = add(store, "Alice.Smith@EXAMPLE.Com", "ai", "hpc")
    assert subscriber.email == "Alice.Smith@example.com"
    assert subscriber.status == "active"
    assert subscriber.fields == frozenset({"ai", "hpc"})
    assert len(subscriber.id) == 22
    assert subscriber.id.replace("-", "").replace("_", "").isalnum()
    assert subscriber.confirmed_at is not None


def test_ids_are_unique() -> None:
    """Fresh ids never repeat."""
    assert len({new_subscriber_id() for _ in range(1000)}) == 1000


@pytest.mark.parametrize(
    "bad", ["", "   ", "not-an-address", "a@b", "x@localhost", "a" * 400 + "@example.com"]
)
def test_invalid_addresses_are_refused(store: SubscriberStore, bad: str) -> None:
    """Invalid addresses raise InvalidAddress and store nothing."""
    with pytest.raises(InvalidAddress):
        add(store, bad)
    assert store.count_by_status()["active"] == 0


def test_invalid_address_message_is_masked(store: SubscriberStore) -> None:
    """The error for a bad address never repeats the whole address."""
    with pytest.raises(InvalidAddress) as caught:
        add(store, "alice@exa mple.com")
    assert "alice@" not in str(caught.value)


def test_same_address_any_case_is_one_subscriber(store: SubscriberStore) -> None:
    """Re-adding with other letter case updates the one row and never duplicates it."""
    first = add(store, "alice@example.com", "ai")
    second = add(store, "ALICE@Example.com", "space")
    assert second.id == first.id
    assert second.fields == frozenset({"ai", "space"})
    assert len(second.consents) == 2
    assert store.count_by_status()["active"] == 1
    found = store.find_by_email("Alice@EXAMPLE.COM")
    assert found is not None
    assert found.id == first.id


def test_register_tells_new_from_updated(store: SubscriberStore) -> None:
    """register() reports whether the subscriber was created."""
    assert store.register("a@example.com", ["ai"], method="import", policy_version=POLICY).created
    assert not store.register(
        "a@example.com", ["ai"], method="import", policy_version=POLICY
    ).created


def test_pending_readd_replaces_fields(store: SubscriberStore) -> None:
    """A new request while still pending replaces the unconfirmed fields."""
    add(store, "p@example.com", "ai", status="pending")
    again = store.add(
        "p@example.com", ["hpc"], method="form", policy_version=POLICY, status="pending"
    )
    assert again.status == "pending"
    assert again.fields == frozenset({"hpc"})


def test_paused_stays_paused_on_readd(store: SubscriberStore) -> None:
    """Re-adding a paused subscriber keeps the pause and adds the fields."""
    subscriber = add(store, "p@example.com", "ai")
    store.pause(subscriber.id)
    again = add(store, "p@example.com", "hpc")
    assert again.status == "paused"
    assert again.fields == frozenset({"ai", "hpc"})


def test_unsubscribed_cannot_be_readded_by_operator(store: SubscriberStore) -> None:
    """An import or CLI add never overrides an unsubscribe; the form (fresh consent) can."""
    subscriber = add(store, "u@example.com", "ai")
    store.unsubscribe(subscriber.id)
    with pytest.raises(ConsentRequired):
        store.add("u@example.com", ["ai"], method="import", policy_version=POLICY)
    back = store.add(
        "u@example.com", ["hpc"], method="form", policy_version=POLICY, status="pending"
    )
    assert back.id == subscriber.id
    assert back.status == "pending"
    assert back.fields == frozenset({"hpc"})
    assert back.unsubscribed_at is None


def test_consent_stores_ip_hash_never_ip(store: SubscriberStore, engine: sa.Engine) -> None:
    """The consent row holds a keyed hash of the IP and no trace of the IP itself."""
    subscriber = store.add(
        "c@example.com", ["ai"], method="form", policy_version=POLICY, ip="203.0.113.7"
    )
    (consent,) = subscriber.consents
    assert consent.method == "form"
    assert consent.fields == ("ai",)
    assert consent.policy_version == POLICY
    assert consent.ip_hash is not None
    assert len(consent.ip_hash) == 64
    with engine.connect() as connection:
        dump = json.dumps([list(map(str, row)) for row in connection.execute(sa.select(consents))])
    assert "203.0.113.7" not in dump


def test_consented_at_is_kept(store: SubscriberStore) -> None:
    """An import's consent time is recorded as given."""
    when = dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.UTC)
    subscriber = store.add(
        "t@example.com", ["ai"], method="import", policy_version=POLICY, consented_at=when
    )
    assert subscriber.consents[0].given_at == when


def test_get_unknown_raises(store: SubscriberStore) -> None:
    """An id that is not stored raises UnknownSubscriber."""
    with pytest.raises(UnknownSubscriber):
        store.get("no-such-id")


def test_confirm_activates_pending_only(store: SubscriberStore) -> None:
    """confirm() moves pending to active and is a no-op afterwards."""
    subscriber = add(store, "p@example.com", status="pending")
    assert subscriber.confirmed_at is None
    confirmed = store.confirm(subscriber.id)
    assert confirmed.status == "active"
    assert confirmed.confirmed_at is not None
    assert store.confirm(subscriber.id) == confirmed


def test_pause_and_resume(store: SubscriberStore) -> None:
    """pause() and resume() toggle between active and paused, idempotently."""
    subscriber = add(store)
    assert store.pause(subscriber.id).status == "paused"
    assert store.pause(subscriber.id).status == "paused"
    assert store.resume(subscriber.id).status == "active"
    assert store.resume(subscriber.id).status == "active"


def test_resume_never_revives_unsubscribed(store: SubscriberStore) -> None:
    """resume() leaves an unsubscribed reader unsubscribed."""
    subscriber = add(store)
    store.unsubscribe(subscriber.id)
    assert store.resume(subscriber.id).status == "unsubscribed"


def test_unsubscribe_everything_is_idempotent(store: SubscriberStore) -> None:
    """Unsubscribing twice gives the same result and keeps the first timestamp."""
    subscriber = add(store, "a@example.com", "ai", "hpc")
    first = store.unsubscribe(subscriber.id)
    assert first.status == "unsubscribed"
    assert first.unsubscribed_at is not None
    assert store.unsubscribe(subscriber.id) == first


def test_unsubscribe_one_field_then_last(store: SubscriberStore) -> None:
    """Removing one field keeps the others; removing the last unsubscribes."""
    subscriber = add(store, "a@example.com", "ai", "hpc")
    after_ai = store.unsubscribe(subscriber.id, "ai")
    assert after_ai.status == "active"
    assert after_ai.fields == frozenset({"hpc"})
    assert store.unsubscribe(subscriber.id, "ai") == after_ai
    last = store.unsubscribe(subscriber.id, "hpc")
    assert last.status == "unsubscribed"
    assert last.fields == frozenset()


def test_set_fields_replaces_and_empty_unsubscribes(store: SubscriberStore) -> None:
    """set_fields() replaces the set; an empty set unsubscribes."""
    subscriber = add(store, "a@example.com", "ai", "hpc")
    assert store.set_fields(subscriber.id, ["space"]).fields == frozenset({"space"})
    assert store.set_fields(subscriber.id, []).status == "unsubscribed"


@pytest.mark.parametrize("status", ["bounced", "complained", "unsubscribed"])
def test_suppress_stops_mail(store: SubscriberStore, status: str) -> None:
    """suppress() sets the status, and the subscriber leaves the recipient list."""
    subscriber = add(store)
    assert store.suppress(subscriber.id, status).status == status  # type: ignore[arg-type]
    assert list(store.iter_recipients()) == []


def test_count_by_status_lists_every_status(store: SubscriberStore) -> None:
    """Counts include zero for unused statuses."""
    add(store, "a@example.com")
    add(store, "b@example.com", status="pending")
    counts = store.count_by_status()
    assert counts["active"] == 1
    assert counts["pending"] == 1
    assert counts["erased"] == 0
    assert set(counts) == {
        "pending",
        "active",
        "paused",
        "unsubscribed",
        "bounced",
        "complained",
        "erased",
    }


def test_iter_recipients_batches_1k_rows_in_id_order(
    store: SubscriberStore, engine: sa.Engine
) -> None:
    """1,000 active subscribers stream in id order in batches; inactive or fieldless ones are skipped."""
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    rows = [
        {
            "id": f"id{n:05d}",
            "email": f"user{n}@example.com",
            "email_key": f"k{n}",
            "status": "active" if n % 10 else "paused",
            "created_at": now,
            "updated_at": now,
        }
        for n in range(1000)
    ]
    with engine.begin() as connection:
        connection.execute(sa.insert(subscribers), rows)
        connection.execute(
            sa.insert(subscriber_fields),
            [
                {"subscriber_id": row["id"], "field_slug": "ai"}
                for row in rows
                if row["id"] != "id00001"
            ]
            + [{"subscriber_id": "id00002", "field_slug": "hpc"}],
        )
    batches = list(store.iter_recipients(batch_size=128))
    assert all(len(batch) <= 128 for batch in batches)
    recipients = [recipient for batch in batches for recipient in batch]
    assert len(recipients) == 900 - 1  # 100 paused, one without fields
    assert [r.id for r in recipients] == sorted(r.id for r in recipients)
    assert recipients[0].id == "id00002"
    assert recipients[0].fields == frozenset({"ai", "hpc"})
    assert recipients[0].email == "user2@example.com"


def test_iter_recipients_sees_changes_between_batches(store: SubscriberStore) -> None:
    """Each batch is read fresh: an unsubscribe during the send drops the later subscriber."""
    ids = sorted(add(store, f"u{n}@example.com").id for n in range(4))
    stream = store.iter_recipients(batch_size=2)
    assert [r.id for r in next(stream)] == ids[:2]
    store.unsubscribe(ids[3])
    assert [r.id for r in next(stream)] == ids[2:3]
    assert list(stream) == []


def test_rotated_key_still_finds_and_rekeys(engine: sa.Engine) -> None:
    """After a key rotation lookups still match, re-adds do not duplicate, and rekey() migrates rows."""
    old = SubscriberStore(engine, ["old-key"])
    subscriber = old.add("r@example.com", ["ai"], method="cli", policy_version=POLICY)
    rotated = SubscriberStore(engine, ["new-key", "old-key"])
    assert rotated.find_by_email("R@example.com") is not None
    assert (
        rotated.add("r@example.com", ["hpc"], method="cli", policy_version=POLICY).id
        == subscriber.id
    )
    other = old.add("s@example.com", ["ai"], method="cli", policy_version=POLICY)
    assert rotated.rekey() == 1
    assert rotated.rekey() == 0
    new_only = SubscriberStore(engine, ["new-key"])
    found = new_only.find_by_email("s@example.com")
    assert found is not None
    assert found.id == other.id


def test_forget_erases_personal_data(store: SubscriberStore, engine: sa.Engine) -> None:
    """forget() removes the address, fields and IP hashes and records the keyed hash."""
    subscriber = store.add(
        "f@example.com", ["ai"], method="form", policy_version=POLICY, ip="198.51.100.1"
    )
    assert store.forget("F@example.com") is True
    erased = store.get(subscriber.id)
    assert erased.status == "erased"
    assert erased.email is None
    assert erased.fields == frozenset()
    assert all(c.ip_hash is None and c.fields == () for c in erased.consents)
    assert store.find_by_email("f@example.com") is None
    with engine.connect() as connection:
        dump = json.dumps(
            [
                [str(value) for value in row]
                for table in (subscribers, consents, erasures, subscriber_fields)
                for row in connection.execute(sa.select(table))
            ]
        )
    assert "f@example.com" not in dump
    ip_hash = subscriber.consents[0].ip_hash
    assert ip_hash is not None
    assert ip_hash not in dump
    assert store.count_by_status()["erased"] == 1


def test_erased_address_needs_form_consent(store: SubscriberStore, engine: sa.Engine) -> None:
    """An erased address is refused by import and CLI; the form clears the erasure."""
    add(store, "e@example.com")
    store.forget("e@example.com")
    methods: tuple[ConsentMethod, ...] = ("import", "cli")
    for method in methods:
        with pytest.raises(ConsentRequired) as caught:
            store.add("e@example.com", ["ai"], method=method, policy_version=POLICY)
        assert "e@example.com" not in str(caught.value)
    back = store.add(
        "e@example.com", ["ai"], method="form", policy_version=POLICY, status="pending"
    )
    assert back.status == "pending"
    with engine.connect() as connection:
        assert connection.execute(sa.select(sa.func.count()).select_from(erasures)).scalar() == 0


def test_forget_unknown_address_still_blocks_import(store: SubscriberStore) -> None:
    """Forgetting an address never stored returns False but blocks its later import."""
    assert store.forget("never@example.com") is False
    with pytest.raises(ConsentRequired):
        store.add("never@example.com", ["ai"], method="import", policy_version=POLICY)


def test_erased_subscriber_cannot_be_changed(store: SubscriberStore) -> None:
    """Erased subscribers refuse field changes, and unsubscribe stays a harmless no-op."""
    subscriber = add(store)
    store.forget("alice@example.com")
    with pytest.raises(UnknownSubscriber):
        store.set_fields(subscriber.id, ["ai"])
    with pytest.raises(UnknownSubscriber):
        store.resume(subscriber.id)
    assert store.unsubscribe(subscriber.id).status == "erased"


def test_export_is_json_with_everything(store: SubscriberStore) -> None:
    """export() returns JSON-serialisable data: address, fields, status, consents."""
    subscriber = store.add(
        "x@example.com", ["ai", "hpc"], method="form", policy_version=POLICY, ip="192.0.2.1"
    )
    data = store.export("X@example.com")
    assert json.loads(json.dumps(data)) == data
    assert data["id"] == subscriber.id
    assert data["email"] == "x@example.com"
    assert data["fields"] == ["ai", "hpc"]
    assert data["consents"][0]["method"] == "form"
    assert data["consents"][0]["ip_hash"] == subscriber.consents[0].ip_hash


def test_export_unknown_raises_masked(store: SubscriberStore) -> None:
    """Exporting an unknown address raises UnknownSubscriber without the whole address."""
    with pytest.raises(UnknownSubscriber) as caught:
        store.export("ghost@example.com")
    assert "ghost@" not in str(caught.value)


def registration(email: str, *fields: str, policy: str = POLICY) -> Registration:
    """Return a Registration of ``email`` for ``fields`` (``ai`` unless given)."""
    return Registration(email=email, fields=frozenset(fields or ("ai",)), policy_version=policy)


def test_register_many_repeated_address_acts_in_order(store: SubscriberStore) -> None:
    """The same address twice in one call is created, then updated, like two register calls."""
    outcomes = store.register_many(
        [registration("d@example.com", "ai"), registration("D@example.com", "hpc")],
        method="cli",
    )
    assert [outcome.created for outcome in outcomes] == [True, False]
    assert outcomes[0].subscriber_id == outcomes[1].subscriber_id
    found = store.find_by_email("d@example.com")
    assert found is not None
    assert found.fields == frozenset({"ai", "hpc"})
    assert len(found.consents) == 2


def test_register_many_refusals_leave_the_rest(store: SubscriberStore) -> None:
    """Refused rows (unsubscribed, erased, bad field, empty policy) get errors; others are stored."""
    store.unsubscribe(add(store, "u@example.com").id)
    store.forget("e@example.com")
    outcomes = store.register_many(
        [
            registration("a@example.com"),
            registration("u@example.com"),
            registration("e@example.com"),
            registration("f@example.com", "x" * 80),
            registration("p@example.com", policy=" "),
            registration("b@example.com"),
        ],
        method="import",
    )
    errors = [type(outcome.error).__name__ if outcome.is_refused else None for outcome in outcomes]
    assert errors == [
        None,
        "ConsentRequired",
        "ConsentRequired",
        "SubscriberError",
        "SubscriberError",
        None,
    ]
    assert all(outcome.subscriber_id is None for outcome in outcomes if outcome.is_refused)
    assert store.count_by_status()["active"] == 2
    assert store.find_by_email("f@example.com") is None


def test_register_many_form_clears_erasure(store: SubscriberStore, engine: sa.Engine) -> None:
    """Fresh form consent in bulk brings an erased address back, as register does."""
    store.forget("back@example.com")
    [outcome] = store.register_many(
        [registration("back@example.com")], method="form", status="pending"
    )
    assert outcome.created
    assert store.get(str(outcome.subscriber_id)).status == "pending"
    with engine.connect() as connection:
        assert connection.execute(sa.select(sa.func.count()).select_from(erasures)).scalar() == 0


def test_register_many_under_rotation_splits_lookups(engine: sa.Engine) -> None:
    """1,000 addresses under two keys (2,000 lookup values) in one chunk: found, rekeyed, no duplicate."""
    old = SubscriberStore(engine, ["old-key"])
    old.register_many([registration(f"k{n}@example.com") for n in range(600)], method="cli")
    rotated = SubscriberStore(engine, ["new-key", "old-key"])
    outcomes = rotated.register_many(
        [registration(f"K{n}@example.com", "hpc") for n in range(1000)],
        method="cli",
        chunk_size=1000,
    )
    assert sum(outcome.created for outcome in outcomes) == 400
    assert rotated.count_by_status()["active"] == 1000
    assert rotated.rekey() == 0  # every known row was re-hashed to the current key on write
    found = rotated.find_by_email("k7@example.com")
    assert found is not None
    assert found.fields == frozenset({"ai", "hpc"})


def test_find_many_by_email_matches_any_case(store: SubscriberStore) -> None:
    """find_many_by_email returns, by the address given, each stored subscriber with consents."""
    first = add(store, "m@example.com", "ai")
    found = store.find_many_by_email(["M@example.com", "nobody@example.com"])
    assert list(found) == ["M@example.com"]
    assert found["M@example.com"].id == first.id
    assert found["M@example.com"].consents == first.consents
    assert store.find_many_by_email([]) == {}


def test_register_many_checks_its_arguments(store: SubscriberStore) -> None:
    """A bad method, status or chunk size raises before anything is stored."""
    with pytest.raises(SubscriberError, match="chunk_size"):
        store.register_many([registration("z@example.com")], method="cli", chunk_size=0)
    with pytest.raises(SubscriberError, match="Consent method"):
        store.register_many([registration("z@example.com")], method=cast(ConsentMethod, "fax"))
    assert store.find_by_email("z@example.com") is None
