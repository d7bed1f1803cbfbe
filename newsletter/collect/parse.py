"""Parse feed bytes with feedparser; report "bozo" problems instead of failing."""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import feedparser
from lxml import etree

from newsletter.collect.encoding import is_html_page, reconcile
from newsletter.collect.titles import plain_title

# Channel data that only a feed has; an HTML page yields at most a "summary".
_FEED_KEYS = frozenset({"title", "link", "links", "subtitle", "updated", "id"})

# One feedparser entry: a dict-like of strings, lists and dicts (feedparser is untyped).
Entry = Mapping[str, object]


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """What feedparser made of one feed's bytes."""

    title: str
    link: str
    entries: tuple[Entry, ...]
    warnings: tuple[str, ...] = ()
    error: str = ""  # set when nothing usable came out: the feed counts as failed


def parse_feed(
    data: bytes, *, url: str = "", headers: Mapping[str, str] | None = None
) -> ParsedFeed:
    """Parse feed bytes; ``headers`` are the HTTP response headers (charset, content type).

    feedparser is told the document's URL (``document_base``) only when the feed uses
    xml:base, whose relative values it must compose with that URL; otherwise it would
    re-join the URL at every element it opens (a sixth of its time) for nothing, and links
    come back as written, for collect to resolve against ``document_base``. A feed that is not well-formed but still
    yields entries comes back with a warning naming the problem; one that yields nothing
    has ``error`` (or a "no entries" warning when it was a valid, empty feed). Bytes and
    headers that contradict each other are reconciled first (``collect.encoding``). Never
    raises for bad input.
    """
    response_headers = {key.lower(): value for key, value in (headers or {}).items()}
    base = document_base(url, response_headers)
    response_headers.pop("content-location", None)
    if base and b"xml:base" in data:
        response_headers["content-location"] = base
    if urlsplit(url).scheme in ("http", "https"):
        # Any header without a Content-Type makes feedparser flag "NonXMLContentType"; a
        # server that sent none gets the rules of a local file (the XML declaration decides).
        response_headers.setdefault("content-type", "application/xml")
    reconciled = reconcile(data, response_headers)
    data, response_headers = reconciled.data, dict(reconciled.headers)
    # A BytesIO, never bare bytes: feedparser would treat a bytes value as a file name first.
    # feedparser's own HTML sanitiser and relative-URI pass run an SGML parser over every
    # title, summary and content: over half its time. Bodies are sanitised with nh3 and
    # their links resolved by collect itself; titles become plain text (collect.titles).
    result = feedparser.parse(
        io.BytesIO(data),
        response_headers=response_headers,
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    feed = result.get("feed", {})
    entries = tuple(result.get("entries", ()))
    problem = _describe(result.get("bozo_exception")) if result.get("bozo") else ""
    warnings: list[str] = list(reconciled.warnings)
    error = ""
    if entries and problem:
        kind = (
            "declares the wrong character encoding"
            if isinstance(result.get("bozo_exception"), feedparser.CharacterEncodingOverride)
            else "is not well-formed"
        )
        warnings.append(f"feed {kind} ({problem}); used the {len(entries)} entries it still yields")
    elif (
        not entries
        and not result.get("version")
        and (not _FEED_KEYS & set(feed) or is_html_page(data))
    ):
        # Neither a known format nor any channel data (an error page, garbage), or an HTML
        # page (whose <title> feedparser reads as a channel's): the feed failed. CDF
        # channels have no version but do have a title.
        detail = f" ({problem})" if problem else ""
        advertised = advertised_feeds(data, url)
        advice = (
            f"the URL serves an HTML page that names its feed at {advertised[0]};"
            " put that URL in the config"
            if advertised
            else "check the URL points at RSS or Atom"
        )
        error = f"not a feed that can be read{detail}; {advice}"
    elif not entries:
        detail = f" ({problem})" if problem else ""
        warnings.append(f"no entries{detail}")
    return ParsedFeed(
        title=plain_title(feed),
        link=str(feed.get("link", "")),
        entries=entries,
        warnings=tuple(warnings),
        error=error,
    )


# <link rel="alternate" type="application/rss+xml" href="..."> in a page's head: the
# RSS autodiscovery convention (rssboard.org/rss-autodiscovery) that Atom pages share.
_ADVERTISED = etree.XPath(
    "//link[contains(concat(' ', normalize-space(@rel), ' '), ' alternate ')]"
    "[contains(@type, 'rss') or contains(@type, 'atom') or contains(@type, 'rdf')]/@href"
)
_PAGE_PARSER = etree.HTMLParser(no_network=True, recover=True, remove_comments=True)


def advertised_feeds(page: bytes, url: str) -> list[str]:
    """Return the feed URLs an HTML page advertises (RSS autodiscovery), absolute; else []."""
    if b"<link" not in page[:200_000].lower():
        return []
    try:
        root = etree.fromstring(page, _PAGE_PARSER)
    except (etree.ParserError, ValueError):
        return []
    if root is None:
        return []
    found = _ADVERTISED(root)
    hrefs = (
        [str(href).strip() for href in found if str(href).strip()]
        if isinstance(found, list)
        else []
    )
    return [urljoin(url, href) if url else href for href in hrefs]


def document_base(url: str, headers: Mapping[str, str]) -> str:
    """The URL a feed's relative links resolve against: Content-Location (RFC 9110 section
    8.7, itself relative to the request URL), else the URL it was fetched from; "" when that
    is no http(s) URL (a local file)."""
    location = ""
    for name, value in headers.items():
        if name.lower() == "content-location":
            location = value.strip()
    base = urljoin(url, location) if location and url else location or url
    return base if urlsplit(base).scheme in ("http", "https") else ""


def _describe(exception: object) -> str:
    if exception is None:
        return "unknown problem"
    message = str(exception).strip() or "no detail"
    return f"{type(exception).__name__}: {message}"
