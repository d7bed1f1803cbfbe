"""send_issue against the validating SendGrid stand-in (real sockets): exactly once, batched.

The helpers at the top are shared by the other ``tests/deliver`` files (the ``standin``
fixture is in ``tests/conftest.py``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import secrets
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import pytest
import sqlalchemy as sa

from newsletter.config import Settings
from newsletter.db.issuestore import SENT, acquire_lock, issue_status
from newsletter.db.tables import deliveries
from newsletter.deliver.backends.sendgrid import client as sendgrid
from newsletter.deliver.job import send_issue
from newsletter.deliver.schedule import new_owner
from newsletter.editorial import EditorialConfig
from newsletter.errors import ConfigError, SendLockedError
from newsletter.issues import freeze_issue
from newsletter.models import Issue
from newsletter.weeks import IsoWeek, parse_week
from subscribers.tables import subscriber_fields, subscribers
from tests.conftest import SENDGRID_API_KEY
from tests.factories import make_issue, make_verdict
from tests.sendgrid_standin import Fault, StandIn

WEEK = parse_week("2026-W48")
CONTENT_FIELDS = ("quantum", "ai", "energy", "space")  # fields with reports in the test issue
API_KEY = SENDGRID_API_KEY  # the conftest stand-in's key


@dataclass(frozen=True)
class Reader:
    """A subscriber inserted by ``add_readers``."""

    id: str
    email: str
    fields: frozenset[str]


def sample_issue(fields: Sequence[str] = CONTENT_FIELDS) -> Issue:
    """Return the 2026-W48 issue with one must-read report in each of ``fields``."""
    return make_issue(verdicts=tuple(make_verdict(slug) for slug in fields))


def frozen_issue(engine: sa.Engine, fields: Sequence[str] = CONTENT_FIELDS) -> Issue:
    """Freeze the test issue so send_issue sends it instead of curating the (empty) database."""
    return freeze_issue(engine, sample_issue(fields))


def add_readers(
    engine: sa.Engine,
    count: int,
    *,
    field_sets: Sequence[frozenset[str]] | None = None,
    status: str = "active",
    seed: int = 7,
    prefix: str = "reader",
) -> list[Reader]:
    """Insert ``count`` subscribers straight into the tables (fast, like an import would).

    Each gets one to three fields among the configured ones (or cycles through
    ``field_sets``); addresses are ``<prefix><n>@example.com``.
    """
    rng = random.Random(seed)
    slugs = [
        "quantum",
        "ai",
        "hpc",
        "semiconductors",
        "biotech",
        "energy",
        "space",
        "cybersecurity",
    ]
    now = dt.datetime.now(dt.UTC)
    readers, rows, field_rows = [], [], []
    for number in range(count):
        email = f"{prefix}{number}@example.com"
        chosen = (
            field_sets[number % len(field_sets)]
            if field_sets
            else frozenset(rng.sample(slugs, rng.randint(1, 3)))
        )
        reader = Reader(secrets.token_urlsafe(16), email, chosen)
        readers.append(reader)
        rows.append(
            {
                "id": reader.id,
                "email": email,
                "email_key": hashlib.sha256(email.encode()).hexdigest(),
                "status": status,
                "created_at": now,
                "updated_at": now,
                "confirmed_at": now,
            }
        )
        field_rows += [{"subscriber_id": reader.id, "field_slug": slug} for slug in chosen]
    with engine.begin() as connection:
        connection.execute(sa.insert(subscribers), rows)
        connection.execute(sa.insert(subscriber_fields), field_rows)
    return readers


def with_content(readers: Sequence[Reader], fields: Sequence[str] = CONTENT_FIELDS) -> list[Reader]:
    """Return the readers who follow at least one field with content."""
    return [reader for reader in readers if reader.fields & set(fields)]


def ledger_states(engine: sa.Engine, issue_id: str = WEEK.id) -> dict[str, str]:
    """Return subscriber id -> ledger status for the issue."""
    with engine.connect() as connection:
        rows = connection.execute(
            sa.select(deliveries.c.subscriber_id, deliveries.c.status).where(
                deliveries.c.issue_id == issue_id
            )
        )
        return {subscriber_id: status for subscriber_id, status in rows}


def sendgrid_settings(settings: Settings, standin: StandIn, **overrides: object) -> Settings:
    """Return the test settings switched to SendGrid at the stand-in, https links."""
    values = {
        **settings.model_dump(),
        "delivery": "sendgrid",
        "sendgrid_host": standin.url,
        "sendgrid_api_key": API_KEY,
        "base_url": "https://newsletter.test",
        **overrides,
    }
    return Settings.model_validate(values)


@pytest.fixture
def fast_faults(monkeypatch: pytest.MonkeyPatch) -> None:
    """Short client timeout and backoff so fault tests take about a second, not minutes.

    The stand-in validates a 1000-personalization body before it answers, which takes a few
    hundred ms on a loaded CI machine, so the timeout leaves room for that; the scripted hang
    and late answer are well past it.
    """
    monkeypatch.setattr(sendgrid, "TIMEOUT_SECONDS", 1.5)
    monkeypatch.setattr(sendgrid, "BACKOFF_INITIAL_SECONDS", 0.01)


def test_each_recipient_gets_one_message_in_batches_of_at_most_1000(
    settings: Settings, editorial: EditorialConfig, engine: sa.Engine, standin: StandIn
) -> None:
    """2,500 readers: each with content gets exactly one message; requests hold <= 1000, one `to` each."""
    frozen_issue(engine)
    readers = add_readers(engine, 2500)
    expected = with_content(readers)

    summary = send_issue(sendgrid_settings(settings, standin), editorial, engine, WEEK)

    assert standin.rejected == []
    assert Counter(standin.recipients()) == Counter(reader.email for reader in expected)
    for body in standin.accepted:
        assert 1 <= len(body["personalizations"]) <= 1000
        assert all(len(item["to"]) == 1 for item in body["personalizations"])
    variants = {frozenset(r.fields & set(CONTENT_FIELDS)) for r in expected}
    assert summary.compiles == summary.variants == len(variants)
    assert summary.sent == len(expected)
    assert summary.skipped_no_content == len(readers) - len(expected)
    assert (summary.failed, summary.unknown, summary.already_sent) == (0, 0, 0)
    assert summary.requests == len(standin.accepted)
    assert summary.exit_code == 0
    assert summary.issue_sent
    assert set(ledger_states(engine).values()) == {"sent"}
    assert issue_status(engine, WEEK.id) == SENT


def test_each_request_carries_one_variant_for_its_recipients(
    settings: Settings, editorial: EditorialConfig, engine: sa.Engine, standin: StandIn
) -> None:
    """A request's shared content shows exactly the recipients' fields that have content."""
    frozen_issue(engine)
    readers = add_readers(engine, 300)
    by_email = {reader.email: reader for reader in readers}

    send_issue(sendgrid_settings(settings, standin), editorial, engine, WEEK)

    names = {"quantum": "Quantum Computing", "ai": "Artificial Intelligence"}
    names |= {"energy": "Energy", "space": "Space"}
    for body in standin.accepted:
        html = body["content"][1]["value"]
        shown = {slug for slug, name in names.items() if f"?field={slug}" in html}
        for item in body["personalizations"]:
            reader = by_email[item["to"][0]["email"]]
            assert shown == reader.fields & set(CONTENT_FIELDS), names


def test_rerun_sends_nothing_again(
    settings: Settings, editorial: EditorialConfig, engine: sa.Engine, standin: StandIn
) -> None:
    """A second run finds the issue sent and makes no request."""
    frozen_issue(engine)
    readers = add_readers(engine, 400)
    configured = sendgrid_settings(settings, standin)
    send_issue(configured, editorial, engine, WEEK)
    requests = standin.requests

    again = send_issue(configured, editorial, engine, WEEK)

    assert standin.requests == requests
    assert again.sent == 0
    assert again.already_sent == len(with_content(readers))
    assert again.exit_code == 0


def test_faults_are_retried_and_nobody_gets_two_copies(
    settings: Settings,
    editorial: EditorialConfig,
    engine: sa.Engine,
    standin: StandIn,
    fast_faults: None,
) -> None:
    """429 (Retry-After and reset), 500, 503 and a slow answer: all retried, all delivered once."""
    frozen_issue(engine)
    readers = add_readers(engine, 1500)
    faults: list[Fault] = ["429", "500", ("slow", 0.2), ("429-reset", 0.1), "503", "500"]
    standin.script(faults)

    summary = send_issue(sendgrid_settings(settings, standin), editorial, engine, WEEK)

    assert Counter(standin.recipients()) == Counter(r.email for r in with_content(readers))
    # Every fault but the slow answer cost exactly one extra request: retries are bounded.
    assert standin.requests == len(standin.accepted) + 5
    assert summary.requests == standin.requests
    assert summary.is_clean


def test_retries_run_out_then_a_rerun_finishes_the_send(
    settings: Settings,
    editorial: EditorialConfig,
    engine: sa.Engine,
    standin: StandIn,
    fast_faults: None,
) -> None:
    """Six 500s exhaust a batch's retries: the run stops (failed, exit 7); a re-run completes."""
    frozen_issue(engine, ["quantum"])
    readers = add_readers(engine, 1000, field_sets=[frozenset({"quantum"})])
    standin.script(["500"] * sendgrid.MAX_ATTEMPTS)
    configured = sendgrid_settings(settings, standin)

    first = send_issue(configured, editorial, engine, WEEK)

    assert standin.requests == sendgrid.MAX_ATTEMPTS
    assert first.failed == 1000
    assert first.sent == 0
    assert first.stopped
    assert "still failing after 6 attempts" in first.stopped
    assert first.exit_code == 7
    assert not first.issue_sent

    second = send_issue(configured, editorial, engine, WEEK)

    assert Counter(standin.recipients()) == Counter(r.email for r in readers)
    assert second.sent == 1000
    assert second.is_clean
    assert second.issue_sent


def test_no_answer_is_unknown_and_sent_again_only_on_request(
    settings: Settings,
    editorial: EditorialConfig,
    engine: sa.Engine,
    standin: StandIn,
    fast_faults: None,
) -> None:
    """A hung request is not retried; its batch is unknown until --retry-unknown sends it."""
    frozen_issue(engine, ["quantum"])
    readers = add_readers(engine, 1300, field_sets=[frozenset({"quantum"})])
    standin.script([("hang", 4.0)])
    configured = sendgrid_settings(settings, standin)

    first = send_issue(configured, editorial, engine, WEEK)

    # Two batches (1000 + 300) in flight at once; whichever arrived first hung.
    assert standin.requests == 2  # the hung one was never retried
    assert first.unknown in (1000, 300)
    assert first.sent == 1300 - first.unknown
    assert first.exit_code == 1
    assert not first.issue_sent

    second = send_issue(configured, editorial, engine, WEEK)
    assert second.unknown == first.unknown
    assert second.sent == 0
    assert standin.requests == 2

    third = send_issue(configured, editorial, engine, WEEK, retry_unknown=True)

    assert Counter(standin.recipients()) == Counter(r.email for r in readers)
    assert third.sent == first.unknown
    assert third.unknown == 0
    assert third.issue_sent


def test_answer_after_the_timeout_never_becomes_a_second_copy(
    settings: Settings,
    editorial: EditorialConfig,
    engine: sa.Engine,
    standin: StandIn,
    fast_faults: None,
) -> None:
    """Accepted but answered too late: reported unknown, and a plain re-run does not resend it."""
    frozen_issue(engine, ["ai"])
    readers = add_readers(engine, 50, field_sets=[frozenset({"ai"})])
    standin.script([("slow", 3.0)])
    configured = sendgrid_settings(settings, standin)

    first = send_issue(configured, editorial, engine, WEEK)
    second = send_issue(configured, editorial, engine, WEEK)

    assert Counter(standin.recipients()) == Counter(r.email for r in readers)
    assert first.unknown == second.unknown == 50
    assert standin.requests == 1


def test_rejection_stops_at_once_with_the_api_message(
    settings: Settings, editorial: EditorialConfig, engine: sa.Engine, standin: StandIn
) -> None:
    """A 401 stops the run after one request, naming the key setting; nothing is retried."""
    frozen_issue(engine)
    add_readers(engine, 2000)

    summary = send_issue(
        sendgrid_settings(settings, standin, sendgrid_api_key="SG.revoked"), editorial, engine, WEEK
    )

    assert standin.requests == 1
    assert standin.accepted == []
    assert summary.stopped
    assert "NEWSLETTER_SENDGRID_API_KEY" in summary.stopped
    assert "authorization grant is invalid" in summary.stopped
    assert summary.failed > 0
    assert summary.exit_code == 7


def test_dry_run_renders_and_counts_but_writes_nothing(
    settings: Settings, editorial: EditorialConfig, engine: sa.Engine, standin: StandIn
) -> None:
    """--dry-run compiles every variant and counts recipients; no request, no ledger row."""
    frozen_issue(engine)
    readers = add_readers(engine, 600)

    summary = send_issue(
        sendgrid_settings(settings, standin), editorial, engine, WEEK, dry_run=True
    )

    assert standin.requests == 0
    assert ledger_states(engine) == {}
    assert summary.dry_run
    assert summary.sent == len(with_content(readers))
    assert summary.compiles == len(
        {frozenset(r.fields & set(CONTENT_FIELDS)) for r in with_content(readers)}
    )
    assert summary.exit_code == 0


def test_stopped_subscribers_are_not_sent_and_counted_as_suppressed(
    settings: Settings, editorial: EditorialConfig, engine: sa.Engine
) -> None:
    """Unsubscribed, bounced and paused subscribers get nothing; the stopped ones are counted."""
    frozen_issue(engine)
    active = add_readers(engine, 40, field_sets=[frozenset({"ai"})])
    add_readers(engine, 5, status="unsubscribed", prefix="gone", field_sets=[frozenset({"ai"})])
    add_readers(engine, 3, status="bounced", prefix="bounce", field_sets=[frozenset({"ai"})])
    add_readers(engine, 4, status="paused", prefix="pause", field_sets=[frozenset({"ai"})])

    summary = send_issue(settings, editorial, engine, WEEK)

    written = sorted(path.stem for path in (settings.outbox_dir / WEEK.id).glob("*.eml"))
    assert written == sorted(reader.id for reader in active)
    assert summary.suppressed == 8
    assert summary.sent == 40


def test_a_reader_who_left_after_a_failure_does_not_block_the_issue(
    settings: Settings,
    editorial: EditorialConfig,
    engine: sa.Engine,
    standin: StandIn,
    fast_faults: None,
) -> None:
    """Failed rows of a subscriber who unsubscribed since are settled; the issue is marked sent."""
    frozen_issue(engine, ["ai"])
    readers = add_readers(engine, 20, field_sets=[frozenset({"ai"})])
    standin.script(["500"] * sendgrid.MAX_ATTEMPTS)
    configured = sendgrid_settings(settings, standin)
    assert send_issue(configured, editorial, engine, WEEK).failed == 20
    with engine.begin() as connection:
        connection.execute(
            sa.update(subscribers)
            .where(subscribers.c.id == readers[0].id)
            .values(status="unsubscribed")
        )

    summary = send_issue(configured, editorial, engine, WEEK)

    assert readers[0].email not in standin.recipients()
    assert summary.sent == 19
    assert summary.failed == 0
    assert summary.issue_sent
    assert ledger_states(engine)[readers[0].id] == "skipped"


def test_an_issue_without_content_sends_nothing(
    settings: Settings, editorial: EditorialConfig, engine: sa.Engine
) -> None:
    """A week with no report in any field sends nothing and is not frozen or marked sent."""
    add_readers(engine, 10)

    summary = send_issue(settings, editorial, engine, IsoWeek.from_date(dt.date(2026, 11, 2)))

    assert summary.no_content
    assert summary.sent == 0
    assert not summary.issue_sent
    assert not settings.outbox_dir.exists()


def test_worker_mode_needs_postgresql(
    settings: Settings, editorial: EditorialConfig, engine: sa.Engine
) -> None:
    """--worker on SQLite is a configuration error that names PostgreSQL."""
    with pytest.raises(ConfigError, match="PostgreSQL"):
        send_issue(settings, editorial, engine, WEEK, worker=True)


def test_a_live_lock_keeps_a_second_job_off_the_issue(
    settings: Settings, editorial: EditorialConfig, engine: sa.Engine
) -> None:
    """While another live job holds the issue lock, send_issue raises SendLockedError."""
    frozen_issue(engine)
    add_readers(engine, 5)
    acquire_lock(engine, WEEK.id, new_owner(), ttl=dt.timedelta(minutes=5))

    with pytest.raises(SendLockedError, match="being sent by another job"):
        send_issue(settings, editorial, engine, WEEK)
    assert ledger_states(engine) == {}


def test_sendgrid_refuses_plain_http_unsubscribe_links(
    settings: Settings, editorial: EditorialConfig, engine: sa.Engine, standin: StandIn
) -> None:
    """SendGrid sends need an https base URL: one-click unsubscribe requires it."""
    frozen_issue(engine)
    add_readers(engine, 5)
    configured = sendgrid_settings(settings, standin, base_url="http://newsletter.test")

    with pytest.raises(ConfigError, match="NEWSLETTER_BASE_URL"):
        send_issue(configured, editorial, engine, WEEK)
    assert standin.requests == 0
