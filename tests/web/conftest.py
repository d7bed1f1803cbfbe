"""Web fixtures: the app on a fresh SQLite database, a TestClient, a real uvicorn server."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import sqlalchemy as sa
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient

from newsletter.config import Settings
from newsletter.editorial import EditorialConfig
from newsletter.web.app import create_app
from newsletter.web.context import WebContext
from newsletter.web.ratelimit import RateLimits
from newsletter.web.server import server_config
from subscribers.models import Subscriber
from subscribers.store import SubscriberStore

BASE_URL = "http://newsletter.test"
CSRF_PATTERN = re.compile(r'name="csrf_token" value="([0-9a-f]{64})"')


def make_settings(tmp_path: Path, base_url: str = BASE_URL, **overrides: object) -> Settings:
    """Return test settings on a fresh SQLite file and outbox under ``tmp_path``."""
    values: dict[str, object] = {
        "database_url": f"sqlite:///{tmp_path / 'newsletter.db'}",
        "base_url": base_url,
        "secret_key": "test-secret-key-0123456789abcdef",
        "outbox_dir": tmp_path / "outbox",
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg, arg-type]


@pytest.fixture
def app(settings: Settings, editorial: EditorialConfig) -> FastAPI:
    """The web app over the test settings (generous rate limits)."""
    return create_app(
        settings, editorial, limits=RateLimits(per_ip=1000, per_address=1000, per_mailbox=1000)
    )


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    """A TestClient that runs the app's lifespan (the engine is disposed afterwards)."""
    with TestClient(app, base_url=BASE_URL) as test_client:
        yield test_client


@pytest.fixture
def web(app: FastAPI) -> WebContext:
    """The app's WebContext (store, signer, links)."""
    context: WebContext = app.state.web
    return context


@pytest.fixture
def engine_of_app(app: FastAPI) -> sa.Engine:
    """The app's own engine (the database the routes read)."""
    engine: sa.Engine = app.state.engine
    return engine


@pytest.fixture
def store(web: WebContext) -> SubscriberStore:
    """The app's subscriber store."""
    return web.store


def add_reader(
    store: SubscriberStore,
    email: str = "reader@example.com",
    fields: tuple[str, ...] = ("quantum", "ai"),
    *,
    status: str = "active",
) -> Subscriber:
    """Store a subscriber who consented on the CLI (active) or on the form (pending)."""
    method = "cli" if status == "active" else "form"
    return store.add(
        email,
        fields,
        method=method,
        policy_version="2026-01",
        status=status,  # type: ignore[arg-type]
    )


def path_of(url: str) -> str:
    """Return the path and query of an absolute link (TestClient takes either)."""
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


def csrf_token(html: str) -> str:
    """Return the CSRF token a page embeds in its forms."""
    found = CSRF_PATTERN.search(html)
    assert found is not None, "the page has no CSRF token"
    return found.group(1)


def outbox_messages(outbox: Path, folder: str = "transactional") -> list[EmailMessage]:
    """Return the messages written to ``outbox/<folder>``, oldest first."""
    paths = sorted((outbox / folder).glob("*.eml"))
    return [
        message_from_bytes(path.read_bytes(), policy=policy.default)  # type: ignore[misc]
        for path in paths
    ]


def text_body(message: EmailMessage) -> str:
    """Return the plain-text part of a message."""
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    content: str = part.get_content()  # type: ignore[attr-defined]
    return content


def link_in(message: EmailMessage, kind: str) -> str:
    """Return the first absolute link to ``/{kind}/...`` in the text part."""
    found = re.search(rf"https?://\S+/{kind}/[A-Za-z0-9_.\-]+", text_body(message))
    assert found is not None, f"no /{kind}/ link in the message"
    return found.group(0)


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that is free right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@dataclass
class LiveServer:
    """A real uvicorn server in a thread: its URL, app and settings."""

    url: str
    app: FastAPI
    settings: Settings

    @property
    def web(self) -> WebContext:
        """The served app's WebContext."""
        context: WebContext = self.app.state.web
        return context


@pytest.fixture
def live_server(tmp_path: Path, editorial: EditorialConfig) -> Iterator[Callable[..., LiveServer]]:
    """Start the app under uvicorn on 127.0.0.1 (a free port); stop it after the test."""
    running: list[tuple[uvicorn.Server, threading.Thread, socket.socket]] = []

    def start(*, log_level: str = "warning", **overrides: object) -> LiveServer:
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        url = f"http://127.0.0.1:{port}"
        settings = make_settings(tmp_path, url, **overrides)
        app = create_app(settings, editorial)
        # The configuration `newsletter serve` uses (parser limits, no server header).
        server = uvicorn.Server(
            server_config(app, host="127.0.0.1", port=port, log_level=log_level)
        )
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        running.append((server, thread, sock))
        deadline = time.monotonic() + 10
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("uvicorn did not start within 10 s")
            time.sleep(0.02)
        return LiveServer(url=url, app=app, settings=settings)

    yield start
    for server, thread, sock in running:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
