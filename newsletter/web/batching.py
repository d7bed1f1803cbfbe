"""Group the one-click unsubscribes that arrive together into one database transaction.

After an issue goes out, mail providers send one-click unsubscribes in bursts. Each
request waits for its own UPDATE either way; committing the ones that queued up while
the previous commit ran together (group commit) costs one transaction instead of many,
and adds no delay when requests come one at a time: a lone request is written at once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence

from subscribers.errors import NO_SUCH_SUBSCRIBER, SubscriberError, UnknownSubscriber
from subscribers.models import SubscriberStatus

Writer = Callable[[Sequence[str]], Awaitable[dict[str, SubscriberStatus]]]


class UnsubscribeBatcher:
    """Collect ``unsubscribe`` calls on the event loop and write them in batches."""

    def __init__(self, write_batch: Writer, *, max_batch: int = 500) -> None:
        """``write_batch`` unsubscribes a list of ids off the loop and returns their statuses."""
        self._write_batch = write_batch
        self._max_batch = max_batch
        self._pending: list[tuple[str, asyncio.Future[SubscriberStatus]]] = []
        self._draining = False
        self._task: asyncio.Task[None] | None = None

    async def unsubscribe(self, subscriber_id: str) -> SubscriberStatus:
        """Unsubscribe one subscriber from everything; return the status now stored.

        Raises UnknownSubscriber for an id that is not stored, SubscriberError when the
        database fails (every request of the batch gets it).
        """
        future: asyncio.Future[SubscriberStatus] = asyncio.get_running_loop().create_future()
        self._pending.append((subscriber_id, future))
        if not self._draining:
            self._draining = True
            # Its own task: the request that starts a drain must not wait for later batches.
            self._task = asyncio.create_task(self._drain())
        return await future

    async def _drain(self) -> None:
        """Write batches until nothing is pending (requests arriving meanwhile join the next)."""
        try:
            while self._pending:
                batch = self._pending[: self._max_batch]
                del self._pending[: self._max_batch]
                try:
                    statuses = await self._write_batch(
                        [subscriber_id for subscriber_id, _ in batch]
                    )
                except SubscriberError as exc:
                    for _, future in batch:
                        if not future.done():  # done: the client went away meanwhile
                            future.set_exception(exc)
                    continue
                for subscriber_id, future in batch:
                    status = statuses.get(subscriber_id)
                    if future.done():
                        continue
                    if status is None:
                        future.set_exception(UnknownSubscriber(NO_SUCH_SUBSCRIBER))
                    else:
                        future.set_result(status)
        finally:
            self._draining = False
