"""A refused address never blocks the others (issue 13, case 16-sendgrid-one-bad-address).

SendGrid answers 400 naming ``personalizations.N.to.0.email`` for an address it will not
take: the whole request is refused. The sender drops that personalization, the subscriber is
recorded failed with SendGrid's message and suppressed (kept out of later sends until the
address is fixed), and the rest of the request is sent again; bounded.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from newsletter.cli import app
from newsletter.cli.common import CliSeams
from newsletter.config import Settings
from newsletter.deliver.backends.sendgrid import sender as sendgrid_sender
from newsletter.deliver.job import send_issue
from newsletter.editorial import EditorialConfig
from subscribers.store import SubscriberStore
from tests.conftest import require_shared
from tests.deliver.test_job import (
    API_KEY,
    WEEK,
    add_readers,
    frozen_issue,
    ledger_states,
    sendgrid_settings,
    with_content,
)
from tests.sendgrid_standin import StandIn

REFUSAL = "Does not contain a valid address."


def _failed_rows(engine: sa.Engine) -> dict[str, str]:
    with engine.connect() as connection:
        rows = connection.execute(
            sa.text("SELECT subscriber_id, error FROM deliveries WHERE status = 'failed'")
        ).all()
    return {str(row[0]): str(row[1]) for row in rows}


def test_case_16_the_four_others_are_delivered_and_the_bad_one_is_kept_out(
    settings: Settings,
    engine: sa.Engine,
    standin: StandIn,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The case's 5 subscribers: 4 delivered, the refused one failed with SendGrid's reason; a re-run sends nothing and closes the issue."""
    case = require_shared("cases/16-sendgrid-one-bad-address")
    frozen_issue(engine)
    env = {
        "NEWSLETTER_DATABASE_URL": settings.database_url,
        "NEWSLETTER_SECRET_KEY": settings.secret_key.get_secret_value(),
        "NEWSLETTER_BASE_URL": "https://newsletter.test",
        "NEWSLETTER_DELIVERY": "sendgrid",
        "NEWSLETTER_SENDGRID_API_KEY": API_KEY,
        "NEWSLETTER_SENDGRID_HOST": standin.url,
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)
    standin.refuse.add("reader.bad@example.com")
    runner = CliRunner()
    seams = CliSeams(clock=lambda: dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC))

    imported = runner.invoke(app, ["subscribers", "import", str(case / "subscribers.csv")])
    first = runner.invoke(app, ["send", "--week", WEEK.id], obj=seams)
    again = runner.invoke(app, ["send", "--week", WEEK.id], obj=seams)

    assert imported.exit_code == 0, imported.output
    assert first.exit_code == 1, first.output
    assert Counter(standin.recipients()) == Counter(
        f"reader.{n}@example.com" for n in ("one", "two", "four", "five")
    )
    assert "1 message failed" in first.output
    assert "· 1 variant" in first.output  # counted in the singular
    assert "1 variants" not in first.output
    assert "left out of later sends" in first.output  # a refused address is not retried
    assert "no reader is left to retry" in first.output  # the others were all delivered
    assert "again to retry" not in first.output
    assert "reader.bad@example.com" not in first.output + again.output
    store = SubscriberStore(engine, settings.all_secret_keys())
    bad = store.find_by_email("reader.bad@example.com")
    assert bad is not None
    assert bad.status == "bounced"
    with engine.connect() as connection:
        error = connection.execute(
            sa.text("SELECT error FROM deliveries WHERE subscriber_id = :id"), {"id": bad.id}
        ).scalar_one()
    assert REFUSAL in error
    assert again.exit_code == 0, again.output
    assert len(standin.recipients()) == 4  # nobody twice, the refused one not again


@pytest.mark.parametrize(
    "refused_at",
    [
        pytest.param((0,), id="first-of-the-request"),
        pytest.param((5, 6, 7), id="three-in-a-row"),
        pytest.param((0, 11), id="first-and-last"),
    ],
)
def test_refused_personalizations_are_dropped_and_the_rest_resent(
    settings: Settings,
    editorial: EditorialConfig,
    engine: sa.Engine,
    standin: StandIn,
    refused_at: tuple[int, ...],
) -> None:
    """Wherever the refused addresses sit in the request, everyone else gets exactly one copy."""
    frozen_issue(engine, ["ai"])
    readers = add_readers(engine, 12, field_sets=[frozenset({"ai"})])
    refused = {readers[index] for index in refused_at}
    standin.refuse.update(reader.email for reader in refused)

    summary = send_issue(sendgrid_settings(settings, standin), editorial, engine, WEEK)

    assert Counter(standin.recipients()) == Counter(r.email for r in readers if r not in refused)
    assert (summary.sent, summary.failed, summary.stopped) == (
        12 - len(refused),
        len(refused),
        None,
    )
    # A refused reader is counted once, as failed: not again among the suppressed, although
    # the refusal suppresses the address for later sends.
    assert summary.suppressed == 0
    assert summary.sent + summary.failed + summary.suppressed == len(readers)
    assert summary.requests == 2  # the refused request and its resend
    failed = _failed_rows(engine)
    assert set(failed) == {reader.id for reader in refused}
    assert all(REFUSAL in error for error in failed.values())


def test_refusals_named_one_per_answer_take_several_rounds_within_the_bound(
    settings: Settings, editorial: EditorialConfig, engine: sa.Engine, standin: StandIn
) -> None:
    """Three bad addresses named one answer at a time: four requests, everyone else delivered."""
    frozen_issue(engine, ["ai"])
    readers = add_readers(engine, 10, field_sets=[frozenset({"ai"})])
    refused = {readers[1], readers[4], readers[8]}
    standin.refuse.update(reader.email for reader in refused)
    standin.refuse_first_only = True

    summary = send_issue(sendgrid_settings(settings, standin), editorial, engine, WEEK)

    assert summary.requests == 4
    assert summary.stopped is None
    assert summary.failed == 3
    assert Counter(standin.recipients()) == Counter(r.email for r in readers if r not in refused)


def test_more_refusal_rounds_than_the_bound_stop_the_run_without_a_loop(
    settings: Settings, editorial: EditorialConfig, engine: sa.Engine, standin: StandIn
) -> None:
    """More bad addresses than refusal rounds, one named per answer: bounded requests, the rest failed, exit 7, nobody lost."""
    frozen_issue(engine, ["ai"])
    readers = add_readers(engine, 10, field_sets=[frozenset({"ai"})])
    rounds = sendgrid_sender.MAX_REFUSAL_ROUNDS + 1
    refused = set(readers[: rounds + 1])
    standin.refuse.update(reader.email for reader in refused)
    standin.refuse_first_only = True
    configured = sendgrid_settings(settings, standin)

    first = send_issue(configured, editorial, engine, WEEK)

    assert first.requests == rounds
    assert first.exit_code == 7
    assert first.stopped is not None
    assert standin.recipients() == []
    states = ledger_states(engine)
    assert Counter(states.values()) == {"failed": 10}
    store = SubscriberStore(engine, settings.all_secret_keys())
    assert sum(store.get(r.id).status == "bounced" for r in readers) == rounds

    standin.refuse_first_only = False
    second = send_issue(configured, editorial, engine, WEEK)

    assert second.exit_code == 1
    assert second.stopped is None
    assert Counter(standin.recipients()) == Counter(r.email for r in readers if r not in refused)


def test_refusals_in_different_batches_are_each_handled(
    settings: Settings,
    editorial: EditorialConfig,
    engine: sa.Engine,
    standin: StandIn,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Batches of 5: a refused address in two of them; every batch still delivers its others."""
    monkeypatch.setattr(sendgrid_sender, "BATCH_LIMIT", 5)
    frozen_issue(engine)
    readers = with_content(add_readers(engine, 30))
    refused = {readers[2], readers[-2]}
    standin.refuse.update(reader.email for reader in refused)

    summary = send_issue(sendgrid_settings(settings, standin), editorial, engine, WEEK)

    assert Counter(standin.recipients()) == Counter(r.email for r in readers if r not in refused)
    assert summary.failed == 2
    assert summary.stopped is None
    assert all(len(body["personalizations"]) <= 5 for body in standin.accepted)


def test_a_400_about_another_field_still_stops_the_run(
    settings: Settings, editorial: EditorialConfig, engine: sa.Engine, standin: StandIn
) -> None:
    """A 400 that names no personalization's address is ours to fix: exit 7, nobody suppressed."""
    frozen_issue(engine, ["ai"])
    readers = add_readers(engine, 4, field_sets=[frozenset({"ai"})])

    # Settings refuses such a sender; a copy skips that check, as a rule of SendGrid's own would.
    broken = sendgrid_settings(settings, standin).model_copy(
        update={"from_email": "not-an-address"}
    )
    summary = send_issue(broken, editorial, engine, WEEK)

    assert summary.exit_code == 7
    assert summary.sent == 0
    store = SubscriberStore(engine, settings.all_secret_keys())
    assert {store.get(r.id).status for r in readers} == {"active"}
