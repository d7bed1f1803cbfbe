"""``POST /webhooks/sendgrid``: SendGrid's Event Webhook, signed with ECDSA.

SendGrid signs ``timestamp + raw body`` with its ECDSA P-256 key (SHA-256) and sends the
base64 DER signature and the timestamp in the ``X-Twilio-Email-Event-Webhook-Signature`` and
``-Timestamp`` headers. We verify with the sendgrid library's ``EventWebhook`` helper against
``NEWSLETTER_SENDGRID_WEBHOOK_PUBLIC_KEY`` and refuse requests older (or newer) than
``MAX_SKEW_SECONDS``, so a captured request cannot be replayed later; within that window a
replayed event is recognised by its ``sg_event_id`` and skipped (``subscribers.events``).

Hostile requests cost little: the body cap (413) is enforced in front of the app
(``newsletter.web.limits``), the signature headers are checked before the body is read, and
the signed JSON may nest at most ``MAX_JSON_DEPTH`` levels (checked before it is parsed).

Events that mean "stop mailing this address" suppress the subscriber: ``bounce`` (not
``blocked``, a temporary refusal), ``dropped``, ``spamreport``, ``unsubscribe`` and
``group_unsubscribe``. The send path puts our opaque subscriber id in ``custom_args``, which
SendGrid copies into each event as a top-level key; events without it are matched by address.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import re
import time
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Annotated, Any

from cryptography.hazmat.primitives.asymmetric import ec
from fastapi import APIRouter, Depends
from sendgrid.helpers.eventwebhook import EventWebhook
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse

from newsletter.deliver.backends.sendgrid.payload import SUBSCRIBER_ID_ARG
from newsletter.web.context import WebContext, web_context
from subscribers.errors import InvalidAddress, UnknownSubscriber
from subscribers.events import AppliedEvents
from subscribers.models import SuppressionStatus
from subscribers.store import SubscriberStore

router = APIRouter()
logger = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Twilio-Email-Event-Webhook-Signature"
TIMESTAMP_HEADER = "X-Twilio-Email-Event-Webhook-Timestamp"
MAX_SKEW_SECONDS = 600
EVENT_ID_KEY = "sg_event_id"
# A SendGrid batch is an array of flat event objects (a few values are arrays or objects):
# three levels. Deeper is not SendGrid's, and Python's parser would recurse on it.
MAX_JSON_DEPTH = 8
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKET = bytes(byte for byte in range(256) if byte not in b"[]{}")
_DROPPED_REASONS: Mapping[str, SuppressionStatus] = {
    "spam reporting address": "complained",
    "unsubscribed address": "unsubscribed",
}


@dataclass
class EventTally:
    """What one webhook delivery did."""

    received: int = 0
    suppressed: int = 0
    ignored: int = 0
    unknown: int = 0
    duplicate: int = 0


def suppression_for(event: Mapping[str, Any]) -> SuppressionStatus | None:
    """Return the status an event moves its subscriber to, or None for other events."""
    kind = event.get("event")
    if kind == "bounce":
        return None if event.get("type") == "blocked" else "bounced"
    if kind == "dropped":
        reason = str(event.get("reason", "")).strip().lower()
        return _DROPPED_REASONS.get(reason, "bounced")
    if kind == "spamreport":
        return "complained"
    if kind in ("unsubscribe", "group_unsubscribe"):
        return "unsubscribed"
    return None


@lru_cache(maxsize=4)
def _public_key(text: str) -> ec.EllipticCurvePublicKey | None:
    """Parse the base64 key SendGrid shows (PEM body without the armour lines); None if bad."""
    try:
        key = EventWebhook().convert_public_key_to_ecdsa(text.strip())
    except (ValueError, TypeError):
        return None
    return key if isinstance(key, ec.EllipticCurvePublicKey) else None


def signature_is_valid(
    public_key: ec.EllipticCurvePublicKey, body: bytes, signature: str, timestamp: str
) -> bool:
    """Tell whether ``signature`` signs ``timestamp + body`` under ``public_key``."""
    try:
        payload = body.decode("utf-8")
        base64.b64decode(signature, validate=True)
    except (UnicodeDecodeError, binascii.Error):
        return False
    verified: bool = EventWebhook().verify_signature(payload, signature, timestamp, public_key)
    return verified


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
    store: SubscriberStore, events: list[Any], applied: AppliedEvents | None = None
) -> EventTally:
    """Suppress the subscribers the events name; count what happened (blocking).

    With ``applied``, events whose ``sg_event_id`` was applied before are skipped (counted
    as duplicates), and the ids of this batch are recorded once it is applied.
    """
    tally = EventTally(received=len(events))
    ids = [_event_id(event) for event in events]
    seen = applied.already_applied([i for i in ids if i]) if applied is not None else set()
    done: list[str] = []
    for event, event_id in zip(events, ids, strict=True):
        if event_id and (event_id in seen or event_id in done):
            tally.duplicate += 1
            continue
        if event_id:
            done.append(event_id)
        status = suppression_for(event) if isinstance(event, dict) else None
        if status is None:
            tally.ignored += 1
            continue
        subscriber_id = _subscriber_id(store, event)
        if subscriber_id is None:
            tally.unknown += 1
            continue
        try:
            store.suppress(subscriber_id, status)
        except UnknownSubscriber:
            tally.unknown += 1
            continue
        tally.suppressed += 1
    if applied is not None and done:
        applied.remember(done)
    return tally


def _event_id(event: Any) -> str | None:
    given = event.get(EVENT_ID_KEY) if isinstance(event, dict) else None
    return given if isinstance(given, str) and given else None


def _subscriber_id(store: SubscriberStore, event: Mapping[str, Any]) -> str | None:
    given = event.get(SUBSCRIBER_ID_ARG)
    if isinstance(given, str) and given:
        return given
    email = event.get("email")
    if not isinstance(email, str):
        return None
    try:
        found = store.find_by_email(email)
    except InvalidAddress:
        return None
    return None if found is None else found.id


@router.post(
    "/webhooks/sendgrid",
    responses={
        200: {"description": "Events applied", "content": {"application/json": {}}},
        400: {"description": "Malformed body or headers", "content": {"application/json": {}}},
        403: {
            "description": "Unsigned, forged, stale, or no key configured",
            "content": {"application/json": {}},
        },
        413: {"description": "Body too large", "content": {"application/json": {}}},
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"type": "array", "items": {"type": "object"}}}
            },
        }
    },
)
async def sendgrid_events(
    request: Request, context: Annotated[WebContext, Depends(web_context)]
) -> JSONResponse:
    """Verify a signed batch of SendGrid events and suppress bounced or complaining readers."""
    configured = context.settings.sendgrid_webhook_public_key
    public_key = _public_key(configured) if configured else None
    if public_key is None:
        logger.warning("SendGrid webhook refused: NEWSLETTER_SENDGRID_WEBHOOK_PUBLIC_KEY unusable")
        # Refused, not 5xx: without the key no event can be trusted, whoever sends it.
        return _refuse(403, "Signature verification is not configured.")
    signature = request.headers.get(SIGNATURE_HEADER)
    timestamp = request.headers.get(TIMESTAMP_HEADER)
    if not signature or not timestamp:
        return _refuse(403, "Unsigned request.")
    if not timestamp.isascii() or not timestamp.isdigit() or len(timestamp) > 12:
        return _refuse(400, "The timestamp header is not a Unix time.")
    if abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        return _refuse(403, "Stale request.")
    if len(signature) > 512:  # a base64 DER ECDSA P-256 signature is about 96 characters
        return _refuse(403, "Bad signature.")
    # Only now is the body read (capped in front of the app by newsletter.web.limits).
    body = await request.body()
    if not await run_in_threadpool(signature_is_valid, public_key, body, signature, timestamp):
        return _refuse(403, "Bad signature.")
    events = await run_in_threadpool(parse_events, body)
    if isinstance(events, str):
        return _refuse(400, events)
    tally = await context.write(
        apply_events, context.store, events, AppliedEvents(context.store.engine)
    )
    logger.info(
        "SendGrid events: %d received, %d suppressed, %d ignored, %d unknown subscribers, %d replayed",
        tally.received,
        tally.suppressed,
        tally.ignored,
        tally.unknown,
        tally.duplicate,
    )
    return JSONResponse(asdict(tally))
