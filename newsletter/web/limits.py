"""Refuse oversized requests before any work is done for them: URL 414, headers 431, body 413.

One hostile request must never slow the others down. Every size is checked in front of the
app, before routing: the request target (path and query), the header block, and the body,
whose declared ``Content-Length`` is checked before a byte is read and whose bytes are
counted as they arrive (a chunked body declares nothing), so no route ever holds more than
its cap in memory. The refusal closes the connection, so the rest of an oversized body is
never read.

The limits: a request target of 8 KiB (RFC 9110 section 4.1 asks servers to accept request
lines of at least 8000 octets), 16 KiB of headers (our pages set one small cookie), a form or
one-click body of 64 KiB (our forms are a few hundred bytes), a webhook body of 5 MiB
(SendGrid's event batches are far smaller; a bigger one is refused, and SendGrid retries it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_TARGET_BYTES = 8 * 1024
MAX_HEADER_BYTES = 16 * 1024
MAX_FORM_BODY_BYTES = 64 * 1024
MAX_WEBHOOK_BODY_BYTES = 5 * 1024 * 1024
WEBHOOK_PREFIX = "/webhooks/"

# Builds the refusal page for a status code and a one-line reason (the app's error pages).
Refusal = Callable[[Scope, int, str], Response]


@dataclass(frozen=True)
class RequestLimits:
    """The size caps, in bytes (the defaults are the module's documented values)."""

    max_target: int = MAX_TARGET_BYTES
    max_headers: int = MAX_HEADER_BYTES
    max_form_body: int = MAX_FORM_BODY_BYTES
    max_webhook_body: int = MAX_WEBHOOK_BODY_BYTES

    def body_limit(self, path: str) -> int:
        """Return the body cap for a request to ``path``."""
        return self.max_webhook_body if path.startswith(WEBHOOK_PREFIX) else self.max_form_body


class BodyTooLarge(Exception):  # noqa: N818  (internal signal between receive and middleware)
    """Raised by the wrapped ``receive`` when a body passes its cap; answered with 413."""


TOO_LARGE = "The request body is larger than this page accepts."
TARGET_TOO_LONG = "The address of this request is too long."
HEADERS_TOO_LARGE = "The request headers are too large."


class RequestLimitsMiddleware:
    """Answer 414, 431 or 413 (and close the connection) instead of serving an oversized request."""

    def __init__(
        self, app: ASGIApp, *, refusal: Refusal, limits: RequestLimits | None = None
    ) -> None:
        """Wrap ``app``; ``refusal`` renders the answer page, ``limits`` the caps."""
        self.app = app
        self.refusal = refusal
        self.limits = limits or RequestLimits()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check the request's sizes, then pass it on with a byte-counting ``receive``."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limits = self.limits
        target = len(scope.get("raw_path") or scope["path"].encode()) + len(scope["query_string"])
        if target > limits.max_target:
            await self._refuse(scope, receive, send, 414, TARGET_TOO_LONG)
            return
        headers = scope["headers"]
        if sum(len(name) + len(value) + 4 for name, value in headers) > limits.max_headers:
            await self._refuse(scope, receive, send, 431, HEADERS_TOO_LARGE)
            return
        cap = limits.body_limit(scope["path"])
        declared = next((value for name, value in headers if name == b"content-length"), None)
        if declared is not None and (not declared.isdigit() or int(declared) > cap):
            await self._refuse(scope, receive, send, 413, TOO_LARGE)
            return
        started = False
        counted = 0

        async def counting_receive() -> Message:
            nonlocal counted
            message = await receive()
            if message["type"] == "http.request":
                counted += len(message.get("body", b""))
                if counted > cap:
                    raise BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if started:  # a route that answered before reading on: nothing more to say
                return
            await self._refuse(scope, receive, send, 413, TOO_LARGE)

    async def _refuse(
        self, scope: Scope, receive: Receive, send: Send, status: int, reason: str
    ) -> None:
        response = self.refusal(scope, status, reason)
        # Close the connection: the unread rest of the request is never read.
        response.headers["connection"] = "close"
        await response(scope, receive, send)


def refusal_from(
    page: Callable[[int, str], Response], webhook: Callable[[int, str], Response]
) -> Refusal:
    """Return a Refusal answering webhook paths with ``webhook`` and every other path with ``page``."""

    def refuse(scope: Scope, status: int, reason: str) -> Response:
        path: str = scope["path"]
        return (webhook if path.startswith(WEBHOOK_PREFIX) else page)(status, reason)

    return refuse
