"""One collect run: fetch every feed, digest the changed ones, save, report."""

from __future__ import annotations

import asyncio
import datetime as dt
import multiprocessing
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor

import sqlalchemy as sa

from newsletter.articles import SaveResult, save_articles_by_feed
from newsletter.collect.digest import DigestJob, DigestOutcome, digest_feed
from newsletter.collect.feedstate import FeedState, load_validators, record_feed_states
from newsletter.collect.fetch import FetchLimits, FetchResult, fetch_feeds, is_local
from newsletter.collect.report import CollectReport, FeedResult
from newsletter.collect.taxonomy import FieldMatcher
from newsletter.editorial import EditorialConfig, FeedConfig
from newsletter.models import Article

# Below this many changed bytes, starting worker processes costs more than it saves.
PARALLEL_MIN_BYTES = 2 * 1024 * 1024
PARALLEL_MIN_FEEDS = 8

FeedSpec = str | FeedConfig
ProgressCallback = Callable[[FetchResult], None]


def collect_feeds(
    engine: sa.Engine,
    editorial: EditorialConfig,
    feeds: Sequence[FeedSpec],
    *,
    now: dt.datetime | None = None,
    progress: ProgressCallback | None = None,
    limits: FetchLimits | None = None,
    workers: int | None = None,
) -> CollectReport:
    """Fetch, parse, normalise and save the feeds; return what happened to each.

    ``feeds`` are URLs, local paths, file:// URLs or FeedConfig entries. ``progress`` is
    called once per feed as its fetch finishes. Feeds that answer "not modified" are not
    parsed. ``workers`` caps the parsing processes (default: the CPU count; 1 parses in
    this process). A bad feed is reported, never raised; raises DatabaseError only.
    """
    started = dt.datetime.now(dt.UTC)
    fetched_at = (now or started).astimezone(dt.UTC)
    configs = _dedupe(FeedConfig(url=spec) if isinstance(spec, str) else spec for spec in feeds)
    urls = [config.url for config in configs]
    validators = load_validators(engine, urls)
    fetched = asyncio.run(fetch_feeds(urls, validators, limits=limits, on_done=progress))
    matcher = FieldMatcher.from_fields(editorial.fields)
    jobs = [
        DigestJob(
            feed_url=result.url,
            final_url=result.final_url,
            content=result.content,
            headers=result.headers,
            fetched_at=fetched_at,
            matcher=matcher,
        )
        for result in fetched
        if result.status == "ok"
    ]
    outcomes = {outcome.feed_url: outcome for outcome in _digest_all(jobs, workers)}
    # One transaction for every feed: a commit per feed would cost a disk sync each.
    saved = save_articles_by_feed(
        engine,
        [
            article
            for result in fetched
            if (outcome := outcomes.get(result.url)) is not None and not outcome.error
            for article in outcome.articles
        ],
    )
    results: list[FeedResult] = []
    states: list[FeedState] = []
    unfiled: dict[str, Article] = {}
    for config, result in zip(configs, fetched, strict=True):
        outcome = outcomes.get(result.url)
        feed_result, state = _settle(config, result, outcome, saved.get(result.url, SaveResult()))
        results.append(feed_result)
        states.append(state)
        for article in outcome.articles if outcome and not outcome.error else ():
            if article.is_unfiled:
                unfiled.setdefault(article.id, article)
    record_feed_states(engine, states, fetched_at)
    return CollectReport(
        feeds=tuple(results),
        unfiled=tuple(unfiled.values()),
        started_at=started,
        finished_at=dt.datetime.now(dt.UTC),
    )


def _dedupe(configs: Iterable[FeedConfig]) -> list[FeedConfig]:
    seen: dict[str, FeedConfig] = {}
    for config in configs:
        seen.setdefault(config.url, config)
    return list(seen.values())


def _digest_all(jobs: list[DigestJob], workers: int | None) -> list[DigestOutcome]:
    """Digest in this process, or in a process pool when there is enough to parse."""
    count = min(workers or os.cpu_count() or 1, len(jobs))
    size = sum(len(job.content) for job in jobs)
    if count < 2 or len(jobs) < PARALLEL_MIN_FEEDS or size < PARALLEL_MIN_BYTES:
        return [digest_feed(job) for job in jobs]
    # forkserver: fork() from a process with threads is unsafe (and deprecated in 3.12).
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["newsletter.collect.digest"])
    with ProcessPoolExecutor(max_workers=count, mp_context=context) as pool:
        chunk = max(1, len(jobs) // (count * 4))
        return list(pool.map(digest_feed, jobs, chunksize=chunk))


def _settle(
    config: FeedConfig, result: FetchResult, outcome: DigestOutcome | None, saved: SaveResult
) -> tuple[FeedResult, FeedState]:
    """Decide one feed's report line and stored state from its fetch, digest and save."""
    name = config.name or result.url
    status = "file" if is_local(result.url) else "http"
    if result.status == "not-modified":
        state = FeedState(result.url, "304" if status == "http" else "file", result.validators)
        return FeedResult(result.url, name, "not-modified"), state
    if result.status == "error" or outcome is None:
        state = FeedState(result.url, "error", None, result.error)
        return FeedResult(result.url, name, "error", error=result.error), state
    if outcome.error:
        feed_result = FeedResult(
            result.url, name, "error", warnings=outcome.warnings, error=outcome.error
        )
        return feed_result, FeedState(result.url, "error", None, outcome.error)
    feed_result = FeedResult(
        result.url,
        name,
        "ok",
        entries=outcome.entries,
        new=saved.new,
        updated=saved.updated,
        unchanged=saved.unchanged,
        warnings=outcome.warnings,
    )
    return feed_result, FeedState(
        result.url, "200" if status == "http" else "file", result.validators
    )
