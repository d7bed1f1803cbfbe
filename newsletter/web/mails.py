"""The two transactional emails of the subscribe flow: confirm, and manage (already active)."""

from __future__ import annotations

from newsletter.deliver.transactional import send_transactional
from newsletter.web.context import CONFIRM_MAX_AGE_SECONDS, WebContext


def send_confirmation(context: WebContext, *, to_email: str, subscriber_id: str) -> None:
    """Email the double opt-in link (blocking; raises DeliveryError)."""
    url = context.links.confirm_url(subscriber_id)
    title = context.editorial.title
    days = CONFIRM_MAX_AGE_SECONDS // 86400
    values = {"title": f"Confirm your subscription to {title}", "action_url": url, "days": days}
    html = context.pages.render("mail_confirm.html.j2", values)
    text = (
        f"Please confirm your subscription to {title}.\n\n"
        f"Open this link and press the button to confirm (it works for {days} days):\n{url}\n\n"
        "If you did not ask for this, ignore this email: nothing will be sent to you.\n\n"
        f"{context.settings.postal_address}\n"
    )
    send_transactional(
        context.settings,
        to_email=to_email,
        subject=f"Confirm your subscription to {title}",
        html=html,
        text=text,
    )


def send_manage_link(context: WebContext, *, to_email: str, subscriber_id: str) -> None:
    """Email an already-subscribed address its preferences link (blocking; DeliveryError)."""
    url = context.links.preferences_url(subscriber_id)
    title = context.editorial.title
    values = {"title": f"Your {title} subscription", "action_url": url}
    html = context.pages.render("mail_manage.html.j2", values)
    text = (
        f"Someone (probably you) asked to subscribe this address to {title}.\n\n"
        "You are already subscribed, so nothing changed. To choose fields, pause or "
        f"unsubscribe, open:\n{url}\n\n"
        "If you did not ask for this, ignore this email.\n\n"
        f"{context.settings.postal_address}\n"
    )
    send_transactional(
        context.settings,
        to_email=to_email,
        subject=f"Your {title} subscription",
        html=html,
        text=text,
    )
