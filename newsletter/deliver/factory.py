"""Build the send manager's parts from Settings: the one place that picks a backend.

``build_sender`` maps ``NEWSLETTER_DELIVERY`` to a backend under ``deliver/backends/``;
``build_send_parts`` adds the recipient source, the link minter, the ledger and the renderer
for ``job.run_send``. Nothing else in the manager reads Settings.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from newsletter.config import Settings
from newsletter.deliver.backends.outbox import OutboxSender
from newsletter.deliver.backends.sendgrid.client import SendGridClient
from newsletter.deliver.backends.sendgrid.events import SendGridEventWebhook
from newsletter.deliver.backends.sendgrid.sender import SendGridSender
from newsletter.deliver.backends.smtp.sender import SmtpSender, smtp_config
from newsletter.deliver.ledger import SqlLedger
from newsletter.deliver.message import Identity
from newsletter.deliver.ports import EventWebhook, LinkMinter, RecipientSource, Sender
from newsletter.deliver.recipients import StoreRecipients
from newsletter.editorial import EditorialConfig
from newsletter.errors import ConfigError
from newsletter.render import Renderer
from newsletter.weeks import load_zone
from subscribers.feedback_tokens import FeedbackTokens
from subscribers.links import LinkBuilder
from subscribers.store import SubscriberStore
from subscribers.tokens import TokenSigner


@dataclass(frozen=True)
class SendParts:
    """What ``job.run_send`` works with, built from Settings once."""

    engine: sa.Engine
    editorial: EditorialConfig
    ledger: SqlLedger
    recipients: RecipientSource
    links: LinkMinter
    renderer: Renderer
    sender: Sender


def identity_of(settings: Settings) -> Identity:
    """Return the sender identity and list headers the settings give."""
    return Identity(settings.from_email, settings.from_name, settings.unsubscribe_mailto)


def build_sender(settings: Settings, *, weekly: bool = True) -> Sender:
    """Return the backend ``NEWSLETTER_DELIVERY`` selects.

    ``weekly`` senders put one-click unsubscribe links in every message, which mailbox
    providers follow only over https: SendGrid and SMTP refuse a non-https
    ``NEWSLETTER_BASE_URL`` then (ConfigError). Also ConfigError for a missing key or host.
    """
    identity = identity_of(settings)
    if settings.delivery == "outbox":
        return OutboxSender(settings.outbox_dir, identity)
    if weekly and not settings.base_url.startswith("https://"):
        message = (
            f"Setting NEWSLETTER_BASE_URL={settings.base_url} is not https: mailbox providers "
            "ignore a List-Unsubscribe one-click URL without TLS. Set the public https:// base "
            "of `newsletter serve`, or use NEWSLETTER_DELIVERY=outbox."
        )
        raise ConfigError(message)
    if settings.delivery == "smtp":
        return SmtpSender(smtp_config(settings), identity)
    if settings.sendgrid_api_key is None:
        message = (
            "Setting NEWSLETTER_SENDGRID_API_KEY is missing while NEWSLETTER_DELIVERY=sendgrid; "
            "set the key or use NEWSLETTER_DELIVERY=outbox."
        )
        raise ConfigError(message)
    client = SendGridClient(
        api_key=settings.sendgrid_api_key.get_secret_value(), host=settings.sendgrid_host
    )
    return SendGridSender(
        client, identity, track_opens=settings.track_opens, track_clicks=settings.track_clicks
    )


def build_event_webhooks(settings: Settings) -> dict[str, EventWebhook]:
    """Return every provider's event webhook by route name (``/webhooks/<name>``).

    Each refuses all requests until its verification key is configured.
    """
    hooks: list[EventWebhook] = [SendGridEventWebhook(settings.sendgrid_webhook_public_key)]
    return {hook.name: hook for hook in hooks}


EVENT_WEBHOOK_NAMES = ("sendgrid",)  # the routes the web app serves, one per provider


def build_renderer(settings: Settings, editorial: EditorialConfig) -> Renderer:
    """Return the renderer a send uses (base URL, postal address, verdict links, time zone).

    The editor's preview and the demo build theirs here too, so the preview is what is sent.
    Raises ConfigError for an unknown NEWSLETTER_TIMEZONE.
    """
    return Renderer(
        editorial,
        base_url=settings.base_url,
        postal_address=settings.postal_address,
        verdict_feedback=settings.verdict_feedback,
        zone=load_zone(settings.timezone),
    )


def build_send_parts(
    settings: Settings, editorial: EditorialConfig, engine: sa.Engine, *, dry_run: bool = False
) -> SendParts:
    """Build every part of a weekly send from Settings (ConfigError as ``build_sender``).

    A dry run sends nothing, so it does not insist on an https base URL.
    """
    keys = settings.all_secret_keys()
    return SendParts(
        engine=engine,
        editorial=editorial,
        ledger=SqlLedger(engine),
        recipients=StoreRecipients(SubscriberStore(engine, keys)),
        links=LinkBuilder(settings.base_url, TokenSigner(keys), FeedbackTokens(keys)),
        renderer=build_renderer(settings, editorial),
        sender=build_sender(settings, weekly=not dry_run),
    )
