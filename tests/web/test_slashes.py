"""``/page/`` redirects to ``/page`` under the configured base URL, whatever the Host header says."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

import anyio
import pytest
from fastapi.testclient import TestClient

from tests.web.conftest import BASE_URL


@pytest.mark.parametrize(
    ("path", "location"),
    [
        ("/subscribe/", f"{BASE_URL}/subscribe"),
        ("/subscribe/?field=ai", f"{BASE_URL}/subscribe?field=ai"),
        ("/archive//", f"{BASE_URL}/archive"),
        ("/healthz/", f"{BASE_URL}/healthz"),
    ],
)
def test_trailing_slash_redirects_to_the_base_url_not_the_host(
    client: TestClient, path: str, location: str
) -> None:
    """A forged Host or X-Forwarded-Host never reaches Location; the base URL does."""
    for headers in (
        {"host": "evil.example"},
        {"x-forwarded-host": "evil.example"},
        {"host": "evil.example:443", "x-forwarded-proto": "https"},
    ):
        response = client.get(path, headers=headers, follow_redirects=False)
        assert response.status_code == 308, headers
        assert response.headers["location"] == location, headers
        assert "evil" not in response.headers["location"]


@pytest.mark.parametrize("path", ["//evil.example/", "/nothing-here/", "/%2F%2Fevil.example/"])
def test_slash_paths_that_are_no_page_are_not_redirected_off_site(
    client: TestClient, path: str
) -> None:
    """Unknown slash paths get the 404 page; nothing redirects to another host."""
    status, headers = asgi_get(client.app, path)  # "//x" as a path: clients take it for a host
    assert status == 404
    assert b"location" not in headers


def asgi_get(app: Any, raw_path: str) -> tuple[int, dict[bytes, bytes]]:
    """GET ``raw_path`` exactly as given (Host: evil.example); return status and headers."""
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": unquote(raw_path),
        "raw_path": raw_path.encode(),
        "root_path": "",
        "query_string": b"",
        "headers": [(b"host", b"evil.example")],
        "client": ("127.0.0.1", 5000),
        "server": ("evil.example", 80),
        "state": {},
    }
    anyio.run(app, scope, receive, send)
    return sent[0]["status"], dict(sent[0]["headers"])


def test_head_and_the_bare_path_are_unchanged(client: TestClient) -> None:
    """HEAD redirects like GET; the page without the slash is served as before."""
    head = client.head("/archive/", headers={"host": "evil.example"}, follow_redirects=False)
    assert head.status_code == 308
    assert head.headers["location"] == f"{BASE_URL}/archive"
    assert client.get("/archive").status_code == 200


@pytest.mark.parametrize("path", ["/u/abc%2F", "/preferences/abc%2F%2F", "/archive%2F"])
def test_an_encoded_slash_at_the_end_never_redirects_to_itself(
    client: TestClient, path: str
) -> None:
    """'%2F' decodes to '/' but is no trailing slash: redirecting would loop forever."""
    response = client.get(path, follow_redirects=False)
    assert response.status_code != 308
    assert response.status_code < 500
