"""The reader pages on PostgreSQL: the one-click fast path, the forms and the webhook store calls."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from newsletter.deliver.job import send_issue
from newsletter.editorial import EditorialConfig
from newsletter.issues import freeze_issue
from newsletter.web.app import create_app
from newsletter.weeks import parse_week
from subscribers.feedback_tokens import FeedbackTokens
from subscribers.tables import votes
from tests.factories import make_issue
from tests.web.conftest import BASE_URL, add_reader, csrf_token, make_settings, path_of

pytestmark = pytest.mark.postgres


def test_one_click_and_preferences_on_postgres(
    tmp_path: Path, editorial: EditorialConfig, postgres_url: str
) -> None:
    """One-click (batched UPDATE), the page's button and a preferences change work on PostgreSQL."""
    app = create_app(make_settings(tmp_path, database_url=postgres_url), editorial)
    web = app.state.web
    assert web.writer is None  # no single writer thread: PostgreSQL takes concurrent writes
    with TestClient(app, base_url=BASE_URL) as client:
        store = web.store
        first = add_reader(store, "xia@example.com")
        second = add_reader(store, "yan@example.com", ("quantum", "ai"))
        one_click = client.post(
            path_of(web.links.unsubscribe_url(first.id)), content="List-Unsubscribe=One-Click"
        )
        assert one_click.status_code == 200
        assert store.get(first.id).status == "unsubscribed"
        assert store.unsubscribe_everything([first.id, "NoSuchSubscriberId0000"]) == {
            first.id: "unsubscribed"
        }
        path = path_of(web.links.preferences_url(second.id))
        token = csrf_token(client.get(path).text)
        saved = client.post(path, data={"csrf_token": token, "action": "save", "fields": ["ai"]})
        assert saved.status_code == 200
        assert store.get(second.id).fields == {"ai"}


def test_feedback_votes_on_postgres(
    tmp_path: Path, editorial: EditorialConfig, postgres_url: str
) -> None:
    """A vote, a repeat, a change and two readers on PostgreSQL: one row per reader, field and issue."""
    settings = make_settings(tmp_path, database_url=postgres_url)
    app = create_app(settings, editorial)
    engine = app.state.engine
    store = app.state.web.store
    readers = [add_reader(store, f"pg{n}@example.com", ("quantum",)) for n in range(2)]
    freeze_issue(engine, make_issue())
    send_issue(settings, editorial, engine, parse_week("2026-W48"))
    tokens = FeedbackTokens(settings.all_secret_keys())
    with TestClient(app, base_url=BASE_URL) as client:
        for reader, votes_cast in zip(readers, (("no", "no", "yes"), ("no",)), strict=True):
            base = f"/feedback/{tokens.token('2026-W48', reader.id)}/quantum"
            assert client.get(f"{base}/no").status_code == 200
            for vote in votes_cast:
                assert client.post(f"{base}/{vote}", data={"comment": vote}).status_code == 200
    with engine.connect() as connection:
        rows = connection.execute(sa.select(votes.c.vote, votes.c.comment)).all()
    assert sorted(tuple(row) for row in rows) == [("no", "no"), ("yes", "yes")]
