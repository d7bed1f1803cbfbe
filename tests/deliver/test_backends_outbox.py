"""The outbox backend: one exact .eml per recipient, the same message SendGrid would deliver."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from pathlib import Path

import pytest
import sqlalchemy as sa

from newsletter.config import Settings
from newsletter.deliver.backends.outbox import OutboxSender
from newsletter.deliver.backends.sendgrid.sender import SendGridSender
from newsletter.deliver.factory import build_sender
from newsletter.deliver.job import send_issue
from newsletter.deliver.message import Identity, build_message, fill_placeholders, message_bytes
from newsletter.deliver.ports import Outgoing, nothing_to_recheck
from newsletter.editorial import EditorialConfig
from newsletter.render import Renderer
from subscribers.tokens import TokenSigner
from tests.deliver.test_job import (
    CONTENT_FIELDS,
    WEEK,
    add_readers,
    frozen_issue,
    sample_issue,
    sendgrid_settings,
)
from tests.sendgrid_standin import StandIn

FIELD_NAMES = {
    "quantum": "Quantum Computing",
    "ai": "Artificial Intelligence",
    "energy": "Energy",
    "space": "Space",
}


def _read(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def _parts(message: EmailMessage) -> dict[str, str]:
    return {
        part.get_content_type(): part.get_content()
        for part in message.walk()
        if not part.is_multipart()
    }


def test_each_recipient_gets_one_complete_private_eml(
    settings: Settings, editorial: EditorialConfig, engine: sa.Engine
) -> None:
    """One multipart/alternative .eml per recipient: one To, list headers, only their fields."""
    frozen_issue(engine)
    configured = Settings.model_validate(
        {
            **settings.model_dump(),
            "base_url": "https://newsletter.test",
            "unsubscribe_mailto": "unsub@example.com",
        }
    )
    readers = add_readers(engine, 60)
    expected = [reader for reader in readers if reader.fields & set(CONTENT_FIELDS)]

    summary = send_issue(configured, editorial, engine, WEEK)

    folder = settings.outbox_dir / WEEK.id
    files = sorted(folder.glob("*.eml"))
    assert [path.stem for path in files] == sorted(reader.id for reader in expected)
    assert summary.requests == len(files)
    assert not list(folder.glob(".tmp-*"))
    signer = TokenSigner(configured.all_secret_keys())
    for reader in expected:
        raw = (folder / f"{reader.id}.eml").read_bytes()
        # On one line and never RFC 2047-encoded: mail clients must be able to follow it.
        assert b"\r\nList-Unsubscribe: <https://newsletter.test/u/" in raw
        message = _read(folder / f"{reader.id}.eml")
        assert message.get_content_type() == "multipart/alternative"
        assert message.get_all("To") == [reader.email]
        assert message["Cc"] is None
        assert message["Bcc"] is None
        assert "Troy-Technical Weekly" in message["From"]
        assert message["Message-ID"] == f"<{WEEK.id}.{reader.id}@example.com>"
        assert message["Date"]
        unsubscribe, mailto = (part.strip(" <>") for part in message["List-Unsubscribe"].split(","))
        assert unsubscribe.startswith("https://newsletter.test/u/")
        assert signer.verify_manage(unsubscribe.rsplit("/", 1)[1]) == reader.id
        assert mailto == "mailto:unsub@example.com?subject=unsubscribe"
        assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        parts = _parts(message)
        assert list(parts) == ["text/plain", "text/html"]
        shown = reader.fields & set(CONTENT_FIELDS)
        for slug in CONTENT_FIELDS:
            for content in parts.values():
                assert (f"{unsubscribe}?field={slug}" in content) == (slug in shown), slug
        assert (FIELD_NAMES["quantum"] in parts["text/html"]) == ("quantum" in shown)
        for content in [*parts.values(), message["Subject"]]:
            assert "%%" not in content
        assert (
            f"https://newsletter.test/preferences/{unsubscribe.rsplit('/', 1)[1]}"
            in parts["text/plain"]
        )


def test_outbox_writes_what_sendgrid_would_deliver(
    settings: Settings,
    editorial: EditorialConfig,
    standin: StandIn,
    tmp_path: Path,
) -> None:
    """Same subject, text and HTML (substitutions applied) and the same list headers on both paths."""
    renderer = Renderer(editorial, base_url="https://newsletter.test", postal_address="1 Street")
    rendered = renderer.render_variant(sample_issue(), frozenset({"ai", "space"}))
    item = Outgoing(
        "abcDEF123_-x", "ada@example.com", "https://n.test/u/tok", "https://n.test/preferences/tok"
    )
    identity = Identity("news@example.com", "News", "unsub@example.com")
    OutboxSender(tmp_path, identity).send_batch(WEEK.id, "b1", rendered, [item])
    configured = sendgrid_settings(settings, standin)
    built = build_sender(configured, weekly=False)
    assert isinstance(built, SendGridSender)
    try:
        SendGridSender(built.client, identity).prepare(WEEK.id, "b1", rendered, [item])(
            nothing_to_recheck
        )
    finally:
        built.close()

    message = _read(tmp_path / WEEK.id / "abcDEF123_-x.eml")
    body = standin.accepted[0]
    personalization = body["personalizations"][0]
    substitutions = personalization["substitutions"]
    parts = _parts(message)
    assert message["Subject"] == fill_placeholders(body["subject"], substitutions)
    for content in body["content"]:
        delivered = fill_placeholders(content["value"], substitutions)
        # The .eml is wire format (CRLF line ends); SendGrid puts the same on the wire.
        written = parts[content["type"]].replace("\r\n", "\n").rstrip("\n")
        assert written == delivered.replace("\r\n", "\n").rstrip("\n")
    for name, value in personalization["headers"].items():
        assert message[name] == value
    assert message["To"] == personalization["to"][0]["email"]


@pytest.mark.parametrize(
    "subject",
    [
        "AI must-read: Regulator clears the first agentic AI system for… · +1 field",
        "Quantum must-read: EU and Japan commit €2bn to a joint quantum networks and… · +5 fields",
        "HPC must-read: New Green500 list: a liquid-cooled system sets a 78 GFLOPS per…",
        "Plain ASCII subject that is long enough to be folded by a 78 column folder, surely",
    ],
)
def test_subject_reads_back_exactly_as_rendered(subject: str) -> None:
    """No space is lost between encoded words: the parsed Subject equals the rendered one."""
    message = build_message(
        from_email="newsletter@example.com",
        from_name="Weekly",
        to_email="reader@example.com",
        subject=subject,
        text="text",
        html="<p>html</p>",
        message_id="<1@example.com>",
    )
    raw = message_bytes(message)
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert parsed["Subject"] == subject
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))
