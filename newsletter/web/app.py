"""``create_app``: the reader pages as one FastAPI app (run it with ``newsletter serve``).

The routes are thin: each verifies its token or form, calls the subscriber store and renders
a page. Errors from our two families become friendly pages here, and nowhere else:
InvalidToken gives 400, UnknownSubscriber 404, a failing database or mail backend 503.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.types import Scope

from newsletter.config import Settings, load_settings
from newsletter.db import connect_database
from newsletter.editorial import EditorialConfig, load_editorial
from newsletter.errors import NewsletterError
from newsletter.render import Renderer
from newsletter.web import (
    archive,
    confirm,
    feedback,
    health,
    preferences,
    subscribe,
    unsubscribe,
    webhook,
)
from newsletter.web.archive_data import ArchiveData
from newsletter.web.context import WebContext
from newsletter.web.head import HeadAsGetMiddleware
from newsletter.web.limits import RequestLimitsMiddleware, refusal_from
from newsletter.web.oneclick import OneClickMiddleware
from newsletter.web.ratelimit import RateLimits
from newsletter.web.security import SecurityHeadersMiddleware
from newsletter.web.slashes import TrailingSlashRedirect
from newsletter.weeks import load_zone
from subscribers.errors import InvalidToken, SubscriberError, UnknownSubscriber
from subscribers.masking import mask_addresses_in

# A one-click burst updates rows at random across the whole list; with SQLite's default
# 2 MiB cache most updates re-read B-tree pages with read() calls. A memory map (up to
# 1 GiB, growing with the file) lets them come straight from the OS page cache. Only the
# server sets these: on the send's engine the mapped pages would swell its peak RSS.
SERVING_SQLITE_PRAGMAS = {"mmap_size": 1_073_741_824, "cache_size": -65_536}  # 64 MiB cache

logger = logging.getLogger(__name__)


def create_app(
    settings: Settings,
    editorial: EditorialConfig | None = None,
    *,
    limits: RateLimits | None = None,
) -> FastAPI:
    """Build the app: open (and migrate) the database, wire the routes, pages and headers.

    ``editorial`` defaults to the file named by ``NEWSLETTER_CONFIG`` (or the embedded one);
    ``limits`` sets the subscribe rate limits. The engine is disposed when the app shuts down.
    Raises ConfigError for the development secret key on an https site.
    """
    settings.check_public_secret()  # ConfigError: anyone could forge links
    editorial = editorial or load_editorial(settings.config)
    engine = connect_database(settings.database_url, sqlite_pragmas=SERVING_SQLITE_PRAGMAS)
    context = WebContext.build(settings, editorial, engine, limits or RateLimits())

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        context.close()
        engine.dispose()

    app = FastAPI(
        title=f"{editorial.title}: reader pages",
        version="1",
        description="Subscribe, confirm, preferences, unsubscribe (RFC 8058 one-click), archive, mail-provider events (bounces, complaints).",
        # Swagger UI and ReDoc load scripts from a CDN, which the CSP forbids; the
        # machine-readable description stays at /openapi.json.
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
        # Starlette's redirect builds Location from the Host header; ours uses the base URL.
        redirect_slashes=False,
        # No OpenTelemetry here: its per-request check reads the environment on every call.
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    app.state.web = context
    app.state.engine = engine
    app.state.archive_cache = ArchiveData(
        engine,
        editorial,
        Renderer(
            editorial,
            base_url=settings.base_url,
            postal_address=settings.postal_address,
            zone=load_zone(settings.timezone),
        ),
    )
    for module in (
        unsubscribe,
        subscribe,
        confirm,
        preferences,
        feedback,
        archive,
        health,
        webhook,
    ):
        app.include_router(module.router)
    _add_pages(app, context)
    _add_error_pages(app, context)
    app.add_middleware(OneClickMiddleware)
    app.add_middleware(TrailingSlashRedirect, base_url=settings.base_url, routes=app.router.routes)
    app.add_middleware(HeadAsGetMiddleware)
    # Outside the one-click path: an oversized request is refused before anything reads it.
    app.add_middleware(RequestLimitsMiddleware, refusal=_refusal(context))
    app.add_middleware(SecurityHeadersMiddleware)  # added last: wraps the one-click answers too
    return app


def _add_pages(app: FastAPI, context: WebContext) -> None:
    @app.get("/", include_in_schema=False)
    async def home() -> RedirectResponse:
        return RedirectResponse("/subscribe", status_code=303)

    @app.get("/static/site.css", include_in_schema=False)
    async def stylesheet() -> Response:
        return Response(
            context.pages.stylesheet,
            media_type="text/css",
            headers={"cache-control": "public, max-age=86400"},
        )


def _refusal(context: WebContext) -> Callable[[Scope, int, str], Response]:
    """Answer an oversized request: the friendly error page, or JSON on the webhook."""

    def page(status: int, reason: str) -> Response:
        return context.pages.error(
            status, "This request is too large", reason, links=(("/", "Home"),)
        )

    def webhook(status: int, reason: str) -> Response:
        return JSONResponse({"error": reason}, status_code=status)

    return refusal_from(page, webhook)


def _add_error_pages(app: FastAPI, context: WebContext) -> None:
    pages = context.pages

    async def invalid_token(_request: Request, exc: Exception) -> Response:
        return pages.error(
            400,
            "This link does not work",
            str(exc),
            links=(("/subscribe", "Subscribe"), ("/archive", "Read the archive")),
        )

    async def unknown_subscriber(_request: Request, exc: Exception) -> Response:
        return pages.error(404, "Nothing on file", str(exc), links=(("/subscribe", "Subscribe"),))

    async def backend_failed(request: Request, exc: Exception) -> Response:
        # Our messages never hold a whole address, but mask anyway: logs outlive decisions.
        logger.error(
            "%s %s failed: %s", request.method, request.url.path, mask_addresses_in(str(exc))
        )
        return pages.error(
            503,
            "Please try again later",
            "Something on our side is not answering right now. Nothing was changed; please try again in a few minutes.",
        )

    async def http_error(_request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        heading = "Page not found" if exc.status_code == 404 else "This request did not work"
        detail = exc.detail if isinstance(exc.detail, str) else "The request could not be read."
        response = pages.error(exc.status_code, heading, detail, links=(("/", "Home"),))
        for name, value in (exc.headers or {}).items():
            response.headers[name] = value
        return response

    async def bad_request(_request: Request, _exc: Exception) -> Response:
        return pages.error(
            400,
            "This request did not work",
            "Part of the address or form was not valid. Use the link from your email or the form as it is.",
            links=(("/", "Home"),),
        )

    app.add_exception_handler(InvalidToken, invalid_token)
    app.add_exception_handler(UnknownSubscriber, unknown_subscriber)
    app.add_exception_handler(SubscriberError, backend_failed)
    app.add_exception_handler(NewsletterError, backend_failed)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, bad_request)


def app_from_environment() -> FastAPI:
    """Build the app from ``NEWSLETTER_*`` settings (for ``uvicorn --factory``, e.g. with workers).

    Raises ConfigError naming a missing or invalid setting.
    """
    settings = load_settings()
    return create_app(settings, load_editorial(settings.config))
