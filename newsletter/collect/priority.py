"""The editor's priority, given as a feed category ("priority:high"), split from the tags."""

from __future__ import annotations

import re
from collections.abc import Iterable

_PRIORITY = re.compile(r"^\s*priority\s*[:=/_-]\s*(high|low|normal|medium)\s*$", re.IGNORECASE)


def split_priority(tags: Iterable[str]) -> tuple[tuple[str, ...], str]:
    """Separate ``priority:high`` style categories from real tags.

    Returns the remaining tags and the priority ("high", "low" or "" for none or normal).
    The last priority category wins.
    """
    kept: list[str] = []
    priority = ""
    for tag in tags:
        match = _PRIORITY.match(tag)
        if match is None:
            kept.append(tag)
            continue
        level = match.group(1).lower()
        priority = level if level in ("high", "low") else ""
    return tuple(kept), priority
