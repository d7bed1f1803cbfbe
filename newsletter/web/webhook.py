"""``POST /webhooks/<provider>``: a provider's signed event webhook, applied to the store.

The provider's part (which headers carry the signature, how it is checked, what each event
means) lives in its backend (``newsletter.deliver.backends.<provider>.events``) behind the
``EventWebhook`` port; ``deliver.factory`` lists them. This module is the HTTP side: the
signature headers are checked before the body is read, the body cap (413) is enforced in
front of the app (``newsletter.web.limits``), the signed JSON may nest at most
``MAX_JSON_DEPTH`` levels (checked before it is parsed), and the neutral
``SuppressionEvent``s are applied: bounced, complained or unsubscribed subscribers are
suppressed, a replayed event (same provider event id, within ``subscribers.events``'
window) is skipped.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse

from newsletter.deliver.factory import EVENT_WEBHOOK_NAMES, build_event_webhooks
from newsletter.deliver.ports import SuppressionEvent
from newsletter.web.context import WebContext, web_context
from subscribers.errors import InvalidAddress, UnknownSubscriber
from subscribers.events import AppliedEvents
from subscribers.store import SubscriberStore

router = APIRouter()
logger = logging.getLogger(__name__)

# A provider's batch is an array of flat event objects (a few values are arrays or objects):
# three levels. Deeper is no provider's, and Python's parser would recurse on it.
MAX_JSON_DEPTH = 8
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKET = bytes(byte for byte in range(256) if byte not in b"[]{}")


@dataclass
class EventTally:
    """What one webhook delivery did."""

    received: int = 0
    suppressed: int = 0
    ignored: int = 0
    unknown: int = 0
    duplicate: int = 0


def _refuse(status_code: int, reason: str) -> JSONResponse:
    return JSONResponse({"error": reason}, status_code=status_code)


def nesting_is_within(body: bytes, max_depth: int = MAX_JSON_DEPTH) -> bool:
    """Tell whether the JSON text ``body`` nests arrays and objects at most ``max_depth`` deep.

    Linear and iteration-free in Python: strings are dropped, then everything but brackets,
    then each pass removes the innermost empty pairs; a body still holding brackets after
    ``max_depth`` passes nests deeper (or is not JSON). Python's own parser recurses per
    level, so a deeply nested body must be refused before ``json.loads`` sees it.
    """
    brackets = _JSON_STRING.sub(b"", body).translate(None, _NOT_BRACKET)
    for _ in range(max_depth):
        if not brackets:
            return True
        # One level per pass: mark the pairs first, so "{[]}" loses "[]" now and "{}" next.
        brackets = brackets.replace(b"[]", b"-").replace(b"{}", b"-").replace(b"-", b"")
    return not brackets


def parse_events(body: bytes) -> list[Any] | str:
    """Return the events of a (verified) body, or the reason it is refused."""
    if not nesting_is_within(body):
        return f"The body is not JSON nested at most {MAX_JSON_DEPTH} levels deep."
    try:
        events = json.loads(body)
    except (ValueError, RecursionError):
        return "The body is not JSON."
    if not isinstance(events, list):
        return "The body is not a JSON array of events."
    return events


def apply_events(
    store: SubscriberStore,
    events: Sequence[SuppressionEvent],
    applied: AppliedEvents | None = None,
) -> EventTally:
    """Suppress the subscribers the events name; count what happened (blocking).

    With ``applied``, events whose provider id was applied before are skipped (counted as
    duplicates), and the ids of this batch are recorded once it is applied.
    """
    tally = EventTally(received=len(events))
    ids = [event.event_id for event in events]
    seen = applied.already_applied([i for i in ids if i]) if applied is not None else set()
    done: list[str] = []
    for event in events:
        event_id = event.event_id
        if event_id and (event_id in seen or event_id in done):
            tally.duplicate += 1
            continue
        if event_id:
            done.append(event_id)
        if event.status is None:
            tally.ignored += 1
            continue
        subscriber_id = _subscriber_id(store, event)
        if subscriber_id is None:
            tally.unknown += 1
            continue
        try:
            store.suppress(subscriber_id, event.status)
        except UnknownSubscriber:
            tally.unknown += 1
            continue
        tally.suppressed += 1
    if applied is not None and done:
        applied.remember(done)
    return tally


def _subscriber_id(store: SubscriberStore, event: SuppressionEvent) -> str | None:
    if event.subscriber_id:
        return event.subscriber_id
    if event.email is None:
        return None
    try:
        found = store.find_by_email(event.email)
    except InvalidAddress:
        return None
    return None if found is None else found.id


_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"description": "Events applied", "content": {"application/json": {}}},
    400: {"description": "Malformed body or headers", "content": {"application/json": {}}},
    403: {
        "description": "Unsigned, forged, stale, or no key configured",
        "content": {"application/json": {}},
    },
    413: {"description": "Body too large", "content": {"application/json": {}}},
}
_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": {"type": "array", "items": {"type": "object"}}}},
    }
}
Endpoint = Callable[[Request, WebContext], Awaitable[JSONResponse]]


def _endpoint(name: str) -> Endpoint:
    async def provider_events(
        request: Request, context: Annotated[WebContext, Depends(web_context)]
    ) -> JSONResponse:
        """Verify a signed batch of provider events and suppress bounced or complaining readers."""
        hook = build_event_webhooks(context.settings)[name]
        refusal = hook.check_headers(request.headers)
        if refusal is not None:
            if refusal.reason == "Signature verification is not configured.":
                logger.warning("%s webhook refused: its verification key is unusable", name)
            return _refuse(refusal.status_code, refusal.reason)
        # Only now is the body read (capped in front of the app by newsletter.web.limits).
        body = await request.body()
        if not await run_in_threadpool(hook.verify, request.headers, body):
            return _refuse(403, "Bad signature.")
        batch = await run_in_threadpool(parse_events, body)
        if isinstance(batch, str):
            return _refuse(400, batch)
        events = hook.events(batch)
        tally = await context.write(
            apply_events, context.store, events, AppliedEvents(context.store.engine)
        )
        logger.info(
            "%s events: %d received, %d suppressed, %d ignored, %d unknown subscribers, %d replayed",
            name,
            tally.received,
            tally.suppressed,
            tally.ignored,
            tally.unknown,
            tally.duplicate,
        )
        return JSONResponse(asdict(tally))

    provider_events.__name__ = f"{name}_events"
    return provider_events


for _name in EVENT_WEBHOOK_NAMES:
    router.add_api_route(
        f"/webhooks/{_name}",
        _endpoint(_name),
        methods=["POST"],
        responses=_RESPONSES,
        openapi_extra=_BODY,
    )
