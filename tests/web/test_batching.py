"""UnsubscribeBatcher: concurrent one-click unsubscribes share transactions, each gets its answer."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from newsletter.web.batching import UnsubscribeBatcher
from subscribers.errors import SubscriberError, UnknownSubscriber
from subscribers.models import SubscriberStatus
from subscribers.store import SubscriberStore
from tests.web.conftest import add_reader


def test_concurrent_requests_share_batches(store: SubscriberStore) -> None:
    """Forty requests at once take far fewer transactions, and every reader is unsubscribed."""
    readers = [add_reader(store, f"reader{index}@example.com") for index in range(40)]
    batches: list[list[str]] = []

    async def write_batch(ids: Sequence[str]) -> dict[str, SubscriberStatus]:
        batches.append(list(ids))
        return await asyncio.to_thread(store.unsubscribe_everything, ids)

    async def burst() -> list[SubscriberStatus]:
        batcher = UnsubscribeBatcher(write_batch)
        return await asyncio.gather(*(batcher.unsubscribe(reader.id) for reader in readers))

    statuses = asyncio.run(burst())
    assert statuses == ["unsubscribed"] * 40
    assert sorted(sum(batches, [])) == sorted(reader.id for reader in readers)
    assert len(batches) < 40
    assert store.count_by_status()["unsubscribed"] == 40


def test_unknown_id_fails_alone(store: SubscriberStore) -> None:
    """An unknown id in a batch raises UnknownSubscriber for that request only."""
    reader = add_reader(store)

    async def write_batch(ids: Sequence[str]) -> dict[str, SubscriberStatus]:
        return store.unsubscribe_everything(ids)

    async def pair() -> list[object]:
        batcher = UnsubscribeBatcher(write_batch)
        return await asyncio.gather(
            batcher.unsubscribe("NoSuchSubscriberId0000"),
            batcher.unsubscribe(reader.id),
            return_exceptions=True,
        )

    unknown, known = asyncio.run(pair())
    assert isinstance(unknown, UnknownSubscriber)
    assert known == "unsubscribed"


def test_database_failure_reaches_every_request_of_the_batch() -> None:
    """When the write fails, each waiting request gets the SubscriberError, and later ones retry."""
    calls = 0

    async def failing_once(ids: Sequence[str]) -> dict[str, SubscriberStatus]:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise SubscriberError("The subscriber database failed; retry.")
        return dict.fromkeys(ids, "unsubscribed")

    async def run() -> tuple[list[object], SubscriberStatus]:
        batcher = UnsubscribeBatcher(failing_once)
        first = await asyncio.gather(
            batcher.unsubscribe("a"), batcher.unsubscribe("b"), return_exceptions=True
        )
        return first, await batcher.unsubscribe("a")

    first, retried = asyncio.run(run())
    assert all(isinstance(result, SubscriberError) for result in first)
    assert retried == "unsubscribed"
