"""HEAD answers wherever GET answers: same status and headers, no body, nothing changed."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from newsletter.collect.run import collect_feeds
from newsletter.db.issuestore import mark_issue_sent
from newsletter.editorial import EditorialConfig
from newsletter.issues import build_issue, freeze_issue
from newsletter.web.context import WebContext
from newsletter.weeks import parse_week
from subscribers.csvimport import import_csv
from subscribers.store import SubscriberStore
from tests.conftest import require_shared
from tests.web.conftest import LiveServer, add_reader

# Headers that may differ between two answers to the same request.
_VOLATILE = {"date", "set-cookie", "content-length"}


def snapshot(engine: sa.Engine) -> dict[str, list[tuple[object, ...]]]:
    """Return every row of every table (to show that HEAD changed nothing)."""
    tables = sa.MetaData()
    tables.reflect(engine)
    with engine.connect() as connection:
        return {
            name: sorted(map(tuple, connection.execute(sa.select(table))), key=repr)
            for name, table in tables.tables.items()
        }


def assert_head_mirrors_get(client: TestClient, path: str) -> int:
    """HEAD ``path`` answers GET's status and headers with an empty body; return the status."""
    got = client.get(path, follow_redirects=False)
    head = client.head(path, follow_redirects=False)
    assert head.status_code == got.status_code, path
    assert head.content == b"", path
    assert head.headers.get("content-type") == got.headers.get("content-type"), path
    if "content-length" in got.headers and "set-cookie" not in got.headers:
        assert head.headers["content-length"] == got.headers["content-length"], path
    same = {k: v for k, v in got.headers.items() if k not in _VOLATILE}
    assert {k: v for k, v in head.headers.items() if k not in _VOLATILE} == same, path
    return head.status_code


def test_case_31_head_on_every_reader_page(
    client: TestClient,
    web: WebContext,
    engine_of_app: sa.Engine,
    editorial: EditorialConfig,
) -> None:
    """31-head-requests: HEAD on the 8 pages where GET answers 200 or 303 answers the same."""
    case = require_shared("cases/31-head-requests")
    collect_feeds(engine_of_app, editorial, [str(case / "feed.xml")], workers=1)
    issue = freeze_issue(
        engine_of_app, build_issue(engine_of_app, editorial, parse_week("2026-W48"))
    )
    mark_issue_sent(engine_of_app, issue.id)
    import_csv(web.store, case / "subscribers.csv", known_fields=editorial.field_slugs)
    reader = web.store.find_by_email("reader@example.com")
    assert reader is not None
    manage = web.signer.manage_token(reader.id)
    pages = [
        "/",
        "/subscribe",
        f"/u/{manage}",
        f"/preferences/{manage}",
        f"/confirm/{web.signer.confirm_token(reader.id)}",
        "/archive",
        f"/archive/{issue.id}",
        "/healthz",
    ]
    before = snapshot(engine_of_app)
    statuses = [assert_head_mirrors_get(client, page) for page in pages]
    assert statuses == [303, 200, 200, 200, 200, 200, 200, 200]
    assert snapshot(engine_of_app) == before
    assert web.store.get(reader.id).status == "active"


@pytest.mark.parametrize(
    "path",
    ["/static/site.css", "/openapi.json", "/subscribe?field=ai&field=quantum", "/archive"],
)
def test_head_on_static_and_machine_pages(client: TestClient, path: str) -> None:
    """Stylesheet, OpenAPI description and query variants answer HEAD like GET."""
    assert assert_head_mirrors_get(client, path) == 200


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/no-such-page", 404),
        ("/u/not-a-token", 400),
        ("/archive/2020-W01", 404),
        ("/webhooks/sendgrid", 405),
    ],
)
def test_head_on_errors_answers_as_get_does(client: TestClient, path: str, status: int) -> None:
    """Unknown pages, bad tokens and POST-only routes answer HEAD with GET's error status."""
    assert assert_head_mirrors_get(client, path) == status
    if status == 405:
        assert client.head(path).headers["allow"] == "POST"


def test_head_never_unsubscribes_confirms_or_records(
    client: TestClient, store: SubscriberStore, web: WebContext, engine_of_app: sa.Engine
) -> None:
    """Repeated HEADs on every personal link leave the database exactly as it was."""
    active = add_reader(store, "active@example.com")
    pending = add_reader(store, "pending@example.com", status="pending")
    before = snapshot(engine_of_app)
    for _ in range(3):
        for reader in (active, pending):
            token = web.signer.manage_token(reader.id)
            for path in (f"/u/{token}", f"/u/{token}?field=ai", f"/preferences/{token}"):
                assert client.head(path).status_code == 200
            assert client.head(f"/confirm/{web.signer.confirm_token(reader.id)}").status_code == 200
    assert snapshot(engine_of_app) == before


def test_head_is_answered_by_the_real_server(live_server: Callable[..., LiveServer]) -> None:
    """Under uvicorn, HEAD gets GET's headers and no body bytes on the wire."""
    server = live_server()
    with httpx.Client(timeout=10) as http:
        got = http.get(f"{server.url}/subscribe")
        head = http.head(f"{server.url}/subscribe")
    assert head.status_code == got.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
