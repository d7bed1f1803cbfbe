"""One-off emails (such as the subscribe confirmation) through the configured Sender."""

from __future__ import annotations

from newsletter.config import Settings
from newsletter.deliver.factory import build_sender


def send_transactional(
    settings: Settings, *, to_email: str, subject: str, html: str, text: str
) -> None:
    """Send one email to one address now, through the backend the settings select.

    Raises DeliveryError on failure and ConfigError when the backend is not configured.
    """
    sender = build_sender(settings, weekly=False)
    try:
        sender.send_single(to_email=to_email, subject=subject, html=html, text=text)
    finally:
        sender.close()
