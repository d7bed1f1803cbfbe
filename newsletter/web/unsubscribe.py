"""``/u/{token}``: the unsubscribe link of every email and of the List-Unsubscribe header.

GET only shows choices (mail scanners prefetch links). POST unsubscribes, from the page's
buttons (CSRF-checked) or as an RFC 8058 one-click request: a body of exactly
``List-Unsubscribe=One-Click``, no cookie, no form token. The signed token in the URL is
what authorises the change, so the one-click request needs nothing more; anyone holding the
link could press the page's button anyway.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse

from newsletter.web.context import WebContext, web_context
from newsletter.web.forms import csrf_is_valid, form_page, read_form, text_value
from newsletter.web.openapi import CSRF_PROPERTY, form_body, html_responses
from subscribers.errors import UnknownSubscriber
from subscribers.masking import mask_address
from subscribers.models import Subscriber

router = APIRouter()

ONE_CLICK_BODY = b"List-Unsubscribe=One-Click"
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
# Any value is accepted: an unknown field is ignored (known_field), never an error page.
FieldQuery = Annotated[str | None, Query()]


def subscriber_view(context: WebContext, subscriber: Subscriber) -> dict[str, object]:
    """Return what a page may show about a subscriber: never the whole address."""
    return {
        "masked_email": mask_address(subscriber.email or ""),
        "status": subscriber.status,
        "field_names": [
            context.pages.field_name(slug)
            for slug in context.editorial.field_slugs
            if slug in subscriber.fields
        ],
    }


async def load_subscriber(context: WebContext, token: str) -> Subscriber:
    """Verify a manage token and load its subscriber (InvalidToken, UnknownSubscriber)."""
    subscriber_id = context.signer.verify_manage(token)
    subscriber = await run_in_threadpool(context.store.get, subscriber_id)
    if subscriber.is_erased:
        message = "Nothing is on file for this link any more (the data was erased at the reader's request). Subscribe again if you wish."
        raise UnknownSubscriber(message)
    return subscriber


async def is_one_click(request: Request) -> bool:
    """Tell whether the POST is an RFC 8058 one-click request, in any usual encoding."""
    body = await request.body()
    if body.strip() == ONE_CLICK_BODY:
        return True
    if not body or len(body) > 16 * 1024:
        return False
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type in FORM_TYPES:
        form = await read_form(request)
        return text_value(form, "List-Unsubscribe") == "One-Click"
    # text/plain or no type at all: some clients send the pair without a form encoding.
    return ONE_CLICK_BODY in body


async def one_click_unsubscribe(
    context: WebContext, token: str, subscriber_id: str
) -> HTMLResponse:
    """Unsubscribe from everything with one UPDATE; answer with a page needing nothing more.

    Raises UnknownSubscriber (and SubscriberError when the database fails).
    """
    status = await context.unsubscribes.unsubscribe(subscriber_id)
    values: dict[str, object] = {
        "title": "Unsubscribed",
        "field": None,
        "field_name": "",
        "masked_email": "",
        "status": status,
        "field_names": [],
    }
    return HTMLResponse(
        context.pages.render_per_token("unsubscribed.html.j2", status, values, token)
    )


def _offer_page(
    request: Request,
    context: WebContext,
    token: str,
    subscriber: Subscriber,
    field: str | None,
    *,
    status_code: int = 200,
    notice: str = "",
) -> HTMLResponse:
    values = {
        "title": "Unsubscribe",
        "token": token,
        "field": field,
        "field_name": context.pages.field_name(field) if field else "",
        "notice": notice,
        **subscriber_view(context, subscriber),
    }
    return form_page(request, context, "unsubscribe.html.j2", values, status_code=status_code)


@router.get("/u/{token}", response_class=HTMLResponse, responses=html_responses(200, 400, 404))
async def unsubscribe_page(
    request: Request,
    token: str,
    context: Annotated[WebContext, Depends(web_context)],
    field: FieldQuery = None,
) -> HTMLResponse:
    """Show the unsubscribe choices; changes nothing (scanners prefetch links)."""
    subscriber = await load_subscriber(context, token)
    return _offer_page(request, context, token, subscriber, context.known_field(field))


@router.post(
    "/u/{token}",
    response_class=HTMLResponse,
    responses=html_responses(200, 400, 403, 404),
    openapi_extra=form_body(
        {"List-Unsubscribe": {"type": "string", "enum": ["One-Click"]}, **CSRF_PROPERTY},
        required=False,
    ),
)
async def unsubscribe(
    request: Request,
    token: str,
    context: Annotated[WebContext, Depends(web_context)],
    field: FieldQuery = None,
) -> HTMLResponse:
    """Unsubscribe from everything, or from ``field`` only (idempotent)."""
    subscriber_id = context.signer.verify_manage(token)
    chosen = context.known_field(field)
    one_click = await is_one_click(request)
    if one_click and chosen is None:
        # The RFC 8058 fast path (mail providers, in bursts): one UPDATE and a page that
        # needs nothing more from the database. Nobody but the provider reads this answer.
        return await one_click_unsubscribe(context, token, subscriber_id)
    if not one_click:
        form = await read_form(request)
        if not csrf_is_valid(request, context, form):
            subscriber = await load_subscriber(context, token)
            notice = "Your request could not be verified (the page may have expired). Please press the button again."
            return _offer_page(
                request, context, token, subscriber, chosen, status_code=403, notice=notice
            )
    subscriber = await context.write(context.store.unsubscribe, subscriber_id, chosen)
    values = {
        "title": "Unsubscribed",
        "token": token,
        "field": chosen,
        "field_name": context.pages.field_name(chosen) if chosen else "",
        **subscriber_view(context, subscriber),
    }
    return context.pages.response("unsubscribed.html.j2", values)
