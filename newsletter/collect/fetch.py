"""Fetch feeds concurrently: httpx with limits, conditional GET, bounded retries; local files too."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import ssl
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from functools import cache
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit
from urllib.request import url2pathname

import certifi
import httpx
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    RetryError,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential,
)
from tenacity.stop import stop_base

from newsletter import __version__
from newsletter.collect.encoding import decode_content

USER_AGENT = (
    f"tech-intel-newsletter/{__version__} (weekly tech-intelligence newsletter; feed collector)"
)
CONNECT_TIMEOUT = 5.0  # seconds to open a connection
READ_TIMEOUT = 15.0  # seconds between two bytes of the response
MAX_BODY_BYTES = 10 * 1024 * 1024  # decoded size cap: a feed is never this large
MAX_REDIRECTS = 5
MAX_CONCURRENCY = 32  # feeds in flight at once
MAX_PER_HOST = 6  # connections to one host at once, as browsers allow; more only queue there
RETRY_ATTEMPTS = 3  # tries per feed for timeouts, network errors and 5xx answers
RETRY_WAIT = 0.5  # seconds before the first retry; doubles each time
RETRY_WAIT_MAX = 4.0

FetchStatus = Literal["ok", "not-modified", "error"]


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """Timeouts, caps and retry policy for one collect run."""

    connect_timeout: float = CONNECT_TIMEOUT
    read_timeout: float = READ_TIMEOUT
    max_bytes: int = MAX_BODY_BYTES
    max_redirects: int = MAX_REDIRECTS
    concurrency: int = MAX_CONCURRENCY
    per_host: int = MAX_PER_HOST
    attempts: int = RETRY_ATTEMPTS
    retry_wait: float = RETRY_WAIT
    retry_wait_max: float = RETRY_WAIT_MAX


@dataclass(frozen=True, slots=True)
class Validators:
    """What a feed's last good answer said about its version (for conditional GET)."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class FetchResult:
    """One feed's answer: new bytes, "not modified", or an error message."""

    url: str
    status: FetchStatus
    content: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)  # lower-case names
    final_url: str = ""
    validators: Validators = Validators()
    error: str = ""
    attempts: int = 1
    http_status: int | None = None  # the last HTTP status of a failed fetch, if any
    retry_after: float | None = None  # seconds the host asked us to wait (Retry-After)
    warnings: tuple[str, ...] = ()  # what the response got wrong but was recovered from


class _TransientError(Exception):
    """A 5xx or 429 answer worth retrying, and how long the server asked us to wait."""

    def __init__(self, status: int, retry_after: float | None = None) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status
        self.retry_after = retry_after


def retry_after_seconds(value: str | None, *, now: dt.datetime | None = None) -> float | None:
    """Read a Retry-After header: delay-seconds or an HTTP date (RFC 9110 10.2.3); None if absent or unreadable."""
    text = (value or "").strip()
    if text.isdigit():
        return float(text)
    if not text:
        return None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)  # HTTP dates are GMT
    return max((when - (now or dt.datetime.now(dt.UTC))).total_seconds(), 0.0)


class _FetchFailure(Exception):
    """A failure that retrying cannot fix; the message is the report line."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


def is_local(url: str) -> bool:
    """Tell whether ``url`` names a local file (a path or a file:// URL)."""
    scheme = urlsplit(url).scheme.lower()
    return scheme == "file" or scheme == "" or (len(scheme) == 1 and os.name == "nt")


def local_path(url: str) -> Path:
    """Return the filesystem path of a local feed."""
    if urlsplit(url).scheme.lower() == "file":
        return Path(url2pathname(urlsplit(url).path))
    return Path(url).expanduser()


async def fetch_feeds(
    urls: Sequence[str],
    validators: Mapping[str, Validators],
    *,
    now: dt.datetime | None = None,
    limits: FetchLimits | None = None,
    on_done: Callable[[FetchResult], None] | None = None,
) -> list[FetchResult]:
    """Fetch every feed concurrently, in the order given; one failure never stops the others.

    ``now`` (aware; default the system clock) is the run's time: a Retry-After given as an
    HTTP date is turned into seconds from it, so the deadline the run stores is that date.
    """
    limits = limits or FetchLimits()
    semaphore = asyncio.Semaphore(limits.concurrency)
    timeout = httpx.Timeout(
        limits.read_timeout, connect=limits.connect_timeout, pool=limits.read_timeout
    )
    async with httpx.AsyncClient(
        verify=_tls_context(),
        timeout=timeout,
        follow_redirects=True,
        max_redirects=limits.max_redirects,
        headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
        limits=httpx.Limits(max_connections=limits.concurrency),
    ) as client:
        hosts: dict[str, asyncio.Semaphore] = {}

        async def one(url: str) -> FetchResult:
            if is_local(url):
                result = _read_local(url, validators.get(url, Validators()), limits)
            else:
                host = urlsplit(url).netloc.lower()
                per_host = hosts.setdefault(host, asyncio.Semaphore(limits.per_host))
                async with per_host, semaphore:
                    result = await _fetch_http(client, url, validators.get(url), limits, now)
            if on_done is not None:
                on_done(result)
            return result

        return list(await asyncio.gather(*(one(url) for url in urls)))


@cache
def _tls_context() -> ssl.SSLContext:
    """The CA bundle, loaded once per process (about 50 ms each time otherwise)."""
    return ssl.create_default_context(cafile=certifi.where())  # httpx's own default bundle


def _read_local(url: str, known: Validators, limits: FetchLimits) -> FetchResult:
    """Read a local feed; its mtime and size play the ETag so an unchanged file is not parsed."""
    path = local_path(url)
    try:
        stat = path.stat()
        version = Validators(etag=f"file:{stat.st_mtime_ns}-{stat.st_size}")
        if known.etag == version.etag:
            return FetchResult(url, "not-modified", final_url=url, validators=version)
        if stat.st_size > limits.max_bytes:
            message = f"file is {stat.st_size} bytes, over the {limits.max_bytes}-byte cap; trim it or raise the cap"
            return FetchResult(url, "error", final_url=url, error=message)
        content = path.read_bytes()
    except OSError as exc:
        message = (
            f"cannot read {path}: {exc.strerror or exc}; "
            "check the path (given with --feed, or in the editorial config's feeds)"
        )
        return FetchResult(url, "error", final_url=url, error=message)
    return FetchResult(url, "ok", content=content, final_url=url, validators=version)


async def _fetch_http(
    client: httpx.AsyncClient,
    url: str,
    known: Validators | None,
    limits: FetchLimits,
    now: dt.datetime | None,
) -> FetchResult:
    request_headers: dict[str, str] = {}
    if known is not None and known.etag:
        request_headers["If-None-Match"] = known.etag
    if known is not None and known.last_modified:
        request_headers["If-Modified-Since"] = known.last_modified
    attempts = 0
    backoff = wait_exponential(multiplier=limits.retry_wait, max=limits.retry_wait_max)

    def wait(state: RetryCallState) -> float:
        # A server's Retry-After is a floor: retrying sooner only earns another 429 or 503.
        asked = _asked_wait(state)
        return backoff(state) if asked is None else max(backoff(state), asked)

    retrying = AsyncRetrying(
        stop=stop_after_attempt(limits.attempts) | _AskedToWaitTooLong(limits.retry_wait_max),
        wait=wait,
        retry=retry_if_exception_type(
            (_TransientError, httpx.TimeoutException, httpx.NetworkError)
        ),
        reraise=False,
    )
    try:
        async for attempt in retrying:
            with attempt:
                attempts += 1
                return await _get_once(client, url, known, request_headers, limits, attempts, now)
    except RetryError as exc:
        cause = exc.last_attempt.exception()
        tries = "1 attempt" if attempts == 1 else f"{attempts} attempts"
        transient = cause if isinstance(cause, _TransientError) else None
        # A host that named its wait (429/503 with Retry-After) is up and limiting us: the
        # report says when the next run may ask again, so "may be down" would mislead.
        advice = (
            "the host asked to be left alone for a while"
            if transient is not None and transient.retry_after is not None
            else "the site may be down, try again later"
        )
        message = f"gave up after {tries}: {_explain(cause, limits)}; {advice}"
        return FetchResult(
            url,
            "error",
            final_url=url,
            error=message,
            attempts=attempts,
            http_status=transient.status if transient else None,
            retry_after=transient.retry_after if transient else None,
        )
    except _FetchFailure as exc:
        return FetchResult(
            url, "error", final_url=url, error=str(exc), attempts=attempts, http_status=exc.status
        )
    except httpx.TooManyRedirects:
        message = f"more than {limits.max_redirects} redirects; point the config at the final URL"
        return FetchResult(url, "error", final_url=url, error=message, attempts=attempts)
    except (httpx.HTTPError, httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        message = f"request failed: {_explain(exc, limits)}; check the URL"
        return FetchResult(url, "error", final_url=url, error=message, attempts=attempts)
    message = "no attempt was made; check the retry settings"  # only when attempts < 1
    return FetchResult(url, "error", final_url=url, error=message)


async def _get_once(
    client: httpx.AsyncClient,
    url: str,
    known: Validators | None,
    request_headers: Mapping[str, str],
    limits: FetchLimits,
    attempts: int,
    now: dt.datetime | None,
) -> FetchResult:
    async with client.stream("GET", url, headers=request_headers) as response:
        final_url = str(response.url)
        if response.status_code == 304:
            # Drain the (empty) body: closing an unread streamed response drops the
            # keep-alive connection, and the next feed on this host would reconnect.
            await response.aread()
            # A 304 need not repeat Last-Modified (RFC 9110 15.4.5): what it leaves out stays
            # as stored (RFC 9111 4.3.4), or the next run would fetch and parse it all again.
            sent = _validators(response)
            stored = known or Validators()
            validators = Validators(
                etag=sent.etag or stored.etag,
                last_modified=sent.last_modified or stored.last_modified,
            )
            return FetchResult(
                url, "not-modified", final_url=final_url, validators=validators, attempts=attempts
            )
        if response.status_code >= 500 or response.status_code == 429:
            asked = retry_after_seconds(response.headers.get("retry-after"), now=now)
            raise _TransientError(response.status_code, asked)
        if response.status_code == 410:
            message = (
                "returned HTTP 410 Gone: the feed was removed for good; remove it from the config"
            )
            raise _FetchFailure(message, 410)
        if response.status_code >= 400:
            message = f"returned HTTP {response.status_code}; remove the feed from the config or fix its URL"
            raise _FetchFailure(message, response.status_code)
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limits.max_bytes:
            message = f"body of {declared} bytes is over the {limits.max_bytes}-byte cap; the URL may not be a feed"
            raise _FetchFailure(message)
        chunks: list[bytes] = []
        size = 0
        # Raw bytes, decoded here: a body whose Content-Encoding lies is recovered, not lost.
        short = ""
        try:
            async for chunk in response.aiter_raw():
                size += len(chunk)
                if size > limits.max_bytes:
                    message = f"body is over the {limits.max_bytes}-byte cap (stopped reading); the URL may not be a feed"
                    raise _FetchFailure(message)
                chunks.append(chunk)
        except httpx.RemoteProtocolError:
            if not chunks:
                raise
            # The server closed before the Content-Length it announced: keep what came
            # (the parser uses the entries it can still read) and say so.
            declared_length = response.headers.get("content-length", "?")
            short = (
                f"response ended after {size} of the {declared_length} bytes its Content-Length"
                " announced; used what arrived"
            )
        body = decode_content(
            b"".join(chunks),
            response.headers.get("content-encoding", ""),
            max_bytes=limits.max_bytes,
        )
        if body.too_large:
            message = f"body is over the {limits.max_bytes}-byte cap once decompressed (stopped reading); the URL may not be a feed"
            raise _FetchFailure(message)
        headers = {key.lower(): value for key, value in response.headers.items()}
        # The body is decoded already; the parser must not see the transfer encoding.
        headers.pop("content-encoding", None)
        return FetchResult(
            url,
            "ok",
            content=body.data,
            headers=headers,
            final_url=final_url,
            validators=_validators(response),
            attempts=attempts,
            warnings=tuple(warning for warning in (short, body.warning) if warning),
        )


class _AskedToWaitTooLong(stop_base):
    """Stop when the server asks for a longer wait than a run ever waits.

    Sleeping that long would stall the whole collect for one feed; it is reported instead.
    """

    def __init__(self, longest: float) -> None:
        self.longest = longest

    def __call__(self, retry_state: RetryCallState) -> bool:
        asked = _asked_wait(retry_state)
        return asked is not None and asked > self.longest


def _asked_wait(state: RetryCallState) -> float | None:
    """The Retry-After of the last answer, when it was a 429 or 5xx that carried one."""
    outcome = state.outcome
    failure = outcome.exception() if outcome is not None and outcome.failed else None
    return failure.retry_after if isinstance(failure, _TransientError) else None


def _validators(response: httpx.Response) -> Validators:
    return Validators(
        etag=response.headers.get("etag") or None,
        last_modified=response.headers.get("last-modified") or None,
    )


def _explain(exc: BaseException | None, limits: FetchLimits) -> str:
    if isinstance(exc, httpx.ConnectTimeout):
        return f"no connection within {limits.connect_timeout:g} s"
    if isinstance(exc, httpx.TimeoutException):
        return f"no answer within {limits.read_timeout:g} s"
    if isinstance(exc, _TransientError) and exc.retry_after is not None:
        if exc.retry_after > limits.retry_wait_max:
            return (
                f"server answered HTTP {exc.status} and asked to wait {exc.retry_after:.0f} s"
                f" (a run waits at most {limits.retry_wait_max:g} s)"
            )
        return f"server answered HTTP {exc.status} (Retry-After {exc.retry_after:g} s)"
    if isinstance(exc, _TransientError):
        return f"server answered HTTP {exc.status}"
    if exc is None:
        return "unknown error"
    return f"{type(exc).__name__}: {exc}"
