"""Clean report bodies: drop the site's boilerplate, then sanitise with nh3."""

from __future__ import annotations

import contextlib
import html
import re
from urllib.parse import urljoin

import nh3
from feedparser.urls import RelativeURIResolver

from newsletter.collect.htmltree import BLOCK_TAGS, Node, parse_html, serialize

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
# (tag, attribute) pairs that hold a URL: the list feedparser's own resolver uses.
_URL_ATTRIBUTES: frozenset[tuple[str, str]] = frozenset(RelativeURIResolver.relative_uris)


# All patterns in one regex: every line of every body is tested against them. Every pattern
# starts with "^", so ``match`` answers without retrying at each later position as search does.
_BOILERPLATE = re.compile(
    "|".join(f"(?:{pattern.pattern})" for pattern in BOILERPLATE_PATTERNS), re.IGNORECASE
)


def is_boilerplate(line: str) -> bool:
    """Tell whether a text line is the site's furniture (subscribe box, privacy, comments)."""
    text = _LIST_MARK.sub("", line.strip())
    return bool(text) and _BOILERPLATE.match(text) is not None


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


def sanitize_tree(tree: Node, *, base: str = "") -> str:
    """Sanitise an already parsed body (changes the tree); see ``sanitize_html``."""
    _prune(tree, base if "://" in base else "")
    cleaned: str = nh3.clean(
        serialize(tree),
        url_schemes=_ALLOWED_SCHEMES,
        link_rel="noopener noreferrer nofollow",
    )
    return cleaned.strip()


def _prune(node: Node, base: str) -> None:
    kept: list[Node] = []
    for child in node.children:
        if child.tag and _is_furniture(child):
            continue
        if child.tag:
            if base and child.attrs:
                _resolve(child, base)
            _prune(child, base)
        kept.append(child)
    node.children = kept


def _resolve(node: Node, base: str) -> None:
    """Make the node's URL attributes absolute (an email has no page to be relative to)."""
    resolved: list[tuple[str, str | None]] = []
    for name, value in node.attrs:
        if value and (node.tag, name) in _URL_ATTRIBUTES:
            # A malformed URL stays as written; nh3 then judges its scheme.
            with contextlib.suppress(ValueError):
                value = urljoin(base, value.strip())
        resolved.append((name, value))
    node.attrs = resolved


def _is_furniture(node: Node) -> bool:
    tag = node.tag
    if tag in _DROPPED_TAGS:
        return True
    marker = " ".join(value for key, value in node.attrs if value and key in _MARKER_ATTRIBUTES)
    if marker and _FURNITURE.search(marker):
        return True
    if tag in BLOCK_TAGS and not any(child.tag in _NESTING_BLOCKS for child in node.children):
        # A leaf block whose whole text is boilerplate ("Subscribe Free — ...").
        return is_boilerplate(node.text())
    return False


_MARKER_ATTRIBUTES = frozenset({"class", "id"})
# Blocks that make their parent a container rather than a leaf (a <p> inside stays a leaf).
_NESTING_BLOCKS = BLOCK_TAGS - {"p"}
