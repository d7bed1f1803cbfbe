"""kill -9 at random moments of `newsletter send`, then re-run: never two copies, nobody lost."""

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
from tests.deliver.test_job import (
    API_KEY,
    WEEK,
    add_readers,
    frozen_issue,
    ledger_states,
    with_content,
)
from tests.sendgrid_standin import StandIn

REPO = Path(__file__).resolve().parent.parent.parent
# The real command, with batches of 50 instead of 1000 so that a small list makes many
# requests, i.e. many moments to be killed at.
COMMAND = (
    "import sys, newsletter.deliver.backends.sendgrid.sender as s; s.BATCH_LIMIT = 50; "
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


def test_kill_9_at_random_points_never_sends_twice(
    settings: Settings, engine: sa.Engine, tmp_path: Path
) -> None:
    """Killed mid-send four times then re-run: at most one copy each; everyone sent or unknown."""
    frozen_issue(engine)
    readers = with_content(add_readers(engine, 1200))
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "NEWSLETTER_DATABASE_URL": settings.database_url,
        "NEWSLETTER_DELIVERY": "sendgrid",
        "NEWSLETTER_SENDGRID_API_KEY": API_KEY,
        "NEWSLETTER_SECRET_KEY": settings.secret_key.get_secret_value(),
        "NEWSLETTER_BASE_URL": "https://newsletter.test",
    }
    rng = random.Random(SEED)
    kills = 0
    with StandIn(validate=False, api_key=API_KEY) as standin:
        env["NEWSLETTER_SENDGRID_HOST"] = standin.url
        standin.delay = 0.03  # each answer takes a moment: kills land mid-request too
        for _ in range(KILLS):
            seen = standin.requests
            process = _start(env)
            deadline = time.monotonic() + 30
            while standin.requests == seen and process.poll() is None:
                assert time.monotonic() < deadline, "the send never reached the API"
                time.sleep(0.005)
            time.sleep(rng.uniform(0.0, 0.12))
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                kills += 1
            process.communicate(timeout=30)
        final = _start(env)
        output, errors = final.communicate(timeout=60)
        received = Counter(standin.recipients())

    assert kills >= KILLS - 1, "the send finished before it could be killed"
    assert final.returncode in (0, 1), errors
    assert max(received.values()) == 1, "a subscriber got two copies"
    states = ledger_states(engine)
    assert set(states) == {reader.id for reader in readers}
    assert set(states.values()) <= {"sent", "unknown"}
    for reader in readers:
        if states[reader.id] == "sent":
            assert received[reader.email] == 1
    unknown = sum(1 for status in states.values() if status == "unknown")
    if unknown:
        assert final.returncode == 1
        assert f"{unknown:,} messages have an unknown outcome" in output
    else:
        assert final.returncode == 0
        assert f"Issue {WEEK.id} is marked sent." in output
    for reader in readers:
        assert reader.email not in output + errors
