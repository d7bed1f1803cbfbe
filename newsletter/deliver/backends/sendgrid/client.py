"""The SendGrid backend's HTTP client for ``POST /v3/mail/send`` and its fault policy.

Transport: httpx (already a dependency), not the ``sendgrid`` library's client. That client
(python_http_client) JSON-encodes every body itself and formats the whole payload into a
debug string on each call (about 4 ms per 1000-recipient request), cannot take the
pre-encoded body ``payload`` builds, cannot stream a body, and has one timeout for
connecting and reading, so it cannot tell "never reached the API" (safe to retry) from
"sent, no answer" (unknown). httpx takes the bytes as a stream (so the send can release the
recipients it holds the moment the last byte is written, see ``send_json``), keeps
connections alive (TCP_NODELAY on), and raises distinct exceptions per phase. Every httpx exception is caught here and turned into a DeliveryError. Fault policy:

- 429: wait for ``X-RateLimit-Reset`` (epoch seconds) or ``Retry-After`` (seconds), then retry;
- 5xx and failures to connect or to write the request: retry with exponential backoff and
  jitter (tenacity); the API cannot have accepted a body it did not receive whole;
- both bounded by ``max_attempts`` and ``max_wait_seconds`` per wait;
- 400 whose every error names ``personalizations.N.to.0.email``: RefusedRecipientsError
  listing the refused personalizations (the sender drops them and resends the rest);
- any other 4xx: stop at once with the API's own message and what to check.

SendGrid has no idempotency key, so a request that timed out (or lost its connection) *after*
its body was sent has an unknown outcome: retrying it could deliver every message twice. Such
a request is never retried here; DeliveryOutcomeUnknownError tells the job to record the batch
as ``unknown``, and only ``newsletter send --retry-unknown`` sends it again.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, ExitStack, nullcontext
from dataclasses import dataclass, field
from typing import Any

import httpx
import tenacity

from newsletter.errors import DeliveryError, DeliveryOutcomeUnknownError

JsonObject = dict[str, Any]
# One attempt's body: entered just before the request, left once its last byte is written.
Attempt = Callable[[], AbstractContextManager[bytes]]
MAIL_SEND_PATH = "/v3/mail/send"
# SendGrid's field path of a personalization's address in a 400 answer.
_REFUSED_FIELD = re.compile(r"personalizations\.(\d+)\.to\.0\.email")

# Module defaults, read when a client is built (tests shorten them).
TIMEOUT_SECONDS = 30.0
MAX_ATTEMPTS = 6
BACKOFF_INITIAL_SECONDS = 0.5
MAX_WAIT_SECONDS = 60.0


class RefusedRecipientsError(DeliveryError):
    """SendGrid refused some personalizations' addresses (400); the others were not sent.

    ``refused`` maps the personalization's index in the request -> SendGrid's message.
    """

    def __init__(self, message: str, refused: Mapping[int, str]) -> None:
        super().__init__(message)
        self.refused = dict(refused)


class _RetryableError(Exception):
    """Internal: a transient fault (never leaves this module); ``unknown`` ones are not retried."""

    def __init__(self, detail: str, *, wait_seconds: float | None, unknown: bool) -> None:
        super().__init__(detail)
        self.detail = detail
        self.wait_seconds = wait_seconds
        self.unknown = unknown


def _is_safe_to_retry(exc: BaseException) -> bool:
    # A request that may have been accepted is never repeated: that is how duplicates happen.
    return isinstance(exc, _RetryableError) and not exc.unknown


@dataclass
class SendGridClient:
    """Post mail-send requests over httpx, retrying transient faults (bounded).

    Thread-safe: several requests may be in flight at once over the client's connection pool
    (``requests_made`` is locked).
    """

    api_key: str
    host: str
    timeout_seconds: float = field(default_factory=lambda: TIMEOUT_SECONDS)
    max_attempts: int = field(default_factory=lambda: MAX_ATTEMPTS)
    max_wait_seconds: float = field(default_factory=lambda: MAX_WAIT_SECONDS)
    backoff_initial_seconds: float = field(default_factory=lambda: BACKOFF_INITIAL_SECONDS)
    sleep: Callable[[float], None] = time.sleep
    requests_made: int = 0
    _http: httpx.Client = field(init=False, repr=False)
    _lock: threading.Lock = field(init=False, repr=False, default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self._http = httpx.Client(
            base_url=self.host,
            headers={
                "Authorization": f"Bearer {self.api_key}",
                "Content-Type": "application/json",
                "User-Agent": "newsletter (httpx)",
            },
            timeout=httpx.Timeout(self.timeout_seconds),
            limits=httpx.Limits(max_connections=8, max_keepalive_connections=8),
        )

    def close(self) -> None:
        """Close the pooled connections (idempotent)."""
        self._http.close()

    def send(self, body: JsonObject) -> None:
        """Post one request body (a JSON object); see ``send_json``."""
        self.send_json(json.dumps(body, ensure_ascii=False).encode("utf-8"))

    def send_json(self, data: bytes, attempt: Attempt | None = None) -> None:
        """Post one already-encoded request body; return after a 2xx.

        ``attempt``, when given, supplies the body of each attempt (retries included): it is
        entered just before the request and left as soon as the body's last byte is written,
        before the answer is read (the weekly send holds its recipients that long). An
        exception it raises is raised here, the request not made.

        Raises RefusedRecipientsError when SendGrid refused some addresses (nothing sent),
        DeliveryError for another rejection or when retries run out, and
        DeliveryOutcomeUnknownError at once when the request may have been accepted (it
        timed out, or the connection dropped, after the body was sent).
        """
        retrying = tenacity.Retrying(
            stop=tenacity.stop_after_attempt(self.max_attempts),
            wait=self._wait,
            retry=tenacity.retry_if_exception(_is_safe_to_retry),
            sleep=self.sleep,
            reraise=True,
        )
        try:
            retrying(self._post_once, attempt or (lambda: nullcontext(data)))
        except _RetryableError as exc:
            if exc.unknown:
                message = (
                    f"SendGrid at {self.host} gave no answer to a sent request ({exc.detail}): "
                    "it may or may not have been accepted. Its messages are reported as unknown; "
                    "check the SendGrid activity feed, then run `newsletter send --retry-unknown` "
                    "to send them again (a recipient may then get two copies)."
                )
                raise DeliveryOutcomeUnknownError(message) from exc
            message = (
                f"SendGrid at {self.host} still failing after {self.max_attempts} attempts: "
                f"{exc.detail}. Check https://status.sendgrid.com and the network, then run "
                "`newsletter send` again (it resumes where it stopped)."
            )
            raise DeliveryError(message) from exc

    def _wait(self, state: tenacity.RetryCallState) -> float:
        outcome = state.outcome
        error = outcome.exception() if outcome is not None else None
        if isinstance(error, _RetryableError) and error.wait_seconds is not None:
            return min(max(error.wait_seconds, 0.0), self.max_wait_seconds)
        backoff = tenacity.wait_exponential_jitter(
            multiplier=self.backoff_initial_seconds,
            max=self.max_wait_seconds,
            jitter=self.backoff_initial_seconds,
        )
        return backoff(state)

    def _post_once(self, attempt: Attempt) -> None:
        with ExitStack() as held:
            body = held.enter_context(attempt())
            with self._lock:
                self.requests_made += 1

            def stream() -> Iterator[bytes]:
                yield body
                held.close()  # the last byte is written: handed over

            length = {"Content-Length": str(len(body))}
            response = self._request(stream(), length)
        if response.is_success:
            return
        self._raise_for_status(response)

    def _request(self, content: Iterator[bytes], headers: Mapping[str, str]) -> httpx.Response:
        try:
            return self._http.post(MAIL_SEND_PATH, content=content, headers=headers)
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            detail = f"cannot reach the API ({type(exc).__name__}: {exc})"
            raise _RetryableError(detail, wait_seconds=None, unknown=False) from exc
        except (httpx.WriteError, httpx.WriteTimeout) as exc:
            # The body did not leave whole: the API cannot have accepted it.
            detail = f"the request could not be sent ({type(exc).__name__})"
            raise _RetryableError(detail, wait_seconds=None, unknown=False) from exc
        except httpx.ReadTimeout as exc:
            detail = f"no answer within {self.timeout_seconds:g} s"
            raise _RetryableError(detail, wait_seconds=None, unknown=True) from exc
        except httpx.TransportError as exc:
            detail = f"connection dropped before the answer ({type(exc).__name__})"
            raise _RetryableError(detail, wait_seconds=None, unknown=True) from exc

    def _raise_for_status(self, response: httpx.Response) -> None:
        status = response.status_code
        errors = _api_errors(response.content)
        api_message = _describe(errors, response.content)
        if status == 429:
            detail = f"HTTP 429 rate limited ({api_message})"
            wait = _rate_limit_wait(response.headers)
            raise _RetryableError(detail, wait_seconds=wait, unknown=False)
        if status >= 500:
            detail = f"HTTP {status} ({api_message})"
            raise _RetryableError(detail, wait_seconds=None, unknown=False)
        refused = _refused_personalizations(errors) if status == 400 else None
        if refused:
            message = f"SendGrid refused {len(refused)} address(es): {api_message}"
            raise RefusedRecipientsError(message, refused)
        message = f"SendGrid rejected the request with HTTP {status}: {api_message}. {_what_to_check(status)}"
        raise DeliveryError(message)


def _api_errors(raw: bytes) -> list[dict[str, Any]] | None:
    """Return the ``errors`` list of an API answer, or None when it has none."""
    try:
        parsed = json.loads(raw.decode("utf-8", "replace"))
    except ValueError:
        return None
    errors = parsed.get("errors") if isinstance(parsed, dict) else None
    if not isinstance(errors, list):
        return None
    return [error for error in errors if isinstance(error, dict)]


def _describe(errors: list[dict[str, Any]] | None, raw: bytes) -> str:
    if not errors:
        return raw.decode("utf-8", "replace").strip()[:300] or "no message"
    parts = []
    for error in errors[:5]:
        where = f" (field {error['field']})" if error.get("field") else ""
        parts.append(f"{error.get('message', '')}{where}")
    return "; ".join(parts)


def _refused_personalizations(errors: list[dict[str, Any]] | None) -> dict[int, str] | None:
    """Return index -> message when every error names a personalization's address, else None."""
    if not errors:
        return None
    refused: dict[int, str] = {}
    for error in errors:
        found = _REFUSED_FIELD.fullmatch(str(error.get("field") or ""))
        if found is None:
            return None  # another problem in the request: not a matter of one address
        refused[int(found.group(1))] = str(error.get("message") or "refused by SendGrid")
    return refused


def _rate_limit_wait(headers: httpx.Headers) -> float | None:
    reset = headers.get("X-RateLimit-Reset")
    if reset:
        try:
            return float(reset) - time.time()
        except ValueError:
            pass
    retry_after = headers.get("Retry-After")
    if retry_after:
        try:
            return float(retry_after)
        except ValueError:
            return None
    return None


def _what_to_check(status: int) -> str:
    return {
        400: "Check the field named above in the request; if it is ours, report a bug.",
        401: "Check NEWSLETTER_SENDGRID_API_KEY (a valid, non-revoked key).",
        403: "Check the key has the Mail Send permission and NEWSLETTER_FROM_EMAIL is a verified sender.",
        413: "The request is too large: check the size of the rendered email.",
    }.get(status, "Check the SendGrid account, the key and NEWSLETTER_SENDGRID_HOST.")
