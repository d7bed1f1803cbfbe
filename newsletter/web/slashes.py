"""Redirect ``/page/`` to ``/page`` under NEWSLETTER_BASE_URL, never under the Host header.

Starlette's own trailing-slash redirect builds its ``Location`` from the request's Host
header, so anyone who can put a link in front of a reader (or poison a cache) can make our
site redirect to theirs. This one builds it from the configured base URL, and only for paths
where the form without the slash is a page.
"""

from __future__ import annotations

from starlette.responses import RedirectResponse
from starlette.routing import BaseRoute, Match
from starlette.types import ASGIApp, Receive, Scope, Send


class TrailingSlashRedirect:
    """Answer ``GET /page/`` with 308 to ``{base_url}/page`` when ``/page`` is a route."""

    def __init__(self, app: ASGIApp, *, base_url: str, routes: list[BaseRoute]) -> None:
        """Wrap ``app``; ``routes`` are the router's (read when a request comes, so all are in)."""
        self.app = app
        self.base_url = base_url.rstrip("/")
        self.routes = routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Redirect a slash-terminated GET to a known page, pass everything else on."""
        path: str = scope.get("path", "")
        raw: bytes = scope.get("raw_path") or path.encode()
        # The slash must be written as one: an encoded "%2F" at the end (a token's last
        # character) decodes to "/" in ``path`` but would redirect to itself, forever.
        if (
            scope["type"] == "http"
            and scope["method"] == "GET"
            and len(path) > 1
            and path.endswith("/")
            and raw.endswith(b"/")
        ):
            bare = path.rstrip("/")
            raw_bare = raw.rstrip(b"/")
            probe = {**scope, "path": bare, "raw_path": raw_bare}
            if bare and any(route.matches(probe)[0] is Match.FULL for route in self.routes):
                query = scope["query_string"]
                # raw_path is ASCII (percent-encoded) as the client sent it; "//x" stays a path.
                location = self.base_url + "/" + raw_bare.decode("latin-1").lstrip("/")
                if query:
                    location += "?" + query.decode("latin-1")
                await RedirectResponse(location, status_code=308)(scope, receive, send)
                return
        await self.app(scope, receive, send)
