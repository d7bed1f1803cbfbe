"""A real uvicorn server on 127.0.0.1: RFC 8058 one-click from a plain HTTP client, and `newsletter serve`."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from tests.web.conftest import LiveServer, add_reader, free_port

REPO = Path(__file__).resolve().parents[2]


def test_one_click_post_over_http_unsubscribes_and_get_never_does(
    live_server: Callable[..., LiveServer],
) -> None:
    """A mail provider's one-click POST (no cookie, no token) gets 200; GETs alone change nothing."""
    server = live_server()
    store = server.web.store
    reader = add_reader(store, "rae@example.com")
    url = server.web.links.unsubscribe_url(reader.id)
    assert url.startswith(server.url)
    with httpx.Client(timeout=10) as client:
        for _ in range(3):  # link scanners: GET, HEAD-like GETs, redirects followed
            assert client.get(url, follow_redirects=True).status_code == 200
            assert client.get(url + "?field=ai").status_code == 200
        assert store.get(reader.id).status == "active"
        response = client.post(
            url,
            content=b"List-Unsubscribe=One-Click",
            headers={"content-type": "application/x-www-form-urlencoded"},
        )
        assert response.status_code == 200
        assert "You are unsubscribed" in response.text
        assert store.get(reader.id).status == "unsubscribed"
        again = client.post(url, data={"List-Unsubscribe": "One-Click"})
        assert again.status_code == 200
    assert store.get(reader.id).status == "unsubscribed"


def test_newsletter_serve_runs_the_app(tmp_path: Path) -> None:
    """`newsletter serve --host 127.0.0.1 --port N` serves the pages until stopped."""
    port = free_port()
    env = {
        **os.environ,
        "NEWSLETTER_DATABASE_URL": f"sqlite:///{tmp_path / 'serve.db'}",
        "NEWSLETTER_OUTBOX_DIR": str(tmp_path / "outbox"),
        "NEWSLETTER_BASE_URL": f"http://127.0.0.1:{port}",
    }
    command = [
        sys.executable,
        "-m",
        "newsletter",
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    process = subprocess.Popen(
        command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        health = None
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and process.poll() is None:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert health is not None, "the server did not answer within 20 s"
        assert health.json() == {"status": "ok", "database": "ok"}
        assert httpx.get(f"http://127.0.0.1:{port}/subscribe", timeout=5).status_code == 200
    finally:
        process.terminate()
        stdout, stderr = process.communicate(timeout=20)
    assert f"http://127.0.0.1:{port}" in stdout
    assert "Traceback" not in stderr
