"""Erasures hold across key rotation; `newsletter subscribers rekey` re-hashes after it (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from newsletter.cli import app
from newsletter.db import connect_database
from subscribers.addresses import normalise_address
from subscribers.erasure import ERASURE_KEY_NAME
from subscribers.errors import ConsentRequired
from subscribers.models import Registration
from subscribers.store import SubscriberStore
from subscribers.tables import store_keys, subscribers

OLD, NEW, NEWER = "old-key-0123456789abcdef", "new-key-0123456789abcdef", "newer-key-0123456789ab"
POLICY = "2026-01"


def add(store: SubscriberStore, email: str, method: str = "import") -> str:
    """Add an active subscriber by import (CLI-style consent); return its id."""
    return store.add(email, ["ai"], method=method, policy_version=POLICY).id  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "address", ["gone@example.com", "Gone.Again@Example.org", "joerg@bücher.example.com"]
)
def test_forgotten_address_stays_refused_after_every_key_is_rotated_away(
    engine: sa.Engine, address: str
) -> None:
    """Forget under key A; rotate to B (A old), then to C with A and B dropped: still refused."""
    add(SubscriberStore(engine, [OLD]), address)
    assert SubscriberStore(engine, [OLD]).forget(address) is True
    for keys in ([NEW, OLD], [NEW], [NEWER]):
        store = SubscriberStore(engine, keys)
        with pytest.raises(ConsentRequired):
            add(store, address)
        outcome = store.register_many(
            [
                Registration(
                    email=normalise_address(address),
                    fields=frozenset({"ai"}),
                    policy_version=POLICY,
                )
            ],
            method="import",
        )
        assert isinstance(outcome[0].error, ConsentRequired), keys
        with pytest.raises(ConsentRequired):
            add(store, address.upper() if address.isascii() else address, method="cli")


def test_never_subscribed_erasure_also_survives_rotation(engine: sa.Engine) -> None:
    """An erasure recorded for an address never stored still blocks it under a new key."""
    assert SubscriberStore(engine, [OLD]).forget("stranger@example.com") is False
    with pytest.raises(ConsentRequired):
        add(SubscriberStore(engine, [NEWER]), "stranger@example.com")


def test_fresh_form_consent_still_brings_a_forgotten_reader_back(engine: sa.Engine) -> None:
    """The subscribe form (new consent) is the one way back, after rotation too."""
    store = SubscriberStore(engine, [OLD])
    add(store, "back@example.com")
    store.forget("back@example.com")
    rotated = SubscriberStore(engine, [NEWER])
    returned = rotated.add(
        "back@example.com", ["ai"], method="form", policy_version=POLICY, status="pending"
    )
    assert returned.status == "pending"
    add(rotated, "back@example.com")  # the erasure was cleared by the new consent


def test_the_erasure_key_is_made_once_per_database(engine: sa.Engine, tmp_path: Path) -> None:
    """Two stores (two processes) share one random erasure key; another database has its own."""
    SubscriberStore(engine, [OLD]).forget("a@example.com")
    SubscriberStore(engine, [NEW]).forget("b@example.com")
    erasure_key = sa.select(store_keys.c.secret).where(store_keys.c.name == ERASURE_KEY_NAME)
    with engine.connect() as connection:
        keys = connection.execute(erasure_key).scalars().all()
    assert len(keys) == 1
    other = connect_database(f"sqlite:///{tmp_path / 'other.db'}")
    SubscriberStore(other, [OLD]).forget("a@example.com")
    with other.connect() as connection:
        assert connection.execute(erasure_key).scalar_one() != keys[0]


def test_rekey_command_moves_rows_to_the_new_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`newsletter subscribers rekey` re-hashes rows so the old key can be dropped."""
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSLETTER_DATABASE_URL", url)
    engine = connect_database(url)
    ids = [add(SubscriberStore(engine, [OLD]), f"r{n}@example.com") for n in range(3)]
    monkeypatch.setenv("NEWSLETTER_SECRET_KEY", NEW)
    monkeypatch.setenv("NEWSLETTER_OLD_SECRET_KEYS", OLD)
    result = CliRunner().invoke(app, ["subscribers", "rekey"])
    assert result.exit_code == 0, result.output
    assert "Re-hashed 3 addresses" in result.output
    again = CliRunner().invoke(app, ["subscribers", "rekey"])
    assert "Re-hashed 0 addresses" in again.output
    only_new = SubscriberStore(engine, [NEW])
    for n, subscriber_id in enumerate(ids):
        found = only_new.find_by_email(f"R{n}@example.com")
        assert found is not None
        assert found.id == subscriber_id
    with engine.connect() as connection:
        stored = set(connection.execute(sa.select(subscribers.c.email_key)).scalars())
    assert stored == {only_new.hasher.email_key(f"r{n}@example.com") for n in range(3)}
