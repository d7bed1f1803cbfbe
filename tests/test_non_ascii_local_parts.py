"""An address that is not ASCII before the @ is refused at the door, with what to do instead.

What the product promises: every address it accepts, every backend can deliver. A non-ASCII
local part needs SMTPUTF8 (RFC 6531) end to end; SendGrid does not offer it and relays may not,
so the subscribe form, the CSV import and ``subscribers add`` all refuse it, saying why and
what to do, while a non-ASCII domain (IDNA) is accepted. A reader stored before this rule can
still be found, exported and erased; the send refuses them before sending
(``tests/deliver/test_idn.py``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from newsletter.cli import app as cli_app
from newsletter.config import Settings
from subscribers.addresses import normalise_address, normalise_new_address
from subscribers.csvimport import import_csv
from subscribers.errors import UndeliverableAddress
from subscribers.models import Registration
from subscribers.store import SubscriberStore
from subscribers.tables import subscriber_fields, subscribers

FIELDS = ("quantum", "ai")
REFUSED = [
    "jörg@example.com",
    "JÖRG.Müller@bücher.example",
    "дмитрий@example.ru",
    "用户@例子.广告",
    "ſam@example.com",
    "jo\u0308rg@example.com",  # decomposed ö
]
ACCEPTED = [
    ("joerg@bücher.example.com", "joerg@bücher.example.com"),
    ("hans@STRAẞE.de", "hans@straße.de"),
    ("ada@xn--bcher-kva.example.com", "ada@bücher.example.com"),
    ("Fay+news@Example.COM", "Fay+news@example.com"),
]


@pytest.mark.parametrize("address", REFUSED)
def test_a_non_ascii_local_part_is_refused_with_what_to_do(address: str) -> None:
    """normalise_new_address refuses it, masked, naming SMTPUTF8 and an ASCII alias as the way out."""
    with pytest.raises(UndeliverableAddress) as raised:
        normalise_new_address(address)
    message = str(raised.value)
    assert address.split("@")[0] not in message  # masked
    assert "•••@" in message
    assert "SMTPUTF8" in message
    assert "ASCII before the @" in message
    assert normalise_address(address)  # still a valid address, for finding a stored reader


@pytest.mark.parametrize(("address", "normalised"), ACCEPTED)
def test_ascii_local_parts_are_accepted_whatever_the_domain(address: str, normalised: str) -> None:
    """An ASCII local part passes, an internationalised domain included (it has an IDNA form)."""
    assert normalise_new_address(address) == normalised


@pytest.fixture
def store(engine: sa.Engine) -> SubscriberStore:
    """A store over the fresh test database."""
    return SubscriberStore(engine, ["non-ascii-test-key"])


def _csv(tmp_path: Path, addresses: list[str]) -> Path:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["email", "fields", "consented_at", "consent_method", "policy_version"])
    for address in addresses:
        writer.writerow([address, "quantum;ai", "2026-03-01T10:00:00Z", "form", "2026-01"])
    path = tmp_path / "subs.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def test_csv_import_rejects_each_such_row_and_imports_the_rest(
    store: SubscriberStore, tmp_path: Path
) -> None:
    """Each non-ASCII local part is rejected on its line with the reason; the other rows are stored."""
    addresses = [
        address
        for refused, (accepted, _) in zip(REFUSED, ACCEPTED, strict=False)
        for address in (refused, accepted)
    ] + REFUSED[len(ACCEPTED) :]
    path = _csv(tmp_path, addresses)
    report = import_csv(store, path, known_fields=FIELDS)
    refused_lines = [line for line, address in enumerate(addresses, start=2) if address in REFUSED]
    assert [row.line for row in report.rejected] == refused_lines
    assert all("SMTPUTF8" in row.reason for row in report.rejected)
    assert report.added == len(addresses) - len(refused_lines)
    for address in REFUSED:
        assert store.find_by_email(address) is None


def test_the_store_refuses_such_a_registration_however_it_arrives(store: SubscriberStore) -> None:
    """register and register_many (already normalised rows) refuse it too: nothing is stored."""
    with pytest.raises(UndeliverableAddress):
        store.add("jörg@example.com", ["ai"], method="cli", policy_version="2026-01")
    outcomes = store.register_many(
        [
            Registration(
                email="jörg@example.com", fields=frozenset({"ai"}), policy_version="2026-01"
            ),
            Registration(
                email="joerg@example.com", fields=frozenset({"ai"}), policy_version="2026-01"
            ),
        ],
        method="import",
    )
    assert isinstance(outcomes[0].error, UndeliverableAddress)
    assert outcomes[1].error is None
    counts = store.count_by_status()
    assert (counts["active"], sum(counts.values())) == (1, 1)


def test_cli_add_refuses_it_in_one_line_with_exit_2(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``subscribers add jörg@…`` exits 2 with the reason and a masked address, no traceback."""
    monkeypatch.setenv("NEWSLETTER_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("NEWSLETTER_SECRET_KEY", settings.secret_key.get_secret_value())
    result = CliRunner().invoke(
        cli_app, ["subscribers", "add", "jörg@example.com", "--fields", "ai"]
    )
    assert result.exit_code == 2, result.output
    assert "SMTPUTF8" in result.output
    assert "jörg@" not in result.output
    assert "Traceback" not in result.output


def test_a_reader_stored_before_the_rule_can_still_be_found_exported_and_erased(
    store: SubscriberStore, engine: sa.Engine
) -> None:
    """Lookups keep accepting the address: the reader's privacy rights do not depend on the rule."""
    address = "jörg@example.com"
    now = dt.datetime.now(dt.UTC)
    with engine.begin() as connection:
        connection.execute(
            sa.insert(subscribers).values(
                id="legacy-jorg",
                email=address,
                email_key=store.hasher.email_key(address),
                status="active",
                created_at=now,
                updated_at=now,
                confirmed_at=now,
            )
        )
        connection.execute(
            sa.insert(subscriber_fields).values(subscriber_id="legacy-jorg", field_slug="ai")
        )
    found = store.find_by_email("jo\u0308rg@example.com")  # decomposed ö: the same reader
    assert found is not None
    assert found.id == "legacy-jorg"
    assert store.export(address)["email"] == address
    assert store.forget(address)
    assert store.get("legacy-jorg").status == "erased"
