"""Read a feed entry's date from its raw text, checking what feedparser made of it.

feedparser reads the common shapes well but turns others into a different day without a
word: ``2026/11/25 15:07:41`` becomes 2026-11-01 00:00, ``CET`` and ``JST`` are read as UTC,
``20261125T150741Z`` loses its time, an epoch number becomes the year 1764. Each date is read
here from the raw string (the standard library's ISO 8601 and RFC 822 readers first, then
python-dateutil with a table of zone names) and feedparser's reading is kept only when it
agrees or when nothing else can read the text and its year and day are written in it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from email.utils import parsedate_tz
from typing import Literal

from dateutil import parser as dateutil_parser
from dateutil import tz

from subscribers.utc import as_utc

# How far past the fetch a published time may lie: UTC+14 against UTC-12 is 26 hours.
FUTURE_TOLERANCE = dt.timedelta(hours=26)
# Two readings of one string closer than this are the same time (feedparser drops fractions).
_AGREE = dt.timedelta(seconds=1)
# The entry keys feedparser fills from pubDate, dc:date, published, updated, created...
DATE_KEYS = ("published", "updated", "created")

# Zone names seen in feeds, as UTC offsets in hours. RFC 822 section 5.1 defines UT, GMT
# and the North American names; the rest are the tz database's abbreviations. Names that
# mean two zones take the reading feed readers' bug trackers report most: CST is US
# Central (RFC 822), IST India, BST British Summer Time.
ZONE_HOURS: Mapping[str, float] = {
    "UT": 0,
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "WET": 0,
    "WEST": 1,
    "BST": 1,
    "IST": 5.5,
    "CET": 1,
    "CEST": 2,
    "MET": 1,
    "MEST": 2,
    "EET": 2,
    "EEST": 3,
    "MSK": 3,
    "GST": 4,
    "PKT": 5,
    "ICT": 7,
    "WIB": 7,
    "HKT": 8,
    "SGT": 8,
    "AWST": 8,
    "JST": 9,
    "KST": 9,
    "ACST": 9.5,
    "ACDT": 10.5,
    "AEST": 10,
    "AEDT": 11,
    "NZST": 12,
    "NZDT": 13,
    "AST": -4,
    "ADT": -3,
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
    "AKST": -9,
    "AKDT": -8,
    "HST": -10,
    "NST": -3.5,
    "NDT": -2.5,
}

# RFC 822 / RFC 1123 as feeds write it, with a zone the standard library reads exactly.
_RFC822 = re.compile(
    r"(?:[A-Za-z]{3,9},?\s+)?\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s*(?:[+-]\d{4}|GMT|UTC?|Z|[ECMP][SD]T))?",
    re.ASCII,
)
_EPOCH = re.compile(r"\d{9,10}")
_NUMERIC_DATE = re.compile(r"\d{1,2}([./-])\d{1,2}\1\d{2,4}\b")
_DOTTED_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}\b")
_YEAR_FIRST = re.compile(r"\d{4}\D")
_NUMBER = re.compile(r"\d+")
# Chinese, Japanese and Korean dates: 2026年11月25日, 2026년 11월 25일 (time parts follow as digits).
_CJK_DATE = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
_CJK_TIME_MARK = re.compile(r"\s*[時시点]\s*|\s*[分분]\s*")
_SENTINEL = dt.datetime(1, 1, 1)  # noqa: DTZ001 - dateutil's default for missing parts
_SENTINEL_OTHER = dt.datetime(1, 2, 2)  # noqa: DTZ001


class _UnknownZone(ValueError):
    """The text names a zone we do not know: its offset would be a guess."""


@dataclass(frozen=True, slots=True)
class DateReading:
    """What one raw date string says, in UTC; ``when`` is None when it cannot be read.

    ``ambiguous`` is set when the day and the month could be swapped (``03/04/2026``) and
    the reading closest before the fetch was chosen.
    """

    when: dt.datetime | None
    ambiguous: bool = False


Problem = Literal["", "misread", "ambiguous", "unreadable", "future", "missing"]


@dataclass(frozen=True, slots=True)
class EntryTime:
    """An entry's time in UTC, how it was found, and the raw text behind it.

    ``problem`` is "" for a date read cleanly; "misread" when feedparser read another time
    than the text says (the text's reading is used); "ambiguous" for a swappable day and
    month; "unreadable", "future" or "missing" when no date could be used, in which case
    ``when`` is the fetch time and ``is_guess`` is True.
    """

    when: dt.datetime
    is_guess: bool
    problem: Problem = ""
    raw: str = ""


def read_date(raw: str, *, fetched_at: dt.datetime | None = None) -> DateReading:
    """Read a date written in a feed; a string without a zone is UTC (as RFC 822 reads it).

    Reads ISO 8601 with or without ``T`` (and the basic form), RFC 822 with 2- or 4-digit
    years and zone names (see ``ZONE_HOURS``), slashes and dots in either order, month
    names, CJK dates (2026年11月25日), and epoch seconds. A string missing its year, month or day is unreadable: filling
    them in would be a silently different day. ``fetched_at`` settles day/month swaps.
    """
    text = " ".join(raw.split())
    if not text:
        return DateReading(None)
    if _EPOCH.fullmatch(text):
        return DateReading(dt.datetime.fromtimestamp(int(text), dt.UTC))
    iso = _read_iso(text)
    if iso is not None:
        return DateReading(iso)
    if _RFC822.fullmatch(text):
        rfc = _read_rfc822(text)
        if rfc is not None:
            return DateReading(rfc)
    if _CJK_DATE.search(text):
        text = _CJK_DATE.sub(r"\1-\2-\3 ", text)
        text = " ".join(_CJK_TIME_MARK.sub(":", text).rstrip(":秒초 ").split())
    return _read_with_dateutil(text, fetched_at)


def entry_time(
    entry: Mapping[str, object], fetched_at: dt.datetime, *, keys: tuple[str, ...] = DATE_KEYS
) -> EntryTime:
    """Return the entry's published time, checked against its raw text, or the fetch time.

    The first key of ``keys`` whose text gives a usable time wins. A time further ahead of
    the fetch than any time zone slip explains (``FUTURE_TOLERANCE``: a wrong year, a
    scheduled post) is not used: the report would wait in a future week's issue.
    """
    fetched = fetched_at.astimezone(dt.UTC)
    first_problem: Problem = ""
    first_raw = ""
    for key in keys:
        raw_value = entry.get(key)
        raw = raw_value if isinstance(raw_value, str) else ""
        parsed = entry.get(f"{key}_parsed")
        theirs = _from_struct(parsed) if isinstance(parsed, time.struct_time) else None
        if not raw.strip() and theirs is None:
            continue
        reading = read_date(raw, fetched_at=fetched)
        problem: Problem = ""
        when = reading.when
        if when is None:
            if theirs is not None and _written_in(theirs, raw):
                when = theirs
            else:
                first_problem = first_problem or "unreadable"
                first_raw = first_raw or raw
                continue
        elif theirs is None or abs(theirs - when) > _AGREE:
            problem = "misread" if theirs is not None else ""
        if reading.ambiguous:
            problem = "ambiguous"
        if when > fetched + FUTURE_TOLERANCE:
            first_problem = first_problem or "future"
            first_raw = first_raw or raw
            continue
        return EntryTime(when, False, problem, raw)
    return EntryTime(fetched, True, first_problem or "missing", first_raw)


def _from_struct(value: time.struct_time) -> dt.datetime | None:
    try:
        return dt.datetime.fromtimestamp(calendar.timegm(value), dt.UTC)
    except (OverflowError, ValueError, OSError):
        return None  # a date feedparser read but no calendar holds


def _written_in(when: dt.datetime, raw: str) -> bool:
    """Tell whether the year and day feedparser found are numbers written in the text.

    Catches feedparser's readings that invent a part: ``2026/11/25`` read as the 1st, an
    epoch ``1764083261`` read as the year 1764. Month names in any language pass.
    """
    numbers = {int(number) for number in _NUMBER.findall(raw)}
    return when.day in numbers and (when.year in numbers or when.year % 100 in numbers)


def _utc(value: dt.datetime) -> dt.datetime:
    """The time in UTC to the second (feedparser's precision: stored times stay comparable)."""
    return as_utc(value.replace(microsecond=0))


def _read_iso(text: str) -> dt.datetime | None:
    if not text[:4].isdigit():
        return None
    try:
        return _utc(dt.datetime.fromisoformat(text))
    except ValueError:
        return None


def _read_rfc822(text: str) -> dt.datetime | None:
    parts = parsedate_tz(text)
    if parts is None:
        return None
    year, month, day, hour, minute, second = parts[:6]
    offset = parts[9] or 0
    try:
        local = dt.datetime(year, month, day, hour, minute, second, tzinfo=dt.UTC)
    except ValueError:
        return None  # "31 Nov": no such day
    return local - dt.timedelta(seconds=offset)


def _zone(name: str | None, offset: int | None) -> dt.tzinfo:
    """dateutil's ``tzinfos`` hook: a zone for a name or a numeric offset, else refuse."""
    if name is None or name.upper() not in ZONE_HOURS:
        if offset is not None:
            return dt.timezone(dt.timedelta(seconds=offset))
        if name is None:
            return dt.UTC
        raise _UnknownZone(name)
    return tz.tzoffset(name, int(ZONE_HOURS[name.upper()] * 3600))


def _read_with_dateutil(text: str, fetched_at: dt.datetime | None) -> DateReading:
    year_first = bool(_YEAR_FIRST.match(text))
    orders: tuple[bool, ...]
    if year_first:
        orders = (False,)  # 2026/11/25: year, month, day (nobody writes year, day, month)
    elif _DOTTED_DATE.search(text):
        orders = (True,)  # 25.11.2026: dotted dates put the day first
    elif _NUMERIC_DATE.search(text):
        orders = (False, True)  # 03/04/2026: either; a day over 12 settles it
    else:
        orders = (False,)
    readings: list[dt.datetime] = []
    for dayfirst in orders:
        when = _dateutil_once(text, dayfirst=dayfirst)
        if when is not None and when not in readings:
            readings.append(when)
    if not readings:
        return DateReading(None)
    if len(readings) == 1:
        return DateReading(readings[0])
    # Both orders give a real day: feeds list recent items, so the reading closest before
    # the fetch (or the earlier one, without a fetch time) is the likelier.
    if fetched_at is None:
        return DateReading(min(readings), ambiguous=True)
    limit = fetched_at + FUTURE_TOLERANCE
    past = [when for when in readings if when <= limit] or readings
    return DateReading(min(past, key=lambda when: abs(fetched_at - when)), ambiguous=True)


def _dateutil_once(text: str, *, dayfirst: bool) -> dt.datetime | None:
    when = _dateutil_parse(text, dayfirst=dayfirst, default=_SENTINEL)
    if when is None or when.year == _SENTINEL.year:
        return None  # no year written
    if when.month == 1 or when.day == 1:
        # A month or day of 1 may be dateutil's default: a second default tells.
        other = _dateutil_parse(text, dayfirst=dayfirst, default=_SENTINEL_OTHER)
        if other is None or other.replace(tzinfo=None) != when.replace(tzinfo=None):
            return None
    return _utc(when)


def _dateutil_parse(text: str, *, dayfirst: bool, default: dt.datetime) -> dt.datetime | None:
    try:
        return dateutil_parser.parse(text, dayfirst=dayfirst, default=default, tzinfos=_zone)
    except (ValueError, OverflowError, TypeError):
        return None  # dateutil's ParserError is a ValueError; _UnknownZone too
