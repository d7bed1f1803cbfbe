"""The RFC 8058 one-click POST served in front of the framework: the app's hot path.

Mail providers send one-click unsubscribes in bursts after every issue. This ASGI middleware
answers the common, successful case — ``POST /u/{token}`` with no query and the exact
urlencoded body ``List-Unsubscribe=One-Click`` — without FastAPI's routing and dependency
solving: verify the token, one UPDATE, render the short page. Anything else (another body
or encoding, ``?field=``, a bad token, an unknown subscriber, a database error) is passed
on, body included, to the ``/u/{token}`` route, which gives the full answer; the write is
idempotent, so a retry there is harmless.
"""

from __future__ import annotations

import re

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsletter.web.context import WebContext
from newsletter.web.unsubscribe import ONE_CLICK_BODY, one_click_unsubscribe
from subscribers.errors import SubscriberError

_PATH = re.compile(r"/u/([A-Za-z0-9_.\-]{1,200})")
_MAX_BODY = 1024  # a one-click body is 26 bytes; bigger ones go to the route unread


class OneClickMiddleware:
    """Serve successful one-click unsubscribes directly; pass everything else on."""

    def __init__(self, app: ASGIApp) -> None:
        """Wrap ``app`` (the FastAPI app's inner stack)."""
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer a one-click POST, or hand the request (and any body read) to ``app``."""
        matched = (
            _PATH.fullmatch(scope["path"])
            if scope["type"] == "http" and scope["method"] == "POST" and not scope["query_string"]
            else None
        )
        if matched is None:
            await self.app(scope, receive, send)
            return
        body, more_body = await _read_some(receive)
        replay = _replaying(body, more_body, receive)
        if more_body or body.strip() != ONE_CLICK_BODY:
            await self.app(scope, replay, send)
            return
        context: WebContext = scope["app"].state.web
        token = matched.group(1)
        try:
            subscriber_id = context.signer.verify_manage(token)
            response = await one_click_unsubscribe(context, token, subscriber_id)
        except SubscriberError:
            await self.app(scope, replay, send)  # the route renders the right error page
            return
        await response(scope, receive, send)


async def _read_some(receive: Receive) -> tuple[bytes, bool]:
    """Read the body up to ``_MAX_BODY`` bytes; return it and whether more is to come."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(chunks), True  # a disconnect: let the route see it
        chunk = message.get("body", b"")
        chunks.append(chunk)
        size += len(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks), False
        if size > _MAX_BODY:
            return b"".join(chunks), True


def _replaying(body: bytes, more_body: bool, receive: Receive) -> Receive:
    """Return a ``receive`` that yields the body already read, then the rest as it comes."""
    pending = True

    async def replay() -> Message:
        nonlocal pending
        if pending:
            pending = False
            return {"type": "http.request", "body": body, "more_body": more_body}
        return await receive()

    return replay
