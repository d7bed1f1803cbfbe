"""Subscribe-bombing: a mailbox gets at most 3 subscribe emails a day, however it is spelled."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi import FastAPI
from fastapi.testclient import TestClient

from newsletter.editorial import EditorialConfig
from newsletter.web.app import create_app
from newsletter.web.ratelimit import RateLimits
from subscribers.addresses import AddressHasher, normalise_address
from subscribers.mailbox import MailboxLimiter, mailbox_of
from subscribers.store import SubscriberStore
from subscribers.tables import subscribers
from tests.web.conftest import BASE_URL, add_reader, csrf_token, make_settings, outbox_messages

# Only the per-mailbox limit matters here: IP and exact-address limits are out of the way.
LIMITS = RateLimits(per_ip=1000, per_address=1000)


def make_app(tmp_path: Path, editorial: EditorialConfig) -> FastAPI:
    """An app over ``tmp_path``'s database with the default per-mailbox limit."""
    return create_app(make_settings(tmp_path), editorial, limits=LIMITS)


def post_subscribe(client: TestClient, email: str) -> int:
    """Post the subscribe form for ``email``; return the status."""
    token = csrf_token(client.get("/subscribe").text)
    data = {"csrf_token": token, "email": email, "fields": ["ai"], "consent": "yes"}
    return client.post("/subscribe", data=data).status_code


@pytest.mark.parametrize(
    ("variants", "mailbox"),
    [
        ([f"victim+{n}@example.com" for n in range(8)], "victim@example.com"),
        (
            [
                "victim@gmail.com",
                "v.ictim@gmail.com",
                "vi.c.tim+x@googlemail.com",
                "VICTIM@gmail.com",
            ]
            + [f"v.i.c.t.i.m+{n}@GMail.com" for n in range(4)],
            "victim@gmail.com",
        ),
        ([f"Victim+{n}@Example.COM" for n in range(5)], "victim@example.com"),
    ],
    ids=["plus-tags", "gmail-dots-and-googlemail", "ascii-case"],
)
def test_variants_of_one_mailbox_get_three_emails_a_day(
    tmp_path: Path, editorial: EditorialConfig, variants: list[str], mailbox: str
) -> None:
    """The first three variants get their email; the others get 429 and nothing is sent."""
    assert {mailbox_of(normalise_address(v)) for v in variants} == {mailbox}
    with TestClient(make_app(tmp_path, editorial), base_url=BASE_URL) as client:
        statuses = [post_subscribe(client, variant) for variant in variants]
    assert statuses == [200, 200, 200] + [429] * (len(variants) - 3)
    assert len(outbox_messages(tmp_path / "outbox")) == 3


def test_the_limit_survives_a_restart(tmp_path: Path, editorial: EditorialConfig) -> None:
    """A new process (a new app on the same database) still refuses the full mailbox."""
    with TestClient(make_app(tmp_path, editorial), base_url=BASE_URL) as client:
        assert [post_subscribe(client, f"ann+{n}@example.com") for n in range(3)] == [200] * 3
    with TestClient(make_app(tmp_path, editorial), base_url=BASE_URL) as client:
        assert post_subscribe(client, "ann+again@example.com") == 429
        assert post_subscribe(client, "bob@example.com") == 200  # another mailbox
        assert post_subscribe(client, "a.nn@example.com") == 200  # dots count outside Gmail
    assert len(outbox_messages(tmp_path / "outbox")) == 5


def test_manage_link_emails_count_too(tmp_path: Path, editorial: EditorialConfig) -> None:
    """Subscribing an active reader's address again mails a manage link: also limited."""
    app = make_app(tmp_path, editorial)
    add_reader(app.state.web.store, "kept@example.com")
    with TestClient(app, base_url=BASE_URL) as client:
        statuses = [post_subscribe(client, f"kept+{n}@example.com") for n in range(5)]
        statuses.append(post_subscribe(client, "kept@example.com"))
    assert statuses[:3] == [200, 200, 200]
    assert set(statuses[3:]) == {429}


def test_a_new_window_allows_three_more(engine: sa.Engine) -> None:
    """After the day is over the mailbox may get three emails again; old counts are deleted."""
    limiter = MailboxLimiter(engine, AddressHasher(["mailbox-test-key-0123456789"]))
    start = dt.datetime(2026, 11, 30, 9, tzinfo=dt.UTC)
    assert [limiter.try_send("z+1@example.com", now=start) for _ in range(4)] == [
        True,
        True,
        True,
        False,
    ]
    late = start + dt.timedelta(hours=23, minutes=59)
    assert limiter.try_send("z@example.com", now=late) is False
    next_day = start + dt.timedelta(days=1, minutes=1)
    assert limiter.try_send("z+2@example.com", now=next_day) is True
    assert limiter.forget_old(now=next_day + dt.timedelta(days=2)) == 1


def test_unconfirmed_requests_expire(engine: sa.Engine) -> None:
    """Pending rows older than the link die; a returning reader goes back to unsubscribed."""
    store = SubscriberStore(engine, ["expiry-test-key-0123456789"])
    fresh = add_reader(store, "fresh@example.com", status="pending")
    stale = add_reader(store, "stale@example.com", status="pending")
    back = add_reader(store, "back@example.com")
    store.unsubscribe(back.id)
    store.add("back@example.com", ["ai"], method="form", policy_version="2026-01", status="pending")
    week_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=8)
    with engine.begin() as connection:
        connection.execute(
            sa.update(subscribers)
            .where(subscribers.c.id.in_([stale.id, back.id]))
            .values(updated_at=week_ago)
        )
    assert store.expire_pending(dt.datetime.now(dt.UTC) - dt.timedelta(days=7)) == 2
    assert store.get(fresh.id).status == "pending"
    assert store.find_by_email("stale@example.com") is None
    assert store.get(back.id).status == "unsubscribed"
    assert store.expire_pending(dt.datetime.now(dt.UTC) - dt.timedelta(days=7)) == 0
