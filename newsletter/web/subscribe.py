"""``/subscribe``: the double opt-in form.

The answer is the same page whether the address is new, pending, already active or
stopped (no enumeration). New, pending and stopped addresses become ``pending`` with a fresh
consent record and get a confirmation link; active and paused ones keep their state and get
a link to their preferences instead. A filled honeypot also gets the same page, and nothing
happens. Attempts are rate-limited per client IP and per address (in memory), and each
mailbox gets at most a few subscribe emails a day, however its address is spelled (in the
database: ``subscribers.mailbox``). Unconfirmed requests expire with their link.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse

from newsletter.errors import DeliveryError
from newsletter.web.context import CONFIRM_MAX_AGE_SECONDS, WebContext, client_ip, web_context
from newsletter.web.forms import csrf_is_valid, form_page, read_form, text_value, text_values
from newsletter.web.mails import send_confirmation, send_manage_link
from newsletter.web.openapi import CSRF_PROPERTY, form_body, html_responses
from subscribers.addresses import fold_address, normalise_new_address
from subscribers.errors import InvalidAddress, UndeliverableAddress
from subscribers.masking import mask_address

router = APIRouter()
logger = logging.getLogger(__name__)

HONEYPOT_FIELD = "website"
# Shown for an address that is not ASCII before the @ (``normalise_new_address``).
NON_ASCII_LOCAL_PART_HINT = (
    "We can't deliver mail to an address with accents or other letters outside a-z before "
    "the @: many mail services, ours included, cannot carry them. Please use an address with "
    "only the letters a-z, digits and . _ + - before the @ (many providers let you add such "
    "an alias). Accented letters after the @ are fine."
)


def _form_values(
    email: str = "",
    fields: list[str] | None = None,
    *,
    consent: bool = False,
    errors: dict[str, str] | None = None,
) -> dict[str, object]:
    return {
        "title": "Subscribe",
        "email": email,
        "chosen": set(fields or []),
        "consent": consent,
        "errors": errors or {},
        "honeypot": HONEYPOT_FIELD,
    }


@router.get("/subscribe", response_class=HTMLResponse, responses=html_responses(200))
async def subscribe_page(
    request: Request,
    context: Annotated[WebContext, Depends(web_context)],
    field: Annotated[list[str] | None, Query()] = None,
) -> HTMLResponse:
    """Show the subscribe form (``?field=slug`` pre-ticks fields)."""
    values = _form_values(fields=context.chosen_fields(field or []))
    return form_page(request, context, "subscribe.html.j2", values)


@router.post(
    "/subscribe",
    response_class=HTMLResponse,
    responses=html_responses(200, 400, 403, 429, 503),
    openapi_extra=form_body(
        {
            "email": {"type": "string"},
            "fields": {"type": "array", "items": {"type": "string"}},
            "consent": {"type": "string", "enum": ["yes"]},
            HONEYPOT_FIELD: {"type": "string"},
            **CSRF_PROPERTY,
        }
    ),
)
async def subscribe(
    request: Request, context: Annotated[WebContext, Depends(web_context)]
) -> HTMLResponse:
    """Record a pending subscription and email the confirmation link."""
    form = await read_form(request)
    email = text_value(form, "email").strip()[:320]
    fields = context.chosen_fields(text_values(form, "fields"))
    consent = text_value(form, "consent") == "yes"
    if not csrf_is_valid(request, context, form):
        errors = {"form": "Your form had expired. Please check your choices and send it again."}
        values = _form_values(email, fields, consent=consent, errors=errors)
        return form_page(request, context, "subscribe.html.j2", values, status_code=403)
    if text_value(form, HONEYPOT_FIELD):
        return context.pages.response("subscribe_sent.html.j2", {"title": "Check your inbox"})
    if not context.ip_limiter.hit(client_ip(request)):
        return _too_many(context)
    errors = {}
    address = ""
    try:
        address = normalise_new_address(email)
    except UndeliverableAddress:
        errors["email"] = NON_ASCII_LOCAL_PART_HINT
    except InvalidAddress:
        errors["email"] = "Enter a valid email address, like name@example.com."
    if not fields:
        errors["fields"] = "Choose at least one field."
    if not consent:
        errors["consent"] = "Tick the box to agree to receive the newsletter."
    if errors:
        values = _form_values(email, fields, consent=consent, errors=errors)
        return form_page(request, context, "subscribe.html.j2", values, status_code=400)
    if not context.address_limiter.hit(fold_address(address)):
        return _too_many(context)
    try:
        if not await _register(context, address, fields, client_ip(request)):
            return _too_many(context)
    except DeliveryError as exc:
        logger.warning("Subscribe email to %s failed: %s", mask_address(address), exc)
        return context.pages.error(
            503,
            "We could not send the email",
            "Sending the confirmation email failed. Please try again in a few minutes.",
            links=(("/subscribe", "Back to the form"),),
        )
    return context.pages.response("subscribe_sent.html.j2", {"title": "Check your inbox"})


async def _register(context: WebContext, address: str, fields: list[str], ip: str) -> bool:
    """Store the request and send the right email (the write on the store's writer thread).

    Returns False, storing and sending nothing, when the address's mailbox already got its
    subscribe emails for the day (``subscribers.mailbox``).
    """
    if not await context.write(_count_email, context, address):
        return False
    known = await run_in_threadpool(context.store.find_by_email, address)
    if known is not None and known.status in ("active", "paused"):
        await run_in_threadpool(send_manage_link, context, to_email=address, subscriber_id=known.id)
        return True
    subscriber = await context.write(
        context.store.add,
        address,
        fields,
        method="form",
        policy_version=context.settings.privacy_policy_version,
        ip=ip,
        status="pending",
    )
    await run_in_threadpool(
        send_confirmation, context, to_email=address, subscriber_id=subscriber.id
    )
    return True


def _count_email(context: WebContext, address: str) -> bool:
    """Expire unconfirmed requests and old counts, then count one email to the mailbox."""
    now = dt.datetime.now(dt.UTC)
    context.store.expire_pending(now - dt.timedelta(seconds=CONFIRM_MAX_AGE_SECONDS))
    context.mailboxes.forget_old(now=now)
    return context.mailboxes.try_send(address, now=now)


def _too_many(context: WebContext) -> HTMLResponse:
    response = context.pages.error(
        429,
        "Too many attempts",
        "There were too many subscribe attempts from here or for this address. Please try again in an hour.",
        links=(("/archive", "Read the archive meanwhile"),),
    )
    response.headers["retry-after"] = "3600"
    return response
