"""Turn one feedparser entry into a normalised Article."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from newsletter.collect.anatomy import anatomy_from_lines, first_sentences, key_finding
from newsletter.collect.dates import EntryTime, entry_time
from newsletter.collect.htmltree import (
    LeafBlocks,
    TextLine,
    html_to_lines,
    parse_html,
    tree_to_lines,
)
from newsletter.collect.parse import Entry
from newsletter.collect.priority import split_priority
from newsletter.collect.sanitize import is_boilerplate, sanitize_html, sanitize_tree
from newsletter.collect.taxonomy import FieldMatcher
from newsletter.collect.titles import made_up_title, plain_title
from newsletter.collect.urls import absolute_url
from newsletter.identity import canonical_url
from newsletter.models import Article

SUMMARY_MAX = 600  # characters of plain text kept as the summary
_MAX_ID = 400  # longer guids are hashed: the id column holds 512 characters
_SAFE_SCHEMES = ("http", "https")
_URI_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")  # RFC 3986 scheme, then ":"


@dataclass(frozen=True, slots=True)
class EntryContext:
    """What normalising an entry needs to know about its feed and this run."""

    feed_url: str
    base_url: str  # where relative links resolve from
    fetched_at: dt.datetime
    matcher: FieldMatcher


@dataclass(frozen=True, slots=True)
class Normalised:
    """One entry as an Article, with how its date was found (for the feed's warnings)."""

    article: Article
    time: EntryTime
    made_title: bool = False  # the entry had no title: one was made from its text or link


def normalise_entry(entry: Entry, context: EntryContext) -> Normalised | None:
    """Return the entry as an Article, or None when it has no title, link, text or enclosure.

    The title is plain text, decoded exactly once (see ``plain_title``); an entry without
    one gets a title made from its first words, else its link (``made_title``).
    """
    title = plain_title(entry)
    url = _link(entry, context.base_url)
    raw_summary = _text(entry, "summary")
    raw_body, body_base = _body(entry)
    if not raw_body:
        raw_body, body_base = raw_summary, _base(entry.get("summary_detail"))
    enclosure = "" if title or url else _enclosure(entry)
    if not (title or url or raw_body.strip() or enclosure):
        return None
    when = entry_time(entry, context.fetched_at)
    tags, priority = split_priority(_tags(entry))
    # An xml:base is relative to the document's own URL (RFC 3986 section 5.1).
    base = absolute_url(body_base, context.base_url) if body_base else context.base_url
    if "<" in raw_body:
        # Parse the body once: its text lines feed the anatomy, then the tree is sanitised.
        tree = parse_html(raw_body)
        leaves: LeafBlocks = []
        body_lines = tree_to_lines(tree, leaves)
        body_html = sanitize_tree(tree, base=base, leaves=leaves)
    else:
        body_lines = html_to_lines(raw_body)
        body_html = sanitize_html(raw_body, base=base)
    anatomy = anatomy_from_lines(body_lines)
    # An RSS description is often both the summary and the body: read its lines once.
    summary_lines = body_lines if raw_summary == raw_body else html_to_lines(raw_summary)
    summary = _plain_summary(summary_lines)
    fallback = summary or anatomy.preamble or anatomy.text
    made_title = not title
    if made_title:
        title = made_up_title(fallback, url or enclosure)
    article = Article(
        id=_stable_id(entry, url, title, context.feed_url),
        url=url,
        title=title,
        published_at=when.when,
        source_feed=context.feed_url,
        fetched_at=context.fetched_at,
        published_is_guess=when.is_guess,
        author=_author(entry),
        tags=tags,
        fields=context.matcher.match(tags),
        summary=summary,
        body_html=body_html,
        sections=anatomy.sections,
        key_finding=key_finding(anatomy.sections, fallback),
        priority=priority,
    )
    return Normalised(article, when, made_title)


def _enclosure(entry: Entry) -> str:
    """Return the first enclosure's URL (a podcast episode's audio file), else ""."""
    for link in _dicts(entry.get("links")):
        if link.get("rel") == "enclosure" and isinstance(link.get("href"), str):
            href = str(link["href"])
            if urlsplit(href).scheme.lower() in _SAFE_SCHEMES:
                return href
    return ""


def _text(entry: Entry, key: str) -> str:
    value = entry.get(key)
    return value if isinstance(value, str) else ""


def _link(entry: Entry, base: str) -> str:
    """Return the entry's page: its first rel="alternate" link, else feedparser's ``link``.

    feedparser 6.0 lets a later ``<link rel="enclosure">`` without href overwrite ``link``;
    the report's page is the alternate one (feedparser's development branch agrees).
    """
    link = ""
    for candidate in _dicts(entry.get("links")):
        if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
            link = str(candidate["href"])
            break
    link = link or _text(entry, "link")
    resolved = absolute_url(link, base)
    if resolved and urlsplit(resolved).scheme.lower() not in _SAFE_SCHEMES:
        return ""  # javascript:, data:, relative-without-base ... are not report links
    return resolved


def _dicts(value: object) -> list[Mapping[str, object]]:
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, Mapping)]


def _body(entry: Entry) -> tuple[str, str]:
    """Return the entry's content (HTML preferred) and the xml:base it was written under."""
    contents = _dicts(entry.get("content"))
    html = [c for c in contents if "html" in str(c.get("type", ""))]
    chosen = (html or contents)[:1]
    if not chosen:
        return "", ""
    return str(chosen[0].get("value", "")), _base(chosen[0])


def _base(detail: object) -> str:
    """Return the xml:base feedparser recorded for a text construct (maybe relative), else ""."""
    base = detail.get("base") if isinstance(detail, Mapping) else None
    return base.strip() if isinstance(base, str) else ""


def _author(entry: Entry) -> str:
    author = _text(entry, "author")
    if not author:
        detail = entry.get("author_detail")
        if isinstance(detail, Mapping):
            author = str(detail.get("name", "") or "")
    return " ".join(author.split())


def _tags(entry: Entry) -> list[str]:
    seen: dict[str, None] = {}
    for tag in _dicts(entry.get("tags")):
        term = str(tag.get("term") or tag.get("label") or "").strip()
        if term and term.casefold() not in {key.casefold() for key in seen}:
            seen[term] = None
    return list(seen)


def _plain_summary(all_lines: list[TextLine]) -> str:
    lines = [line.text for line in all_lines if not is_boilerplate(line.text)]
    text = " ".join(lines)
    if len(text) <= SUMMARY_MAX:
        return text
    return first_sentences(text, limit=SUMMARY_MAX)


def _stable_id(entry: Entry, url: str, title: str, feed_url: str) -> str:
    """Return the guid, else the canonical URL, else a hash of feed, title and date.

    A guid that is not a URI ("101", "post-7") is unique only within its feed, as feed
    readers treat it: it is prefixed with the feed's URL, so two feeds that number their
    items alike never merge two different reports. Copies of one report in two feeds still
    merge through their canonical URL; URI guids (URLs, urn:, tag:) stay as written.
    """
    guid = _text(entry, "id").strip()
    if guid and not _URI_SCHEME.match(guid):
        guid = f"{feed_url}#{guid}"
    if not guid and url:
        guid = canonical_url(url)
    if guid and len(guid) <= _MAX_ID:
        return guid
    if not guid:
        date = _text(entry, "published") or _text(entry, "updated")
        guid = f"{feed_url}\n{title}\n{date}"
    return "sha256:" + hashlib.sha256(guid.encode("utf-8")).hexdigest()
