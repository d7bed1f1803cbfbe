"""One-off emails (such as the subscribe confirmation) through the configured backend."""

from __future__ import annotations

import datetime as dt
import secrets

from newsletter.config import Settings
from newsletter.deliver.message import build_message, message_bytes, message_id_domain
from newsletter.deliver.outbox import write_atomically
from newsletter.deliver.sendgrid import SendGridClient, mail_body
from newsletter.errors import ConfigError


def send_transactional(
    settings: Settings, *, to_email: str, subject: str, html: str, text: str
) -> None:
    """Send one email to one address now.

    The outbox backend writes ``OUTBOX_DIR/transactional/<timestamp>-<random>.eml``; the
    SendGrid backend posts one message (tracking off). Raises DeliveryError on failure and
    ConfigError when SendGrid is selected without a key.
    """
    if settings.delivery == "outbox":
        now = dt.datetime.now(dt.UTC)
        token = secrets.token_hex(8)
        domain = message_id_domain(settings.from_email)
        message = build_message(
            from_email=settings.from_email,
            from_name=settings.from_name,
            to_email=to_email,
            subject=subject,
            text=text,
            html=html,
            message_id=f"<{now:%Y%m%d%H%M%S}.{token}@{domain}>",
            date=now,
        )
        path = settings.outbox_dir / "transactional" / f"{now:%Y%m%dT%H%M%S%fZ}-{token}.eml"
        write_atomically(path, message_bytes(message))
        return
    client = sendgrid_client(settings)
    body = mail_body(
        from_email=settings.from_email,
        from_name=settings.from_name,
        subject=subject,
        text=text,
        html=html,
        personalizations=[{"to": [{"email": to_email}]}],
    )
    client.send(body)


def sendgrid_client(settings: Settings) -> SendGridClient:
    """Return a SendGridClient for the settings; raises ConfigError when no key is set."""
    if settings.sendgrid_api_key is None:
        message = (
            "Setting NEWSLETTER_SENDGRID_API_KEY is missing while NEWSLETTER_DELIVERY=sendgrid; "
            "set the key or use NEWSLETTER_DELIVERY=outbox."
        )
        raise ConfigError(message)
    return SendGridClient(
        api_key=settings.sendgrid_api_key.get_secret_value(), host=settings.sendgrid_host
    )
