"""Titles as plain text: decoded exactly once, and made from the item when it has none."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

from newsletter.collect.anatomy import split_sentences
from newsletter.collect.htmltree import html_to_lines

MADE_TITLE_MAX = 80  # characters of a title made from an untitled item's text
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# A character reference left in a plain-text title: the feed escaped it twice.
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def plain_title(item: Mapping[str, object]) -> str:
    """Return an entry's (or feed's) title as one line of plain text, decoded exactly once.

    A title typed ``text/html`` (feedparser types RSS titles holding markup or character
    references so) is read as HTML: tags dropped, script and style content dropped,
    references decoded. A plain-text title is as the XML parser decoded it, unless it still
    holds a character reference (``&#8217;``, ``&amp;``): the feed escaped it twice, and
    one more decoding gives what its author wrote (read as HTML when it also holds tags).
    Returns "" for a missing title or one that is only markup (an image).
    """
    title = item.get("title")
    if not isinstance(title, str) or not title.strip():
        return ""
    detail = item.get("title_detail")
    kind = str(detail.get("type") or "") if isinstance(detail, Mapping) else ""
    escaped = "&" in title and _ENTITY.search(title) is not None
    if (kind in _HTML_TYPES and ("<" in title or "&" in title)) or (escaped and _TAG.search(title)):
        # HTML, or "plain text" holding both tags and references (HTML typed wrongly).
        # html_to_lines reads text without "<" with one unescape, markup with the parser's
        # one decoding: either way the references are decoded once.
        title = " ".join(line.text for line in html_to_lines(title))
    elif escaped:
        title = html.unescape(title)
    return " ".join(title.split())


def made_up_title(text: str, link: str) -> str:
    """Make a title for an item that has none: its first sentence, else its link.

    The first sentence is kept whole when it fits ``MADE_TITLE_MAX`` characters, else cut
    at a word boundary with an ellipsis. Without text the link stands in (as feed readers
    show untitled items); without either, "Untitled report".
    """
    sentences = split_sentences(text)
    if sentences:
        first = sentences[0]
        if len(first) > MADE_TITLE_MAX:
            return first[:MADE_TITLE_MAX].rsplit(" ", 1)[0].rstrip(",;:-–—") + "…"
        if first.rstrip("."):  # a text of full stops only ("...") makes no title
            return first.rstrip(".")
    return link or "Untitled report"
