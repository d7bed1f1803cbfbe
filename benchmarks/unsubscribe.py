"""Benchmark: RFC 8058 one-click unsubscribes against a real server over a big SQLite list.

    .venv/bin/python benchmarks/unsubscribe.py                 # 1,000,000 subscribers
    .venv/bin/python benchmarks/unsubscribe.py --subscribers 100000 --requests 5000

1. Builds a SQLite database with the app's own schema (Alembic) and bulk-inserts N active
   subscribers with one or two fields each (raw sqlite3 executemany, in the store's format).
2. Starts ``uvicorn --factory newsletter.web.app:app_from_environment`` in a subprocess on
   127.0.0.1 (what ``newsletter serve`` runs).
3. A pure-Python load generator (asyncio, raw HTTP/1.1 keep-alive connections, so the client
   costs little CPU next to the server) POSTs ``List-Unsubscribe=One-Click`` to the
   unsubscribe links of R distinct subscribers with C requests in flight.
4. Prints requests/s, p50/p90/p99/max latency and errors, then checks in the database that
   exactly R subscribers are unsubscribed.

Target on a 2-core machine (client and server share it): >= 1000 req/s, p99 <= 50 ms, 0 errors.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import random
import secrets
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from newsletter.db import connect_database  # noqa: E402
from newsletter.db.tables import UtcDateTime  # noqa: E402
from subscribers.addresses import AddressHasher  # noqa: E402
from subscribers.tokens import TokenSigner  # noqa: E402

SECRET = "benchmark-secret-key-0123456789abcdef"
FIELDS = ("quantum", "ai", "hpc", "semiconductors", "biotech", "energy", "space", "cybersecurity")
ONE_CLICK = b"List-Unsubscribe=One-Click"
TARGET_RPS, TARGET_P99_MS = 1000.0, 50.0


def build_database(path: Path, count: int) -> list[str]:
    """Create the schema and insert ``count`` active subscribers; return their ids."""
    url = f"sqlite:///{path}"
    engine = connect_database(url)
    # The exact text SQLAlchemy stores for a timestamp, so the store reads these rows back.
    to_db = UtcDateTime.dialect_impl(engine.dialect).bind_processor(engine.dialect)
    assert to_db is not None
    engine.dispose()
    now = to_db(dt.datetime.now(dt.UTC))
    hasher = AddressHasher([SECRET])
    rng = random.Random(48)
    # Sorted ids append to the primary-key B-tree instead of splitting pages all over it.
    ids = sorted(secrets.token_urlsafe(16) for _ in range(count))
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=OFF")
    connection.execute("PRAGMA cache_size=-262144")  # 256 MiB: the random email_key index fits
    started = time.perf_counter()
    chunk = 100_000
    for offset in range(0, count, chunk):
        part = ids[offset : offset + chunk]
        connection.executemany(
            "INSERT INTO subscribers (id, email, email_key, status, created_at, updated_at, confirmed_at)"
            " VALUES (?, ?, ?, 'active', ?, ?, ?)",
            (
                (
                    sid,
                    f"reader{offset + i}@example.com",
                    hasher.email_key(f"reader{offset + i}@example.com"),
                    now,
                    now,
                    now,
                )
                for i, sid in enumerate(part)
            ),
        )
        connection.executemany(
            "INSERT INTO subscriber_fields (subscriber_id, field_slug) VALUES (?, ?)",
            ((sid, slug) for sid in part for slug in rng.sample(FIELDS, rng.choice((1, 2)))),
        )
        connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    print(f"inserted {count:,} subscribers in {time.perf_counter() - started:.1f} s")
    return ids


def free_port() -> int:
    """Return a free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def start_server(database: Path, port: int, workers: int, outbox: Path) -> subprocess.Popen[bytes]:
    """Start uvicorn with the app factory; return once /healthz answers."""
    env = {
        **os.environ,
        "NEWSLETTER_DATABASE_URL": f"sqlite:///{database}",
        "NEWSLETTER_SECRET_KEY": SECRET,
        "NEWSLETTER_BASE_URL": f"http://127.0.0.1:{port}",
        "NEWSLETTER_OUTBOX_DIR": str(outbox),
    }
    command = [
        sys.executable, "-m", "uvicorn", "--factory", "newsletter.web.app:app_from_environment",
        "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
        "--log-level", "warning", "--no-access-log",
    ]  # fmt: skip
    process = subprocess.Popen(command, cwd=REPO, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"uvicorn exited with {process.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.2)
    process.terminate()
    raise RuntimeError("uvicorn did not answer /healthz within 60 s")


@dataclass
class Results:
    """Latencies (seconds) of successful requests, and the errors seen."""

    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bool]:
    """Read one HTTP/1.1 response; return (status, keep_alive)."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    length, keep_alive = 0, True
    for line in lines[1:]:
        name, _, value = line.partition(":")
        name = name.strip().lower()
        if name == "content-length":
            length = int(value)
        elif name == "connection" and value.strip().lower() == "close":
            keep_alive = False
    if length:
        await reader.readexactly(length)
    return status, keep_alive


async def _client(port: int, paths: list[str], results: Results) -> None:
    """One keep-alive connection sending its share of one-click POSTs back to back."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while paths:
            path = paths.pop()
            request = (
                f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                "Content-Type: application/x-www-form-urlencoded\r\n"
                f"Content-Length: {len(ONE_CLICK)}\r\n\r\n"
            ).encode() + ONE_CLICK
            started = time.perf_counter()
            try:
                writer.write(request)
                status, keep_alive = await _read_response(reader)
            except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
                results.errors.append(f"{type(exc).__name__}: {exc}")
                writer.close()
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
                continue
            elapsed = time.perf_counter() - started
            if status == 200:
                results.latencies.append(elapsed)
            else:
                results.errors.append(f"HTTP {status}")
            if not keep_alive:
                writer.close()
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
    finally:
        writer.close()


async def run_load(port: int, paths: list[str], concurrency: int) -> tuple[Results, float]:
    """Send every path with ``concurrency`` connections; return results and wall time."""
    results = Results()
    shared = list(paths)
    started = time.perf_counter()
    await asyncio.gather(*(_client(port, shared, results) for _ in range(concurrency)))
    return results, time.perf_counter() - started


def percentile(values: list[float], fraction: float) -> float:
    """Return the ``fraction`` quantile of ``values`` (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def cpu_seconds(pid: int) -> float:
    """Return the user+system CPU time of process ``pid`` so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def count_unsubscribed(database: Path) -> int:
    """Return how many subscribers are unsubscribed now."""
    connection = sqlite3.connect(database)
    try:
        row = connection.execute(
            "SELECT count(*) FROM subscribers WHERE status = 'unsubscribed'"
        ).fetchone()
    finally:
        connection.close()
    return int(row[0])


def main() -> int:
    """Run the benchmark; exit 1 when the targets or the count check fail."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=20_000)
    parser.add_argument("--concurrency", type=int, default=8, help="requests in flight")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]  # progress shows when piped
    if args.requests > args.subscribers:
        parser.error("--requests must not exceed --subscribers (each request is a new reader)")

    with tempfile.TemporaryDirectory(prefix="unsubscribe-bench-") as folder:
        database = Path(folder) / "bench.db"
        ids = build_database(database, args.subscribers)
        signer = TokenSigner([SECRET])
        chosen = random.Random(7).sample(ids, args.requests)
        paths = [f"/u/{signer.manage_token(sid)}" for sid in chosen]
        warmup, measured = paths[:200], paths[200:]
        port = free_port()
        server = start_server(database, port, args.workers, Path(folder) / "outbox")
        try:
            asyncio.run(run_load(port, warmup, 4))
            server_before, client_before = cpu_seconds(server.pid), time.process_time()
            results, wall = asyncio.run(run_load(port, measured, args.concurrency))
            server_cpu = cpu_seconds(server.pid) - server_before
            client_cpu = time.process_time() - client_before
        finally:
            server.terminate()
            server.wait(timeout=30)
        unsubscribed = count_unsubscribed(database)

    done = len(results.latencies)
    rps = done / wall
    p50, p90, p99 = (percentile(results.latencies, q) * 1000 for q in (0.5, 0.9, 0.99))
    print(f"subscribers     {args.subscribers:,}")
    print(
        f"requests        {len(measured):,} measured (+{len(warmup)} warm-up), concurrency {args.concurrency}, {args.workers} worker(s)"
    )
    print(f"throughput      {rps:,.0f} requests/s over {wall:.1f} s")
    print(
        f"latency         p50 {p50:.1f} ms · p90 {p90:.1f} ms · p99 {p99:.1f} ms · max {max(results.latencies) * 1000:.1f} ms · mean {statistics.fmean(results.latencies) * 1000:.1f} ms"
    )
    print(
        f"cpu             server {server_cpu / len(measured) * 1e6:.0f} us/request "
        f"(one core: at most {len(measured) / server_cpu:,.0f} req/s) · "
        f"load generator {client_cpu / len(measured) * 1e6:.0f} us/request"
        + (" · server: master process only with --workers > 1" if args.workers > 1 else "")
    )
    print(
        f"load average    {os.getloadavg()[0]:.2f} (other processes on the machine skew the figures)"
    )
    print(
        f"errors          {len(results.errors)}{' (' + results.errors[0] + ')' if results.errors else ''}"
    )
    print(f"unsubscribed    {unsubscribed:,} in the database for {len(paths):,} requests")
    ok_count = unsubscribed == len(paths)
    ok_targets = rps >= TARGET_RPS and p99 <= TARGET_P99_MS and not results.errors
    print(f"count check     {'ok' if ok_count else 'MISMATCH'}")
    print(
        f"targets         {'met' if ok_targets else 'MISSED'} (>= {TARGET_RPS:.0f} req/s, p99 <= {TARGET_P99_MS:.0f} ms, 0 errors)"
    )
    return 0 if ok_count and ok_targets else 1


if __name__ == "__main__":
    sys.exit(main())
