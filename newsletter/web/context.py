"""What every route needs, built once by ``create_app`` and kept on ``app.state``."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import sqlalchemy as sa
from starlette.requests import Request

from newsletter.config import Settings
from newsletter.editorial import EditorialConfig
from newsletter.web.pages import Pages
from newsletter.web.ratelimit import RateLimits, SlidingWindowLimiter
from newsletter.web.security import CsrfProtect
from subscribers.links import LinkBuilder
from subscribers.store import SubscriberStore
from subscribers.tokens import TokenSigner

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
        return cls(
            settings=settings,
            editorial=editorial,
            engine=engine,
            store=SubscriberStore(engine, keys),
            signer=signer,
            links=LinkBuilder(settings.base_url, signer),
            pages=Pages(settings, editorial),
            csrf=CsrfProtect(
                settings.secret_key.get_secret_value(),
                secure_cookie=urlsplit(settings.base_url).scheme == "https",
            ),
            ip_limiter=SlidingWindowLimiter(limits.per_ip, limits.window_seconds),
            address_limiter=SlidingWindowLimiter(limits.per_address, limits.window_seconds),
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


def web_context(request: Request) -> WebContext:
    """Return the app's WebContext (a FastAPI dependency)."""
    context: WebContext = request.app.state.web
    return context


def client_ip(request: Request) -> str:
    """Return the client's IP as uvicorn saw it (behind a proxy, run with --proxy-headers)."""
    return request.client.host if request.client else "unknown"
