"""Turn one feed's bytes into Articles: parse, then normalise every entry (process-pool safe)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from newsletter.collect.normalise import EntryContext, Normalised, normalise_entry
from newsletter.collect.parse import document_base, parse_feed
from newsletter.collect.taxonomy import FieldMatcher
from newsletter.identity import colliding_id, same_report
from newsletter.models import Article

# What a malformed entry can make normalising raise; anything else is a bug worth a traceback.
_ENTRY_ERRORS = (ValueError, TypeError, KeyError, AttributeError, IndexError, UnicodeError)


@dataclass(frozen=True, slots=True)
class DigestJob:
    """One feed's fetched bytes and what normalising needs (picklable)."""

    feed_url: str
    final_url: str
    content: bytes
    headers: Mapping[str, str]
    fetched_at: dt.datetime
    matcher: FieldMatcher


@dataclass(frozen=True, slots=True)
class DigestOutcome:
    """The articles of one feed, with warnings, or the error that stopped it."""

    feed_url: str
    articles: tuple[Article, ...] = ()
    sources: tuple[int, ...] = ()  # for each article, the index of the feed entry it came from
    entries: int = 0
    warnings: tuple[str, ...] = field(default_factory=tuple)
    error: str = ""


def digest_feed(job: DigestJob) -> DigestOutcome:
    """Parse the bytes and normalise each entry; one bad entry is skipped with a warning."""
    try:
        parsed = parse_feed(job.content, url=job.final_url, headers=job.headers)
    except _ENTRY_ERRORS as exc:
        message = f"the parser failed on this feed ({type(exc).__name__}: {exc}); check it in a feed validator"
        return DigestOutcome(job.feed_url, error=message)
    if parsed.error:
        return DigestOutcome(job.feed_url, warnings=parsed.warnings, error=parsed.error)
    context = EntryContext(
        feed_url=job.feed_url,
        base_url=document_base(job.final_url, job.headers),
        fetched_at=job.fetched_at,
        matcher=job.matcher,
    )
    warnings = list(parsed.warnings)
    normalised: list[Normalised] = []
    sources: list[int] = []
    skipped = 0
    for index, entry in enumerate(parsed.entries):
        try:
            found = normalise_entry(entry, context)
        except _ENTRY_ERRORS as exc:
            warnings.append(f"entry {index + 1} skipped: {type(exc).__name__}: {exc}")
            continue
        if found is None:
            skipped += 1
        else:
            normalised.append(found)
            sources.append(index)
    if skipped:
        warnings.append(f"{_entries(skipped)} without title, link or text skipped")
    articles, collisions = separate_shared_ids([found.article for found in normalised])
    warnings.extend(collisions)
    warnings.extend(_date_warnings(normalised))
    made = [found for found in normalised if found.made_title]
    if made:
        warnings.append(
            f"{_entries(len(made))} without a title: titled from their text or link"
            f" (first: {made[0].article.title!r})"
        )
    return DigestOutcome(
        job.feed_url,
        articles=tuple(articles),
        sources=tuple(sources),
        entries=len(parsed.entries),
        warnings=tuple(warnings),
    )


def separate_shared_ids(articles: list[Article]) -> tuple[list[Article], list[str]]:
    """Give different reports that one feed filed under one id an id each; name the id.

    A feed whose items share a ``<guid>`` (a CMS bug) would otherwise be stored as one report
    and counted "unchanged" for the rest. Copies that are one report (``same_report``: an
    edit, a bumped date) keep the shared id and merge as before. Returns the articles, in
    order, and one warning per shared id.
    """
    groups: dict[str, list[int]] = {}
    for position, article in enumerate(articles):
        groups.setdefault(article.id, []).append(position)
    result = list(articles)
    warnings: list[str] = []
    for shared, positions in groups.items():
        if len(positions) < 2:
            continue
        reports: list[list[int]] = []
        for position in positions:
            home = next(
                (
                    group
                    for group in reports
                    if same_report(articles[group[0]], articles[position], same_document=True)
                ),
                None,
            )
            if home is None:
                reports.append([position])
            else:
                home.append(position)
        if len(reports) < 2:
            continue
        for group in reports:
            for position in group:
                result[position] = replace(articles[position], id=colliding_id(articles[group[0]]))
        warnings.append(
            f"{_entries(len(positions))} share the id {shared!r} but are {len(reports)} different"
            " reports (other link, title or date): stored apart; ask the publisher to fix the"
            " feed's guids"
        )
    return result, warnings


_PROBLEM_TEXT = {
    "misread": "with a date the feed parser misread: read from the date's text",
    "ambiguous": "with a date whose day and month could be swapped: read as the nearer past day",
    "unreadable": "with a date no reader understands: fetch time used, flagged as a guess",
    "future": "dated in the future: fetch time used, flagged as a guess",
    "missing": "without a date: fetch time used, flagged as a guess",
}


def _date_warnings(normalised: list[Normalised]) -> list[str]:
    """One warning per kind of date problem, with its count and the first raw text."""
    found: dict[str, list[str]] = {}
    for item in normalised:
        if item.time.problem:
            found.setdefault(item.time.problem, []).append(item.time.raw)
    warnings = []
    for problem, text in _PROBLEM_TEXT.items():
        raws = found.get(problem)
        if raws:
            example = f" (first: {raws[0]!r})" if raws[0] else ""
            warnings.append(f"{_entries(len(raws))} {text}{example}")
    return warnings


def _entries(count: int) -> str:
    return f"{count} entry" if count == 1 else f"{count} entries"
