"""``/preferences/{token}``: choose fields, pause or resume, unsubscribe, or come back."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse

from newsletter.web.context import WebContext, client_ip, web_context
from newsletter.web.forms import csrf_is_valid, form_page, read_form, text_value, text_values
from newsletter.web.mails import send_confirmation
from newsletter.web.openapi import CSRF_PROPERTY, form_body, html_responses
from newsletter.web.unsubscribe import load_subscriber, subscriber_view
from subscribers.models import STOPPED_STATUSES, Subscriber

router = APIRouter()

ACTIONS = ("save", "pause", "resume", "unsubscribe", "resubscribe")
# Stopped by the mail system rather than by the reader: coming back needs the confirmation email.
CONFIRM_TO_RETURN = frozenset({"bounced", "complained"})


def _page(
    request: Request,
    context: WebContext,
    token: str,
    subscriber: Subscriber,
    *,
    notice: str = "",
    error: str = "",
    status_code: int = 200,
) -> HTMLResponse:
    values = {
        "title": "Your preferences",
        "token": token,
        "notice": notice,
        "error": error,
        "chosen": set(subscriber.fields),
        "is_stopped": subscriber.status in STOPPED_STATUSES,
        **subscriber_view(context, subscriber),
    }
    return form_page(request, context, "preferences.html.j2", values, status_code=status_code)


@router.get(
    "/preferences/{token}", response_class=HTMLResponse, responses=html_responses(200, 400, 404)
)
async def preferences_page(
    request: Request, token: str, context: Annotated[WebContext, Depends(web_context)]
) -> HTMLResponse:
    """Show the subscriber's fields and status with the actions they can take."""
    subscriber = await load_subscriber(context, token)
    return _page(request, context, token, subscriber)


@router.post(
    "/preferences/{token}",
    response_class=HTMLResponse,
    responses=html_responses(200, 400, 403, 404),
    openapi_extra=form_body(
        {
            "action": {"type": "string", "enum": list(ACTIONS)},
            "fields": {"type": "array", "items": {"type": "string"}},
            "consent": {"type": "string", "enum": ["yes"]},
            **CSRF_PROPERTY,
        }
    ),
)
async def update_preferences(
    request: Request, token: str, context: Annotated[WebContext, Depends(web_context)]
) -> HTMLResponse:
    """Apply one action: save fields, pause, resume, unsubscribe, or resubscribe."""
    subscriber = await load_subscriber(context, token)
    form = await read_form(request)
    if not csrf_is_valid(request, context, form):
        notice = "Your request could not be verified (the page may have expired). Nothing changed; please try again."
        return _page(request, context, token, subscriber, error=notice, status_code=403)
    action = text_value(form, "action")
    fields = context.chosen_fields(text_values(form, "fields"))
    store = context.store
    if action == "save" and subscriber.status not in STOPPED_STATUSES:
        if not fields:
            error = "Choose at least one field, or use “Unsubscribe from everything”."
            return _page(request, context, token, subscriber, error=error, status_code=400)
        subscriber = await context.write(store.set_fields, subscriber.id, fields)
        notice = "Your fields are saved."
    elif action == "pause":
        subscriber = await context.write(store.pause, subscriber.id)
        notice = "Paused: no newsletter until you resume."
    elif action == "resume":
        subscriber = await context.write(store.resume, subscriber.id)
        notice = "Resumed: the next issue will reach you."
    elif action == "unsubscribe":
        subscriber = await context.write(store.unsubscribe, subscriber.id, None)
        notice = "You are unsubscribed from everything."
    elif action == "resubscribe" and subscriber.status in STOPPED_STATUSES:
        error = _resubscribe_error(fields, consent=text_value(form, "consent") == "yes")
        if error:
            return _page(request, context, token, subscriber, error=error, status_code=400)
        # The ticked box is new consent. After an unsubscribe the manage link, which came by
        # email, proves the mailbox. After a bounce or a complaint it does not: the mailbox
        # may have been given up (and reassigned) or its owner marked us as spam, and the link
        # may sit in an old message someone else now reads. Those come back pending, through
        # the confirmation email, like a new subscriber.
        needs_confirmation = subscriber.status in CONFIRM_TO_RETURN
        subscriber = await context.write(
            store.add,
            subscriber.email or "",
            fields,
            method="form",
            policy_version=context.settings.privacy_policy_version,
            ip=client_ip(request),
            status="pending" if needs_confirmation else "active",
        )
        if needs_confirmation:
            await run_in_threadpool(
                send_confirmation,
                context,
                to_email=subscriber.email or "",
                subscriber_id=subscriber.id,
            )
            notice = (
                "Almost there: we emailed you a link. You are subscribed again once you confirm."
            )
        else:
            notice = "Welcome back: you are subscribed again."
    else:
        error = "That action is not available for this subscription."
        return _page(request, context, token, subscriber, error=error, status_code=400)
    return _page(request, context, token, subscriber, notice=notice)


def _resubscribe_error(fields: list[str], *, consent: bool) -> str:
    if not fields:
        return "Choose at least one field to subscribe again."
    if not consent:
        return "Tick the box to agree to receive the newsletter."
    return ""
