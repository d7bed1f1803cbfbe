"""Turn one feed's bytes into Articles: parse, then normalise every entry (process-pool safe)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from newsletter.collect.normalise import EntryContext, normalise_entry
from newsletter.collect.parse import parse_feed
from newsletter.collect.taxonomy import FieldMatcher
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
    base = str(job.headers.get("content-location", "")) or job.final_url
    context = EntryContext(
        feed_url=job.feed_url,
        base_url=base if "://" in base else "",
        fetched_at=job.fetched_at,
        matcher=job.matcher,
    )
    warnings = list(parsed.warnings)
    articles: list[Article] = []
    sources: list[int] = []
    skipped = 0
    for index, entry in enumerate(parsed.entries):
        try:
            article = normalise_entry(entry, context)
        except _ENTRY_ERRORS as exc:
            warnings.append(f"entry {index + 1} skipped: {type(exc).__name__}: {exc}")
            continue
        if article is None:
            skipped += 1
        else:
            articles.append(article)
            sources.append(index)
    if skipped:
        warnings.append(f"{skipped} entries without title, link or text skipped")
    undated = sum(article.published_is_guess for article in articles)
    if undated:
        warnings.append(
            f"{undated} entries without a usable date (none, unreadable or in the future):"
            " fetch time used"
        )
    return DigestOutcome(
        job.feed_url,
        articles=tuple(articles),
        sources=tuple(sources),
        entries=len(parsed.entries),
        warnings=tuple(warnings),
    )
