"""A report's identity: canonical URLs, and when two copies are one report.

Shared by collect (which gives each entry its id) and the articles store (which merges
copies): it imports neither.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from newsletter.models import Article

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


def _title_key(title: str) -> str:
    return " ".join(title.casefold().split())


def same_report(first: Article, second: Article, *, same_document: bool = False) -> bool:
    """Tell whether two articles that share an id are one report (an edit) or two.

    Feeds reuse ids by mistake (a CMS that gives every item one ``<guid>``), and edit items
    under a kept id. Two items of one feed document cannot be an edit of each other
    (``same_document``): they are different reports when both their titles and their
    canonical links differ (or their titles, when a link is missing). Otherwise, as the
    issue puts it, a different link, title *and* published time make a different report:
    an edit keeps its time (WordPress changes the slug with the title, never the date),
    and a guessed time says nothing. The same title, or the same canonical link: always
    the same report (a syndicated copy, a bumped ``<updated>``, a corrected title).
    """
    if _title_key(first.title) == _title_key(second.title):
        return True
    if first.url and second.url and canonical_url(first.url) == canonical_url(second.url):
        return True
    if same_document and first.source_feed == second.source_feed:
        return False
    if first.published_is_guess or second.published_is_guess:
        return True
    return first.published_at == second.published_at


def colliding_id(article: Article) -> str:
    """Return a distinct, stable id for a report whose feed gave its id to another report.

    Derived from the shared id and the report's own canonical link (else its title): the
    same item gets the same id on every run, whatever the order of the feed.
    """
    own = canonical_url(article.url) if article.url else _title_key(article.title)
    digest = hashlib.sha256(own.encode("utf-8")).hexdigest()[:16]
    base = article.id if len(article.id) <= 400 else article.id[:400]
    return f"{base}#report-{digest}"
