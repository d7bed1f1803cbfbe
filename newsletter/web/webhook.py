"""``POST /webhooks/sendgrid``: SendGrid's Event Webhook, signed with ECDSA.

SendGrid signs ``timestamp + raw body`` with its ECDSA P-256 key (SHA-256) and sends the
base64 DER signature and the timestamp in the ``X-Twilio-Email-Event-Webhook-Signature`` and
``-Timestamp`` headers. We verify with the sendgrid library's ``EventWebhook`` helper against
``NEWSLETTER_SENDGRID_WEBHOOK_PUBLIC_KEY`` and refuse requests older (or newer) than
``MAX_SKEW_SECONDS``, so a captured request cannot be replayed later.

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
import time
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Annotated, Any

from cryptography.hazmat.primitives.asymmetric import ec
from fastapi import APIRouter, Depends
from sendgrid.helpers.eventwebhook import EventWebhook
from starlette.requests import Request
from starlette.responses import JSONResponse

from newsletter.deliver.backends.sendgrid.payload import SUBSCRIBER_ID_ARG
from newsletter.web.context import WebContext, web_context
from subscribers.errors import InvalidAddress, UnknownSubscriber
from subscribers.models import SuppressionStatus
from subscribers.store import SubscriberStore

router = APIRouter()
logger = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Twilio-Email-Event-Webhook-Signature"
TIMESTAMP_HEADER = "X-Twilio-Email-Event-Webhook-Timestamp"
MAX_SKEW_SECONDS = 600
MAX_BODY_BYTES = 5 * 1024 * 1024
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


def apply_events(store: SubscriberStore, events: list[Any]) -> EventTally:
    """Suppress the subscribers the events name; count what happened (blocking)."""
    tally = EventTally(received=len(events))
    for event in events:
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
    return tally


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
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        return _refuse(413, "Body too large.")
    body = await request.body()
    if len(body) > MAX_BODY_BYTES:
        return _refuse(413, "Body too large.")
    if not signature_is_valid(public_key, body, signature, timestamp):
        return _refuse(403, "Bad signature.")
    try:
        events = json.loads(body)
    except ValueError:
        return _refuse(400, "The body is not JSON.")
    if not isinstance(events, list):
        return _refuse(400, "The body is not a JSON array of events.")
    tally = await context.write(apply_events, context.store, events)
    logger.info(
        "SendGrid events: %d received, %d suppressed, %d ignored, %d unknown subscribers",
        tally.received,
        tally.suppressed,
        tally.ignored,
        tally.unknown,
    )
    return JSONResponse(asdict(tally))
