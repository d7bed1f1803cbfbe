"""Security headers on every response, and the CSRF cookie's attributes."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsletter.config import DEV_SECRET_KEY, load_settings
from newsletter.editorial import EditorialConfig
from newsletter.errors import ConfigError
from newsletter.web.app import app_from_environment, create_app
from newsletter.web.context import WebContext
from newsletter.web.security import CSRF_COOKIE, CsrfProtect
from subscribers.store import SubscriberStore
from tests.web.conftest import add_reader, path_of


@pytest.mark.parametrize("path", ["/subscribe", "/archive", "/healthz", "/u/bad", "/missing"])
def test_every_response_has_the_security_headers(client: TestClient, path: str) -> None:
    """CSP without scripts, no framing, no referrer, no sniffing, on pages and errors alike."""
    headers = client.get(path).headers
    csp = headers["content-security-policy"]
    assert "default-src 'none'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "script-src" not in csp
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["x-content-type-options"] == "nosniff"


def test_pages_have_no_inline_style_or_script(
    client: TestClient, web: WebContext, store: SubscriberStore
) -> None:
    """The CSP forbids inline styles and scripts, so the pages must not rely on any."""
    reader = add_reader(store)
    for path in (
        "/subscribe",
        "/archive",
        path_of(web.links.unsubscribe_url(reader.id)),
        path_of(web.links.preferences_url(reader.id)),
    ):
        html = client.get(path).text
        assert "<script" not in html
        assert "style=" not in html
        assert "<style" not in html


def test_stylesheet_carries_the_field_colors(client: TestClient, web: WebContext) -> None:
    """The stylesheet is served from our origin with a swatch rule per configured field."""
    response = client.get("/static/site.css")
    assert response.headers["content-type"].startswith("text/css")
    for field in web.editorial.fields:
        assert f".swatch-{field.slug} {{ background: {field.color}; }}" in response.text


def test_csrf_cookie_is_http_only_and_same_site_strict(client: TestClient) -> None:
    """The CSRF cookie cannot be read by script nor sent by another site."""
    cookie = client.get("/subscribe").headers["set-cookie"]
    assert cookie.startswith(f"{CSRF_COOKIE}=")
    assert "HttpOnly" in cookie
    assert "SameSite=strict" in cookie or "samesite=strict" in cookie.lower()


def test_csrf_tokens_are_bound_to_cookie_and_key() -> None:
    """A token verifies only with its own cookie under the same key."""
    protect = CsrfProtect("key-one", secure_cookie=True)
    cookie = protect.new_cookie_value()
    token = protect.token_for(cookie)
    assert protect.is_valid(cookie, token)
    assert not protect.is_valid(protect.new_cookie_value(), token)
    assert not CsrfProtect("key-two", secure_cookie=True).is_valid(cookie, token)
    assert not protect.is_valid(None, token)
    assert not protect.is_valid(cookie, "")


@pytest.mark.parametrize(
    ("base_url", "keys", "refused"),
    [
        ("https://news.example.com", {"NEWSLETTER_SECRET_KEY": DEV_SECRET_KEY}, True),
        ("https://news.example.com", {}, True),  # the default key is the development one
        (
            "https://news.example.com",
            {
                "NEWSLETTER_SECRET_KEY": "a-real-key-0123456789",
                "NEWSLETTER_OLD_SECRET_KEYS": DEV_SECRET_KEY,
            },
            True,
        ),
        ("http://localhost:8000", {}, False),  # local development keeps working
        ("https://news.example.com", {"NEWSLETTER_SECRET_KEY": "a-real-key-0123456789"}, False),
    ],
    ids=["https-dev", "https-default", "https-dev-as-old-key", "http-dev", "https-real"],
)
def test_development_key_is_refused_on_an_https_site(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    editorial: EditorialConfig,
    base_url: str,
    keys: dict[str, str],
    refused: bool,
) -> None:
    """With an https base URL the web app refuses the development secret (current or old)."""
    monkeypatch.setenv("NEWSLETTER_BASE_URL", base_url)
    monkeypatch.setenv("NEWSLETTER_DATABASE_URL", f"sqlite:///{tmp_path / 'n.db'}")
    for name in ("NEWSLETTER_SECRET_KEY", "NEWSLETTER_OLD_SECRET_KEYS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in keys.items():
        monkeypatch.setenv(name, value)
    settings = load_settings(_env_file=None)  # previews and the outbox may still use it
    if not refused:
        create_app(settings, editorial)
        return
    with pytest.raises(ConfigError, match="NEWSLETTER_SECRET_KEY.*development default"):
        create_app(settings, editorial)
    with pytest.raises(ConfigError, match="NEWSLETTER_BASE_URL is https"):
        app_from_environment()
