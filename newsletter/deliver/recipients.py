"""The recipient source of a send: the subscriber store seen through the ``RecipientSource`` port."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager

from newsletter.deliver.ports import RecipientRow
from subscribers.models import STOPPED_STATUSES
from subscribers.stopped import hold_recipients
from subscribers.store import SubscriberStore


class StoreRecipients:
    """Active subscribers of a ``SubscriberStore``, re-checked per batch, refusals suppressed."""

    def __init__(self, store: SubscriberStore) -> None:
        """Read and write through ``store`` (the only owner of addresses)."""
        self.store = store

    def iter_recipient_rows(self, *, batch_size: int) -> Iterator[list[tuple[str, str, str]]]:
        """Yield pages of ``(id, address, "slug,slug")`` of active recipients, in id order."""
        return self.store.iter_recipient_rows(batch_size=batch_size)

    def recipients_by_ids(self, ids: Sequence[str]) -> Mapping[str, RecipientRow]:
        """Return, by id, those of ``ids`` that are still active recipients."""
        return self.store.recipients_by_ids(ids)

    def hold(self, ids: Sequence[str]) -> AbstractContextManager[set[str]]:
        """Yield those of ``ids`` no longer active; the others cannot change until the block ends."""
        return hold_recipients(self.store.engine, ids)

    def refuse(self, subscriber_id: str, reason: str) -> None:
        """Suppress the subscriber as bounced: the provider refused the address for good.

        Fresh consent with a corrected address (the subscribe form, ``subscribers add``)
        brings them back; ``reason`` is kept in the ledger row, not here.
        """
        self.store.suppress(subscriber_id, "bounced")

    def stopped_count(self) -> int:
        """Return how many subscribers are unsubscribed, bounced or complained."""
        counts = self.store.count_by_status()
        return sum(counts.get(status, 0) for status in STOPPED_STATUSES)
