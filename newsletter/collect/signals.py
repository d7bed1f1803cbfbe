"""Signals curation scores on: money amounts, cue words, the editor's priority."""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsletter.models import Money

# Symbols and codes written before the number; longest first so "US$" wins over "$".
_PREFIXES = {
    "us$": "USD",
    "usd": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "hk$": "HKD",
    "s$": "SGD",
    "$": "USD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "cn¥": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "¥": "JPY",
    "jpy": "JPY",
    "₩": "KRW",
    "krw": "KRW",
    "₹": "INR",
    "inr": "INR",
    "chf": "CHF",
}
# Currency words written after the number ("10 trillion yen").
_SUFFIXES = {
    "dollars": "USD",
    "us dollars": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "won": "KRW",
    "rupees": "INR",
}
_SCALES = {
    "trillion": 1e12,
    "tn": 1e12,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "thousand": 1e3,
    "k": 1e3,
    "crore": 1e7,
    "lakh": 1e5,
}


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = rf"(?:\s?(?P<scale>{_alternation(_SCALES)})\b)"
_PREFIXED = re.compile(
    rf"(?<![A-Za-z])(?P<cur>{_alternation(_PREFIXES)})\s?(?P<num>{_NUMBER}){_SCALE}?",
    re.IGNORECASE,
)
_SUFFIXED = re.compile(
    rf"\b(?P<num>{_NUMBER})\s?(?P<scale>{_alternation(_SCALES)})?\s(?P<cur>{_alternation(_SUFFIXES)})\b",
    re.IGNORECASE,
)

# The same two patterns without IGNORECASE, for text already lower-cased: re's
# case-insensitive scan folds every character it tries, which made it 3x slower.
_PREFIXED_LOWER = re.compile(_PREFIXED.pattern)
_SUFFIXED_LOWER = re.compile(_SUFFIXED.pattern)
_DIGIT = re.compile(r"\d")


def find_money(text: str) -> tuple[Money, ...]:
    """Return the distinct money amounts in ``text``, in order of first mention.

    ``"$1 billion"`` gives ``Money("USD", 1e9, "$1 billion")``; also handles "US$1.2bn",
    "€2bn", "£300m", "¥10 trillion" and "10 trillion yen". A bare currency code needs a
    scale or a separator to count, so "USD" in prose is not an amount.
    """
    found: list[tuple[int, Money]] = []
    if _DIGIT.search(text) is None:
        return ()
    lowered = text.lower()
    folded = text.casefold()
    # The lower-cased text stands in for the original only when it keeps every position ("İ"
    # lower-cases to two characters) and folds like re's IGNORECASE does ("ſ" matches "s").
    plain = len(lowered) == len(text) and lowered == folded
    subject = lowered if plain else text
    prefixed = _PREFIXED_LOWER if plain else _PREFIXED
    suffixed = _SUFFIXED_LOWER if plain else _SUFFIXED
    for pattern, table in ((prefixed, _PREFIXES), (suffixed, _SUFFIXES)):
        if not any(word in folded for word in table):
            continue  # cheap: substring tests, where the regex would try every position
        for match in pattern.finditer(subject):
            currency = table[match.group("cur").casefold()]  # casefold: "ſ" matched "s"
            number = float(match.group("num").replace(",", ""))
            scale_word = (match.group("scale") or "").lower()
            if table is _PREFIXES and match.group("cur").isalpha() and not scale_word:
                continue
            amount = number * _SCALES.get(scale_word, 1.0)
            written = text[match.start() : match.end()].strip()
            found.append((match.start(), Money(currency, amount, written)))
    found.sort(key=lambda pair: pair[0])
    seen: set[tuple[str, float]] = set()
    distinct: list[Money] = []
    for _, money in found:
        key = (money.currency, money.amount)
        if key not in seen:
            seen.add(key)
            distinct.append(money)
    return tuple(distinct)


# Cue -> the words and phrases that signal it (matched whole, ignoring case). Order is the
# order cues are reported in.
CUES: dict[str, tuple[str, ...]] = {
    "first": ("first", "world's first", "first-ever"),
    "breakthrough": ("breakthrough", "breakthroughs"),
    "partnership": (
        "partnership",
        "partnerships",
        "partner with",
        "partners with",
        "partnered",
        "alliance",
        "alliances",
        "joint venture",
    ),
    "regulation": (
        "regulation",
        "regulations",
        "regulatory",
        "regulator",
        "regulators",
        "legislation",
        "export control",
        "export controls",
        "sanction",
        "sanctions",
    ),
    "launch": (
        "launch",
        "launches",
        "launched",
        "launching",
        "unveil",
        "unveils",
        "unveiled",
        "debut",
        "debuts",
    ),
    "record": ("record", "record-breaking", "record-setting"),
    "funding": (
        "funding",
        "raises",
        "raised",
        "investment",
        "invest",
        "invests",
        "grant",
        "grants",
    ),
    "acquisition": ("acquisition", "acquisitions", "acquire", "acquires", "acquired", "merger"),
    "milestone": ("milestone", "milestones"),
    "approval": ("approval", "approves", "approved", "clearance"),
}
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
