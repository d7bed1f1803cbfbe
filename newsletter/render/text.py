"""Plain-text helpers: tidy stored text, wrap lines without breaking links, draw text bars, pick readable colors."""

from __future__ import annotations

import functools
import re
import textwrap

_SPACE_RE = re.compile(r"[ \t\r\f\v]+")
_BAR_CELLS = 10
# A whitespace-separated token that is (or holds) a link: a scheme (https://, ftp://), a
# mailto: or www. start, an address (name@host.tld) or a bare host with a path
# (troy-technical.example/events). Such a token is never broken, at a hyphen or anywhere.
_LINK_TOKEN_RE = re.compile(
    r"""
    [A-Za-z][A-Za-z0-9+.-]*://      # scheme
    | (?:^|[^\w.-])(?:www\.|mailto:)  # www. or mailto: at the token's start
    | [\w.+-]@[\w-]+\.[\w.-]        # an address
    | (?:^|[^\w.-])[\w-]+(?:\.[\w-]+)+/  # host.tld/ without a scheme
    """,
    re.VERBOSE | re.IGNORECASE,
)
_PLACEHOLDERS = range(0xE000, 0xF900)  # Unicode private use area: never in feed text


def plain(value: object) -> str:
    """Return a stored text value for the text part: runs of spaces and tabs made single, trimmed.

    Every value a text template prints is already plain text: collect stores titles and Key
    Findings decoded exactly once (``newsletter.collect``), and editors type drafts as plain
    text. So nothing is stripped or decoded here: a title that reads "Use <b> for bold" or
    "R&amp;D" is shown as written, exactly as the HTML part (which escapes it) shows it.
    Decoding again would make the two parts disagree (issue 13, "Markup and entities in
    titles"). Memoised: the same field names and titles recur in every variant of an issue.
    """
    return _plain(str(value))


@functools.lru_cache(maxsize=8192)
def _plain(text: str) -> str:
    return _SPACE_RE.sub(" ", text).strip()


def wordwrap(
    value: object,
    width: int = 79,
    break_long_words: bool = True,
    wrapstring: str | None = None,
    break_on_hyphens: bool = True,
) -> str:
    """Wrap text like Jinja's ``wordwrap`` filter, but never inside a link.

    Each input line is wrapped to ``width`` characters by ``textwrap`` (greedy, at spaces and,
    with ``break_on_hyphens``, after hyphens inside words); a token that is a URL, an address
    or a host with a path (with any brackets or punctuation around it) is kept whole on one
    line, even when it is longer than ``width``. Lines are joined with ``wrapstring``
    (default newline). Memoised: intros and footers recur in every variant.
    """
    return _wrap(str(value), width, break_long_words, wrapstring or "\n", break_on_hyphens)


@functools.lru_cache(maxsize=4096)
def _wrap(
    text: str, width: int, break_long_words: bool, wrapstring: str, break_on_hyphens: bool
) -> str:
    return wrapstring.join(
        wrapstring.join(_wrap_line(line, width, break_long_words, break_on_hyphens))
        for line in text.splitlines()
    )


def _wrap_line(line: str, width: int, break_long_words: bool, break_on_hyphens: bool) -> list[str]:
    # Links become same-length runs of one private-use character (no space, no hyphen), so
    # textwrap places them like any word and never splits them; then they are put back.
    marker = next(chr(code) for code in _PLACEHOLDERS if chr(code) not in line)
    links: list[str] = []

    def protect(match: re.Match[str]) -> str:
        token = match.group(0)
        if not _LINK_TOKEN_RE.search(token):
            return token
        links.append(token)
        return marker * len(token)

    masked = re.sub(r"\S+", protect, line)
    wrapped = textwrap.wrap(
        masked,
        width=width,
        expand_tabs=False,
        replace_whitespace=False,
        # A link longer than the width stays whole on its own line.
        break_long_words=break_long_words and all(len(link) <= width for link in links),
        break_on_hyphens=break_on_hyphens,
    )
    if not links:
        return wrapped
    restored = "\n".join(wrapped)
    parts: list[str] = []
    position = 0
    for link in links:
        start = restored.index(marker, position)
        parts += [restored[position:start], link]
        position = start + len(link)
    parts.append(restored[position:])
    return "".join(parts).split("\n")


def join_names(names: object) -> str:
    """Join names as prose: ``A``, ``A and B``, ``A, B and C``."""
    items = [str(name) for name in names] if isinstance(names, list | tuple) else [str(names)]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def counted(count: int, noun: str, plural_form: str | None = None) -> str:
    """Return the count and its noun in the right number: ``1 report``, ``2 reports``, ``1,200 messages``.

    ``plural_form`` is for nouns that do not take an "s" (``"replies"``); thousands get a comma.
    """
    word = noun if count == 1 else (plural_form or f"{noun}s")
    return f"{count:,} {word}"


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
