"""The SendGrid Sender: one mail-send request per batch, one personalization per recipient.

``prepare`` (the job's thread) encodes the request body; the delivery (a pool thread) posts
it. When SendGrid answers 400 naming some personalizations' addresses, the delivery drops
those, reports them refused with SendGrid's message and posts the rest again: at most
``MAX_REFUSAL_ROUNDS`` requests more per batch, so one bad address never blocks the others
and a request that keeps being refused cannot loop.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsletter.deliver.backends.sendgrid.client import RefusedRecipientsError, SendGridClient
from newsletter.deliver.backends.sendgrid.payload import (
    MAX_PERSONALIZATIONS,
    VariantPayload,
    mail_body,
)
from newsletter.deliver.message import Identity
from newsletter.deliver.ports import BatchOutcome, Delivery, OutgoingRow
from newsletter.errors import DeliveryError, DeliveryOutcomeUnknownError
from newsletter.models import RenderedEmail
from subscribers.masking import mask_addresses_in

MAX_REFUSAL_ROUNDS = 3  # requests after the first one that named refused addresses
BATCH_LIMIT = MAX_PERSONALIZATIONS  # read when a sender is built (tests lower it)


class SendGridSender:
    """Post one mail-send request per batch: shared content, one personalization per message."""

    backend = "sendgrid"
    unit = "requests"

    def __init__(
        self,
        client: SendGridClient,
        identity: Identity,
        *,
        track_opens: bool = False,
        track_clicks: bool = False,
        batch_limit: int | None = None,
    ) -> None:
        """Wrap a client with the sender identity and tracking choices.

        ``batch_limit`` defaults to the API's documented 1000 personalizations a request.
        """
        self.client = client
        self.identity = identity
        self.track_opens = track_opens
        self.track_clicks = track_clicks
        self.batch_limit = min(batch_limit or BATCH_LIMIT, MAX_PERSONALIZATIONS)
        self._payloads: dict[tuple[str, frozenset[str], str], VariantPayload] = {}

    @property
    def requests_made(self) -> int:
        """HTTP requests made so far, retries included."""
        return self.client.requests_made

    def payload(self, issue_id: str, rendered: RenderedEmail) -> VariantPayload:
        """Return the (cached) body builder of one variant."""
        key = (issue_id, rendered.field_set, rendered.subject)
        found = self._payloads.get(key)
        if found is None:
            # Two threads may build the same one at once: harmless, the last one is kept.
            found = VariantPayload(
                issue_id=issue_id,
                rendered=rendered,
                identity=self.identity,
                track_opens=self.track_opens,
                track_clicks=self.track_clicks,
            )
            self._payloads[key] = found
        return found

    def prepare(
        self, issue_id: str, batch_id: str, rendered: RenderedEmail, batch: Sequence[OutgoingRow]
    ) -> Delivery:
        """Encode the batch's request body now; return its POST (network I/O only).

        ``custom_args`` carry only the issue id and the opaque subscriber id, never personal
        data; ``batch_id`` stays in the ledger. Raises DeliveryError outside 1 to 1000
        messages.
        """
        payload = self.payload(issue_id, rendered)
        rows = list(batch)
        body = payload.body_for(rows)
        return lambda: self._deliver(payload, rows, body)

    def _deliver(
        self, payload: VariantPayload, rows: list[OutgoingRow], body: bytes
    ) -> BatchOutcome:
        refused: dict[str, str] = {}
        for _ in range(MAX_REFUSAL_ROUNDS + 1):
            try:
                self.client.send_json(body)
            except RefusedRecipientsError as exc:
                bad = {index for index in exc.refused if 0 <= index < len(rows)}
                if not bad:
                    raise DeliveryError(str(exc)) from exc
                for index in bad:
                    refused[rows[index][0]] = mask_addresses_in(exc.refused[index])
                rows = [row for index, row in enumerate(rows) if index not in bad]
                if not rows:
                    return BatchOutcome(refused=refused)
                body = payload.body_for(rows)
                continue
            except DeliveryOutcomeUnknownError as exc:
                if not refused:
                    raise
                reason = mask_addresses_in(str(exc))
                return BatchOutcome(refused=refused, unknown=dict.fromkeys(_ids(rows), reason))
            except DeliveryError as exc:
                if not refused:
                    raise
                reason = mask_addresses_in(str(exc))
                failed = dict.fromkeys(_ids(rows), reason)
                return BatchOutcome(refused=refused, failed=failed, stop=reason)
            return BatchOutcome(refused=refused)
        reason = (
            f"SendGrid refused addresses in {MAX_REFUSAL_ROUNDS + 1} requests in a row for one "
            "batch; the rest of the batch was not sent. Check the refused addresses listed by "
            "`newsletter send`, then run it again."
        )
        return BatchOutcome(refused=refused, failed=dict.fromkeys(_ids(rows), reason), stop=reason)

    def send_single(self, *, to_email: str, subject: str, html: str, text: str) -> None:
        """Post one message to one address (tracking off); raises DeliveryError."""
        body = mail_body(
            from_email=self.identity.from_email,
            from_name=self.identity.from_name,
            subject=subject,
            text=text,
            html=html,
            personalizations=[{"to": [{"email": to_email}]}],
        )
        self.client.send(body)

    def close(self) -> None:
        """Close the client's connections."""
        self.client.close()


def _ids(rows: Sequence[OutgoingRow]) -> list[str]:
    return [row[0] for row in rows]
