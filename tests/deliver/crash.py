"""What the kill -9 tests of every backend share: the real `newsletter send` in a child
process with a smaller batch limit, its environment, and the seeded killing loop."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from newsletter.config import Settings
from tests.deliver.test_job import WEEK

REPO = Path(__file__).resolve().parent.parent.parent
KILLS = 4
SEED = 20261130  # the kill moments: fixed, so a failure can be replayed


def send_command(module: str, limit_name: str, limit: int) -> str:
    """Return Python code running the real CLI with ``module.limit_name = limit`` (smaller
    batches, so that a small list makes many moments to be killed at)."""
    return (
        f"import sys, {module} as s; s.{limit_name} = {limit}; "
        "from newsletter.cli import main; sys.argv = ['newsletter', *sys.argv[1:]]; main()"
    )


def send_env(settings: Settings, **extra: str) -> dict[str, str]:
    """Return the child's environment: this test's database and keys, plus ``extra``."""
    return {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "NEWSLETTER_DATABASE_URL": settings.database_url,
        "NEWSLETTER_SECRET_KEY": settings.secret_key.get_secret_value(),
        "NEWSLETTER_BASE_URL": "https://newsletter.test",
        **extra,
    }


def start_send(command: str, env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    """Start ``newsletter send --week WEEK`` (``command``) as a child process."""
    return subprocess.Popen(
        [sys.executable, "-c", command, "send", "--week", WEEK.id, *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill_sends(
    command: str,
    env: dict[str, str],
    progress: Callable[[], int],
    *,
    longest_pause: float,
    target: str,
) -> int:
    """Start the send ``KILLS`` times and kill -9 each run at a seeded random moment.

    Each run is killed once ``progress()`` (what the provider has received) has moved, after
    a further pause of 0 to ``longest_pause`` seconds; ``target`` names the provider in the
    failure raised when a run never reaches it. Returns how many runs were killed (a run may
    finish first).
    """
    rng = random.Random(SEED)
    kills = 0
    for _ in range(KILLS):
        seen = progress()
        process = start_send(command, env)
        deadline = time.monotonic() + 30
        while progress() == seen and process.poll() is None:
            assert time.monotonic() < deadline, f"the send never reached the {target}"
            time.sleep(0.005)
        time.sleep(rng.uniform(0.0, longest_pause))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.communicate(timeout=30)
    return kills
