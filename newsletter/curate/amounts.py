"""Money amounts in report text: one vocabulary, one FX table, and the role of each amount.

This is the only place that knows how money is written: curation reads amounts with
``find_amounts``/``find_money`` and values them with ``usd_value`` (collect stores the
report's text and reads no amount itself), so no currency or scale is known twice.

Spellings read (any currency below, prefix or suffix):

- symbols and codes before the number: ``$``, ``US$``, ``A$``/``AU$``, ``C$``/``CA$``,
  ``HK$``, ``S$``, ``NT$``, ``NZ$``, ``R$``, ``€``, ``£``, ``¥``, ``CN¥``, ``₩``, ``₹``,
  ``RM``, ``CHF``, ``Rs``, and the ISO codes (``USD 5 million``, ``EUR2bn``);
- scales: ``K``/``k``, ``M``/``m``/``mn``/``mln``, ``B``/``bn``, ``T``/``tn``, and the words
  ``thousand``, ``million``, ``billion``, ``trillion``, ``crore``, ``lakh``; a one-letter
  scale must touch the number (``$3T``, ``US$450M``, ``€6m``);
- currency words after the number: ``2.3 billion dollars``, ``10 trillion yen``,
  ``500 million euros``, ``1.35 billion Swiss francs``, ``40 billion Taiwan dollars``,
  ``1.2 billion ringgit``, ``5 billion CHF``;
- amounts in words with a scale and a currency word: ``two billion euros``, ``half a
  billion dollars``, ``one and a half billion pounds``, ``twenty-five million dollars``;
- ``¥`` is the yen unless the words after it or its sentence say yuan/renminbi/RMB (and
  not yen): ``¥85 billion yuan`` and ``¥2bn (about 2 billion yuan)`` are CNY.

Roles (``Role``) say why an amount is in a sentence; only ``HEADLINE`` amounts are a report's
money. The role comes from the words around the amount in its sentence and from the
section it sits in (see ``amount_role``); the rules key on how reports are written
("could reach … by 2035", "at a … valuation", "raised … in 2024", "subject to", "of which"),
never on names.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from newsletter.models import Money

# Approximate USD value of one unit of each currency (rounded mid-2026 rates). Fixed on
# purpose: scores must not move with the market, and only the order of magnitude matters.
FX_TO_USD: Mapping[str, float] = MappingProxyType(
    {
        "USD": 1.0,
        "EUR": 1.08,
        "GBP": 1.27,
        "CHF": 1.13,
        "JPY": 0.0067,
        "CNY": 0.14,
        "KRW": 0.00073,
        "INR": 0.012,
        "AUD": 0.66,
        "CAD": 0.73,
        "HKD": 0.128,
        "SGD": 0.74,
        "TWD": 0.031,
        "NZD": 0.60,
        "MYR": 0.22,
        "BRL": 0.19,
    }
)

# Written before the number (lower-case keys). Longest first when matched, so "US$" wins.
PREFIXES: Mapping[str, str] = MappingProxyType(
    {
        "us$": "USD",
        "usd": "USD",
        "$": "USD",
        "a$": "AUD",
        "au$": "AUD",
        "aud": "AUD",
        "c$": "CAD",
        "ca$": "CAD",
        "cad": "CAD",
        "hk$": "HKD",
        "hkd": "HKD",
        "s$": "SGD",
        "sgd": "SGD",
        "nt$": "TWD",
        "twd": "TWD",
        "nz$": "NZD",
        "nzd": "NZD",
        "r$": "BRL",
        "brl": "BRL",
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
        "rs": "INR",
        "rs.": "INR",
        "rm": "MYR",
        "myr": "MYR",
        "chf": "CHF",
    }
)
# Written after the number (lower-case keys): "2.3 billion dollars", "10 trillion yen".
SUFFIXES: Mapping[str, str] = MappingProxyType(
    {
        "dollars": "USD",
        "us dollars": "USD",
        "u.s. dollars": "USD",
        "australian dollars": "AUD",
        "canadian dollars": "CAD",
        "hong kong dollars": "HKD",
        "singapore dollars": "SGD",
        "taiwan dollars": "TWD",
        "new taiwan dollars": "TWD",
        "new zealand dollars": "NZD",
        "euros": "EUR",
        "euro": "EUR",
        "pounds": "GBP",
        "pounds sterling": "GBP",
        "sterling": "GBP",
        "swiss francs": "CHF",
        "francs": "CHF",
        "yen": "JPY",
        "yuan": "CNY",
        "renminbi": "CNY",
        "won": "KRW",
        "rupees": "INR",
        "ringgit": "MYR",
        "reais": "BRL",
        "usd": "USD",
        "eur": "EUR",
        "gbp": "GBP",
        "chf": "CHF",
        "jpy": "JPY",
        "cny": "CNY",
        "krw": "KRW",
        "inr": "INR",
        "aud": "AUD",
        "cad": "CAD",
        "hkd": "HKD",
        "sgd": "SGD",
        "twd": "TWD",
        "myr": "MYR",
    }
)
# Multipliers (lower-case keys). One-letter ones only count touching the number.
SCALES: Mapping[str, float] = MappingProxyType(
    {
        "trillion": 1e12,
        "tn": 1e12,
        "t": 1e12,
        "billion": 1e9,
        "bn": 1e9,
        "b": 1e9,
        "million": 1e6,
        "mn": 1e6,
        "mln": 1e6,
        "bln": 1e9,
        "m": 1e6,
        "thousand": 1e3,
        "k": 1e3,
        "crore": 1e7,
        "lakh": 1e5,
    }
)
CURRENCIES = frozenset(FX_TO_USD)


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORD_SCALES = [s for s in SCALES if len(s) > 1]
_LETTER_SCALES = [s for s in SCALES if len(s) == 1]
# A scale word after a space, or any scale (letters too) touching the number; never the start
# of a longer word ("$5 menu", "$3 Tbps" are not scaled).
_SCALE = (
    rf"(?:\s?(?P<scale>{_alternation(_WORD_SCALES)})(?![A-Za-z])"
    rf"|(?P<letter>{_alternation(_LETTER_SCALES)})(?![A-Za-z0-9]))"
)
# "$2-3 billion", "$40-$50 million": the scale after the range applies to both ends; the
# lower end is kept. A lower end with its own scale ("$40M-$50M") is an amount of its own.
_RANGE = rf"(?:\s?(?:-|–|to)\s?(?:[$€£¥₩₹]\s?)?(?:{_NUMBER}))?"
_PREFIXED = re.compile(
    rf"(?<![A-Za-z0-9])(?P<cur>{_alternation(PREFIXES)})\s?(?P<num>{_NUMBER}){_RANGE}{_SCALE}?",
    re.IGNORECASE,
)
_SUFFIXED = re.compile(
    rf"(?<![\w$€£¥₩₹.,])(?P<num>{_NUMBER}){_RANGE}\s?(?P<scale>{_alternation(_WORD_SCALES)})?"
    rf"\s(?P<cur>{_alternation(SUFFIXES)})(?![A-Za-z])",
    re.IGNORECASE,
)
# Amounts written in words, as British and wire copy often do: "two billion euros", "half a
# billion dollars", "one and a half billion pounds", "twenty-five million dollars". Only
# with a scale word and a currency word after it: "two million people" is no amount.
_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]  # fmt: skip
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS: Mapping[str, float] = MappingProxyType(
    {
        "a": 1.0,
        "an": 1.0,
        **{word: float(n) for n, word in enumerate(_UNITS, start=1)},
        **{word: float(n) for n, word in zip(range(20, 100, 10), _TENS, strict=True)},
    }
)
_COUNT = rf"(?:{'|'.join(_TENS)})(?:-(?:{'|'.join(_UNITS[:9])}))?|{'|'.join(reversed(_UNITS))}|an?"
_WORDED = re.compile(
    rf"(?<![\w$€£¥₩₹.,-])(?P<words>(?:{_COUNT})(?:\s+and\s+a\s+(?P<and>half|quarter))?"
    rf"(?P<hundred>\s+hundred)?|half\s+an?|a\s+quarter\s+of\s+an?)"
    rf"\s+(?P<scale>trillion|billion|million)\s+(?P<cur>{_alternation(SUFFIXES)})(?![A-Za-z])",
    re.IGNORECASE,
)
_WORDED_HINT = re.compile(r"illion\s", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_DIGIT_RUN = re.compile(r"\d+")
# A prefixed amount starts at most this many characters before its number: the longest mark
# ("us$", "cn¥", "rs.") and one space (case-insensitive matching is one character for one).
_PREFIX_REACH = max(len(mark) for mark in PREFIXES) + 1
_YUAN = re.compile(r"\b(?:yuan|renminbi|rmb)\b", re.IGNORECASE)
_YEN = re.compile(r"\byen\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


@dataclass(frozen=True, slots=True)
class Found:
    """One amount located in a text: its value and where it is written (``text[start:end]``)."""

    money: Money
    start: int
    end: int


def find_amounts(text: str) -> tuple[Found, ...]:
    """Return every amount in ``text`` in order of position (repeats included).

    A bare currency code or word needs a scale or a thousands separator to count ("USD" or
    "RM" in prose is not an amount); a code glued to a letter ("CHFs") is no currency.
    """
    found: list[Found] = []
    if _WORDED_HINT.search(text) is not None:
        found.extend(_worded(text))
    if _DIGIT.search(text) is None:
        return tuple(found)
    taken: list[tuple[int, int]] = []
    runs = [run.start() for run in _DIGIT_RUN.finditer(text)]
    for match in _scan(_PREFIXED, text, runs, _PREFIX_REACH):
        # casefold, as the IGNORECASE match did: "ſ$" is "s$", a Kelvin sign is "k"
        mark = match.group("cur").casefold()
        scale = (match.group("scale") or match.group("letter") or "").casefold()
        if mark[-1].isalpha() and not scale and "," not in match.group("num"):
            continue  # "RM 5", "usd 2": a code with a bare small number is too ambiguous
        currency = PREFIXES.get(mark)
        if currency is None or (scale and scale not in SCALES):
            continue
        if currency == "JPY" and mark == "¥":
            currency = _yen_or_yuan(text, match.end())
        found.append(_found(text, match.start(), match.end(), currency, match.group("num"), scale))
        taken.append((match.start(), match.end()))
    for match in _scan(_SUFFIXED, text, runs, 0):
        if any(start <= match.start() < end for start, end in taken):
            continue
        scale = (match.group("scale") or "").casefold()
        word = match.group("cur").casefold()
        if word not in SUFFIXES or (scale and scale not in SCALES):
            continue
        code = len(word) == 3 and word.isalpha() and word.upper() in CURRENCIES
        if code and match.group("cur") != word.upper():
            continue  # "5 billion usd" in lower case is prose, codes are written in capitals
        currency = SUFFIXES[word]
        found.append(_found(text, match.start(), match.end(), currency, match.group("num"), scale))
    found.sort(key=lambda item: item.start)
    return tuple(found)


def _worded(text: str) -> list[Found]:
    """The amounts of ``text`` written in words ("two billion euros", "half a billion dollars")."""
    found = []
    for match in _WORDED.finditer(text):
        word = match.group("cur").casefold()
        code = len(word) == 3 and word.upper() in CURRENCIES
        if word not in SUFFIXES or (code and match.group("cur") != word.upper()):
            continue  # "a billion usd" in lower case is prose, as for digits
        words = match.group("words").casefold().split()
        if words[0] == "half":
            count = 0.5
        elif words[0] == "a" and len(words) > 1 and words[1] == "quarter":
            count = 0.25
        else:
            head, _, unit = words[0].partition("-")
            count = NUMBER_WORDS[head] + (NUMBER_WORDS[unit] if unit else 0.0)
            count += {"half": 0.5, "quarter": 0.25}.get((match.group("and") or "").casefold(), 0.0)
            if match.group("hundred"):
                count *= 100
        value = count * SCALES[match.group("scale").casefold()]
        written = text[match.start() : match.end()].strip()
        found.append(Found(Money(SUFFIXES[word], value, written), match.start(), match.end()))
    return found


def _scan(pattern: re.Pattern[str], text: str, runs: list[int], reach: int) -> list[re.Match[str]]:
    """Return what ``pattern.finditer(text)`` returns, trying only starts near a number.

    Both amount patterns hold a number whose first digit starts a run of digits (what comes
    before it is a currency mark, a space or, for suffixed amounts, no word character), and
    they start at most ``reach`` characters before it. Trying ``pattern.match`` at those
    starts only, left to right and past each match's end as ``finditer`` does, finds the same
    matches without running the case-insensitive alternations at every position of the text
    (measured: find_amounts about 3x faster on a 1.2 KB report body).
    """
    matches: list[re.Match[str]] = []
    position = 0  # first start not tried yet
    for run in runs:
        for start in range(max(position, run - reach), run + 1):
            match = pattern.match(text, start)
            if match is not None:
                matches.append(match)
                position = match.end()
                break
            position = start + 1
    return matches


def _found(text: str, start: int, end: int, currency: str, number: str, scale: str) -> Found:
    value = float(number.replace(",", "")) * SCALES.get(scale, 1.0)
    written = text[start:end].strip()
    return Found(Money(currency, value, written), start, end)


def _yen_or_yuan(text: str, end: int) -> str:
    """Tell a ``¥`` amount's currency from the words after it, else from its sentence."""
    after = text[end : end + 40]
    if _YUAN.match(after.strip(" (")) or _YUAN.search(after[:25]):
        return "CNY"
    if _YEN.search(after[:25]):
        return "JPY"
    stop = _SENTENCE_END.search(text, end)
    begin = max(text.rfind(". ", 0, end), 0)
    sentence = text[begin : stop.end() if stop else len(text)]
    if _YUAN.search(sentence) and not _YEN.search(sentence):
        return "CNY"
    return "JPY"


def find_money(text: str) -> tuple[Money, ...]:
    """Return the distinct amounts in ``text`` (same currency and value once), first mention first.

    ``"$1 billion"`` gives ``Money("USD", 1e9, "$1 billion")``; every spelling in the module
    docstring is read.
    """
    seen: set[tuple[str, float]] = set()
    distinct: list[Money] = []
    for item in find_amounts(text):
        key = (item.money.currency, item.money.amount)
        if key not in seen:
            seen.add(key)
            distinct.append(item.money)
    return tuple(distinct)


def usd_value(money: Money, fx: Mapping[str, float] = FX_TO_USD) -> float:
    """Return the amount in US dollars via the fixed table; 0 for an unknown currency."""
    rate = fx.get(money.currency.upper())
    if rate is None or not math.isfinite(money.amount) or money.amount <= 0:
        return 0.0
    return money.amount * rate


class Role(StrEnum):
    """Why an amount is written in a report; only HEADLINE is the report's own news."""

    HEADLINE = "headline"  # this week's deal value, round size, budget, price set
    FORECAST = "forecast"  # "could reach $18bn by 2035"
    MARKET_SIZE = "market-size"  # "a market worth $40 billion"
    VALUATION = "valuation"  # "at a $95 billion valuation", "market value passes $3T"
    PAST = "past"  # earlier rounds and deals: "raised $220 million in 2025"
    COST_ESTIMATE = "cost-estimate"  # "compliance will cost €1.9bn"
    SECTOR_TOTAL = "sector-total"  # what a whole sector raised or spends
    RANSOM = "ransom"  # a ransom demand
    PRICE = "price"  # a price or fee
    DEAL_COMPONENT = "deal-component"  # "including a $1.2 billion prepayment"
    REVENUE = "revenue"  # sales, revenue, run rate
    COMPARISON = "comparison"  # limits and comparisons: "capped at", "compared with"
    BACKGROUND = "background"  # any other amount outside the title and Key Findings


# Words around an amount that give its role, tried in this order. ``before``/``after`` are
# searched in the same clause within ``_WINDOW`` characters of the amount.
_WINDOW = 60
_CLAUSE_BREAK = re.compile(r"[;:—–]|,\s(?:while|but|and|which|whereas)\s|\s\(")


def _words(*forms: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(forms) + r")\b", re.IGNORECASE)


_VALUATION_AFTER = re.compile(r"^\s*(?:pre-money\s|post-money\s)?valuation\b", re.IGNORECASE)
_VALUATION_BEFORE = _words(
    r"valuation of",
    r"valuing (?:it|the (?:company|group|firm|start-up|startup)) at",
    r"valued (?:it |the company |the group |the firm )?at",
    r"market (?:value|capitalisation|capitalization|cap)\b.*",
)
_DEAL_WORDS = _words(
    "deal",
    "deals",
    "agreement",
    "contract",
    "order",
    "transaction",
    "acquisition",
    "purchase",
    "takeover",
    "merger",
    "buy",
    "buys",
    "bought",
    "acquire",
    "acquires",
    "acquired",
)
_RANSOM = _words(
    "ransom", "ransoms", "demands?", "demanded", "demanding", "extort\\w*", "extortion"
)
_FUTURE = _words(
    "could",
    "would",
    "will",
    "may",
    "might",
    "expected to",
    "expects",
    "forecasts?",
    "forecasters",
    "projected",
    "projects",
    "projection",
    "predicts?",
    "estimated to",
    "set to",
    "on track to",
    "reach",
    "hit",
    "grow to",
    "rise to",
    "climb to",
)
_FORECASTING = _words(
    "could",
    "would",
    "may",
    "might",
    "expects?",
    "expected to",
    "forecasts?",
    "forecasters?",
    "projects",
    "projected",
    "projections?",
    "predicts?",
    "estimates",
    "estimated to",
    "on track to",
)
_TARGET_YEAR = re.compile(
    r"\b(?:by|in|until|through|before)\s(?:the end of\s)?20\d\d\b", re.IGNORECASE
)
_MARKET = _words("market", "markets", "industry", "revenues?", "spending", "sales")
_COST = _words(
    "cost",
    "costs",
    "costing",
    "cost of",
    "estimate",
    "estimated",
    "estimates",
    "overruns?",
    "compliance",
    "write-?down",
    "write-?off",
    "losses",
    "loss",
    "fine",
    "fined",
    "penalty",
    # what something would take, not what was paid: "Europe needs €500bn to stay in the race"
    "needs",
    "would need",
    "will need",
    "would require",
    "will require",
    "must invest",
    "must spend",
)
_SECTOR = _words(
    "in total",
    "combined",
    "altogether",
    "collectively",
    "sector",
    "sector's",
    "industry",
    "industry's",
    "across the",
    "investors poured",
    "capex",
    "capital expenditure",
    "spent",
    "spend",
    "spending",
    "worldwide",
    "global",
    "globally",
    "all of",
    "public funding",
    "companies have raised",
    "start-ups have raised",
    "have raised",
    "together",
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
NEWS_YEAR = 2026  # the year of the news when the caller does not say (see ``amount_role``)
# A temporal clause the amount sits in: "a week after the two firms announced their $7.5bn …".
_TEMPORAL_CLAUSE = re.compile(
    r"\b(?:after|since|following|when|before|until)\b[^,;:]*$", re.IGNORECASE
)
_PAST = _words(
    "last year",
    "last month",
    "earlier this year",
    "previously",
    "previous",
    "prior",
    "had raised",
    "has raised a total",
    "since",
    "ago",
    "in its last",
    "its last",
    "earlier",
    "was valued",
    "once",
    "former",
    "past",
    "predecessor",
    "last round",
    "last week",
    "this month",
    "a week ago",
    "already",
)
_RELATIVE_PAST = re.compile(
    r"(?<!announced )(?<!said )(?<!says )(?<!confirmed )(?<!announces )(?<!reported )"
    r"\b(?:which|that|who)\s(?:\w+\s){0,2}(?:signed|raised|won|agreed|announced|closed|secured|"
    r"received|bought|acquired|landed|struck)\b",
    re.IGNORECASE,
)
_COMPONENT = _words(
    "including",
    "includes",
    "include",
    "of which",
    "prepayment",
    "prepay",
    "tranche",
    "tranches",
    "upfront",
    "up-front",
    "milestone",
    "milestones",
    "instalments?",
    "first payment",
    "deposit",
    "portion",
    "part of",
    "remainder",
)
_PRICE = _words("price", "prices", "priced", "pricing", "list price", "fee", "fees", "subscription")
# A contract's ceiling, not what is paid: "an IDIQ with a $450 million ceiling".
_CEILING_AFTER = re.compile(
    r"^\s*(?:\S+\s){0,3}?(?:ceiling|cap|maximum|upper limit|idiq|indefinite[- ]delivery)\b",
    re.IGNORECASE,
)
# A market capitalisation given as a label before the figure: "(market cap: $12B)".
_MARKET_CAP_LABEL = re.compile(
    r"\bmarket (?:cap|capitali[sz]ation|value)\s*[:=]\s*$", re.IGNORECASE
)
# A share price: "$18 a share", "shares rose 30% to $23.40", "closed at $41".
_SHARE_PRICE_AFTER = re.compile(r"^\s*(?:a|per|each)\s(?:share|unit of stock|ADS)\b", re.IGNORECASE)
_SHARE_PRICE_BEFORE = re.compile(
    r"\b(?:shares?|stock|ADSs?)\b[^.;]{0,25}\b(?:rose|rise|rises|jumped|jumps|jump|fell|falls|fall|"
    r"slipped|slips|slip|climbed|climbs|dropped|drops|surged|surges|sank|sinks|closed|opened|"
    r"traded|trading|ended)\b[^.;]{0,20}\b(?:to|at)\s*$|\b(?:closed|opened|trading|traded) at\s*$|"
    r"\bshare price of\s*$|\bpriced (?:its )?(?:shares|ipo|offering) at\s*$",
    re.IGNORECASE,
)
_PRICE_AFTER = re.compile(
    r"^\s*(?:a|per|each)\s(?:patient|dose|unit|month|year|seat|user|course|treatment)\b",
    re.IGNORECASE,
)
_REVENUE = _words(
    "guidance",
    "outlook",
    "revenue",
    "revenues",
    "sales",
    "turnover",
    "run rate",
    "run-rate",
    "annualised",
    "annualized",
    "income",
    "profit",
    "earnings",
    "ebitda",
)
_COMPARISON = _words(
    "capped at",
    "up to",
    "can reach",
    "can be as much as",
    "as much as",
    "as high as",
    "at most",
    "no more than",
    "compared with",
    "compared to",
    "than",
    "versus",
    "against",
    "vs",
    "less than",
    "more than",
    "under",
    "below",
    "above",
    "limit",
    "limits",
    "threshold",
    "maximum",
    "minimum",
    "each",
    "about the same as",
)
# "a deal worth up to $620 million", "for up to €1bn": a deal's value with its milestones.
_UP_TO_VALUE = re.compile(
    r"\b(?:(?:deal|agreement|acquisition|transaction|contract|takeover|purchase|licen[cs]e|"
    r"partnership)\s(?:\w+\s){0,2}?(?:worth|valued at|of|for)|worth|for)\s+up to\s*$|"
    r"\b(?:raise|raises|raised|raising|secures|secured|lands|landed)\s+(?:up to|as much as)\s*$|"
    r"\b(?:awards?|awarded|grants?|granted|offers?|offered|gives?|gave|commits?|committed)\s"
    r"(?:\S+\s){0,3}?up to\s*$",
    re.IGNORECASE,
)
PRICE_NEWS = _words(
    "prices", "priced", "sets? (?:a |its |the )?(?:\\w+ ){0,2}price", "lists? it at"
)


# An amount that names the size of a market rather than a sum paid: "the next $1 trillion
# market", "a $640 billion AI software industry", "a $50bn opportunity". A market's size is
# never a report's own money, whatever verb the sentence uses.
_MARKET_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:markets?|industry|industries|opportunity|economy)\b(?!-)",
    re.IGNORECASE,
)


def amount_role(
    sentence: str, start: int, end: int, *, in_headline_part: bool, year: int = NEWS_YEAR
) -> Role:
    """Return the role of the amount at ``sentence[start:end]``.

    ``in_headline_part`` says whether the sentence belongs to the title or Key Findings:
    amounts elsewhere are never HEADLINE (``BACKGROUND`` unless a more precise role fits).
    The rules, first match wins: valuation; ransom; forecast or market size (a hedge or
    future verb with a target year, or a market word); cost estimate; deal component;
    revenue; price (a headline when the sentence's news is setting the price); sector total;
    past (a year before ``year``, the year of the news; a relative clause "that signed …"; a
    temporal clause "after … announced their …"; "last year"); comparison. A sentence that
    forecasts ("expects", "could") to a year after ``year`` holds forecasts only.
    """
    clause_start, clause_end = _clause(sentence, start, end)
    before = sentence[max(clause_start, start - _WINDOW) : start]
    after = sentence[end : min(clause_end, end + _WINDOW)]
    clause = sentence[clause_start:clause_end]
    if (
        _VALUATION_AFTER.search(after)
        or (_VALUATION_BEFORE.search(before[-40:]) and not _DEAL_WORDS.search(before[-40:]))
        or _MARKET_CAP_LABEL.search(sentence, max(0, start - 40), start)
    ):
        return Role.VALUATION
    if _CEILING_AFTER.match(after):
        return Role.COMPARISON
    if _SHARE_PRICE_AFTER.match(after) or _SHARE_PRICE_BEFORE.search(before[-40:]):
        return Role.PRICE  # "$18 a share", "shares rose 30% to $23.40": the stock, never the news
    if _RANSOM.search(before[-40:]) or re.search(r"\bransom\b", clause, re.IGNORECASE):
        return Role.RANSOM
    if _MARKET_AFTER.match(after):
        return Role.MARKET_SIZE
    if _TARGET_YEAR.search(after) and _FUTURE.search(f"{before} {after}"):
        return (
            Role.MARKET_SIZE
            if _MARKET.search(before[-45:]) and not _FUTURE.search(before[-45:])
            else Role.FORECAST
        )
    if _FUTURE.search(before[-30:]) and _MARKET.search(clause):
        return Role.FORECAST
    if _FORECASTING.search(sentence) and any(int(y) > year for y in _YEAR.findall(sentence)):
        return Role.FORECAST
    if _COST.search(before[-40:]) and not _DEAL_WORDS.search(before[-25:]):
        return Role.COST_ESTIMATE
    if _COMPONENT.search(before[-35:]) or re.match(
        r"^\s*(?:\w+\s)?(?:prepayment|tranche|upfront)", after, re.IGNORECASE
    ):
        return Role.DEAL_COMPONENT
    if _REVENUE.search(before[-35:]) or re.match(
        r"^\s*(?:(?:in|of)\s)?(?:(?:annual|quarterly|half-year|full-year|first-half|record|net|"
        r"total)\s)*(?:revenue|sales|turnover|profit|income|earnings)\b",
        after,
        re.IGNORECASE,
    ):
        return Role.REVENUE
    if _PRICE.search(before[-30:]) or _PRICE_AFTER.match(after):
        if in_headline_part and PRICE_NEWS.search(clause) and not _past(clause, year):
            return Role.HEADLINE
        return Role.PRICE
    if _SECTOR.search(before[-50:]):
        return Role.SECTOR_TOTAL
    if _past(clause, year) or _RELATIVE_PAST.search(before) or _TEMPORAL_CLAUSE.search(before):
        return Role.PAST
    if _COMPARISON.search(before[-20:]) and not _UP_TO_VALUE.search(before[-45:]):
        return Role.COMPARISON
    return Role.HEADLINE if in_headline_part else Role.BACKGROUND


# "its largest since 2021" compares with the past; the amount itself is this year's.
_SUPERLATIVE_SINCE = re.compile(
    r"\b(?:largest|biggest|highest|first|most|best|worst|lowest|fastest|strongest|"
    r"smallest)\b[^,;]{0,40}?\bsince\s(?:19|20)\d\d\b",
    re.IGNORECASE,
)


# "fines X £14.2m over its 2025 breach" (or, in headline style, "over 2024 breach"): the
# year dates the breach, not the fine.
_YEAR_OF_ANOTHER_THING = re.compile(
    r"\b(?:over|for|about|during|amid|concerning|regarding|related to|linked to) "
    r"(?:(?:its|the|a|an|their|his|her|this|that) (?:19|20)\d\d\b|(?:19|20)\d\d(?= [a-z]))",
    re.IGNORECASE,
)


def _past(clause: str, year: int) -> bool:
    clause = _SUPERLATIVE_SINCE.sub(" ", clause)
    clause = _YEAR_OF_ANOTHER_THING.sub(" ", clause)
    years = [int(found) for found in _YEAR.findall(clause)]
    return any(found < year for found in years) or bool(_PAST.search(clause))


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Return the bounds of the clause holding ``sentence[start:end]``."""
    clause_start = 0
    for match in _CLAUSE_BREAK.finditer(sentence, 0, start):
        clause_start = match.end()
    stop = _CLAUSE_BREAK.search(sentence, end)
    return clause_start, stop.start() if stop else len(sentence)


@dataclass(frozen=True, slots=True)
class RoledAmount:
    """An amount of a report with its role and where it was read."""

    money: Money
    role: Role
    section: str  # "title", "key-findings", "details", "background", "outlook", "summary"
    sentence: str

    @property
    def is_headline(self) -> bool:
        """Tell whether the amount is the report's own news."""
        return self.role is Role.HEADLINE


def roled_amounts(
    sentence: str, section: str, *, headline_part: bool, year: int = NEWS_YEAR
) -> list[RoledAmount]:
    """Return the amounts of one sentence with their roles (see ``amount_role``)."""
    return [
        RoledAmount(
            item.money,
            amount_role(sentence, item.start, item.end, in_headline_part=headline_part, year=year),
            section,
            sentence,
        )
        for item in find_amounts(sentence)
    ]
