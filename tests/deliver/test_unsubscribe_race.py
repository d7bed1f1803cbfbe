"""Unsubscribes racing a send (issue 13): no message is handed over after the reader's 200.

One-click unsubscribes go through the real web app while ``send_issue`` delivers to the
SendGrid stand-in, which notes when each request arrives and for whom. For every reader who
unsubscribed, no request holding their address may arrive after their 200; everyone else
gets exactly one message. Run on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from newsletter.config import Settings
from newsletter.db import connect_database
from newsletter.deliver.backends.sendgrid import sender as sendgrid_sender
from newsletter.deliver.job import send_issue
from newsletter.editorial import EditorialConfig
from newsletter.web.app import create_app
from newsletter.web.ratelimit import RateLimits
from subscribers.links import LinkBuilder
from subscribers.store import SubscriberStore
from subscribers.tokens import TokenSigner
from tests.deliver.test_job import API_KEY, WEEK, add_readers, frozen_issue
from tests.sendgrid_standin import StandIn

# The stand-in can only time a request when its handler thread runs, which on a loaded
# machine can be after the client wrote the last byte and the reader's unsubscribe then
# returned: a measurement artefact that reads as a late handover. A real regression (the
# per-handover recipient check removed) sends 62-255 messages late on every run, so a
# failure is re-run twice before it counts (pytest-rerunfailures), never more.
pytestmark = pytest.mark.flaky(reruns=2, only_rerun=["AssertionError"])

READERS = 1500
UNSUBSCRIBERS = 300
SEED = 13  # which readers unsubscribe, and in which order


def _race(
    settings: Settings, editorial: EditorialConfig, engine: sa.Engine, how: str = "one-click"
) -> None:
    """Readers stop (``how``: a one-click POST, or a bounce or a pause in the store) during a send."""
    frozen_issue(engine, ["ai"])
    readers = add_readers(engine, READERS, field_sets=[frozenset({"ai"})])
    leaving = random.Random(SEED).sample(readers, UNSUBSCRIBERS)
    links = LinkBuilder("https://newsletter.test", TokenSigner(settings.all_secret_keys()))
    paths = [
        links.unsubscribe_url(reader.id).removeprefix("https://newsletter.test")
        for reader in leaving
    ]
    answered: dict[str, float] = {}  # address -> time.monotonic() of the 200 (or the return)
    store = SubscriberStore(engine, settings.all_secret_keys())
    app = create_app(settings, editorial, limits=RateLimits(per_ip=10**6, per_address=10**6))
    with StandIn(validate=False, api_key=API_KEY) as standin:
        standin.delay = 0.03  # each request takes a moment: the send lasts while readers leave
        configured = Settings.model_validate(
            {
                **settings.model_dump(),
                "delivery": "sendgrid",
                "sendgrid_host": standin.url,
                "sendgrid_api_key": API_KEY,
                "base_url": "https://newsletter.test",
            }
        )

        def unsubscribe_all() -> None:
            with TestClient(app, base_url="https://newsletter.test") as client:
                ready.set()
                deadline = time.monotonic() + 30
                while not standin.arrivals and time.monotonic() < deadline:
                    time.sleep(0.001)
                for reader, path in zip(leaving, paths, strict=True):
                    if how == "one-click":
                        response = client.post(
                            path,
                            content=b"List-Unsubscribe=One-Click",
                            headers={"Content-Type": "application/x-www-form-urlencoded"},
                        )
                        assert response.status_code == 200, response.text
                    elif how == "bounced":  # what a provider's bounce event does
                        store.suppress(reader.id, "bounced")
                    else:
                        store.pause(reader.id)
                    answered[reader.email] = time.monotonic()

        ready = threading.Event()
        thread = threading.Thread(target=unsubscribe_all)
        thread.start()
        assert ready.wait(30), "the web app did not start"
        summary = send_issue(configured, editorial, engine, WEEK)
        thread.join(timeout=60)
        arrivals = list(standin.arrivals)

    assert len(answered) == UNSUBSCRIBERS
    last_arrival = max(at for at, _ in arrivals)
    during = [email for email, at in answered.items() if at < last_arrival]
    assert len(during) >= UNSUBSCRIBERS // 10, "the unsubscribes did not overlap the send"
    late = [
        (email, at - answered[email])
        for at, recipients in arrivals
        for email in recipients
        if email in answered and at > answered[email]
    ]
    assert late == [], f"{len(late)} messages handed over after the reader's 200"
    received = Counter(email for _, recipients in arrivals for email in recipients)
    stayed = {reader.email for reader in readers} - set(answered)
    assert all(received[email] == 1 for email in stayed)
    assert max(received.values()) == 1
    withdrawn = UNSUBSCRIBERS - sum(received[email] for email in answered)
    assert withdrawn > 0, "no unsubscriber was left out: the race never reached the send"
    assert summary.sent == READERS - withdrawn
    # Each leaving reader is counted once: among those sent, or among the suppressed.
    assert summary.sent + summary.suppressed == READERS


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Requests of 25: a 1,500-reader send makes 60 handovers to race with."""
    monkeypatch.setattr(sendgrid_sender, "BATCH_LIMIT", 25)


@pytest.mark.usefixtures("small_batches")
def test_unsubscribes_during_a_send_on_sqlite(
    settings: Settings, editorial: EditorialConfig, engine: sa.Engine
) -> None:
    """SQLite: 300 one-click unsubscribes during a send; none is handed a message after its 200."""
    _race(settings, editorial, engine)


@pytest.mark.parametrize("how", ["bounced", "paused"])
@pytest.mark.usefixtures("small_batches")
def test_readers_suppressed_or_paused_during_a_send_get_nothing_after(
    settings: Settings, editorial: EditorialConfig, engine: sa.Engine, how: str
) -> None:
    """A bounce applied or a pause saved during a send: no message handed over after it returned."""
    _race(settings, editorial, engine, how)


@pytest.mark.postgres
@pytest.mark.usefixtures("small_batches")
def test_unsubscribes_during_a_send_on_postgresql(
    settings: Settings, editorial: EditorialConfig, postgres_url: str, tmp_path: Path
) -> None:
    """PostgreSQL: the same race; row locks hold each handover's readers."""
    engine = connect_database(postgres_url)
    try:
        _race(settings.model_copy(update={"database_url": postgres_url}), editorial, engine)
    finally:
        engine.dispose()
