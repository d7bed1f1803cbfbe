"""Resolve the links an entry gives against the feed's URL."""

from __future__ import annotations

from urllib.parse import urljoin


def absolute_url(url: str, base: str) -> str:
    """Resolve ``url`` against ``base`` (a feed or entry URL); blank stays blank."""
    text = url.strip()
    if not text:
        return ""
    if not base:
        return text
    try:
        return urljoin(base, text)
    except ValueError:
        return text
