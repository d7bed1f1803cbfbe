"""A real uvicorn server on 127.0.0.1: RFC 8058 one-click from a plain HTTP client, and `newsletter serve`."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from newsletter.db import connect_database
from subscribers.models import Registration
from subscribers.store import SubscriberStore
from subscribers.tokens import TokenSigner
from tests.privacy import PrivacyLedger
from tests.web.conftest import LiveServer, add_reader, free_port, make_settings

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


async def _request(port: int, raw: bytes, *, body_chunks: int = 0, chunk: bytes = b"") -> float:
    """Send ``raw`` (then ``body_chunks`` times ``chunk``) on a new connection; return seconds.

    Returns when the response's status line arrives (or the server closes the connection).
    """
    started = time.perf_counter()
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(raw)
        for _ in range(body_chunks):
            if reader.at_eof():
                break
            writer.write(chunk)
            await writer.drain()
        await reader.readline()
    except ConnectionError:
        pass  # the server closed on us after refusing: that is the point
    finally:
        writer.close()
    return time.perf_counter() - started


async def _unsubscribe_all(port: int, paths: list[str], concurrency: int) -> list[float]:
    """POST one-click to every path over ``concurrency`` keep-alive connections; return latencies."""
    queue = list(paths)
    latencies: list[float] = []
    body = b"List-Unsubscribe=One-Click"

    async def worker() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while queue:
                path = queue.pop()
                started = time.perf_counter()
                writer.write(
                    f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    "Content-Type: application/x-www-form-urlencoded\r\n"
                    f"Content-Length: {len(body)}\r\n\r\n".encode()
                    + body
                )
                status = await reader.readline()
                assert status.startswith(b"HTTP/1.1 200"), status
                length = 0
                while (line := await reader.readline()) not in (b"\r\n", b""):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":")[1])
                await reader.readexactly(length)
                latencies.append(time.perf_counter() - started)
        finally:
            writer.close()

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies


# A latency bound on a shared machine: another process's burst can push one run over it.
# A real regression (the quadratic masking, unbounded bodies) misses it by seconds on every
# run, so a miss is re-run twice before it counts (pytest-rerunfailures).
@pytest.mark.flaky(reruns=2, only_rerun=["AssertionError"])
def test_huge_urls_and_bodies_do_not_slow_concurrent_unsubscribes(
    tmp_path: Path, privacy: PrivacyLedger
) -> None:
    """64 KB URLs and 10 MiB bodies, sent meanwhile, leave one-click p99 under 50 ms.

    The server is `newsletter serve` in its own process, access log and masking included.
    """
    port = free_port()
    settings = make_settings(tmp_path, f"http://127.0.0.1:{port}")
    engine = connect_database(settings.database_url)
    store = SubscriberStore(engine, settings.all_secret_keys())
    registrations = [
        Registration(email=f"reader{i}@example.com", fields=frozenset({"ai"}), policy_version="1")
        for i in range(400)
    ]
    ids = [o.subscriber_id for o in store.register_many(registrations, method="cli")]
    signer = TokenSigner(settings.all_secret_keys())
    paths = [f"/u/{signer.manage_token(i)}" for i in ids if i]
    victim = paths.pop()

    async def scenario() -> list[float]:
        await _unsubscribe_all(port, paths[:20], concurrency=4)  # warm up
        return await _unsubscribe_all(port, paths[20:], concurrency=8)

    async def one_by_one() -> list[float]:
        return [await _request(port, url) for url in _long_urls() * 5]

    stderr_path = tmp_path / "serve.log"
    with _serving(tmp_path, port, stderr_path):
        # The attacker is another process, as on the internet: its sending does not share
        # the measuring client's interpreter.
        spawn = multiprocessing.get_context("spawn")
        attacking, stop = spawn.Event(), spawn.Event()
        attacker = spawn.Process(target=_attack, args=(port, victim, attacking, stop))
        attacker.start()
        try:
            assert attacking.wait(timeout=60), "the attacker did not start"
            latencies = asyncio.run(scenario())
        finally:
            stop.set()
            attacker.join(timeout=60)
        url_times = asyncio.run(one_by_one())
    assert attacker.exitcode == 0
    assert len(latencies) == len(paths) - 20
    p99 = statistics.quantiles(latencies, n=100)[98]
    assert p99 < 0.050, f"one-click p99 {p99 * 1000:.1f} ms"
    assert max(url_times) < 0.050, f"a 64 KB URL took {max(url_times) * 1000:.1f} ms"
    assert store.get(ids[-1] or "").status == "active"  # the oversized posts changed nothing
    engine.dispose()
    lines = stderr_path.read_text()
    privacy.record(lines, source="newsletter serve stderr")
    assert '"GET /subscribe?to=,s•••@example.com,&q=aaa' in lines
    assert " 414" in lines
    assert " 413" in lines
    assert "Traceback" not in lines


def _long_urls() -> list[bytes]:
    """Requests with a 60 KB and a 64 KiB target, an address in the query.

    httptools refuses a target of 64 KiB and more itself (400); just under it, the app's limit
    answers 414 and the whole line goes through the access log's masking filter.
    """
    return [
        f"GET /subscribe?to=,someone@example.com,&q={'a' * size} HTTP/1.1\r\nHost: x\r\n\r\n".encode()
        for size in (60_000, 64 * 1024)
    ]


def _attack(port: int, victim: str, attacking: Any, stop: Any) -> None:
    """Send 64 KB URLs and 10 MiB bodies (declared, and chunked), ten times a second, until ``stop``.

    A process target; sets ``attacking`` once the first round is under way.
    """
    declared = (
        f"POST {victim} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: {10 * 1024 * 1024}\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\n\r\n"
    ).encode()
    chunked = (
        f"POST {victim} HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\n\r\n"
    ).encode()
    piece = b"x" * 65536

    async def attacks() -> None:
        while not stop.is_set():
            round_ = asyncio.gather(
                *(_request(port, url) for url in _long_urls() * 5),
                _request(port, declared, body_chunks=160, chunk=piece),
                _request(port, chunked, body_chunks=160, chunk=b"10000\r\n" + piece + b"\r\n"),
            )
            attacking.set()
            await round_
            await asyncio.sleep(0.1)  # hostile requests, not a flood: any server drowns in one

    asyncio.run(attacks())


@contextmanager
def _serving(tmp_path: Path, port: int, stderr_path: Path) -> Iterator[None]:
    """Run `newsletter serve` on ``port`` over ``tmp_path``'s database until the block ends."""
    env = {
        **os.environ,
        "NEWSLETTER_DATABASE_URL": f"sqlite:///{tmp_path / 'newsletter.db'}",
        "NEWSLETTER_OUTBOX_DIR": str(tmp_path / "outbox"),
        "NEWSLETTER_BASE_URL": f"http://127.0.0.1:{port}",
        "NEWSLETTER_SECRET_KEY": "test-secret-key-0123456789abcdef",
    }
    command = [sys.executable, "-m", "newsletter", "serve", "--port", str(port)]
    with stderr_path.open("w") as stderr:
        process = subprocess.Popen(
            command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=stderr
        )
        try:
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and process.poll() is None:
                try:
                    httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            yield
        finally:
            process.terminate()
            process.wait(timeout=20)


@pytest.mark.parametrize(
    ("host", "says"),
    [
        ("127.0.0.1", "Address already in use; stop whatever serves that port"),
        ("no-such-host.invalid", "check --host"),
    ],
)
def test_newsletter_serve_on_a_port_it_cannot_have_says_so_in_one_line(
    tmp_path: Path, host: str, says: str
) -> None:
    """A port in use (or a host that is not this machine) exits 2 with one line, not uvicorn's 3."""
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        env = {**os.environ, "NEWSLETTER_DATABASE_URL": f"sqlite:///{tmp_path / 'serve.db'}"}
        command = [sys.executable, "-m", "newsletter", "serve", "--host", host, "--port", str(port)]
        done = subprocess.run(
            command, cwd=REPO, env=env, capture_output=True, text=True, timeout=60, check=False
        )
    assert done.returncode == 2, done.stderr
    assert f"Cannot listen on {host}:{port}" in done.stderr
    assert says in done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) <= 2  # one message (wrapped at most once)
