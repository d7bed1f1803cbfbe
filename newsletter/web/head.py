"""HEAD answers wherever GET answers: the same status and headers, no body, nothing changed.

Uptime monitors and link checkers send HEAD (RFC 9110 section 9.3.2: "identical to GET
except that the server MUST NOT send content"). FastAPI routes declared with ``get`` answer
HEAD with 405, so this middleware serves a HEAD request as the GET it stands for and drops
the body. GET handlers never change state (scanners prefetch links), so neither does HEAD.
A path without a GET route answers HEAD as it answers GET: 404, or 405 naming its methods.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class HeadAsGetMiddleware:
    """Serve ``HEAD`` as ``GET`` and send the answer's status and headers without its body."""

    def __init__(self, app: ASGIApp) -> None:
        """Wrap ``app``."""
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass every request on; a HEAD one as a GET whose body is never sent."""
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return
        body_sent = False

        async def send_without_body(message: Message) -> None:
            nonlocal body_sent
            if message["type"] != "http.response.body":
                await send(message)
                return
            # One empty, final body message: the length header still says the GET's size.
            if not body_sent and not message.get("more_body", False):
                body_sent = True
                await send({"type": "http.response.body", "body": b"", "more_body": False})

        await self.app({**scope, "method": "GET"}, receive, send_without_body)
