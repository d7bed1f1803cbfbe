"""Signals stored with each report: money amounts, cue words, the editor's priority.

Amounts are read with curation's own vocabulary (``newsletter.curate.amounts``: one table
of currencies, scales and FX rates for collect and curate), so a currency or scale is never
known to one side only. The cue words are curation's ``CUES``; curation reads the kind of a
report from the same words in context (``newsletter.curate.kinds``, where ``CUES`` lives).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsletter.curate.amounts import find_money
from newsletter.curate.kinds import CUES

__all__ = ["CUES", "find_cues", "find_money", "split_priority"]

_WORD = re.compile(r"\w+")
# One-word forms are looked up in the set of the text's words (one scan of the text, where a
# regex alternation of every form would be tried at every position); a phrase is searched
# for only when its first word occurs.
_CUE_WORDS = {form: cue for cue, forms in CUES.items() for form in forms if _WORD.fullmatch(form)}
_CUE_PHRASES = tuple(
    (_WORD.findall(form)[0], re.compile(rf"\b{re.escape(form)}\b"), cue)
    for cue, forms in CUES.items()
    for form in forms
    if not _WORD.fullmatch(form)
)


def find_cues(text: str) -> tuple[str, ...]:
    """Return the cue words present in ``text`` (first, breakthrough, partnership, ...)."""
    lowered = text.lower()
    words = set(_WORD.findall(lowered))
    found = {cue for word, cue in _CUE_WORDS.items() if word in words}
    for first, phrase, cue in _CUE_PHRASES:
        if cue not in found and first in words and phrase.search(lowered):
            found.add(cue)
    return tuple(cue for cue in CUES if cue in found)


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
