"""Send benchmark: 1,000,000 subscribers over 8 fields to a loopback SendGrid stand-in.

Each measurement runs in its own process so its peak RSS is its own:

1. setup (cached between runs): a SQLite database with N active subscribers, each following
   one to three of the 8 fields, bulk-inserted straight into the subscriber tables, and the
   sample issue (content in every field) frozen for sending;
2. the stand-in, another process: accepts every request, counts personalizations and
   distinct recipients, validates nothing;
3. the send: ``send_issue`` as `newsletter send` runs it, timed end to end;
4. the floor, in the same run: the same personalizations grouped into the same requests,
   JSON-encoded with ``json.dumps`` and POSTed over one keep-alive connection, timing only
   the encoding and the POSTs (no database, no tokens, no ledger: no application logic).

Run: ``.venv/bin/python benchmarks/send.py [--subscribers N] [--profile]``. Prints wall
time, peak RSS, requests, MJML compiles, the floor and the ratio against the targets
(2 cores: <= 60 s, <= 250 MB, <= 2x the floor, compiles = distinct field-sets).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import http.client
import json
import random
import resource
import secrets
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import sqlalchemy as sa  # noqa: E402

from newsletter.config import Settings  # noqa: E402
from newsletter.db import connect_database  # noqa: E402
from newsletter.deliver.ledger import field_set_key  # noqa: E402
from newsletter.editorial import load_editorial  # noqa: E402
from newsletter.issues import freeze_issue, load_issue  # noqa: E402
from newsletter.render import Renderer  # noqa: E402
from newsletter.render.sample import sample_issue  # noqa: E402
from newsletter.weeks import parse_week  # noqa: E402

WALL_TARGET = 60.0
RSS_TARGET_MB = 250.0
FLOOR_RATIO_TARGET = 2.0
SECRET = "benchmark-secret-key-0123456789abcdef"
API_KEY = "SG.benchmark"
BASE_URL = "https://newsletter.example.com"
CHUNK = 50_000


def _settings(database: Path, host: str) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=f"sqlite:///{database}",
        delivery="sendgrid",
        sendgrid_host=host,
        sendgrid_api_key=API_KEY,  # type: ignore[arg-type]
        secret_key=SECRET,  # type: ignore[arg-type]
        base_url=BASE_URL,
    )


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


# -- 1. setup ------------------------------------------------------------------------------


def setup(database: Path, count: int) -> str:
    """Create (or reuse) the database; return the issue id."""
    editorial = load_editorial(None)
    engine = connect_database(f"sqlite:///{database}")
    issue = sample_issue(editorial)
    with engine.connect() as connection:
        have = connection.execute(sa.text("SELECT count(*) FROM subscribers")).scalar_one()
    if have != count or load_issue(engine, issue.id) is None:
        engine.dispose()
        database.unlink(missing_ok=True)
        engine = connect_database(f"sqlite:///{database}")
        _insert_subscribers(engine, count, list(editorial.field_slugs))
        freeze_issue(engine, issue)
    with engine.begin() as connection:
        connection.execute(sa.text("DELETE FROM deliveries"))
        connection.execute(
            sa.text("UPDATE issues SET status = 'sending', lock_owner = NULL, sent_at = NULL")
        )
    engine.dispose()
    return issue.id


def _insert_subscribers(engine: sa.Engine, count: int, slugs: list[str]) -> None:
    rng = random.Random(2026)
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        for start in range(0, count, CHUNK):
            people, fields = [], []
            for number in range(start, min(start + CHUNK, count)):
                subscriber_id = secrets.token_urlsafe(16)
                email = f"reader{number}@example.com"
                key = hashlib.sha256(email.encode()).hexdigest()
                people.append((subscriber_id, email, key, "active", now, now, now))
                size = rng.choices((1, 2, 3), weights=(5, 3, 2))[0]
                fields += [(subscriber_id, slug) for slug in rng.sample(slugs, size)]
            cursor.executemany(
                "INSERT INTO subscribers (id, email, email_key, status, created_at, updated_at,"
                " confirmed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                people,
            )
            cursor.executemany(
                "INSERT INTO subscriber_fields (subscriber_id, field_slug) VALUES (?, ?)", fields
            )
            raw.commit()
        cursor.close()
    finally:
        raw.close()


# -- 3. the send ---------------------------------------------------------------------------


def run_send(database: Path, host: str, issue_id: str, profile: bool) -> dict[str, float]:
    """Run send_issue once; return its figures."""
    from newsletter.deliver.job import send_issue

    editorial = load_editorial(None)
    engine = connect_database(f"sqlite:///{database}")
    week = parse_week(issue_id)
    started = time.perf_counter()
    if profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
    summary = send_issue(_settings(database, host), editorial, engine, week)
    wall = time.perf_counter() - started
    if profile:
        profiler.disable()
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(25)
    engine.dispose()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,  # all threads: the run's CPU budget
        "rss": _peak_rss_mb(),
        "sent": summary.sent,
        "requests": summary.requests,
        "compiles": summary.compiles,
        "variants": summary.variants,
        "failed": summary.failed + summary.unknown,
    }


# -- 4. the floor --------------------------------------------------------------------------


def run_floor(database: Path, host: str, issue_id: str) -> dict[str, float]:
    """Encode and POST the same personalizations in the same requests; time only that."""
    from subscribers.feedback_tokens import FeedbackTokens
    from subscribers.tokens import TokenSigner

    editorial = load_editorial(None)
    engine = connect_database(f"sqlite:///{database}")
    issue = load_issue(engine, issue_id)
    assert issue is not None
    renderer = Renderer(editorial, base_url=BASE_URL, postal_address="1 Example Street")
    signer = TokenSigner([SECRET])
    feedback = FeedbackTokens([SECRET])
    content = issue.fields_with_content
    known = {verdict.slug for verdict in issue.verdicts}
    variants: dict[str, tuple[str, str, str]] = {}
    buffers: dict[str, list[tuple[str, str]]] = {}
    target = urllib.parse.urlsplit(host)
    connection = http.client.HTTPConnection(target.hostname or "127.0.0.1", target.port)
    connection.connect()
    assert connection.sock is not None
    # The best plain transport: no Nagle delay (the send path turns it off too).
    connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    headers = {"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"}
    timed = 0.0
    requests = 0

    def post(key: str, batch: list[tuple[str, str]]) -> None:
        nonlocal timed, requests
        subject, text, html = variants[key]
        personalizations = []
        for subscriber_id, email in batch:
            token = signer.manage_token(subscriber_id)
            unsubscribe = f"{BASE_URL}/u/{token}"
            personalizations.append(
                {
                    "to": [{"email": email}],
                    "substitutions": {
                        "%%unsubscribe_url%%": unsubscribe,
                        "%%preferences_url%%": f"{BASE_URL}/preferences/{token}",
                        # The verdict-feedback base, as the emails have the feedback line.
                        "%%feedback_url%%": f"{BASE_URL}/feedback/"
                        + feedback.token(issue_id, subscriber_id),
                    },
                    "headers": {
                        "List-Unsubscribe": f"<{unsubscribe}>",
                        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                    },
                    "custom_args": {"issue_id": issue_id, "subscriber_id": subscriber_id},
                }
            )
        body = {
            "personalizations": personalizations,
            "from": {"email": "newsletter@example.com", "name": "Weekly"},
            "subject": subject,
            "content": [
                {"type": "text/plain", "value": text},
                {"type": "text/html", "value": html},
            ],
            "categories": [issue_id],
        }
        started = time.perf_counter()
        data = json.dumps(body).encode("utf-8")
        connection.request("POST", "/v3/mail/send", body=data, headers=headers)
        response = connection.getresponse()
        response.read()
        timed += time.perf_counter() - started
        requests += 1
        assert response.status == 202, response.status

    with engine.connect() as db:
        last = ""
        while True:
            rows = db.execute(
                sa.text(
                    "SELECT s.id, s.email, group_concat(f.field_slug) FROM subscribers s "
                    "JOIN subscriber_fields f ON f.subscriber_id = s.id "
                    "WHERE s.id > :last GROUP BY s.id ORDER BY s.id LIMIT 5000"
                ),
                {"last": last},
            ).all()
            if not rows:
                break
            for subscriber_id, email, slugs in rows:
                followed = set(slugs.split(",")) & known
                key = field_set_key(followed) if followed & content else ""
                if not key:
                    continue  # no content in their fields: the send skips them too
                if key not in variants:
                    rendered = renderer.render_variant(issue, frozenset(key.split(",")))
                    variants[key] = (rendered.subject, rendered.text, rendered.html)
                buffer = buffers.setdefault(key, [])
                buffer.append((subscriber_id, email))
                if len(buffer) == 1000:
                    post(key, buffer)
                    buffers[key] = []
            last = rows[-1][0]
    for key, buffer in buffers.items():
        if buffer:
            post(key, buffer)
    connection.close()
    engine.dispose()
    return {"floor": timed, "requests": requests}


# -- orchestration -------------------------------------------------------------------------


def _child(phase: str, args: argparse.Namespace, *extra: str) -> dict[str, float]:
    command = [sys.executable, __file__, "--phase", phase, "--workdir", str(args.workdir)]
    command += ["--subscribers", str(args.subscribers), *extra]
    if args.profile and phase == "send":
        command.append("--profile")
    result = subprocess.run(command, check=False, capture_output=True, text=True, cwd=REPO)
    if result.returncode != 0 or (args.profile and result.stderr):
        print(result.stderr, file=sys.stderr)
    if result.returncode != 0:
        raise SystemExit(f"the {phase} phase failed (exit {result.returncode})")
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def _stats(host: str) -> dict[str, int]:
    with urllib.request.urlopen(f"{host}/_stats", timeout=10) as response:
        return dict(json.loads(response.read()))


def main() -> None:
    """Parse options; run one phase (child) or orchestrate all and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=1_000_000)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/newsletter-bench-send"))
    parser.add_argument("--profile", action="store_true", help="cProfile the send (stderr)")
    parser.add_argument("--phase", choices=("setup", "send", "floor"), help=argparse.SUPPRESS)
    parser.add_argument("--host", help=argparse.SUPPRESS)
    parser.add_argument("--issue", help=argparse.SUPPRESS)
    args = parser.parse_args()
    database = args.workdir / "send.db"
    if args.phase == "setup":
        args.workdir.mkdir(parents=True, exist_ok=True)
        print(json.dumps({"issue": setup(database, args.subscribers)}))
        return
    if args.phase == "send":
        print(json.dumps(run_send(database, args.host, args.issue, args.profile)))
        return
    if args.phase == "floor":
        print(json.dumps(run_floor(database, args.host, args.issue)))
        return

    started = time.perf_counter()
    issue_id = str(_child("setup", args)["issue"])
    print(f"setup: {args.subscribers:,} subscribers ready in {time.perf_counter() - started:.1f} s")
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.sendgrid_standin", "--count-only"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        host = server.stdout.readline().strip()
        send = _child("send", args, "--host", host, "--issue", issue_id)
        after_send = _stats(host)
        floor = _child("floor", args, "--host", host, "--issue", issue_id)
    finally:
        server.kill()
        server.wait()
    ratio = send["wall"] / floor["floor"]
    rate = send["sent"] / send["wall"]
    checks = [
        (
            "wall time",
            f"{send['wall']:.1f} s",
            f"<= {WALL_TARGET:.0f} s",
            send["wall"] <= WALL_TARGET,
        ),
        (
            "peak RSS",
            f"{send['rss']:.0f} MB",
            f"<= {RSS_TARGET_MB:.0f} MB",
            send["rss"] <= RSS_TARGET_MB,
        ),
        (
            "vs floor",
            f"{ratio:.2f}x ({floor['floor']:.1f} s)",
            f"<= {FLOOR_RATIO_TARGET:.0f}x",
            ratio <= FLOOR_RATIO_TARGET,
        ),
        (
            "MJML compiles",
            f"{send['compiles']:.0f}",
            f"= {send['variants']:.0f} field-sets",
            send["compiles"] == send["variants"],
        ),
        (
            "delivered once",
            f"{after_send['distinct']:,} distinct / {after_send['personalizations']:,}",
            f"= {send['sent']:,.0f} sent",
            after_send["distinct"] == after_send["personalizations"] == send["sent"],
        ),
    ]
    print(
        f"send: {send['sent']:,.0f} messages, {send['requests']:,.0f} requests, {rate:,.0f} messages/s, {send['failed']:.0f} failed or unknown, {send['cpu']:.1f} s CPU (all threads)"
    )
    print(
        f"floor: json.dumps + POST of the same {floor['requests']:,.0f} requests: {floor['floor']:.2f} s"
    )
    for name, value, target, ok in checks:
        print(f"  {name:<15} {value:<32} target {target:<22} {'ok' if ok else 'MISSED'}")


if __name__ == "__main__":
    main()
