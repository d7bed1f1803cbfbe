"""The SMTP backend against a real local SMTP server (aiosmtpd): one message per recipient,
refusals recorded without stopping the batch, 4xx and dropped connections retried, exactly once."""

from __future__ import annotations

import email
import email.policy
import time
from collections import Counter
from email.message import EmailMessage
from pathlib import Path

import pytest
import sqlalchemy as sa

from newsletter.config import Settings, load_settings
from newsletter.deliver.backends.smtp import sender as smtp_sender
from newsletter.deliver.backends.smtp.pool import SmtpConfig, is_loopback
from newsletter.deliver.backends.smtp.sender import SmtpSender
from newsletter.deliver.factory import build_sender
from newsletter.deliver.job import send_issue
from newsletter.deliver.message import Identity
from newsletter.deliver.ports import nothing_to_recheck
from newsletter.editorial import EditorialConfig
from newsletter.errors import ConfigError
from subscribers.store import SubscriberStore
from tests.deliver.test_job import WEEK, add_readers, frozen_issue, ledger_states, with_content
from tests.smtp_server import LocalSmtpServer

HEADERS_OF_EVERY_MESSAGE = (
    "From",
    "To",
    "Subject",
    "Date",
    "Message-ID",
    "MIME-Version",
    "List-Unsubscribe",
    "List-Unsubscribe-Post",
)


def smtp_settings(settings: Settings, server: LocalSmtpServer, **overrides: object) -> Settings:
    """Return the test settings switched to the local SMTP server, https links."""
    values = {
        **settings.model_dump(),
        "delivery": "smtp",
        "smtp_host": server.host,
        "smtp_port": server.port,
        "smtp_security": "none",
        "base_url": "https://newsletter.test",
        **overrides,
    }
    return Settings.model_validate(values)


@pytest.fixture(autouse=True)
def _quick_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retry waits of milliseconds, not seconds."""
    monkeypatch.setattr(smtp_sender, "BACKOFF_INITIAL_SECONDS", 0.01)


def _parse(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def _defects(message: EmailMessage) -> list[object]:
    found: list[object] = list(message.defects)
    for name, value in message.items():
        found += [(name, defect) for defect in getattr(value, "defects", ())]
    for part in message.walk():
        found += list(part.defects)
    return found


def test_sample_send_delivers_one_message_per_recipient_like_the_outbox(
    settings: Settings, editorial: EditorialConfig, engine: sa.Engine, smtp_server: LocalSmtpServer
) -> None:
    """Each recipient gets one message, one RCPT, no defects, the outbox's headers and parts."""
    frozen_issue(engine)
    readers = with_content(add_readers(engine, 60))
    by_email = {reader.email: reader for reader in readers}

    summary = send_issue(smtp_settings(settings, smtp_server), editorial, engine, WEEK)
    outbox = send_issue(settings, editorial, engine, WEEK)  # the same issue, already sent

    assert summary.sent == len(readers)
    assert summary.exit_code == 0
    assert summary.issue_sent
    assert (summary.backend, summary.unit) == ("smtp", "messages")
    assert outbox.sent == 0
    assert Counter(smtp_server.recipients()) == Counter(list(by_email))
    assert len(smtp_server.received) == len(readers)
    for item in smtp_server.received:
        assert len(item.rcpt_tos) == 1
        message = _parse(item.data)
        assert _defects(message) == []
        assert message["To"] == item.rcpt_tos[0]
        for name in HEADERS_OF_EVERY_MESSAGE:
            assert message[name], name
        assert message["List-Unsubscribe"].startswith("<https://newsletter.test/u/")
        assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert message.get_content_type() == "multipart/alternative"
        parts = [part.get_content_type() for part in message.iter_parts()]
        assert parts == ["text/plain", "text/html"]
        reader = by_email[item.rcpt_tos[0]]
        assert message["Message-ID"] == f"<{WEEK.id}.{reader.id}@example.com>"
    assert set(ledger_states(engine).values()) == {"sent"}


def test_smtp_message_has_the_same_headers_and_parts_as_the_outbox_file(
    settings: Settings,
    editorial: EditorialConfig,
    engine: sa.Engine,
    smtp_server: LocalSmtpServer,
    tmp_path: Path,
) -> None:
    """The same recipient through SMTP and through the outbox: same header names, same bodies."""
    frozen_issue(engine)
    (reader,) = with_content(add_readers(engine, 3))[:1]
    smtp = smtp_settings(settings, smtp_server)
    identity = Identity(smtp.from_email, smtp.from_name, None)
    from newsletter.deliver.backends.outbox import OutboxSender
    from newsletter.render import Renderer

    renderer = Renderer(editorial, base_url=smtp.base_url, postal_address="1 Street")
    rendered = renderer.render_variant(frozen_issue(engine), frozenset({"ai"}))
    row = (reader.id, reader.email, "https://n.test/u/tok", "https://n.test/preferences/tok")
    OutboxSender(tmp_path, identity).prepare(WEEK.id, "b", rendered, [row])(nothing_to_recheck)
    sender = SmtpSender(SmtpConfig(smtp_server.host, smtp_server.port, "none"), identity)
    try:
        outcome = sender.prepare(WEEK.id, "b", rendered, [row])(nothing_to_recheck)
    finally:
        sender.close()

    assert outcome.all_sent
    written = _parse((tmp_path / WEEK.id / f"{reader.id}.eml").read_bytes())
    delivered = _parse(smtp_server.received[0].data)
    assert [name for name, _ in written.items()] == [name for name, _ in delivered.items()]
    for name in (
        "From",
        "To",
        "Subject",
        "Message-ID",
        "List-Unsubscribe",
        "List-Unsubscribe-Post",
    ):
        assert written[name] == delivered[name]
    assert [p.get_content() for p in written.iter_parts()] == [
        p.get_content() for p in delivered.iter_parts()
    ]


def test_a_refused_recipient_does_not_stop_the_others_and_is_kept_out_later(
    settings: Settings, editorial: EditorialConfig, engine: sa.Engine, smtp_server: LocalSmtpServer
) -> None:
    """550 5.1.1 at RCPT: that reader failed with the reason and suppressed; everyone else sent."""
    frozen_issue(engine)
    readers = with_content(add_readers(engine, 40))
    refused = {readers[3], readers[17], readers[-1]}
    smtp_server.script.refuse.update(reader.email for reader in refused)
    configured = smtp_settings(settings, smtp_server)

    first = send_issue(configured, editorial, engine, WEEK)
    with engine.connect() as connection:
        rows = connection.execute(
            sa.text("SELECT subscriber_id, status, error FROM deliveries WHERE status = 'failed'")
        ).all()
    again = send_issue(configured, editorial, engine, WEEK)

    delivered = Counter(smtp_server.recipients())
    assert delivered == Counter(r.email for r in readers if r not in refused)
    assert (first.sent, first.failed, first.stopped) == (len(readers) - 3, 3, None)
    assert first.exit_code == 1
    assert {row[0] for row in rows} == {r.id for r in refused}
    assert all("550 5.1.1" in row[2] for row in rows)
    store = SubscriberStore(engine, configured.all_secret_keys())
    assert {store.get(r.id).status for r in refused} == {"bounced"}
    # The re-run sends nobody again and settles the refused rows: the issue is done.
    assert again.sent == 0
    assert again.issue_sent
    assert Counter(smtp_server.recipients()) == delivered


def test_a_policy_refusal_stops_the_run_and_suppresses_nobody(
    settings: Settings, editorial: EditorialConfig, engine: sa.Engine, smtp_server: LocalSmtpServer
) -> None:
    """550 5.7.1 (relaying denied) is our setup, not the address: the run stops (exit 7)."""
    frozen_issue(engine)
    readers = with_content(add_readers(engine, 10))
    smtp_server.script.policy.update(reader.email for reader in readers)

    summary = send_issue(smtp_settings(settings, smtp_server), editorial, engine, WEEK)

    assert summary.exit_code == 7
    assert summary.sent == 0
    assert summary.stopped is not None
    assert "5.7.1" in summary.stopped
    store = SubscriberStore(engine, settings.all_secret_keys())
    assert {store.get(r.id).status for r in readers} == {"active"}


def test_temporary_failures_and_dropped_connections_are_retried_once_each(
    settings: Settings, editorial: EditorialConfig, engine: sa.Engine, smtp_server: LocalSmtpServer
) -> None:
    """451 at RCPT, sessions dropped at RCPT: retried on fresh connections, one copy each."""
    frozen_issue(engine)
    readers = with_content(add_readers(engine, 30))
    # At most 3 faults can meet one message (1 + both drops): fewer than MAX_ATTEMPTS.
    smtp_server.script.tempfail[readers[2].email] = 1
    smtp_server.script.tempfail[readers[9].email] = 1
    smtp_server.script.drop_at_rcpt = 2

    summary = send_issue(smtp_settings(settings, smtp_server), editorial, engine, WEEK)

    assert summary.exit_code == 0
    assert summary.sent == len(readers)
    assert Counter(smtp_server.recipients()) == Counter(r.email for r in readers)
    assert summary.requests == len(readers) + 4  # each retried transaction counts too


def test_retries_run_out_then_the_run_stops_and_a_rerun_finishes(
    settings: Settings, editorial: EditorialConfig, engine: sa.Engine, smtp_server: LocalSmtpServer
) -> None:
    """A reader answered 451 more often than the attempts allow: failed, run stops; re-run sends it."""
    frozen_issue(engine)
    readers = with_content(add_readers(engine, 12))
    smtp_server.script.tempfail[readers[0].email] = smtp_sender.MAX_ATTEMPTS
    configured = smtp_settings(settings, smtp_server)

    first = send_issue(configured, editorial, engine, WEEK)
    second = send_issue(configured, editorial, engine, WEEK)

    assert first.exit_code == 7
    assert first.failed >= 1
    assert first.stopped is not None
    assert "451" in first.stopped
    assert second.exit_code == 0
    assert second.issue_sent
    assert Counter(smtp_server.recipients()) == Counter(r.email for r in readers)


def test_a_session_dropped_after_data_is_unknown_and_resent_only_on_request(
    settings: Settings, editorial: EditorialConfig, engine: sa.Engine, smtp_server: LocalSmtpServer
) -> None:
    """No answer to DATA: that message is unknown (never retried); --retry-unknown sends it."""
    frozen_issue(engine)
    readers = with_content(add_readers(engine, 20))
    smtp_server.script.drop_at_data = 1
    configured = smtp_settings(settings, smtp_server)

    first = send_issue(configured, editorial, engine, WEEK)
    plain = send_issue(configured, editorial, engine, WEEK)
    retried = send_issue(configured, editorial, engine, WEEK, retry_unknown=True)

    assert (first.unknown, first.sent, first.exit_code) == (1, len(readers) - 1, 1)
    assert plain.sent == 0
    assert plain.unknown == 1
    assert retried.sent == 1
    assert retried.exit_code == 0
    assert retried.issue_sent
    # The dropped message never reached the server's queue here, so exactly one copy each.
    assert Counter(smtp_server.recipients()) == Counter(r.email for r in readers)


def test_a_slow_server_is_waited_for(
    settings: Settings, editorial: EditorialConfig, engine: sa.Engine, smtp_server: LocalSmtpServer
) -> None:
    """Every DATA answered 50 ms late: still one message each, nothing unknown."""
    frozen_issue(engine)
    readers = with_content(add_readers(engine, 8))
    smtp_server.script.slow = 0.05

    summary = send_issue(smtp_settings(settings, smtp_server), editorial, engine, WEEK)

    assert summary.exit_code == 0
    assert summary.unknown == 0
    assert Counter(smtp_server.recipients()) == Counter(r.email for r in readers)


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True),
        ("127.0.0.1", True),
        ("::1", True),
        ("[::1]", True),
        ("smtp.example.com", False),
        ("10.0.0.5", False),
        ("127.example.com", False),
    ],
)
def test_clear_text_smtp_only_to_a_loopback_host(host: str, loopback: bool) -> None:
    """NEWSLETTER_SMTP_SECURITY=none is refused for any host but this machine."""
    assert is_loopback(host) is loopback
    config = SmtpConfig(host, 25, "none")
    if loopback:
        config.check()
    else:
        with pytest.raises(ConfigError, match="loopback"):
            config.check()


def test_smtp_settings_need_a_host_and_both_credentials(tmp_path: Path) -> None:
    """DELIVERY=smtp without a host, or a user without a password, stops with the setting's name."""
    base = {
        "_env_file": None,
        "delivery": "smtp",
        "secret_key": "k" * 32,
        "base_url": "https://n.test",
        "database_url": f"sqlite:///{tmp_path / 'x.db'}",
    }
    with pytest.raises(ConfigError, match="NEWSLETTER_SMTP_HOST"):
        load_settings(**base)
    configured = load_settings(**base, smtp_host="smtp.example.com", smtp_username="user")
    with pytest.raises(ConfigError, match="NEWSLETTER_SMTP_PASSWORD"):
        build_sender(configured)
    with pytest.raises(ConfigError, match="https"):
        build_sender(configured.model_copy(update={"base_url": "http://n.test"}))


def test_transactional_mail_goes_through_the_smtp_sender(
    settings: Settings, smtp_server: LocalSmtpServer
) -> None:
    """A confirmation email over SMTP: one message, one recipient, no defects."""
    from newsletter.deliver import send_transactional

    send_transactional(
        smtp_settings(settings, smtp_server, base_url="http://localhost:8000"),
        to_email="ada@example.com",
        subject="Confirm your subscription to Ünïcode Weekly",
        html="<p>Hi</p>",
        text="Hi",
    )

    (item,) = smtp_server.received
    assert item.rcpt_tos == ("ada@example.com",)
    assert _defects(_parse(item.data)) == []


def test_an_answer_to_data_later_than_the_timeout_is_unknown_and_never_retried(
    editorial: EditorialConfig, smtp_server: LocalSmtpServer
) -> None:
    """DATA answered after the client gave up: unknown, not retried (the server did queue it)."""
    from newsletter.errors import DeliveryOutcomeUnknownError
    from newsletter.render import Renderer
    from tests.deliver.test_job import sample_issue

    rendered = Renderer(
        editorial, base_url="https://n.test", postal_address="1 Street"
    ).render_variant(sample_issue(), frozenset({"ai"}))
    config = SmtpConfig(smtp_server.host, smtp_server.port, "none", timeout_seconds=0.3)
    sender = SmtpSender(config, Identity("news@example.com", "News", None))
    smtp_server.script.slow = 1.0
    row = ("s1", "ada@example.com", "https://n.test/u/t", "https://n.test/p/t", "")
    try:
        with pytest.raises(DeliveryOutcomeUnknownError, match="may or may not have been queued"):
            sender.prepare(WEEK.id, "b", rendered, [row])(nothing_to_recheck)
    finally:
        sender.close()
    deadline = time.monotonic() + 5
    while not smtp_server.received and time.monotonic() < deadline:
        time.sleep(0.05)
    assert smtp_server.recipients() == ["ada@example.com"]  # it was queued once, and only once
    assert sender.requests_made == 1
