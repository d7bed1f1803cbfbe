"""The SendGrid Sender: one mail-send request per batch, one personalization per recipient.

``prepare`` (the job's thread) encodes the request body; the delivery (a pool thread) posts
it, each attempt inside the handover (a last look at who is still a recipient, binding until
the body's last byte is written). When SendGrid answers 400 naming some personalizations'
addresses, the delivery drops
those, reports them refused with SendGrid's message and posts the rest again: at most
``MAX_REFUSAL_ROUNDS`` requests more per batch, so one bad address never blocks the others
and a request that keeps being refused cannot loop.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import partial

from newsletter.deliver.backends.sendgrid.client import RefusedRecipientsError, SendGridClient
from newsletter.deliver.backends.sendgrid.payload import (
    MAX_PERSONALIZATIONS,
    VariantPayload,
    mail_body,
)
from newsletter.deliver.message import Identity
from newsletter.deliver.ports import BatchOutcome, Delivery, Handover, OutgoingRow
from newsletter.errors import DeliveryError, DeliveryOutcomeUnknownError
from newsletter.models import RenderedEmail
from subscribers.masking import mask_addresses_in

MAX_REFUSAL_ROUNDS = 3  # requests after the first one that named refused addresses
BATCH_LIMIT = MAX_PERSONALIZATIONS  # read when a sender is built (tests lower it)


class _WithdrawnError(Exception):
    """Internal: recipients the last look found no longer active; the body is rebuilt."""

    def __init__(self, stopped: set[str]) -> None:
        super().__init__(f"{len(stopped)} recipients withdrawn")
        self.stopped = stopped


@contextmanager
def _held(handover: Handover, rows: Sequence[OutgoingRow], body: bytes) -> Iterator[bytes]:
    """Enter the handover of ``rows``; yield ``body`` unless some of them stopped."""
    with handover(_ids(rows)) as stopped:
        if stopped:
            raise _WithdrawnError(stopped)
        yield body


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
        return lambda handover: self._deliver(payload, rows, body, handover)

    def _deliver(
        self, payload: VariantPayload, rows: list[OutgoingRow], body: bytes, handover: Handover
    ) -> BatchOutcome:
        refused: dict[str, str] = {}
        withdrawn: set[str] = set()
        rounds = 0
        while rounds <= MAX_REFUSAL_ROUNDS:
            try:
                self.client.send_json(body, attempt=partial(_held, handover, rows, body))
            except _WithdrawnError as exc:
                # Rare (an unsubscribe since the claim): rebuilt without them, not a round.
                withdrawn |= exc.stopped
                rows = [row for row in rows if row[0] not in exc.stopped]
                if not rows:
                    return BatchOutcome(refused=refused, withdrawn=frozenset(withdrawn))
                body = payload.body_for(rows)
                continue
            except RefusedRecipientsError as exc:
                rounds += 1
                bad = {index for index in exc.refused if 0 <= index < len(rows)}
                if not bad:
                    raise DeliveryError(str(exc)) from exc
                for index in bad:
                    refused[rows[index][0]] = mask_addresses_in(exc.refused[index])
                rows = [row for index, row in enumerate(rows) if index not in bad]
                if not rows:
                    return BatchOutcome(refused=refused, withdrawn=frozenset(withdrawn))
                body = payload.body_for(rows)
                continue
            except DeliveryOutcomeUnknownError as exc:
                if not (refused or withdrawn):
                    raise
                reason = mask_addresses_in(str(exc))
                unknown = dict.fromkeys(_ids(rows), reason)
                return BatchOutcome(
                    refused=refused, unknown=unknown, withdrawn=frozenset(withdrawn)
                )
            except DeliveryError as exc:
                if not (refused or withdrawn):
                    raise
                reason = mask_addresses_in(str(exc))
                failed = dict.fromkeys(_ids(rows), reason)
                return BatchOutcome(
                    refused=refused, failed=failed, withdrawn=frozenset(withdrawn), stop=reason
                )
            return BatchOutcome(refused=refused, withdrawn=frozenset(withdrawn))
        reason = (
            f"SendGrid refused addresses in {MAX_REFUSAL_ROUNDS + 1} requests in a row for one "
            "batch; the rest of the batch was not sent. Check the refused addresses listed by "
            "`newsletter send`, then run it again."
        )
        failed = dict.fromkeys(_ids(rows), reason)
        return BatchOutcome(
            refused=refused, failed=failed, withdrawn=frozenset(withdrawn), stop=reason
        )

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
