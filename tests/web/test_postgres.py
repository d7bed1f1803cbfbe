"""The reader pages on PostgreSQL: the one-click fast path, the forms and the webhook store calls."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsletter.editorial import EditorialConfig
from newsletter.web.app import create_app
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
