"""Canonical URLs: the key that makes two copies of one report the same article."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that only track the click, never select the content.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "yclid",
        "_ga",
        "_gl",
        "ref",
        "ref_src",
        "source",
        "cmpid",
        "spm",
        "ncid",
        "sr_share",
        "oly_enc_id",
        "oly_anon_id",
        "vero_id",
        "wt.mc_id",
        "at_medium",
        "at_campaign",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "__hs", "_hs")
DEFAULT_PORTS = {"http": 80, "https": 443}


def is_tracking_param(name: str) -> bool:
    """Tell whether a query parameter only tracks the visit (utm_*, fbclid, ...)."""
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


# Saving a batch asks for each article's key four times (dedupe, lookup, compare, row):
# big enough to hold a whole cold run's URLs.
@lru_cache(maxsize=32_768)
def canonical_url(url: str) -> str:
    """Return ``url`` with tracking parameters, the fragment and case noise removed.

    The scheme and host are lower-cased, default ports and a trailing dot in the host are
    dropped, an empty path becomes ``/`` and the remaining query parameters keep their order.
    Anything that is not an http(s) URL comes back stripped but otherwise unchanged.
    """
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return text
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        return text.split("#", 1)[0]
    host = parts.hostname.rstrip(".")
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    if parts.username:
        credentials = parts.username + (f":{parts.password}" if parts.password else "")
        netloc = f"{credentials}@{netloc}"
    query = [
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not is_tracking_param(name)
    ]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))


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
