"""send_transactional: one .eml in the outbox, or one valid request to the SendGrid stand-in."""

from __future__ import annotations

import email
from collections.abc import Iterator
from email.message import Message

import pytest

from newsletter.config import Settings
from newsletter.deliver import send_transactional
from newsletter.errors import DeliveryError
from tests.conftest import require_shared
from tests.sendgrid_standin import StandIn


@pytest.fixture
def standin() -> Iterator[StandIn]:
    """A validating SendGrid stand-in on a random local port."""
    require_shared("corpus/sendgrid-openapi/tsg_mail_v3.json")
    with StandIn(api_key="SG.test-key") as server:
        yield server


def _parts(message: Message) -> list[tuple[str, str]]:
    return [
        (part.get_content_type(), part.get_payload(decode=True).decode().replace("\r\n", "\n"))  # type: ignore[union-attr]
        for part in message.walk()
        if not part.is_multipart()
    ]


def test_outbox_writes_one_eml_under_transactional(settings: Settings) -> None:
    """The outbox backend writes one multipart/alternative .eml to the one recipient."""
    send_transactional(
        settings, to_email="ada@example.com", subject="Confirm", html="<p>Hé</p>", text="Hé"
    )
    files = list((settings.outbox_dir / "transactional").glob("*.eml"))
    assert len(files) == 1
    message = email.message_from_bytes(files[0].read_bytes())
    assert message.get_content_type() == "multipart/alternative"
    assert message["To"] == "ada@example.com"
    assert "Troy-Technical Weekly" in message["From"]
    assert message["Message-ID"]
    assert message["Date"]
    assert _parts(message) == [("text/plain", "Hé\n"), ("text/html", "<p>Hé</p>\n")]


def test_sendgrid_posts_one_valid_message(settings: Settings, standin: StandIn) -> None:
    """The SendGrid backend posts one schema-valid request with a single recipient."""
    configured = Settings.model_validate(
        {
            **settings.model_dump(),
            "delivery": "sendgrid",
            "sendgrid_host": standin.url,
            "sendgrid_api_key": "SG.test-key",
        }
    )
    send_transactional(
        configured, to_email="ada@example.com", subject="Confirm", html="<p>x</p>", text="x"
    )
    assert standin.rejected == []
    assert standin.recipients() == ["ada@example.com"]
    body = standin.accepted[0]
    assert [c["type"] for c in body["content"]] == ["text/plain", "text/html"]
    assert body["tracking_settings"]["click_tracking"]["enable"] is False


def test_sendgrid_bad_key_stops_with_api_message(settings: Settings, standin: StandIn) -> None:
    """A 401 stops at once with the API's message and names the key setting."""
    configured = Settings.model_validate(
        {
            **settings.model_dump(),
            "delivery": "sendgrid",
            "sendgrid_host": standin.url,
            "sendgrid_api_key": "SG.wrong",
        }
    )
    with pytest.raises(DeliveryError, match="NEWSLETTER_SENDGRID_API_KEY") as caught:
        send_transactional(configured, to_email="a@example.com", subject="s", html="h", text="t")
    assert "authorization grant is invalid" in str(caught.value)
    assert standin.requests == 1
