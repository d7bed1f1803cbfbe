"""``/u/{token}``: GET offers choices and changes nothing; POST unsubscribes (button or one-click)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsletter.web.context import WebContext
from subscribers.store import SubscriberStore
from tests.web.conftest import add_reader, csrf_token, path_of

ONE_CLICK = "List-Unsubscribe=One-Click"


def unsubscribe_path(web: WebContext, subscriber_id: str, field: str | None = None) -> str:
    """Return the unsubscribe link's path (``?field=`` for one field)."""
    path = path_of(web.links.unsubscribe_url(subscriber_id))
    return f"{path}?field={field}" if field else path


def test_get_offers_every_choice_and_changes_nothing(
    client: TestClient, web: WebContext, store: SubscriberStore
) -> None:
    """The page offers everything / this field / preferences, masks the address, changes nothing."""
    reader = add_reader(store, "dana@example.com", ("quantum", "ai"))
    for _ in range(3):  # mail scanners prefetch links, sometimes more than once
        response = client.get(unsubscribe_path(web, reader.id, "ai"))
        assert response.status_code == 200
    html = response.text
    assert "Unsubscribe from Artificial Intelligence only" in html
    assert "Unsubscribe from everything" in html
    assert "/preferences/" in html
    assert "d•••@example.com" in html
    assert "dana@example.com" not in html
    assert store.get(reader.id) == reader


def test_get_without_field_offers_everything_only(
    client: TestClient, web: WebContext, store: SubscriberStore
) -> None:
    """Without ``?field=`` (or with an unknown one) only the full unsubscribe is offered."""
    reader = add_reader(store)
    for path in (unsubscribe_path(web, reader.id), unsubscribe_path(web, reader.id, "nope")):
        html = client.get(path).text
        assert "Unsubscribe from everything" in html
        assert " only</button>" not in html


def test_button_post_unsubscribes_from_everything(
    client: TestClient, web: WebContext, store: SubscriberStore
) -> None:
    """Pressing the page's button unsubscribes and shows a clear page with a resubscribe link."""
    reader = add_reader(store)
    path = unsubscribe_path(web, reader.id)
    token = csrf_token(client.get(path).text)
    response = client.post(path, data={"csrf_token": token})
    assert response.status_code == 200
    assert "You are unsubscribed" in response.text
    assert "Resubscribe" in response.text
    assert store.get(reader.id).status == "unsubscribed"
    assert not store.get(reader.id).is_active


def test_button_post_for_one_field_keeps_the_others(
    client: TestClient, web: WebContext, store: SubscriberStore
) -> None:
    """The field-only button drops that field and keeps the subscription active."""
    reader = add_reader(store, fields=("quantum", "ai", "space"))
    path = unsubscribe_path(web, reader.id, "ai")
    token = csrf_token(client.get(path).text)
    response = client.post(path, data={"csrf_token": token})
    assert response.status_code == 200
    assert "unsubscribed from Artificial Intelligence" in response.text
    after = store.get(reader.id)
    assert after.status == "active"
    assert after.fields == {"quantum", "space"}


def test_button_post_without_csrf_changes_nothing(
    client: TestClient, web: WebContext, store: SubscriberStore
) -> None:
    """A form post that is not one-click and has no valid CSRF token gets 403 and no change."""
    reader = add_reader(store)
    path = unsubscribe_path(web, reader.id)
    client.get(path)  # the CSRF cookie is set, but a forged form cannot know the token
    response = client.post(path, data={"csrf_token": "0" * 64})
    assert response.status_code == 403
    assert "could not be verified" in response.text
    assert store.get(reader.id).status == "active"


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("application/x-www-form-urlencoded", ONE_CLICK),
        ("application/x-www-form-urlencoded; charset=utf-8", ONE_CLICK + "\r\n"),
        ("text/plain", ONE_CLICK),
        (None, ONE_CLICK),
    ],
)
def test_one_click_post_unsubscribes_in_each_encoding(
    client: TestClient,
    web: WebContext,
    store: SubscriberStore,
    content_type: str | None,
    body: str,
) -> None:
    """RFC 8058: the exact body, no cookie, no CSRF token, gives 200 and unsubscribes."""
    reader = add_reader(store)
    headers = {"content-type": content_type} if content_type else {}
    client.cookies.clear()
    response = client.post(unsubscribe_path(web, reader.id), content=body, headers=headers)
    assert response.status_code == 200
    assert store.get(reader.id).status == "unsubscribed"


def test_one_click_multipart_post_unsubscribes(
    client: TestClient, web: WebContext, store: SubscriberStore
) -> None:
    """A multipart/form-data one-click body (as some providers send) also unsubscribes."""
    reader = add_reader(store)
    client.cookies.clear()
    response = client.post(
        unsubscribe_path(web, reader.id),
        files={"List-Unsubscribe": (None, "One-Click")},
    )
    assert response.status_code == 200
    assert store.get(reader.id).status == "unsubscribed"


def test_one_click_with_field_unsubscribes_that_field(
    client: TestClient, web: WebContext, store: SubscriberStore
) -> None:
    """One-click on a one-field link removes that field only."""
    reader = add_reader(store, fields=("quantum", "ai"))
    response = client.post(
        unsubscribe_path(web, reader.id, "quantum"), data={"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 200
    assert store.get(reader.id).fields == {"ai"}
    assert store.get(reader.id).status == "active"


def test_unsubscribe_is_idempotent(
    client: TestClient, web: WebContext, store: SubscriberStore
) -> None:
    """Repeating the POST answers 200 each time and leaves the first unsubscribe time alone."""
    reader = add_reader(store)
    path = unsubscribe_path(web, reader.id)
    first = client.post(path, content=ONE_CLICK)
    stamped = store.get(reader.id).unsubscribed_at
    second = client.post(path, content=ONE_CLICK)
    assert (first.status_code, second.status_code) == (200, 200)
    assert "You are unsubscribed" in second.text
    assert store.get(reader.id).unsubscribed_at == stamped


def test_get_after_unsubscribing_offers_resubscribe(
    client: TestClient, web: WebContext, store: SubscriberStore
) -> None:
    """An unsubscribed reader's page says so and links to the preferences to come back."""
    reader = add_reader(store)
    store.unsubscribe(reader.id)
    html = client.get(unsubscribe_path(web, reader.id)).text
    assert "already gets no email" in html
    assert "Subscribe again" in html


def test_unknown_and_erased_subscribers_get_404(
    client: TestClient, web: WebContext, store: SubscriberStore
) -> None:
    """A valid signature over an id we do not have, or an erased one, gets 404 on GET and POST."""
    reader = add_reader(store, "erin@example.com")
    store.forget("erin@example.com")
    ghost = web.links.unsubscribe_url("NoSuchSubscriberId0000")
    assert client.get(path_of(ghost)).status_code == 404
    assert client.post(path_of(ghost), content=ONE_CLICK).status_code == 404
    assert client.get(unsubscribe_path(web, reader.id)).status_code == 404


def test_invalid_token_gets_a_friendly_400(client: TestClient) -> None:
    """A mangled link gets a readable 400 page, not a traceback."""
    response = client.get("/u/not-a-token")
    assert response.status_code == 400
    assert "This link does not work" in response.text
    assert response.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize("status", ["pending", "active", "paused", "unsubscribed", "bounced"])
def test_fast_path_matches_the_full_unsubscribe(store: SubscriberStore, status: str) -> None:
    """unsubscribe_everything (one UPDATE for many ids) leaves each status as unsubscribe() does."""
    first = add_reader(store, "ann@example.com", status="pending")
    second = add_reader(store, "ben@example.com", status="pending")
    for reader in (first, second):
        if status in ("active", "paused"):
            store.confirm(reader.id)
        if status == "paused":
            store.pause(reader.id)
        if status in ("unsubscribed", "bounced"):
            store.suppress(reader.id, status)  # type: ignore[arg-type]
    expected = store.unsubscribe(second.id).status
    assert store.unsubscribe_everything([first.id, first.id]) == {first.id: expected}
    fast, full = store.get(first.id), store.get(second.id)
    assert (fast.status, fast.fields) == (full.status, full.fields)
    assert (fast.unsubscribed_at is None) == (full.unsubscribed_at is None)


def test_fast_path_skips_unknown_ids(store: SubscriberStore) -> None:
    """Ids never stored are left out of the result; the others are unsubscribed."""
    reader = add_reader(store)
    statuses = store.unsubscribe_everything(["NoSuchSubscriberId0000", reader.id])
    assert statuses == {reader.id: "unsubscribed"}


def test_one_click_answer_carries_the_security_headers(
    client: TestClient, web: WebContext, store: SubscriberStore
) -> None:
    """The one-click shortcut in front of the framework still sends CSP and friends."""
    reader = add_reader(store)
    response = client.post(unsubscribe_path(web, reader.id), content=ONE_CLICK)
    assert response.status_code == 200
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.headers["referrer-policy"] == "no-referrer"
    assert f"/preferences/{web.signer.manage_token(reader.id)}" in response.text


def test_big_or_other_bodies_go_to_the_full_route(
    client: TestClient, web: WebContext, store: SubscriberStore
) -> None:
    """Bodies the shortcut does not take reach the route: a form without one-click needs CSRF."""
    reader = add_reader(store)
    path = unsubscribe_path(web, reader.id)
    padding = "x" * 4096
    refused = client.post(path, data={"confirm": "yes", "pad": padding})
    assert refused.status_code == 403
    assert store.get(reader.id).status == "active"
    accepted = client.post(path, data={"List-Unsubscribe": "One-Click", "pad": padding})
    assert accepted.status_code == 200
    assert store.get(reader.id).status == "unsubscribed"
