"""Security headers on every response, and CSRF tokens for the human forms.

CSRF uses a double-submit cookie bound with an HMAC: the cookie holds a random value and
the form carries ``HMAC(secret, value)``. A cross-site page can neither read the cookie nor
compute the HMAC, so it cannot forge a form post. The RFC 8058 one-click POST carries no
cookie and no form token; the unsubscribe route recognises it by its exact body and lets the
token in the URL stand as the authority (see ``newsletter.web.unsubscribe``).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSRF_COOKIE = "nl_csrf"
CSRF_FIELD = "csrf_token"

# No inline script anywhere, no external resources, never framed.
PAGE_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
# Archive pages hold the email's HTML, whose styles are inline by nature, in the site's frame
# (its stylesheets); still no script.
ARCHIVE_CSP = (
    "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src https: data:; "
    "form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)

_COMMON_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-content-type-options", b"nosniff"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"interest-cohort=()"),
)


class SecurityHeadersMiddleware:
    """Add CSP, framing, referrer and sniffing headers to every HTTP response.

    A route may set its own ``content-security-policy`` (the archive does); the default is
    added only when the response has none. Pages also get ``cache-control: no-store`` unless
    they set a cache policy, since most of them sit behind a personal token.
    """

    def __init__(self, app: ASGIApp) -> None:
        """Wrap ``app``."""
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request through, adding the headers on the response start."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                headers.extend(_COMMON_HEADERS)
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", PAGE_CSP.encode()))
                if b"cache-control" not in names:
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


class CsrfProtect:
    """Mint and check double-submit CSRF tokens bound to a secret key."""

    def __init__(self, secret_key: str, *, secure_cookie: bool) -> None:
        """Bind tokens to ``secret_key``; mark the cookie Secure when the site is https."""
        self._key = hashlib.sha256(b"newsletter-csrf:" + secret_key.encode()).digest()
        self.secure_cookie = secure_cookie

    @staticmethod
    def new_cookie_value() -> str:
        """Return a fresh random cookie value."""
        return secrets.token_urlsafe(24)

    def token_for(self, cookie_value: str) -> str:
        """Return the form token that matches ``cookie_value``."""
        return hmac.new(self._key, cookie_value.encode(), hashlib.sha256).hexdigest()

    def is_valid(self, cookie_value: str | None, form_token: str | None) -> bool:
        """Tell whether the form token matches the cookie (constant-time)."""
        if not cookie_value or not form_token or len(cookie_value) > 128:
            return False
        return hmac.compare_digest(self.token_for(cookie_value), form_token)

    @staticmethod
    def is_plausible_cookie(value: str | None) -> bool:
        """Tell whether a cookie value looks like one we minted (reuse it rather than rotate)."""
        return (
            value is not None
            and 16 <= len(value) <= 64
            and all(char.isalnum() or char in "-_" for char in value)
        )
