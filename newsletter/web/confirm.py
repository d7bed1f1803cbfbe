"""``/confirm/{token}``: the double opt-in link. GET shows a button; POST activates."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse

from newsletter.web.context import CONFIRM_MAX_AGE_SECONDS, WebContext, web_context
from newsletter.web.forms import csrf_is_valid, form_page, read_form
from newsletter.web.openapi import CSRF_PROPERTY, form_body, html_responses
from newsletter.web.unsubscribe import subscriber_view
from subscribers.errors import UnknownSubscriber
from subscribers.models import Subscriber

router = APIRouter()


async def _load(context: WebContext, token: str) -> Subscriber:
    subscriber_id = context.signer.verify_confirm(token, CONFIRM_MAX_AGE_SECONDS)
    subscriber = await run_in_threadpool(context.store.get, subscriber_id)
    if subscriber.is_erased:
        message = "This subscription was erased. Subscribe again if you wish."
        raise UnknownSubscriber(message)
    return subscriber


# The <title> of the page after pressing the button, per status (the h1 of confirmed.html.j2).
CONFIRMED_TITLES = {"active": "You are subscribed", "paused": "Your subscription is paused"}


def _values(context: WebContext, token: str, subscriber: Subscriber) -> dict[str, object]:
    return {
        "title": "Confirm your subscription",
        "token": token,
        "preferences_url": f"/preferences/{context.signer.manage_token(subscriber.id)}",
        **subscriber_view(context, subscriber),
    }


@router.get(
    "/confirm/{token}", response_class=HTMLResponse, responses=html_responses(200, 400, 404)
)
async def confirm_page(
    request: Request, token: str, context: Annotated[WebContext, Depends(web_context)]
) -> HTMLResponse:
    """Show the confirm button; changes nothing (scanners prefetch links)."""
    subscriber = await _load(context, token)
    return form_page(request, context, "confirm.html.j2", _values(context, token, subscriber))


@router.post(
    "/confirm/{token}",
    response_class=HTMLResponse,
    responses=html_responses(200, 400, 403, 404),
    openapi_extra=form_body(CSRF_PROPERTY),
)
async def confirm(
    request: Request, token: str, context: Annotated[WebContext, Depends(web_context)]
) -> HTMLResponse:
    """Activate the pending subscription (idempotent)."""
    subscriber = await _load(context, token)
    form = await read_form(request)
    if not csrf_is_valid(request, context, form):
        values = {
            **_values(context, token, subscriber),
            "notice": "Your request could not be verified. Please press the button again.",
        }
        return form_page(request, context, "confirm.html.j2", values, status_code=403)
    subscriber = await context.write(context.store.confirm, subscriber.id)
    values = _values(context, token, subscriber)
    # The tab and history read what the page says, not the question it answered.
    values["title"] = CONFIRMED_TITLES.get(subscriber.status, "Not confirmed")
    return context.pages.response("confirmed.html.j2", values)
