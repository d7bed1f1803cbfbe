"""kill -9 at random (seeded) moments of an SMTP `newsletter send`, then re-run: never two copies."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import sqlalchemy as sa

from newsletter.config import Settings
from tests.deliver.test_job import WEEK, add_readers, frozen_issue, ledger_states, with_content
from tests.smtp_server import LocalSmtpServer

REPO = Path(__file__).resolve().parent.parent.parent
# The real command, with batches of 10 so that a small list makes many claims to die between.
COMMAND = (
    "import sys, newsletter.deliver.backends.smtp.sender as s; s.SMTP_BATCH_LIMIT = 10; "
    "from newsletter.cli import main; sys.argv = ['newsletter', *sys.argv[1:]]; main()"
)
KILLS = 4
SEED = 20261130  # the kill moments: fixed, so a failure can be replayed


def _start(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", COMMAND, "send", "--week", WEEK.id, *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_kill_9_during_an_smtp_send_never_sends_twice(
    settings: Settings, engine: sa.Engine, smtp_server: LocalSmtpServer
) -> None:
    """Killed mid-send four times then re-run: at most one copy each; everyone sent or unknown."""
    frozen_issue(engine)
    readers = with_content(add_readers(engine, 300))
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "NEWSLETTER_DATABASE_URL": settings.database_url,
        "NEWSLETTER_DELIVERY": "smtp",
        "NEWSLETTER_SMTP_HOST": smtp_server.host,
        "NEWSLETTER_SMTP_PORT": str(smtp_server.port),
        "NEWSLETTER_SMTP_SECURITY": "none",
        "NEWSLETTER_SECRET_KEY": settings.secret_key.get_secret_value(),
        "NEWSLETTER_BASE_URL": "https://newsletter.test",
    }
    rng = random.Random(SEED)
    smtp_server.script.slow = 0.004  # each DATA answer takes a moment: kills land mid-session
    kills = 0
    for _ in range(KILLS):
        seen = len(smtp_server.received)
        process = _start(env)
        deadline = time.monotonic() + 30
        while len(smtp_server.received) == seen and process.poll() is None:
            assert time.monotonic() < deadline, "the send never reached the server"
            time.sleep(0.005)
        time.sleep(rng.uniform(0.0, 0.15))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.communicate(timeout=30)
    final = _start(env)
    output, errors = final.communicate(timeout=120)
    received = Counter(smtp_server.recipients())

    assert kills >= KILLS - 1, "the send finished before it could be killed"
    assert final.returncode in (0, 1), errors
    assert max(received.values()) == 1, "a subscriber got two copies"
    states = ledger_states(engine)
    assert set(states) == {reader.id for reader in readers}
    assert set(states.values()) <= {"sent", "unknown"}
    assert "unknown" in set(states.values()) or final.returncode == 0
    sent = [reader for reader in readers if states[reader.id] == "sent"]
    assert sent, "nothing was recorded sent"
    assert all(received[reader.email] == 1 for reader in sent)
    for reader in readers:
        assert reader.email not in output + errors
