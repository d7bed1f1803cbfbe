"""The web app never takes a look-alike address for a stored reader (issue 13)."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from newsletter.config import Settings
from subscribers.store import SubscriberStore
from tests.legacy_readers import store_reader
from tests.web.conftest import outbox_messages
from tests.web.test_subscribe import subscribe
from tests.web.test_webhook import event, hook, post, signed_headers  # noqa: F401  (fixture)

PAIRS = [
    ("hans@straße.de", "hans@strasse.de"),
    ("ſam@example.com", "sam@example.com"),
    ("ılker@example.com", "ilker@example.com"),
    ("ｈａｎｓ@example.com", "hans@example.com"),
]


@pytest.mark.parametrize(("victim", "lookalike"), PAIRS)
def test_subscribe_form_never_mails_the_victims_link_to_a_lookalike(
    client: TestClient,
    store: SubscriberStore,
    settings: Settings,
    victim: str,
    lookalike: str,
) -> None:
    """The look-alike gets a confirmation of its own; no manage link, the victim unchanged."""
    reader = store_reader(store, victim, ("quantum", "ai"))
    subscribe(client, lookalike, ("ai",))
    (message,) = outbox_messages(settings.outbox_dir)
    assert message["Subject"].startswith("Confirm your subscription")
    text = message.get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
    assert "/preferences/" not in text
    assert store.get(reader.id).fields == frozenset({"quantum", "ai"})
    assert store.get(reader.id).status == "active"
    pending = store.find_by_email(lookalike)
    assert pending is not None
    assert pending.id != reader.id


@pytest.mark.parametrize(("victim", "lookalike"), PAIRS)
def test_unsubscribed_victim_is_not_overwritten_by_a_lookalike_form(
    client: TestClient, store: SubscriberStore, victim: str, lookalike: str
) -> None:
    """A stopped victim stays stopped with its own address when a look-alike subscribes."""
    reader = store_reader(store, victim, ("quantum", "ai"))
    store.unsubscribe(reader.id)
    subscribe(client, lookalike, ("ai",))
    kept = store.get(reader.id)
    assert (kept.email, kept.status) == (victim, "unsubscribed")


@pytest.mark.parametrize(("victim", "lookalike"), PAIRS)
def test_complaint_for_a_lookalike_does_not_suppress_the_victim(
    hook: tuple[TestClient, SubscriberStore],  # noqa: F811  (the fixture)
    victim: str,
    lookalike: str,
) -> None:
    """An event matched by address suppresses only that exact mailbox."""
    client, store = hook
    reader = store_reader(store, victim, ("quantum", "ai"))
    body = json.dumps([event("spamreport", email=lookalike)]).encode()
    tally = post(client, body, signed_headers(body)).json()
    assert (tally["suppressed"], tally["unknown"]) == (0, 1)
    assert store.get(reader.id).status == "active"
    body = json.dumps([event("spamreport", email=victim)]).encode()
    tally = post(client, body, signed_headers(body)).json()
    assert tally["suppressed"] == 1
    assert store.get(reader.id).status == "complained"
