"""Plain-text helpers: strip feed markup, draw text bars, pick readable colors."""

from __future__ import annotations

import functools
import html
import re

import nh3

_TAG_RE = re.compile(r"</?[A-Za-z!?][^<>]*>")
_SPACE_RE = re.compile(r"[ \t\r\f\v]+")
_BAR_CELLS = 10


def plain(value: object) -> str:
    """Return feed text as plain text: tags (and script/style bodies) removed, entities decoded.

    Feed text is data: a title such as ``<script>…</script>`` must never reach the text part
    as markup. Decoding entities can reveal new tags (``&lt;b&gt;``), so strip until stable.
    Results are memoised: the same field names and titles recur in every variant of an issue.
    """
    return _plain(str(value))


@functools.lru_cache(maxsize=8192)
def _plain(text: str) -> str:
    for _ in range(5):
        cleaned = html.unescape(nh3.clean(text, tags=set(), clean_content_tags={"script", "style"}))
        if cleaned == text:
            break
        text = cleaned
    text = _TAG_RE.sub("", text)
    return _SPACE_RE.sub(" ", text).strip()


def join_names(names: object) -> str:
    """Join names as prose: ``A``, ``A and B``, ``A, B and C``."""
    items = [str(name) for name in names] if isinstance(names, list | tuple) else [str(names)]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def text_bar(score: int, cells: int = _BAR_CELLS) -> str:
    """Draw a score 0-100 as a bar of full and empty blocks, e.g. ``█████░░░░░ 52``."""
    bounded = max(0, min(100, score))
    full = round(bounded * cells / 100)
    return f"{'█' * full}{'░' * (cells - full)} {bounded}"


def relative_luminance(color: str) -> float:
    """Return the WCAG 2.x relative luminance of a ``#rrggbb`` color (0 black .. 1 white)."""
    digits = color.lstrip("#")
    channels = [int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """Return the WCAG contrast ratio of two ``#rrggbb`` colors (1 .. 21)."""
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_color_on(background: str) -> str:
    """Pick white or near-black text, whichever reads better on ``background``."""
    light, dark = "#ffffff", "#111111"
    if contrast_ratio(light, background) >= contrast_ratio(dark, background):
        return light
    return dark
