"""``/preferences/{token}``: change fields, pause, resume, unsubscribe, resubscribe."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsletter.config import Settings
from newsletter.web.context import WebContext
from subscribers.models import SuppressionStatus
from subscribers.store import SubscriberStore
from tests.web.conftest import add_reader, csrf_token, link_in, outbox_messages, path_of


def post_action(
    client: TestClient, path: str, action: str, **extra: str | list[str]
) -> tuple[int, str]:
    """Load the page, press one of its buttons; return the status and HTML."""
    data: dict[str, str | list[str]] = {"csrf_token": csrf_token(client.get(path).text)}
    data["action"] = action
    data.update(extra)
    response = client.post(path, data=data)
    return response.status_code, response.text


def test_page_shows_fields_status_and_masked_address(
    client: TestClient, web: WebContext, store: SubscriberStore
) -> None:
    """The page ticks the reader's fields, names the status and never shows the address."""
    reader = add_reader(store, "olga@example.com", ("energy",))
    html = client.get(path_of(web.links.preferences_url(reader.id))).text
    assert 'value="energy" checked' in html
    assert 'value="ai" checked' not in html
    assert "o•••@example.com" in html
    assert "olga@example.com" not in html
    assert "Pause the newsletter" in html


def test_save_replaces_fields(client: TestClient, web: WebContext, store: SubscriberStore) -> None:
    """Saving replaces the fields with the ticked ones; unknown slugs are ignored."""
    reader = add_reader(store, fields=("energy",))
    path = path_of(web.links.preferences_url(reader.id))
    status, html = post_action(client, path, "save", fields=["ai", "space", "bogus"])
    assert status == 200
    assert "Your fields are saved." in html
    assert store.get(reader.id).fields == {"ai", "space"}


def test_save_with_no_field_is_refused(
    client: TestClient, web: WebContext, store: SubscriberStore
) -> None:
    """Saving an empty choice gets 400 and points to the unsubscribe button instead."""
    reader = add_reader(store, fields=("energy",))
    status, html = post_action(client, path_of(web.links.preferences_url(reader.id)), "save")
    assert status == 400
    assert "Choose at least one field" in html
    assert store.get(reader.id).fields == {"energy"}


def test_pause_then_resume(client: TestClient, web: WebContext, store: SubscriberStore) -> None:
    """Pause stops the weekly send for the reader; resume brings it back."""
    reader = add_reader(store)
    path = path_of(web.links.preferences_url(reader.id))
    assert post_action(client, path, "pause")[0] == 200
    assert store.get(reader.id).status == "paused"
    assert reader.id not in {r.id for batch in store.iter_recipients() for r in batch}
    status, html = post_action(client, path, "resume")
    assert status == 200
    assert "Resumed" in html
    assert store.get(reader.id).status == "active"


def test_unsubscribe_then_resubscribe_needs_consent(
    client: TestClient, web: WebContext, store: SubscriberStore
) -> None:
    """After unsubscribing, coming back needs a field and the consent box; then it is active."""
    reader = add_reader(store, fields=("ai",))
    path = path_of(web.links.preferences_url(reader.id))
    assert post_action(client, path, "unsubscribe")[0] == 200
    assert store.get(reader.id).status == "unsubscribed"
    status, html = post_action(client, path, "resubscribe", fields=["space"])
    assert status == 400
    assert "Tick the box" in html
    assert store.get(reader.id).status == "unsubscribed"
    status, html = post_action(client, path, "resubscribe", fields=["space"], consent="yes")
    assert status == 200
    assert "Welcome back" in html
    after = store.get(reader.id)
    assert (after.status, after.fields) == ("active", frozenset({"space"}))
    assert after.consents[-1].method == "form"


def test_unavailable_action_is_refused(
    client: TestClient, web: WebContext, store: SubscriberStore
) -> None:
    """An action that does not apply (resubscribe while active, or made up) gets 400."""
    reader = add_reader(store)
    path = path_of(web.links.preferences_url(reader.id))
    assert post_action(client, path, "resubscribe", fields=["ai"], consent="yes")[0] == 400
    assert post_action(client, path, "explode")[0] == 400
    assert store.get(reader.id) == reader


def test_preferences_post_without_csrf_changes_nothing(
    client: TestClient, web: WebContext, store: SubscriberStore
) -> None:
    """A cross-site post to the preferences page gets 403 and no change."""
    reader = add_reader(store)
    path = path_of(web.links.preferences_url(reader.id))
    response = client.post(path, data={"action": "unsubscribe"})
    assert response.status_code == 403
    assert store.get(reader.id).status == "active"


@pytest.mark.parametrize("stopped", ["bounced", "complained"])
def test_bounced_or_complained_reader_returns_only_through_confirmation(
    client: TestClient,
    web: WebContext,
    store: SubscriberStore,
    settings: Settings,
    stopped: SuppressionStatus,
) -> None:
    """The preferences link puts a bounced or complaining reader back as pending and mails a link."""
    reader = add_reader(store, "kim@example.com", ("ai",))
    store.suppress(reader.id, stopped)
    path = path_of(web.links.preferences_url(reader.id))
    status, html = post_action(client, path, "resubscribe", fields=["space"], consent="yes")
    assert status == 200
    assert "once you confirm" in html
    pending = store.get(reader.id)
    assert (pending.status, pending.fields) == ("pending", frozenset({"space"}))
    assert reader.id not in {r.id for batch in store.iter_recipients() for r in batch}
    (message,) = outbox_messages(settings.outbox_dir)
    assert message["To"] == "kim@example.com"
    confirm = path_of(link_in(message, "confirm"))
    token = csrf_token(client.get(confirm).text)
    assert client.post(confirm, data={"csrf_token": token}).status_code == 200
    assert store.get(reader.id).status == "active"


@pytest.mark.parametrize("stopped", ["bounced", "complained"])
def test_other_actions_never_restart_a_suppressed_reader(
    client: TestClient, web: WebContext, store: SubscriberStore, stopped: SuppressionStatus
) -> None:
    """Save, resume and made-up actions leave a bounced or complaining reader stopped."""
    reader = add_reader(store, fields=("ai",))
    store.suppress(reader.id, stopped)
    path = path_of(web.links.preferences_url(reader.id))
    for action in ("save", "resume", "confirm"):
        post_action(client, path, action, fields=["ai"], consent="yes")
        assert store.get(reader.id).status == stopped, action


def test_unsubscribed_reader_still_returns_at_once(
    client: TestClient, web: WebContext, store: SubscriberStore, settings: Settings
) -> None:
    """A reader who unsubscribed themselves comes back active, with no email needed."""
    reader = add_reader(store, fields=("ai",))
    store.unsubscribe(reader.id)
    path = path_of(web.links.preferences_url(reader.id))
    assert post_action(client, path, "resubscribe", fields=["ai"], consent="yes")[0] == 200
    assert store.get(reader.id).status == "active"
    assert outbox_messages(settings.outbox_dir) == []
