"""What every route needs, built once by ``create_app`` and kept on ``app.state``."""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import ParamSpec, TypeVar
from urllib.parse import urlsplit

import sqlalchemy as sa
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from newsletter.config import Settings
from newsletter.editorial import EditorialConfig
from newsletter.web.batching import UnsubscribeBatcher
from newsletter.web.pages import Pages
from newsletter.web.ratelimit import RateLimits, SlidingWindowLimiter
from newsletter.web.security import CsrfProtect
from subscribers.links import LinkBuilder
from subscribers.mailbox import MailboxLimiter
from subscribers.models import SubscriberStatus
from subscribers.store import SubscriberStore
from subscribers.tokens import TokenSigner

P = ParamSpec("P")
T = TypeVar("T")

# A confirmation link stays valid for a week; after that the reader subscribes again.
CONFIRM_MAX_AGE_SECONDS = 7 * 24 * 3600


@dataclass(frozen=True)
class WebContext:
    """Settings, the editorial config and the services the routes share."""

    settings: Settings
    editorial: EditorialConfig
    engine: sa.Engine
    store: SubscriberStore
    signer: TokenSigner
    links: LinkBuilder
    pages: Pages
    csrf: CsrfProtect
    ip_limiter: SlidingWindowLimiter
    address_limiter: SlidingWindowLimiter
    unsubscribes: UnsubscribeBatcher
    mailboxes: MailboxLimiter
    writer: ThreadPoolExecutor | None = None

    async def write(self, action: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run a blocking store write off the event loop; on SQLite, on one writer thread.

        SQLite lets one writer in at a time and makes the others wait in its busy handler,
        which sleeps in steps of up to 100 ms: under a burst of one-click unsubscribes that
        turned into seconds of latency. One writer thread per process runs the writes back
        to back instead, with no lock convoy of pool threads. PostgreSQL uses the pool.
        """
        return await run_write(self.writer, functools.partial(action, *args, **kwargs))

    def close(self) -> None:
        """Stop the writer thread (after the server stopped taking requests)."""
        if self.writer is not None:
            self.writer.shutdown(wait=True)

    @classmethod
    def build(
        cls,
        settings: Settings,
        editorial: EditorialConfig,
        engine: sa.Engine,
        limits: RateLimits,
    ) -> WebContext:
        """Wire the store, signer, links, pages, CSRF and rate limiters for one app."""
        keys = settings.all_secret_keys()
        signer = TokenSigner(keys)
        store = SubscriberStore(engine, keys)
        writer = (
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-writer")
            if engine.dialect.name == "sqlite"
            else None
        )

        async def write_batch(ids: Sequence[str]) -> dict[str, SubscriberStatus]:
            return await run_write(writer, functools.partial(store.unsubscribe_everything, ids))

        return cls(
            settings=settings,
            editorial=editorial,
            engine=engine,
            store=store,
            signer=signer,
            links=LinkBuilder(settings.base_url, signer),
            pages=Pages(settings, editorial),
            csrf=CsrfProtect(
                settings.secret_key.get_secret_value(),
                secure_cookie=urlsplit(settings.base_url).scheme == "https",
            ),
            ip_limiter=SlidingWindowLimiter(limits.per_ip, limits.window_seconds),
            address_limiter=SlidingWindowLimiter(limits.per_address, limits.window_seconds),
            writer=writer,
            unsubscribes=UnsubscribeBatcher(write_batch),
            mailboxes=MailboxLimiter(
                engine,
                store.hasher,
                limit=limits.per_mailbox,
                window=dt.timedelta(seconds=limits.mailbox_window_seconds),
            ),
        )

    def known_field(self, slug: str | None) -> str | None:
        """Return ``slug`` when it names a configured field, else None."""
        if slug is not None and slug in self.editorial.field_slugs:
            return slug
        return None

    def chosen_fields(self, values: list[str]) -> list[str]:
        """Keep the configured field slugs among ``values``, in the editor's order."""
        wanted = set(values)
        return [slug for slug in self.editorial.field_slugs if slug in wanted]


async def run_write(writer: ThreadPoolExecutor | None, call: Callable[[], T]) -> T:
    """Run ``call`` on ``writer`` (SQLite's one writer thread), or the thread pool when None."""
    if writer is None:
        return await run_in_threadpool(call)
    return await asyncio.get_running_loop().run_in_executor(writer, call)


async def web_context(request: Request) -> WebContext:
    """Return the app's WebContext (a FastAPI dependency; async so it runs on the loop, not a thread)."""
    context: WebContext = request.app.state.web
    return context


def client_ip(request: Request) -> str:
    """Return the client's IP as uvicorn saw it (behind a proxy, run with --proxy-headers)."""
    return request.client.host if request.client else "unknown"
