"""One collect run: fetch every feed, digest the changed ones, save, report."""

from __future__ import annotations

import asyncio
import datetime as dt
import multiprocessing
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

import sqlalchemy as sa

from newsletter.articles import SaveResult, save_articles_by_feed
from newsletter.collect.digest import DigestJob, DigestOutcome, digest_feed
from newsletter.collect.feedstate import (
    FeedState,
    StoredFeed,
    load_feed_states,
    record_feed_states,
)
from newsletter.collect.fetch import FetchLimits, FetchResult, fetch_feeds, is_local
from newsletter.collect.politeness import schedule_after
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
    parsed. A feed whose host asked us to wait (Retry-After, 410 Gone) or that kept failing
    is not requested before its stored time (``collect.politeness``): it is reported as
    "waiting" with that time. ``now`` (aware; default the system clock) is the run's time: the
    stored fetch time, and what Retry-After deadlines count from. ``workers`` caps the parsing processes (default: the cores this process may
    use; 1 parses in this process). A bad feed is reported, never raised; raises DatabaseError only.
    """
    started = dt.datetime.now(dt.UTC)
    fetched_at = (now or started).astimezone(dt.UTC)
    configs = _dedupe(FeedConfig(url=spec) if isinstance(spec, str) else spec for spec in feeds)
    stored = load_feed_states(engine, [config.url for config in configs])
    waiting = {
        config.url for config in configs if stored.get(config.url, _NEW).waits_at(fetched_at)
    }
    urls = [config.url for config in configs if config.url not in waiting]
    validators = {url: stored[url].validators for url in urls if url in stored}
    matcher = FieldMatcher.from_fields(editorial.fields)
    digester = _Digester(_worker_count(workers), fetched_at, matcher)

    def on_done(result: FetchResult) -> None:
        digester.add(result)
        if progress is not None:
            progress(result)

    try:
        fetched = asyncio.run(
            fetch_feeds(urls, validators, now=fetched_at, limits=limits, on_done=on_done)
        )
        outcomes = {outcome.feed_url: outcome for outcome in digester.finish()}
    finally:
        digester.close()
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
    by_url = {result.url: result for result in fetched}
    for config in configs:
        known = stored.get(config.url, _NEW)
        if config.url in waiting:
            results.append(_waiting(config, known))
            continue
        result = by_url[config.url]
        outcome = outcomes.get(result.url)
        feed_result, state = _settle(
            config, result, outcome, saved.get(result.url, SaveResult()), known, fetched_at
        )
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


_NEW = StoredFeed()


def _waiting(config: FeedConfig, known: StoredFeed) -> FeedResult:
    """The report line of a feed not requested this run."""
    return FeedResult(
        config.url,
        config.name or config.url,
        "waiting",
        next_attempt_at=known.next_attempt_at,
        wait_reason=known.wait_reason or "waiting after earlier failures",
    )


def _dedupe(configs: Iterable[FeedConfig]) -> list[FeedConfig]:
    seen: dict[str, FeedConfig] = {}
    for config in configs:
        seen.setdefault(config.url, config)
    return list(seen.values())


def _worker_count(workers: int | None) -> int:
    """The parsing processes to use: as asked, else one per core this process may run on.

    Not fewer when the load average is high: with other work on the cores, two processes
    still get a bigger share of them (measured on 2 cores at load 2: 12.4 s cold with two
    against 23.7 s with one).
    """
    if workers is not None:
        return max(1, workers)
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


class _Digester:
    """Digest feeds as their fetches finish: here, or in a process pool once it pays.

    The pool starts only when enough changed bytes have arrived (a warm run of 304s never
    starts one); from then on each feed is handed to it as soon as it is fetched, so the
    parsing overlaps the rest of the fetching.
    """

    def __init__(self, workers: int, fetched_at: dt.datetime, matcher: FieldMatcher) -> None:
        self.workers = workers
        self.fetched_at = fetched_at
        self.matcher = matcher
        self.pending: list[DigestJob] = []
        self.pending_bytes = 0
        self.futures: list[Future[DigestOutcome]] = []
        self.pool: ProcessPoolExecutor | None = None

    def add(self, result: FetchResult) -> None:
        """Take one finished fetch; only fresh content ("ok") is digested."""
        if result.status != "ok":
            return
        job = DigestJob(
            feed_url=result.url,
            final_url=result.final_url,
            content=result.content,
            headers=result.headers,
            fetched_at=self.fetched_at,
            matcher=self.matcher,
        )
        if self.pool is not None:
            self.futures.append(self.pool.submit(digest_feed, job))
            return
        self.pending.append(job)
        self.pending_bytes += len(job.content)
        if (
            self.workers >= 2
            and len(self.pending) >= PARALLEL_MIN_FEEDS
            and self.pending_bytes >= PARALLEL_MIN_BYTES
        ):
            self.pool = _start_pool(self.workers)
            self.futures.extend(self.pool.submit(digest_feed, job) for job in self.pending)
            self.pending = []

    def finish(self) -> list[DigestOutcome]:
        """Return every outcome: what is left digested here, then the pool's results."""
        outcomes = [digest_feed(job) for job in self.pending]
        self.pending = []
        outcomes.extend(future.result() for future in self.futures)
        return outcomes

    def close(self) -> None:
        """Stop the pool, if one was started (also after an error)."""
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None


def _start_pool(workers: int) -> ProcessPoolExecutor:
    # forkserver: fork() from a process with threads is unsafe (and deprecated in 3.12).
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["newsletter.collect.digest"])
    return ProcessPoolExecutor(max_workers=workers, mp_context=context)


def _settle(
    config: FeedConfig,
    result: FetchResult,
    outcome: DigestOutcome | None,
    saved: SaveResult,
    known: StoredFeed,
    now: dt.datetime,
) -> tuple[FeedResult, FeedState]:
    """Decide one feed's report line and stored state from its fetch, digest and save."""
    name = config.name or result.url
    status = "file" if is_local(result.url) else "http"
    if result.status == "not-modified":
        state = FeedState(result.url, "304" if status == "http" else "file", result.validators)
        return FeedResult(result.url, name, "not-modified"), state
    if result.status == "error" or outcome is None:
        return _failed(name, result, result.error, result.warnings, known, now)
    if outcome.error:
        return _failed(name, result, outcome.error, result.warnings + outcome.warnings, known, now)
    feed_result = FeedResult(
        result.url,
        name,
        "ok",
        entries=outcome.entries,
        new=saved.new,
        updated=saved.updated,
        duplicates=saved.duplicates,
        unchanged=saved.unchanged,
        warnings=result.warnings + outcome.warnings,
    )
    return feed_result, FeedState(
        result.url, "200" if status == "http" else "file", result.validators
    )


def _failed(
    name: str,
    result: FetchResult,
    error: str,
    warnings: tuple[str, ...],
    known: StoredFeed,
    now: dt.datetime,
) -> tuple[FeedResult, FeedState]:
    """A failed feed's report line and state, with when it may be asked again."""
    schedule = schedule_after(
        failed=True,
        previous_failures=known.failures,
        now=now,
        http_status=result.http_status,
        retry_after=result.retry_after,
    )
    feed_result = FeedResult(
        result.url,
        name,
        "error",
        warnings=warnings,
        error=error,
        next_attempt_at=schedule.not_before,
        wait_reason=schedule.reason,
    )
    stored_status = "gone" if result.http_status == 410 else "error"
    return feed_result, FeedState(result.url, stored_status, None, error, schedule)
