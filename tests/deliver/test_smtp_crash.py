"""kill -9 at random (seeded) moments of an SMTP `newsletter send`, then re-run: never two copies."""

from __future__ import annotations

from collections import Counter

import sqlalchemy as sa

from newsletter.config import Settings
from tests.deliver.crash import KILLS, kill_sends, send_command, send_env, start_send
from tests.deliver.test_job import add_readers, frozen_issue, ledger_states, with_content
from tests.smtp_server import LocalSmtpServer

# The real command, with batches of 10 so that a small list makes many claims to die between.
COMMAND = send_command("newsletter.deliver.backends.smtp.sender", "SMTP_BATCH_LIMIT", 10)


def test_kill_9_during_an_smtp_send_never_sends_twice(
    settings: Settings, engine: sa.Engine, smtp_server: LocalSmtpServer
) -> None:
    """Killed mid-send four times then re-run: at most one copy each; everyone sent or unknown."""
    frozen_issue(engine)
    readers = with_content(add_readers(engine, 300))
    env = send_env(
        settings,
        NEWSLETTER_DELIVERY="smtp",
        NEWSLETTER_SMTP_HOST=smtp_server.host,
        NEWSLETTER_SMTP_PORT=str(smtp_server.port),
        NEWSLETTER_SMTP_SECURITY="none",
    )
    smtp_server.script.slow = 0.004  # each DATA answer takes a moment: kills land mid-session
    kills = kill_sends(
        COMMAND, env, lambda: len(smtp_server.received), longest_pause=0.15, target="server"
    )
    final = start_send(COMMAND, env)
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
