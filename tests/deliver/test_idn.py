"""International addresses (issue 13, case 06-idn-recipient).

Domains travel in IDNA form (punycode) in every header and payload. A local part that is not
ASCII needs SMTPUTF8 (RFC 6531) end to end, which SendGrid does not offer and relays may not:
such addresses are refused at the door (``test_non_ascii_local_parts``), and one stored
before that rule is refused before sending, by every backend alike, with the same reason
(the others are still delivered).
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from newsletter.cli import app
from newsletter.cli.common import CliSeams
from newsletter.config import Settings
from newsletter.deliver.backends.sendgrid.payload import VariantPayload
from newsletter.deliver.job import send_issue
from newsletter.deliver.message import Identity, ascii_address
from newsletter.editorial import EditorialConfig
from newsletter.models import RenderedEmail
from subscribers.addresses import NON_ASCII_LOCAL_PART
from tests.conftest import require_shared
from tests.deliver.test_backends_smtp import smtp_settings
from tests.deliver.test_job import WEEK, add_readers, frozen_issue, sendgrid_settings
from tests.smtp_server import LocalSmtpServer


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("leser@bücher.example.com", "leser@xn--bcher-kva.example.com"),
        ("hans@münchen.de", "hans@xn--mnchen-3ya.de"),
        ("taro@例え.jp", "taro@xn--r8jz45g.jp"),
        ("ada@BÜCHER.Example.com", "ada@xn--bcher-kva.example.com"),  # UTS 46 maps case
        ("ada@xn--bcher-kva.example.com", "ada@xn--bcher-kva.example.com"),  # already IDNA
        ("ada@example.com", "ada@example.com"),
        ("jürgen@bücher.example.com", "jürgen@xn--bcher-kva.example.com"),  # local part kept
    ],
)
def test_ascii_address_puts_the_domain_in_idna_form(address: str, expected: str) -> None:
    """The domain becomes punycode (IDNA 2008 + UTS 46); the local part is never touched."""
    assert ascii_address(address) == expected


def test_case_06_the_outbox_to_header_holds_the_idna_domain(
    settings: Settings, engine: sa.Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The case's subscriber imported and sent to: To is leser@xn--bcher-kva.example.com, no defect."""
    case = require_shared("cases/06-idn-recipient")
    frozen_issue(engine)
    monkeypatch.setenv("NEWSLETTER_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("NEWSLETTER_SECRET_KEY", settings.secret_key.get_secret_value())
    monkeypatch.setenv("NEWSLETTER_OUTBOX_DIR", str(settings.outbox_dir))
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    seams = CliSeams(clock=lambda: dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC))

    imported = runner.invoke(app, ["subscribers", "import", str(case / "subscribers.csv")])
    sent = runner.invoke(app, ["send", "--week", WEEK.id], obj=seams)

    assert imported.exit_code == 0, imported.output
    assert sent.exit_code == 0, sent.output
    (path,) = (settings.outbox_dir / WEEK.id).glob("*.eml")
    data = path.read_bytes()
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert message["To"] == "leser@xn--bcher-kva.example.com"
    assert b"=?utf-8?" not in data.split(b"\r\n\r\n")[0].split(b"\r\nTo: ")[1].split(b"\r\n")[0]
    assert message.defects == []
    assert message["To"].defects == ()


@pytest.mark.parametrize(
    "address",
    ["leser@bücher.example.com", "hans@münchen.de", "taro@例え.jp", "ada@ÉCOLE.example.fr"],
)
def test_sendgrid_personalizations_carry_idna_domains(address: str) -> None:
    """The request's ``to`` is the IDNA form SendGrid accepts, the rest of the body unchanged."""
    rendered = RenderedEmail("2026-W48", frozenset({"ai"}), "Hi", "", "<p>x</p>", "x")
    payload = VariantPayload(
        issue_id="2026-W48", rendered=rendered, identity=Identity("n@example.com", "N", None)
    )

    body = payload.body_for([("id1", address, "https://n.test/u/t", "https://n.test/p/t", "")])

    assert body.isascii()
    assert ascii_address(address).encode() in body
    assert address.split("@")[1].encode() not in body


def test_smtp_sends_idna_envelopes(
    settings: Settings, editorial: EditorialConfig, engine: sa.Engine, smtp_server: LocalSmtpServer
) -> None:
    """IDN domains go out as punycode in RCPT and To, in plain ASCII headers, without SMTPUTF8."""
    frozen_issue(engine, ["ai"])
    add_readers(engine, 2, field_sets=[frozenset({"ai"})], prefix="leser")
    with engine.begin() as connection:
        connection.execute(
            sa.text(
                "UPDATE subscribers SET email = replace(email, 'example.com', 'bücher.example')"
            )
        )

    summary = send_issue(smtp_settings(settings, smtp_server), editorial, engine, WEEK)

    assert (summary.exit_code, summary.sent) == (0, 2)
    by_rcpt = {item.rcpt_tos[0]: item for item in smtp_server.received}
    assert set(by_rcpt) == {"leser0@xn--bcher-kva.example", "leser1@xn--bcher-kva.example"}
    for rcpt, item in by_rcpt.items():
        assert not item.smtputf8
        message = email.message_from_bytes(item.data, policy=email.policy.default)
        assert message["To"] == rcpt
        assert message.defects == []
        assert item.data.split(b"\r\n\r\n")[0].isascii()


BACKENDS = ["outbox", "smtp with SMTPUTF8", "smtp without SMTPUTF8", "sendgrid"]


@pytest.fixture(params=BACKENDS)
def backend(
    request: pytest.FixtureRequest, settings: Settings, tmp_path: Path
) -> Iterator[tuple[Settings, Callable[[], list[str]]]]:
    """Settings for one backend, and what it delivered to (recipients, files or personalizations)."""
    name = request.param
    if name == "outbox":
        outbox = settings.outbox_dir / WEEK.id
        yield (
            settings,
            lambda: sorted(
                str(email.message_from_bytes(path.read_bytes())["To"])
                for path in outbox.glob("*.eml")
            ),
        )
    elif name == "sendgrid":
        standin = request.getfixturevalue("standin")
        yield sendgrid_settings(settings, standin), standin.recipients
    else:
        with LocalSmtpServer(smtputf8=name == "smtp with SMTPUTF8") as server:
            yield smtp_settings(settings, server), server.recipients


def test_every_backend_refuses_a_stored_non_ascii_local_part_before_sending(
    editorial: EditorialConfig,
    engine: sa.Engine,
    backend: tuple[Settings, Callable[[], list[str]]],
) -> None:
    """A jürgen@… stored before the rule is never handed over; same reason on every backend."""
    settings, delivered_to = backend
    frozen_issue(engine, ["ai"])
    others = add_readers(engine, 3, field_sets=[frozenset({"ai"})])
    (jurgen,) = add_readers(engine, 1, field_sets=[frozenset({"ai"})], prefix="jürgen", seed=5)

    summary = send_issue(settings, editorial, engine, WEEK)

    assert sorted(delivered_to()) == sorted(reader.email for reader in others)
    assert (summary.sent, summary.failed) == (3, 1)
    with engine.connect() as connection:
        error = connection.execute(
            sa.text("SELECT error FROM deliveries WHERE subscriber_id = :id"), {"id": jurgen.id}
        ).scalar_one()
        status = connection.execute(
            sa.text("SELECT status FROM subscribers WHERE id = :id"), {"id": jurgen.id}
        ).scalar_one()
    assert error == f"refused before sending: {NON_ASCII_LOCAL_PART}"
    assert "jürgen" not in error
    assert status == "bounced"  # suppressed until they subscribe again with another address
