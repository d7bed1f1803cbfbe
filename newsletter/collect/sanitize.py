"""Clean report bodies: prune the site's furniture from the lxml tree, then sanitise with nh3."""

from __future__ import annotations

import html
import re
from functools import lru_cache, partial
from urllib.parse import urljoin

import nh3
from lxml import etree
from lxml.html.defs import link_attrs

from newsletter.collect.htmltree import (
    LeafBlocks,
    Tree,
    drop,
    parse_html,
    serialize,
    tree_to_lines,
)

# Lines of the site's own furniture: the subscribe box, its privacy bullets, "Comments".
BOILERPLATE_PATTERNS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"^get our weekly .*(intelligence|newsletter)",
        r"^receive an infographic\b",
        r"^subscribe (free|now|today|to (our|the))\b",
        r"^by subscribing\b",
        r"^your email( address)? and selected fields are used only",
        r"^we never share your (information|data|email)",
        r"^you can unsubscribe (at )?any ?time",
        r"^see our privacy policy\b",
        r"^takes about a minute\b",
        r"^unsubscribe any ?time\.?$",
        r"^\d*\s*comments?\s*(\(\d+\))?:?$",
        r"^(leave|add|post) a (comment|reply)\b",
        r"^share (this|on)\b.*$",
        r"^the post .* appeared first on .*$",
    )
)
# Elements whose class or id marks them as furniture rather than report text.
_FURNITURE = re.compile(
    r"(^|[\s_-])(subscribe|subscription|newsletter-signup|signup|optin|opt-in|comments?|"
    r"sharedaddy|share-buttons|social-share|related-posts)($|[\s_-])",
    re.IGNORECASE,
)
_DROPPED_TAGS = frozenset({"form", "script", "style", "noscript", "iframe", "button", "input"})
_ALLOWED_SCHEMES = {"http", "https", "mailto"}
_LIST_MARK = re.compile(r"^[-*•·]\s*")


# All patterns in one regex: every line of every body is tested against them. Every pattern
# starts with "^", so ``match`` answers without retrying at each later position as search does.
_BOILERPLATE = re.compile(
    "|".join(f"(?:{pattern.pattern})" for pattern in BOILERPLATE_PATTERNS), re.IGNORECASE
)


# Each body's lines are judged twice (as the anatomy's lines and as the sanitiser's leaf
# blocks, whose text is mostly one line), a description that is also the body a third time,
# and a site's furniture recurs in every report: on the benchmark's feeds most lookups are
# repeats. Texts longer than _CACHED_MAX are judged afresh, so the cache stays small.
_CACHED_MAX = 1024  # characters


def is_boilerplate(line: str) -> bool:
    """Tell whether a text line is the site's furniture (subscribe box, privacy, comments)."""
    return _judged(line) if len(line) <= _CACHED_MAX else _judge(line)


def _judge(line: str) -> bool:
    text = _LIST_MARK.sub("", line.strip())
    return bool(text) and _BOILERPLATE.match(text) is not None


_judged = lru_cache(maxsize=4096)(_judge)


def strip_boilerplate_lines(lines: list[str]) -> list[str]:
    """Drop boilerplate lines from plain text lines."""
    return [line for line in lines if not is_boilerplate(line)]


def sanitize_html(markup: str, *, base: str = "") -> str:
    """Return the body without boilerplate, scripts, styles, event attributes or javascript: URLs.

    Relative links and image sources resolve against ``base`` when it is an absolute URL.
    """
    if not markup.strip():
        return ""
    if "<" not in markup:
        # Plain text: one paragraph per line, so line-level boilerplate can be dropped too.
        lines = strip_boilerplate_lines(html.unescape(markup).splitlines())
        markup = "".join(f"<p>{html.escape(line.strip())}</p>" for line in lines if line.strip())
    return sanitize_tree(parse_html(markup), base=base)


def sanitize_tree(tree: Tree, *, base: str = "", leaves: LeafBlocks | None = None) -> str:
    """Sanitise an already parsed body (changes the tree); see ``sanitize_html``.

    ``leaves`` are the leaf blocks ``tree_to_lines`` met while reading the same tree (a
    caller that read its lines passes them; otherwise they are read here).
    """
    if leaves is None:
        leaves = []
        tree_to_lines(tree, leaves)
    _prune(tree, leaves)
    cleaned: str = _cleaner(base if "://" in base else "").clean(serialize(tree))
    return cleaned.strip()


@lru_cache(maxsize=64)
def _cleaner(base: str) -> nh3.Cleaner:
    """nh3's sanitiser for bodies whose links resolve against ``base`` ("": left as written).

    Built once per base, the feed's URL mostly: ``nh3.clean`` builds one at every call,
    a fifth of its time on a report body.
    """
    return nh3.Cleaner(
        url_schemes=_ALLOWED_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        attribute_filter=partial(_resolve, base) if base else None,
    )


def _resolve(base: str, _tag: str, attribute: str, value: str) -> str:
    """nh3's attribute hook: make a URL attribute absolute (an email has no page to be
    relative to). ``lxml.html.defs.link_attrs`` lists the attributes that hold URLs; a
    URL that cannot be joined stays as written, for nh3 to judge its scheme."""
    if attribute not in link_attrs or not value:
        return value
    try:
        return urljoin(base, value.strip())
    except ValueError:
        return value


def _prune(tree: Tree, leaves: LeafBlocks) -> None:
    """Drop the site's furniture: forms, scripts, marked boxes, boilerplate-only blocks.

    Candidates come from lxml in C (by tag, by a class or id attribute) and from the leaf
    blocks the line reader met; only those are looked at in Python.
    """
    doomed: list[Tree] = list(tree.iter(*_DROPPED_TAGS))
    marked = _MARKED(tree)
    for element in marked if isinstance(marked, list) else ():
        if not isinstance(element, etree._Element):
            continue  # the XPath selects elements only; this tells the type checker
        marker = f"{element.get('class', '')} {element.get('id', '')}"
        if _FURNITURE.search(marker):
            doomed.append(element)
    doomed.extend(element for element, text in leaves if is_boilerplate(text))
    for element in doomed:
        if element is not tree:
            drop(element)


# The attributes that mark furniture (read in _prune: class, then id).
_MARKED = etree.XPath("descendant::*[@class or @id]")
