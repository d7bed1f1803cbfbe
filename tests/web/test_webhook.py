"""``POST /webhooks/sendgrid``: ECDSA-signed events suppress subscribers; anything else is refused."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from fastapi.testclient import TestClient

from newsletter.deliver.backends.sendgrid.events import SIGNATURE_HEADER, TIMESTAMP_HEADER
from newsletter.deliver.backends.sendgrid.payload import SUBSCRIBER_ID_ARG
from newsletter.editorial import EditorialConfig
from newsletter.web.app import create_app
from subscribers.store import SubscriberStore
from tests.web.conftest import BASE_URL, add_reader, make_settings

PRIVATE_KEY = ec.generate_private_key(ec.SECP256R1())


def public_key_text(key: ec.EllipticCurvePrivateKey) -> str:
    """Return the public key as SendGrid shows it: base64 DER, no PEM armour."""
    der = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return base64.b64encode(der).decode()


def signed_headers(
    body: bytes, *, key: ec.EllipticCurvePrivateKey = PRIVATE_KEY, timestamp: int | None = None
) -> dict[str, str]:
    """Sign ``timestamp + body`` the way SendGrid does (ECDSA P-256, SHA-256, base64 DER)."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    signature = key.sign(stamp.encode() + body, ec.ECDSA(hashes.SHA256()))
    return {
        SIGNATURE_HEADER: base64.b64encode(signature).decode(),
        TIMESTAMP_HEADER: stamp,
        "content-type": "application/json",
    }


def event(kind: str, **extra: Any) -> dict[str, Any]:
    """Return one SendGrid event with our custom args flattened in, as SendGrid sends them."""
    return {"event": kind, "timestamp": int(time.time()), "issue_id": "2026-W48", **extra}


@pytest.fixture
def hook(
    tmp_path: Path, editorial: EditorialConfig
) -> Iterator[tuple[TestClient, SubscriberStore]]:
    """A client on an app that trusts PRIVATE_KEY's public half, and its store."""
    settings = make_settings(tmp_path, sendgrid_webhook_public_key=public_key_text(PRIVATE_KEY))
    app = create_app(settings, editorial)
    with TestClient(app, base_url=BASE_URL) as client:
        yield client, app.state.web.store


def post(client: TestClient, body: bytes, headers: dict[str, str]) -> Any:
    """Post raw bytes to the webhook."""
    return client.post("/webhooks/sendgrid", content=body, headers=headers)


@pytest.mark.parametrize(
    ("kind", "extra", "status"),
    [
        ("bounce", {"type": "bounce", "reason": "550 no such user"}, "bounced"),
        ("dropped", {"reason": "Bounced Address"}, "bounced"),
        ("dropped", {"reason": "Spam Reporting Address"}, "complained"),
        ("dropped", {"reason": "Unsubscribed Address"}, "unsubscribed"),
        ("spamreport", {}, "complained"),
        ("unsubscribe", {}, "unsubscribed"),
        ("group_unsubscribe", {"asm_group_id": 1}, "unsubscribed"),
    ],
)
def test_suppressing_events_suppress_the_subscriber(
    hook: tuple[TestClient, SubscriberStore], kind: str, extra: dict[str, Any], status: str
) -> None:
    """Each stop-mailing event, signed, moves the subscriber named in custom_args out of the send."""
    client, store = hook
    reader = add_reader(store)
    body = json.dumps([event(kind, **{SUBSCRIBER_ID_ARG: reader.id}, **extra)]).encode()
    response = post(client, body, signed_headers(body))
    assert response.status_code == 200
    assert response.json()["suppressed"] == 1
    assert store.get(reader.id).status == status
    assert reader.id not in {r.id for batch in store.iter_recipients() for r in batch}


def test_other_events_change_nothing(hook: tuple[TestClient, SubscriberStore]) -> None:
    """Delivered, open, click, deferred and soft (blocked) bounces are counted and ignored."""
    client, store = hook
    reader = add_reader(store)
    kinds = [
        event(name, **{SUBSCRIBER_ID_ARG: reader.id})
        for name in ("processed", "delivered", "open", "click", "deferred")
    ]
    kinds.append(event("bounce", type="blocked", **{SUBSCRIBER_ID_ARG: reader.id}))
    kinds.append("not an object")  # type: ignore[arg-type]
    body = json.dumps(kinds).encode()
    response = post(client, body, signed_headers(body))
    assert response.status_code == 200
    assert response.json() == {
        "received": 7,
        "suppressed": 0,
        "ignored": 7,
        "unknown": 0,
        "duplicate": 0,
    }
    assert store.get(reader.id).status == "active"


def test_events_without_our_id_are_matched_by_address(
    hook: tuple[TestClient, SubscriberStore],
) -> None:
    """An event sent before custom_args carried the id is matched by its address instead."""
    client, store = hook
    reader = add_reader(store, "pat@example.com")
    body = json.dumps(
        [
            event("spamreport", email="PAT@example.com"),
            event("bounce", email="nobody@example.com"),
            event("bounce", **{SUBSCRIBER_ID_ARG: "NoSuchSubscriberId0000"}),
        ]
    ).encode()
    response = post(client, body, signed_headers(body))
    assert response.json() == {
        "received": 3,
        "suppressed": 1,
        "ignored": 0,
        "unknown": 2,
        "duplicate": 0,
    }
    assert store.get(reader.id).status == "complained"


def test_replayed_delivery_is_idempotent(hook: tuple[TestClient, SubscriberStore]) -> None:
    """SendGrid retries deliveries; applying the same events twice changes nothing more."""
    client, store = hook
    reader = add_reader(store)
    body = json.dumps([event("bounce", **{SUBSCRIBER_ID_ARG: reader.id})]).encode()
    headers = signed_headers(body)
    assert post(client, body, headers).status_code == 200
    first = store.get(reader.id)
    assert post(client, body, headers).status_code == 200
    assert store.get(reader.id) == first


def refused_cases(body: bytes) -> list[tuple[str, bytes, dict[str, str], int]]:
    """Requests that must be refused: (name, body, headers, expected status)."""
    good = signed_headers(body)
    other_key = ec.generate_private_key(ec.SECP256R1())
    tampered = body.replace(b"bounce", b"bouncy")
    signature = good[SIGNATURE_HEADER]
    return [
        ("unsigned", body, {"content-type": "application/json"}, 403),
        ("no timestamp", body, {SIGNATURE_HEADER: signature}, 403),
        ("tampered body", tampered, good, 403),
        ("other key", body, signed_headers(body, key=other_key), 403),
        ("stale", body, signed_headers(body, timestamp=int(time.time()) - 3600), 403),
        ("future", body, signed_headers(body, timestamp=int(time.time()) + 3600), 403),
        ("timestamp changed", body, {**good, TIMESTAMP_HEADER: str(int(time.time()) - 1)}, 403),
        ("bad timestamp", body, {**good, TIMESTAMP_HEADER: "yesterday"}, 400),
        ("not base64", body, {**good, SIGNATURE_HEADER: "%%%not base64%%%"}, 403),
        ("truncated signature", body, {**good, SIGNATURE_HEADER: signature[:20]}, 403),
    ]


def test_unsigned_forged_tampered_or_stale_requests_are_refused(
    hook: tuple[TestClient, SubscriberStore],
) -> None:
    """Every request not signed now by SendGrid's key over this exact body is refused."""
    client, store = hook
    reader = add_reader(store)
    body = json.dumps([event("bounce", **{SUBSCRIBER_ID_ARG: reader.id})]).encode()
    for name, sent_body, headers, expected in refused_cases(body):
        response = post(client, sent_body, headers)
        assert response.status_code == expected, name
        assert store.get(reader.id).status == "active", name


@pytest.mark.parametrize("body", [b"{not json", b'{"event": "bounce"}', b"\xff\xfe"])
def test_signed_but_malformed_bodies_are_refused(
    hook: tuple[TestClient, SubscriberStore], body: bytes
) -> None:
    """A validly signed body that is not a JSON array of events gets 400 (non-UTF-8: 403)."""
    client, _store = hook
    response = post(client, body, signed_headers(body))
    assert response.status_code in (400, 403)
    assert response.status_code == (403 if body == b"\xff\xfe" else 400)


def test_without_a_public_key_every_request_is_refused(client: TestClient) -> None:
    """With no verification key configured the webhook refuses everything (403)."""
    body = json.dumps([event("bounce", email="someone@example.com")]).encode()
    response = post(client, body, signed_headers(body))
    assert response.status_code == 403
    assert "not configured" in response.json()["error"]


def nested(depth: int, opener: bytes = b"[", closer: bytes = b"]") -> bytes:
    """Return a JSON array holding ``depth`` levels of nesting."""
    return opener * depth + closer * depth


@pytest.mark.parametrize(
    "body",
    [
        nested(100_000),
        b"[" + b'{"a":' * 50_000 + b"1" + b"}" * 50_000 + b"]",
        b'[{"event":"bounce","x":' + nested(9) + b"}]",
        b"[" * 200_000,  # never closed
        b'[{"a":[{"b":[{"c":[{"d":[{"e":1}]}]}]}]}]',  # 10 levels, mixed
    ],
    ids=["arrays", "objects", "nine-inside-an-event", "unclosed", "mixed"],
)
def test_signed_deeply_nested_bodies_are_refused_not_crashed(
    hook: tuple[TestClient, SubscriberStore], body: bytes
) -> None:
    """A signed body nesting deeper than the limit gets 400 (it used to crash the route: 500)."""
    client, _store = hook
    response = post(client, body, signed_headers(body))
    assert response.status_code == 400
    assert "nested" in response.json()["error"]


def test_nesting_within_the_limit_and_brackets_in_strings_are_accepted(
    hook: tuple[TestClient, SubscriberStore],
) -> None:
    """Brackets inside strings do not count; real SendGrid shapes (arrays in events) pass."""
    client, store = hook
    reader = add_reader(store)
    events = [
        event(
            "bounce",
            reason='[[[[[[[[[[ {{{{{{{{{ "quoted" ]]]',
            category=["weekly", "2026-W48"],
            pool={"name": "main", "id": 1},
            **{SUBSCRIBER_ID_ARG: reader.id},
        )
    ]
    body = json.dumps(events).encode()
    response = post(client, body, signed_headers(body))
    assert response.status_code == 200
    assert store.get(reader.id).status == "bounced"


def test_replayed_event_does_not_stop_a_reader_who_came_back(
    hook: tuple[TestClient, SubscriberStore],
) -> None:
    """A bounce replayed (same sg_event_id) after the reader subscribed again is skipped."""
    client, store = hook
    reader = add_reader(store, "back@example.com")
    body = json.dumps(
        [event("bounce", sg_event_id="ev-bounce-1", **{SUBSCRIBER_ID_ARG: reader.id})]
    ).encode()
    assert post(client, body, signed_headers(body)).json()["suppressed"] == 1
    store.add("back@example.com", ["ai"], method="form", policy_version="2026-01")
    assert store.get(reader.id).status == "active"
    again = post(client, body, signed_headers(body))  # re-signed now: inside the window
    assert again.status_code == 200
    assert again.json() == {
        "received": 1,
        "suppressed": 0,
        "ignored": 0,
        "unknown": 0,
        "duplicate": 1,
    }
    assert store.get(reader.id).status == "active"


def test_events_are_deduplicated_within_and_across_batches(
    hook: tuple[TestClient, SubscriberStore],
) -> None:
    """The same id twice in one batch counts once; new ids in a later batch still apply."""
    client, store = hook
    first, second = add_reader(store, "one@example.com"), add_reader(store, "two@example.com")
    twice = event("spamreport", sg_event_id="ev-1", **{SUBSCRIBER_ID_ARG: first.id})
    body = json.dumps([twice, twice, event("open", sg_event_id="ev-2")]).encode()
    tally = post(client, body, signed_headers(body)).json()
    assert (tally["suppressed"], tally["ignored"], tally["duplicate"]) == (1, 1, 1)
    later = json.dumps(
        [
            event("open", sg_event_id="ev-2"),
            event("bounce", sg_event_id="ev-3", **{SUBSCRIBER_ID_ARG: second.id}),
        ]
    ).encode()
    tally = post(client, later, signed_headers(later)).json()
    assert (tally["suppressed"], tally["duplicate"]) == (1, 1)
    assert store.get(second.id).status == "bounced"


def test_unsigned_request_is_refused_before_its_body_is_read(
    hook: tuple[TestClient, SubscriberStore],
) -> None:
    """Without signature headers the webhook answers 403 without reading a byte of the body."""
    client, _store = hook
    app = client.app
    reads: list[bytes] = []

    async def receive() -> dict[str, Any]:
        reads.append(b"")
        return {"type": "http.request", "body": b"[]" * 1000, "more_body": True}

    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/webhooks/sendgrid",
        "raw_path": b"/webhooks/sendgrid",
        "root_path": "",
        "query_string": b"",
        "headers": [(b"host", b"newsletter.test"), (b"transfer-encoding", b"chunked")],
        "client": ("127.0.0.1", 5000),
        "server": ("newsletter.test", 80),
        "state": {},
    }
    anyio.run(app, scope, receive, send)  # type: ignore[arg-type]
    assert sent[0]["status"] == 403
    assert reads == []
