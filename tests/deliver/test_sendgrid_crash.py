"""kill -9 at random moments of `newsletter send`, then re-run: never two copies, nobody lost."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import sqlalchemy as sa

from newsletter.config import Settings
from tests.deliver.crash import KILLS, kill_sends, send_command, send_env, start_send
from tests.deliver.test_job import (
    API_KEY,
    WEEK,
    add_readers,
    frozen_issue,
    ledger_states,
    with_content,
)
from tests.sendgrid_standin import StandIn

# The real command, with batches of 50 instead of 1000 so that a small list makes many
# requests, i.e. many moments to be killed at.
COMMAND = send_command("newsletter.deliver.backends.sendgrid.sender", "BATCH_LIMIT", 50)


def test_kill_9_at_random_points_never_sends_twice(
    settings: Settings, engine: sa.Engine, tmp_path: Path
) -> None:
    """Killed mid-send four times then re-run: at most one copy each; everyone sent or unknown."""
    frozen_issue(engine)
    readers = with_content(add_readers(engine, 1200))
    with StandIn(validate=False, api_key=API_KEY) as standin:
        env = send_env(
            settings,
            NEWSLETTER_DELIVERY="sendgrid",
            NEWSLETTER_SENDGRID_API_KEY=API_KEY,
            NEWSLETTER_SENDGRID_HOST=standin.url,
        )
        standin.delay = 0.03  # each answer takes a moment: kills land mid-request too
        kills = kill_sends(COMMAND, env, lambda: standin.requests, longest_pause=0.12, target="API")
        final = start_send(COMMAND, env)
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
        noun = "message has" if unknown == 1 else "messages have"
        assert f"{unknown:,} {noun} an unknown outcome" in output
    else:
        assert final.returncode == 0
        assert f"Issue {WEEK.id} is marked sent." in output
    for reader in readers:
        assert reader.email not in output + errors
