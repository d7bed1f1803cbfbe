"""Read ahead: produce an iterator's items in a background thread while the caller works."""

from __future__ import annotations

import queue
import threading
from collections.abc import Generator, Iterator
from typing import TypeVar

T = TypeVar("T")
_DONE = object()


def read_ahead(items: Iterator[T], depth: int = 2) -> Generator[T, None, None]:
    """Yield ``items`` in order, up to ``depth`` of them fetched ahead by a daemon thread.

    The send reads subscriber pages this way: SQLite releases the GIL while it works, so the
    next page is read on the other core while this one is claimed and sent. An exception in
    the producer is raised here; closing this generator early stops the producer.
    """
    ahead: queue.Queue[object] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def produce() -> None:
        try:
            for item in items:
                while not stop.is_set():
                    try:
                        ahead.put(item, timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            ahead.put(_DONE)
        except BaseException as exc:  # not swallowed: handed to the consumer, which raises it
            ahead.put(exc)

    producer = threading.Thread(target=produce, name="read-ahead", daemon=True)
    producer.start()
    try:
        while True:
            item = ahead.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield item  # type: ignore[misc]  # items put by produce() are T
    finally:
        stop.set()
        while producer.is_alive():
            try:
                ahead.get(timeout=0.1)
            except queue.Empty:
                continue
        producer.join()
