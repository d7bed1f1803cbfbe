"""``/subscribe`` and ``/confirm/{token}``: double opt-in through the outbox."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

import newsletter.deliver.backends.sendgrid.client as sendgrid_client
from newsletter.config import Settings
from newsletter.editorial import EditorialConfig
from newsletter.web.app import create_app
from newsletter.web.context import CONFIRM_MAX_AGE_SECONDS, WebContext
from newsletter.web.ratelimit import RateLimits
from subscribers.store import SubscriberStore
from tests.web.conftest import (
    BASE_URL,
    add_reader,
    csrf_token,
    link_in,
    make_settings,
    outbox_messages,
    path_of,
)


def subscribe(
    client: TestClient,
    email: str,
    fields: tuple[str, ...] = ("quantum",),
    *,
    consent: bool = True,
    **extra: str,
) -> str:
    """Load the form, post it like a browser and return the answer's HTML (asserting 200)."""
    token = csrf_token(client.get("/subscribe").text)
    data: dict[str, str | list[str]] = {"csrf_token": token, "email": email, "fields": list(fields)}
    if consent:
        data["consent"] = "yes"
    data.update(extra)
    response = client.post("/subscribe", data=data)
    assert response.status_code == 200, response.text
    return response.text


def test_form_has_labels_privacy_note_and_consent(client: TestClient) -> None:
    """The form labels every input, carries the site's privacy promises and a consent box."""
    html = client.get("/subscribe?field=ai").text
    assert '<html lang="en">' in html
    assert '<main id="main"' in html
    assert '<label for="email">' in html
    assert '<label for="consent">' in html
    assert "Your email and selected fields are used only to deliver the newsletter." in html
    assert "We never share your information with third parties." in html
    assert "You can unsubscribe anytime via the link in each email." in html
    assert 'value="ai" checked' in html
    assert 'value="quantum" checked' not in html


def test_subscribe_stores_pending_and_mails_a_confirm_link(
    client: TestClient, store: SubscriberStore, settings: Settings
) -> None:
    """A valid form makes a pending subscriber with form consent and emails the confirm link."""
    html = subscribe(client, "Fay@Example.com", ("quantum", "space"))
    assert "Check your inbox" in html
    reader = store.find_by_email("fay@example.com")
    assert reader is not None
    assert reader.status == "pending"
    assert reader.fields == {"quantum", "space"}
    assert reader.consents[-1].method == "form"
    assert reader.consents[-1].ip_hash is not None
    (message,) = outbox_messages(settings.outbox_dir)
    assert message["To"] == "Fay@example.com"  # domain normalised
    assert link_in(message, "confirm").startswith(f"{BASE_URL}/confirm/")


def test_confirm_get_changes_nothing_and_post_activates(
    client: TestClient, store: SubscriberStore, settings: Settings
) -> None:
    """The confirm link shows a button (scanners prefetch); pressing it activates."""
    subscribe(client, "gus@example.com")
    (message,) = outbox_messages(settings.outbox_dir)
    path = path_of(link_in(message, "confirm"))
    page = client.get(path)
    assert page.status_code == 200
    assert "Confirm my subscription" in page.text
    reader = store.find_by_email("gus@example.com")
    assert reader is not None
    assert reader.status == "pending"
    response = client.post(path, data={"csrf_token": csrf_token(page.text)})
    assert response.status_code == 200
    assert "You are subscribed" in response.text
    assert "<title>You are subscribed ·" in response.text  # not "Confirm your subscription"
    assert store.get(reader.id).status == "active"
    again = client.post(path, data={"csrf_token": csrf_token(page.text)})
    assert again.status_code == 200
    assert store.get(reader.id).status == "active"


def test_confirm_post_without_csrf_changes_nothing(
    client: TestClient, web: WebContext, store: SubscriberStore
) -> None:
    """A cross-site post to the confirm link is refused with 403."""
    reader = add_reader(store, "hal@example.com", status="pending")
    path = path_of(web.links.confirm_url(reader.id))
    response = client.post(path, data={"csrf_token": "f" * 64})
    assert response.status_code == 403
    assert store.get(reader.id).status == "pending"


def test_expired_or_wrong_purpose_confirm_token_gets_400(
    client: TestClient, web: WebContext, store: SubscriberStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A confirm link older than its lifetime, or a manage token, does not confirm."""
    reader = add_reader(store, "ida@example.com", status="pending")
    manage = web.signer.manage_token(reader.id)
    assert client.get(f"/confirm/{manage}").status_code == 400
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() - CONFIRM_MAX_AGE_SECONDS - 60)
    old = web.signer.confirm_token(reader.id)
    monkeypatch.setattr(time, "time", real_time)
    page = client.get(f"/confirm/{old}")
    assert page.status_code == 400
    assert "expired" in page.text
    assert store.get(reader.id).status == "pending"


def test_same_answer_for_known_and_unknown_addresses(
    client: TestClient, store: SubscriberStore, settings: Settings
) -> None:
    """New, pending and active addresses all get the same page; active ones get a manage link."""
    add_reader(store, "jo@example.com", ("ai",))
    answers = {
        subscribe(client, address).split("<main", 1)[1]
        for address in ("new@example.com", "jo@example.com", "new@example.com")
    }
    assert len(answers) == 1
    messages = outbox_messages(settings.outbox_dir)
    assert len(messages) == 3
    manage = [m for m in messages if m["To"] == "jo@example.com"]
    assert "/preferences/" in link_in(manage[0], "preferences")
    active = store.find_by_email("jo@example.com")
    assert active is not None
    assert active.status == "active"


def test_honeypot_gets_the_same_page_and_nothing_happens(
    client: TestClient, store: SubscriberStore, settings: Settings
) -> None:
    """A filled honeypot (bots fill every input) stores nothing and sends nothing."""
    html = subscribe(client, "bot@example.com", website="http://spam.example")
    assert "Check your inbox" in html
    assert store.find_by_email("bot@example.com") is None
    assert outbox_messages(settings.outbox_dir) == []


@pytest.mark.parametrize(
    ("email", "fields", "consent", "message"),
    [
        ("not-an-address", ("ai",), True, "Enter a valid email address"),
        ("kim@example.com", (), True, "Choose at least one field"),
        ("kim@example.com", ("unknown-field",), True, "Choose at least one field"),
        ("kim@example.com", ("ai",), False, "Tick the box"),
    ],
)
def test_invalid_form_is_shown_again_with_the_reason(
    client: TestClient,
    store: SubscriberStore,
    email: str,
    fields: tuple[str, ...],
    consent: bool,
    message: str,
) -> None:
    """Each missing piece gets 400, the form again with the reason, and nothing stored."""
    data: dict[str, str | list[str]] = {
        "csrf_token": csrf_token(client.get("/subscribe").text),
        "email": email,
        "fields": list(fields),
    }
    if consent:
        data["consent"] = "yes"
    response = client.post("/subscribe", data=data)
    assert response.status_code == 400
    assert message in response.text
    assert 'aria-invalid="true"' in response.text or "fields-error" in response.text
    assert store.count_by_status()["pending"] == 0


def test_subscribe_without_csrf_is_refused(client: TestClient, store: SubscriberStore) -> None:
    """A cross-site form post (no valid CSRF token) gets 403 and stores nothing."""
    data = {"email": "lee@example.com", "fields": ["ai"], "consent": "yes"}
    response = client.post("/subscribe", data=data)
    assert response.status_code == 403
    assert store.find_by_email("lee@example.com") is None


@pytest.fixture
def strict_client(settings: Settings, editorial: EditorialConfig) -> TestClient:
    """A client on an app allowing 3 attempts per IP and 2 per address."""
    app: FastAPI = create_app(settings, editorial, limits=RateLimits(per_ip=3, per_address=2))
    return TestClient(app, base_url=BASE_URL)


def test_rate_limited_per_address(strict_client: TestClient, settings: Settings) -> None:
    """The third attempt for one address within the window gets 429 and no email."""
    with strict_client as client:
        subscribe(client, "max@example.com")
        subscribe(client, "MAX@example.com")
        token = csrf_token(client.get("/subscribe").text)
        data = {"csrf_token": token, "email": "max@example.com", "fields": ["ai"], "consent": "yes"}
        response = client.post("/subscribe", data=data)
    assert response.status_code == 429
    assert response.headers["retry-after"] == "3600"
    assert len(outbox_messages(settings.outbox_dir)) == 2


def test_rate_limited_per_ip(strict_client: TestClient, settings: Settings) -> None:
    """The fourth attempt from one IP within the window gets 429 whatever the address."""
    with strict_client as client:
        for index in range(3):
            subscribe(client, f"reader{index}@example.com")
        token = csrf_token(client.get("/subscribe").text)
        data = {
            "csrf_token": token,
            "email": "other@example.com",
            "fields": ["ai"],
            "consent": "yes",
        }
        response = client.post("/subscribe", data=data)
    assert response.status_code == 429
    assert len(outbox_messages(settings.outbox_dir)) == 3


def test_delivery_failure_gives_503(
    tmp_path: Path, editorial: EditorialConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the mail backend refuses the connection, the reader gets a 503 page asking to retry."""
    settings = make_settings(
        tmp_path,
        delivery="sendgrid",
        sendgrid_api_key="SG.test",
        sendgrid_host="http://127.0.0.1:9",  # the discard port: nothing listens, connection refused
    )
    # Refused connections are retried with backoff; one attempt keeps it quick.
    monkeypatch.setattr(sendgrid_client, "MAX_ATTEMPTS", 1)
    with TestClient(create_app(settings, editorial), base_url=BASE_URL) as client:
        token = csrf_token(client.get("/subscribe").text)
        data = {"csrf_token": token, "email": "ned@example.com", "fields": ["ai"], "consent": "yes"}
        response = client.post("/subscribe", data=data)
    assert response.status_code == 503
    assert "try again" in response.text
    assert "ned@example.com" not in response.text


def test_confirm_post_for_an_unsubscribed_reader_titles_the_page_not_confirmed(
    client: TestClient, web: WebContext, store: SubscriberStore
) -> None:
    """Pressing an old confirm link after unsubscribing says "Not confirmed", tab title too."""
    reader = add_reader(store, "ida@example.com", status="pending")
    store.unsubscribe(reader.id)
    path = path_of(web.links.confirm_url(reader.id))
    page = client.get("/subscribe")  # the confirm page was opened before unsubscribing
    response = client.post(path, data={"csrf_token": csrf_token(page.text)})
    assert response.status_code == 200
    assert "<title>Not confirmed ·" in response.text
    assert "<h1>Not confirmed</h1>" in response.text
    assert store.get(reader.id).status == "unsubscribed"


def test_a_non_ascii_local_part_gets_what_to_do_and_nothing_is_stored(
    client: TestClient, store: SubscriberStore, settings: Settings
) -> None:
    """jörg@… gets 400 with the hint under the email field; no row, no email; an IDN domain is fine."""
    token = csrf_token(client.get("/subscribe").text)
    data = {"csrf_token": token, "email": "jörg@example.com", "fields": ["ai"], "consent": "yes"}
    response = client.post("/subscribe", data=data)
    assert response.status_code == 400
    error = response.text.split('id="email-error"', 1)[1].split("</p>", 1)[0]
    assert "before the @" in error
    assert "a-z, digits and . _ + -" in error
    assert store.find_by_email("jörg@example.com") is None
    assert outbox_messages(settings.outbox_dir) == []
    assert "Check your inbox" in subscribe(client, "joerg@bücher.example", ("ai",))
