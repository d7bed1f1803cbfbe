"""Oversized requests are refused in front of the app: URL 414, headers 431, body 413."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from newsletter.web.context import WebContext
from newsletter.web.limits import (
    MAX_FORM_BODY_BYTES,
    MAX_HEADER_BYTES,
    MAX_TARGET_BYTES,
    MAX_WEBHOOK_BODY_BYTES,
    RequestLimits,
)
from subscribers.store import SubscriberStore
from tests.web.conftest import add_reader, csrf_token, path_of


def chunks(total: int, size: int = 16 * 1024) -> Iterator[bytes]:
    """Yield ``total`` bytes in pieces (the client sends them chunked, with no length)."""
    sent = 0
    while sent < total:
        piece = min(size, total - sent)
        sent += piece
        yield b"a" * piece


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/subscribe?field=" + "a" * 60_000),
        ("GET", "/u/" + "A" * 60_000),
        ("POST", "/u/" + "x" * 20_000 + "?field=ai"),
        ("GET", "/archive/" + "%41" * 4000),
        ("POST", "/webhooks/sendgrid?" + "q=1&" * 3000),
    ],
)
def test_overlong_request_targets_get_414(client: TestClient, method: str, path: str) -> None:
    """A request target over 8 KiB is refused with 414 and the connection closed."""
    assert len(path) > MAX_TARGET_BYTES
    response = client.request(method, path)
    assert response.status_code == 414
    assert response.headers["connection"] == "close"


def test_a_target_just_under_the_limit_is_served(client: TestClient) -> None:
    """The cap refuses only what is over it: a long but legal URL is served as usual."""
    path = "/subscribe?x=" + "a" * (MAX_TARGET_BYTES - 100)
    assert client.get(path).status_code == 200


@pytest.mark.parametrize(
    "headers",
    [
        {"x-big": "a" * (MAX_HEADER_BYTES + 1)},
        {f"x-h{index}": "b" * 200 for index in range(100)},
        {"cookie": "nl_csrf=" + "c" * 20_000},
    ],
    ids=["one-big-header", "many-headers", "huge-cookie"],
)
def test_oversized_header_blocks_get_431(client: TestClient, headers: dict[str, str]) -> None:
    """A header block over 16 KiB is refused with 431 on any route."""
    for path in ("/subscribe", "/healthz"):
        response = client.get(path, headers=headers)
        assert response.status_code == 431, path


def test_declared_oversized_bodies_get_413_on_every_post(
    client: TestClient, store: SubscriberStore, web: WebContext
) -> None:
    """A Content-Length over the cap is refused before reading: forms, one-click, webhook."""
    reader = add_reader(store)
    token = web.signer.manage_token(reader.id)
    big = b"x" * (MAX_FORM_BODY_BYTES + 1)
    for path in ("/subscribe", f"/u/{token}", f"/preferences/{token}", f"/confirm/{token}"):
        response = client.post(
            path, content=big, headers={"content-type": "application/x-www-form-urlencoded"}
        )
        assert response.status_code == 413, path
        assert "too large" in response.text
    hook = client.post(
        "/webhooks/sendgrid",
        content=b"[" + b" " * MAX_WEBHOOK_BODY_BYTES + b"]",
        headers={"content-type": "application/json"},
    )
    assert hook.status_code == 413
    assert hook.json() == {"error": "The request body is larger than this page accepts."}
    assert store.get(reader.id).status == "active"


@pytest.mark.parametrize("path_kind", ["one-click", "subscribe", "preferences"])
def test_chunked_bodies_are_cut_off_at_the_cap(
    client: TestClient, store: SubscriberStore, web: WebContext, path_kind: str
) -> None:
    """A body with no declared length is counted as it arrives and refused once over the cap."""
    reader = add_reader(store)
    token = web.signer.manage_token(reader.id)
    path = {
        "one-click": f"/u/{token}",
        "subscribe": "/subscribe",
        "preferences": f"/preferences/{token}",
    }[path_kind]
    response = client.post(
        path,
        content=chunks(10 * 1024 * 1024),
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 413
    assert store.get(reader.id).status == "active"


def test_bodies_within_the_cap_still_work(
    client: TestClient, store: SubscriberStore, web: WebContext
) -> None:
    """A one-click POST and a preferences form (with padding under the cap) are served."""
    reader = add_reader(store)
    url = web.links.preferences_url(reader.id)
    page = client.get(path_of(url))
    form = {
        "action": "pause",
        "csrf_token": csrf_token(page.text),
        "padding": "p" * 8000,
    }
    assert client.post(path_of(url), data=form).status_code == 200
    assert store.get(reader.id).status == "paused"
    one_click = client.post(
        path_of(web.links.unsubscribe_url(reader.id)),
        content=b"List-Unsubscribe=One-Click",
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert one_click.status_code == 200
    assert store.get(reader.id).status == "unsubscribed"


def test_body_limit_depends_on_the_route() -> None:
    """The webhook gets the large cap, every other route the form cap."""
    limits = RequestLimits()
    assert limits.body_limit("/webhooks/sendgrid") == MAX_WEBHOOK_BODY_BYTES
    for path in ("/u/abc", "/subscribe", "/preferences/abc", "/webhooks"):
        assert limits.body_limit(path) == MAX_FORM_BODY_BYTES


def test_forms_with_thousands_of_fields_under_the_size_cap_get_a_4xx_not_a_5xx(
    client: TestClient, store: SubscriberStore, web: WebContext
) -> None:
    """Many tiny fields within the byte cap (a crafted form) are refused or ignored, never a 500."""
    reader = add_reader(store)
    token = web.signer.manage_token(reader.id)
    many = "&".join(f"f{index}=1" for index in range(1500))
    for path in ("/subscribe", f"/u/{token}", f"/preferences/{token}", f"/confirm/{token}"):
        response = client.post(
            path,
            content=many.encode(),
            headers={"content-type": "application/x-www-form-urlencoded"},
        )
        assert response.status_code < 500, (path, response.status_code)
    assert store.get(reader.id).status == "active"
