"""SendGrid's Event Webhook: the ECDSA signature check and the events as SuppressionEvents.

SendGrid signs ``timestamp + raw body`` with its ECDSA P-256 key (SHA-256) and sends the
base64 DER signature and the timestamp in the ``X-Twilio-Email-Event-Webhook-Signature`` and
``-Timestamp`` headers. We verify with the sendgrid library's public ``EventWebhook`` helper
against ``NEWSLETTER_SENDGRID_WEBHOOK_PUBLIC_KEY`` and refuse requests older (or newer) than
``MAX_SKEW_SECONDS``, so a captured request cannot be replayed later; within that window a
replayed event is recognised by its ``sg_event_id`` (the web app skips ids it applied).

Events that mean "stop mailing this address" suppress the subscriber: ``bounce`` (not
``blocked``, a temporary refusal), ``dropped``, ``spamreport``, ``unsubscribe`` and
``group_unsubscribe`` (SendGrid's event reference). The send path puts our opaque subscriber
id in ``custom_args``, which SendGrid copies into each event as a top-level key; events
without it are matched by address.
"""

from __future__ import annotations

import base64
import binascii
import time
from collections.abc import Mapping, Sequence
from functools import lru_cache

from cryptography.hazmat.primitives.asymmetric import ec
from sendgrid.helpers.eventwebhook import EventWebhook as SignatureHelper

from newsletter.deliver.backends.sendgrid.payload import SUBSCRIBER_ID_ARG
from newsletter.deliver.ports import SuppressionEvent, SuppressionKind, WebhookRefusal

SIGNATURE_HEADER = "X-Twilio-Email-Event-Webhook-Signature"
TIMESTAMP_HEADER = "X-Twilio-Email-Event-Webhook-Timestamp"
MAX_SKEW_SECONDS = 600
MAX_SIGNATURE_LENGTH = 512  # a base64 DER ECDSA P-256 signature is about 96 characters
EVENT_ID_KEY = "sg_event_id"
_DROPPED_REASONS: Mapping[str, SuppressionKind] = {
    "spam reporting address": "complained",
    "unsubscribed address": "unsubscribed",
}


def suppression_for(event: Mapping[str, object]) -> SuppressionKind | None:
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
def public_key(text: str) -> ec.EllipticCurvePublicKey | None:
    """Parse the base64 key SendGrid shows (PEM body without the armour lines); None if bad."""
    try:
        key = SignatureHelper().convert_public_key_to_ecdsa(text.strip())
    except (ValueError, TypeError):
        return None
    return key if isinstance(key, ec.EllipticCurvePublicKey) else None


def signature_is_valid(
    key: ec.EllipticCurvePublicKey, body: bytes, signature: str, timestamp: str
) -> bool:
    """Tell whether ``signature`` signs ``timestamp + body`` under ``key``."""
    try:
        payload = body.decode("utf-8")
        base64.b64decode(signature, validate=True)
    except (UnicodeDecodeError, binascii.Error):
        return False
    verified: bool = SignatureHelper().verify_signature(payload, signature, timestamp, key)
    return verified


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


class SendGridEventWebhook:
    """The ``EventWebhook`` port for SendGrid (``POST /webhooks/sendgrid``)."""

    name = "sendgrid"

    def __init__(self, public_key_text: str | None) -> None:
        """Use the configured verification key (None or unusable: every request refused)."""
        self.key = public_key(public_key_text) if public_key_text else None

    def check_headers(self, headers: Mapping[str, str]) -> WebhookRefusal | None:
        """Refuse when no key is configured, the request is unsigned, or its time is off."""
        if self.key is None:
            # Refused, not 5xx: without the key no event can be trusted, whoever sends it.
            return WebhookRefusal(403, "Signature verification is not configured.")
        signature = headers.get(SIGNATURE_HEADER)
        timestamp = headers.get(TIMESTAMP_HEADER)
        if not signature or not timestamp:
            return WebhookRefusal(403, "Unsigned request.")
        if not timestamp.isascii() or not timestamp.isdigit() or len(timestamp) > 12:
            return WebhookRefusal(400, "The timestamp header is not a Unix time.")
        if abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
            return WebhookRefusal(403, "Stale request.")
        if len(signature) > MAX_SIGNATURE_LENGTH:
            return WebhookRefusal(403, "Bad signature.")
        return None

    def verify(self, headers: Mapping[str, str], body: bytes) -> bool:
        """Tell whether the body carries SendGrid's signature (after ``check_headers``)."""
        signature = headers.get(SIGNATURE_HEADER)
        timestamp = headers.get(TIMESTAMP_HEADER)
        if self.key is None or not signature or not timestamp:
            return False
        return signature_is_valid(self.key, body, signature, timestamp)

    def events(self, batch: Sequence[object]) -> list[SuppressionEvent]:
        """Return one SuppressionEvent per event (non-objects change nothing)."""
        found = []
        for event in batch:
            if not isinstance(event, dict):
                found.append(SuppressionEvent(None))
                continue
            found.append(
                SuppressionEvent(
                    suppression_for(event),
                    subscriber_id=_text(event.get(SUBSCRIBER_ID_ARG)),
                    email=_text(event.get("email")),
                    event_id=_text(event.get(EVENT_ID_KEY)),
                )
            )
        return found
