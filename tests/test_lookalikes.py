"""Look-alike addresses are different people; ASCII case and IDNA spellings are the same one.

Issue 13: matching with Unicode case folding made ``hans@straße.de`` the same person as
``hans@strasse.de``. Addresses now compare as mail systems do (``fold_address``).
"""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path

import pytest
import sqlalchemy as sa

from subscribers.addresses import (
    fold_address,
    has_ascii_local_part,
    is_same_mailbox,
    normalise_address,
)
from subscribers.csvimport import import_csv
from subscribers.errors import ConsentRequired, UndeliverableAddress
from subscribers.models import Registration
from subscribers.store import SubscriberStore
from subscribers.tables import erasures, subscribers
from tests.legacy_readers import store_reader

KEYS = ["lookalike-test-key-0123456789"]
POLICY = "2026-01"

# (victim, look-alike): different people, though Unicode case folding, compatibility
# mapping or the eye says they are one.
LOOKALIKES = [
    ("hans@straße.de", "hans@strasse.de"),  # ß/ss in the domain (both valid IDNA2008)
    ("straße@example.com", "strasse@example.com"),  # ß/ss in the local part
    ("ſam@example.com", "sam@example.com"),  # long s folds to s
    ("ﬀoo@example.com", "ffoo@example.com"),  # the ff ligature folds to ff
    ("ılker@example.com", "ilker@example.com"),  # dotless i
    ("İlker@example.com", "ilker@example.com"),  # dotted capital I
    ("ｈａｎｓ@example.com", "hans@example.com"),  # fullwidth letters
    ("раураl@example.com", "paypal@example.com"),  # Cyrillic confusables
    ("JÖRG@example.com", "jörg@example.com"),  # non-ASCII case is not folded
    ("ΣΊΣΥΦΟΣ@example.com", "σίσυφος@example.com"),  # Greek case (final sigma)
]
# (stored, typed): the same person.
SAME = [
    ("hans@example.com", "Hans@Example.COM"),
    ("jörg@bücher.example.com", "jörg@BÜCHER.example.com"),
    ("jörg@bücher.example.com", "jörg@xn--bcher-kva.example.com"),
    ("hans@straße.de", "hans@STRAẞE.de"),  # capital sharp s maps to ß in IDNA
    ("hans@example.com", "hans@ｅｘａｍｐｌｅ.com"),  # UTS-46 maps a fullwidth domain
    ("jörg@example.com", "jo\u0308rg@example.com"),  # NFC: composed and decomposed ö
]


@pytest.fixture
def store(engine: sa.Engine) -> SubscriberStore:
    """A store over the fresh test database."""
    return SubscriberStore(engine, KEYS)


def add(store: SubscriberStore, email: str, *fields: str) -> str:
    """Store an active subscriber (CLI consent, or as before the door refused a non-ASCII local part)."""
    return store_reader(store, email, fields or ("ai",)).id


def is_refused_at_the_door(email: str) -> bool:
    """Tell whether a new reader with this address is refused (a non-ASCII local part)."""
    return not has_ascii_local_part(normalise_address(email))


@pytest.mark.parametrize(("victim", "lookalike"), LOOKALIKES)
def test_lookalikes_fold_apart(victim: str, lookalike: str) -> None:
    """fold_address keeps look-alikes apart (the comparison every lookup uses)."""
    a, b = normalise_address(victim), normalise_address(lookalike)
    assert fold_address(a) != fold_address(b)
    assert not is_same_mailbox(a, b)


@pytest.mark.parametrize(("stored", "typed"), SAME)
def test_ascii_case_and_idna_spellings_are_one_person(
    store: SubscriberStore, stored: str, typed: str
) -> None:
    """ASCII case, IDNA spellings and Unicode normalisation find the stored subscriber."""
    subscriber_id = add(store, stored)
    found = store.find_by_email(typed)
    assert found is not None
    assert found.id == subscriber_id
    if is_refused_at_the_door(typed):
        with pytest.raises(UndeliverableAddress):
            store.add(typed, ["hpc"], method="cli", policy_version=POLICY)
        return
    again = store.add(typed, ["hpc"], method="cli", policy_version=POLICY)
    assert again.id == subscriber_id  # no second row


@pytest.mark.parametrize(("victim", "lookalike"), LOOKALIKES)
def test_lookalike_never_finds_changes_or_erases_the_victim(
    store: SubscriberStore, victim: str, lookalike: str
) -> None:
    """Lookup, subscribe, suppression and erasure of a look-alike leave the victim alone."""
    victim_id = add(store, victim, "quantum")
    assert store.find_by_email(lookalike) is None
    if is_refused_at_the_door(lookalike):
        with pytest.raises(UndeliverableAddress):
            store.add(lookalike, ["ai"], method="form", policy_version=POLICY, status="pending")
        assert store.forget(lookalike) is False  # nobody has it; the victim is not erased
    else:
        other = store.add(lookalike, ["ai"], method="form", policy_version=POLICY, status="pending")
        assert other.id != victim_id
        store.suppress(other.id, "complained")
        assert store.forget(lookalike) is True
    kept = store.get(victim_id)
    assert (kept.email, kept.status, kept.fields) == (
        normalise_address(victim),
        "active",
        frozenset({"quantum"}),
    )
    assert store.find_by_email(victim) == kept


def test_unsubscribed_victim_is_not_overwritten_by_a_lookalike(store: SubscriberStore) -> None:
    """A look-alike's form subscribe creates its own row; the victim's stop stays."""
    victim_id = add(store, "hans@straße.de")
    store.unsubscribe(victim_id)
    other = store.add(
        "hans@strasse.de", ["ai"], method="form", policy_version=POLICY, status="pending"
    )
    assert other.id != victim_id
    victim = store.get(victim_id)
    assert (victim.email, victim.status) == ("hans@straße.de", "unsubscribed")


def test_import_of_lookalikes_keeps_them_apart(store: SubscriberStore, tmp_path: Path) -> None:
    """An import holding look-alikes of stored readers adds new rows and changes no stored one."""
    ids = {victim: add(store, victim, "quantum") for victim, _ in LOOKALIKES[:4]}
    path = tmp_path / "list.csv"
    rows = [f"{lookalike},ai,2026-01-05T09:00:00Z,form,{POLICY}" for _, lookalike in LOOKALIKES[:4]]
    path.write_text(
        "email,fields,consented_at,consent_method,policy_version\n" + "\n".join(rows) + "\n",
        encoding="utf-8",
    )
    report = import_csv(store, path, known_fields=["ai", "quantum"])
    assert report.added == 4
    for victim, subscriber_id in ids.items():
        assert store.get(subscriber_id).fields == frozenset({"quantum"}), victim


def test_register_many_does_not_merge_lookalikes(store: SubscriberStore) -> None:
    """Two look-alikes in one batch are two subscribers; two ASCII-case variants are one."""
    registrations = [
        Registration(
            email=normalise_address(email), fields=frozenset({"ai"}), policy_version=POLICY
        )
        for email in ("hans@straße.de", "hans@strasse.de", "Ann@example.com", "ann@example.com")
    ]
    outcomes = store.register_many(registrations, method="cli")
    ids = [outcome.subscriber_id for outcome in outcomes]
    assert ids[0] != ids[1]
    assert ids[2] == ids[3]
    assert [outcome.created for outcome in outcomes] == [True, True, True, False]


def _legacy_key(address: str) -> str:
    """The version-1 email_key: HMAC of the casefolded address (what older databases hold)."""
    derived = hmac.new(
        KEYS[0].encode(), b"newsletter.subscribers.address-key.v1", hashlib.sha256
    ).digest()
    return hmac.new(derived, address.casefold().encode(), hashlib.sha256).hexdigest()


def test_rows_hashed_by_the_old_casefold_rule_are_found_but_only_by_their_owner(
    store: SubscriberStore, engine: sa.Engine
) -> None:
    """A version-1 row is found by its own address, never by a look-alike, and rekey moves it."""
    victim_id = add(store, "hans@straße.de")
    with engine.begin() as connection:
        connection.execute(
            sa.update(subscribers)
            .where(subscribers.c.id == victim_id)
            .values(email_key=_legacy_key("hans@straße.de"))
        )
    assert store.find_by_email("hans@strasse.de") is None
    other = add(store, "hans@strasse.de")  # its key is version 2: no clash with the old row
    assert other != victim_id
    found = store.find_by_email("Hans@STRASSE.de")
    assert found is not None
    assert found.id == other
    victim = store.find_by_email("hans@straße.de")
    assert victim is not None
    assert victim.id == victim_id
    assert store.rekey() == 1
    with engine.connect() as connection:
        key = connection.execute(
            sa.select(subscribers.c.email_key).where(subscribers.c.id == victim_id)
        ).scalar_one()
    assert key == store.hasher.email_key("hans@straße.de")


def test_erasures_under_the_old_rule_still_refuse_import(
    store: SubscriberStore, engine: sa.Engine
) -> None:
    """An erasure recorded with the casefold hash still blocks its casefold class (erring towards not mailing)."""
    with engine.begin() as connection:
        connection.execute(
            sa.insert(erasures).values(
                email_key=_legacy_key("straße@example.com"),
                erased_at=sa.func.current_timestamp(),
            )
        )
    with pytest.raises(ConsentRequired):
        add(store, "strasse@example.com")  # casefold("straße") is "strasse"
    with pytest.raises(UndeliverableAddress):  # and the address itself is refused at the door
        store.add("straße@example.com", ["ai"], method="cli", policy_version=POLICY)
