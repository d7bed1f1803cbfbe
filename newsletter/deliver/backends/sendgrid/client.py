"""The SendGrid backend: request bodies for ``POST /v3/mail/send``, the client and its faults.

Every ``sendgrid`` / ``python_http_client`` exception is caught here and turned into a
DeliveryError. Fault policy:

- 429: wait for ``X-RateLimit-Reset`` (epoch seconds) or ``Retry-After`` (seconds), then retry;
- 5xx and failures to connect or to send the request: retry with exponential backoff and
  jitter (tenacity);
- both bounded by ``max_attempts`` and ``max_wait_seconds`` per wait;
- any other 4xx: stop at once with the API's own message and what to check.

SendGrid has no idempotency key, so a request that timed out (or lost its connection) *after*
its body was sent has an unknown outcome: retrying it could deliver every message twice. Such
a request is never retried here; DeliveryOutcomeUnknownError tells the job to record the batch
as ``unknown``, and only ``newsletter send --retry-unknown`` sends it again.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import random
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import python_http_client.exceptions as http_errors
import tenacity
from sendgrid import SendGridAPIClient

from newsletter.errors import DeliveryError

MAX_PERSONALIZATIONS = 1000
JsonObject = dict[str, Any]


class DeliveryOutcomeUnknownError(DeliveryError):
    """A request may or may not have been accepted (it timed out after being sent)."""


def tracking_settings(*, track_opens: bool, track_clicks: bool) -> JsonObject:
    """Return ``tracking_settings``: open and click tracking as configured (both off by default)."""
    return {
        "click_tracking": {"enable": track_clicks, "enable_text": False},
        "open_tracking": {"enable": track_opens},
        "subscription_tracking": {"enable": False},
    }


def mail_body(
    *,
    from_email: str,
    from_name: str,
    subject: str,
    text: str,
    html: str,
    personalizations: Sequence[JsonObject],
    categories: Sequence[str] = (),
    track_opens: bool = False,
    track_clicks: bool = False,
) -> JsonObject:
    """Build a mail-send request body: shared content (text, then HTML) and the envelopes.

    Raises DeliveryError when there are no personalizations or more than 1000 (the API's
    limits; the published schema forgets the lower one).
    """
    if not personalizations or len(personalizations) > MAX_PERSONALIZATIONS:
        message = (
            f"A SendGrid request needs 1 to {MAX_PERSONALIZATIONS} personalizations, "
            f"got {len(personalizations)}; this is a bug in the batching, please report it."
        )
        raise DeliveryError(message)
    body: JsonObject = {
        "personalizations": list(personalizations),
        "from": {"email": from_email, "name": from_name},
        "subject": subject,
        "content": [
            {"type": "text/plain", "value": text},
            {"type": "text/html", "value": html},
        ],
        "tracking_settings": tracking_settings(track_opens=track_opens, track_clicks=track_clicks),
    }
    if categories:
        body["categories"] = list(categories)
    return body


class _NoDelayHTTPConnection(http.client.HTTPConnection):
    """An HTTP connection with Nagle's algorithm off.

    http.client writes the headers and the body of a POST separately; with Nagle on, the
    tail of the body can wait for a delayed ACK (up to 40 ms a request on Linux).
    """

    def connect(self) -> None:
        super().connect()
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class _NoDelayHTTPSConnection(_NoDelayHTTPConnection, http.client.HTTPSConnection):
    """An HTTPS connection with Nagle's algorithm off (see _NoDelayHTTPConnection)."""


class _NoDelayHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_NoDelayHTTPConnection, req)


class _NoDelayHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_NoDelayHTTPSConnection, req, context=self._context)  # type: ignore[attr-defined]


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


# Module defaults, read when a client is built (tests shorten them).
TIMEOUT_SECONDS = 30.0
MAX_ATTEMPTS = 6
BACKOFF_INITIAL_SECONDS = 0.5
MAX_WAIT_SECONDS = 60.0


@dataclass
class SendGridClient:
    """Post mail-send requests with the official client, retrying transient faults (bounded).

    Thread-safe: several requests may be in flight at once (``requests_made`` is locked).
    """

    api_key: str
    host: str
    timeout_seconds: float = field(default_factory=lambda: TIMEOUT_SECONDS)
    max_attempts: int = field(default_factory=lambda: MAX_ATTEMPTS)
    max_wait_seconds: float = field(default_factory=lambda: MAX_WAIT_SECONDS)
    backoff_initial_seconds: float = field(default_factory=lambda: BACKOFF_INITIAL_SECONDS)
    sleep: Callable[[float], None] = time.sleep
    requests_made: int = 0
    _client: SendGridAPIClient = field(init=False, repr=False)
    _lock: threading.Lock = field(init=False, repr=False, default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self._client = SendGridAPIClient(api_key=self.api_key, host=self.host)
        http = self._client.client
        self._url = http._build_url(None) + "/mail/send"
        self._headers = {**http.request_headers, "Content-Type": "application/json"}
        self._opener = urllib.request.build_opener(_NoDelayHTTPHandler, _NoDelayHTTPSHandler)

    def send(self, body: JsonObject) -> None:
        """Post one request body (a JSON object); see ``send_json``."""
        self.send_json(json.dumps(body, ensure_ascii=False).encode("utf-8"))

    def send_json(self, data: bytes) -> None:
        """Post one already-encoded request body; return after a 2xx.

        Raises DeliveryError for a rejection or when retries run out, and
        DeliveryOutcomeUnknownError at once when the request may have been accepted
        (it timed out, or the connection dropped, after the body was sent).
        """
        retrying = tenacity.Retrying(
            stop=tenacity.stop_after_attempt(self.max_attempts),
            wait=self._wait,
            retry=tenacity.retry_if_exception(_is_safe_to_retry),
            sleep=self.sleep,
            reraise=True,
        )
        try:
            retrying(self._post_once, data)
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
        backoff = self.backoff_initial_seconds * float(2 ** (state.attempt_number - 1))
        return min(backoff + random.uniform(0, self.backoff_initial_seconds), self.max_wait_seconds)

    def _post_once(self, data: bytes) -> None:
        with self._lock:
            self.requests_made += 1
        # The library's own request path (``client.mail.send.post``) JSON-encodes the body and
        # formats the whole payload into a debug string on every call: about 4 ms per
        # 1000-recipient request. Its ``_make_request`` (auth headers, host and its HTTPError
        # mapping) is called with the pre-encoded body instead.
        request = urllib.request.Request(self._url, data=data, headers=self._headers, method="POST")
        try:
            response = self._client.client._make_request(
                self._opener, request, timeout=self.timeout_seconds
            )
            with contextlib.closing(response):
                response.read()
        except http_errors.HTTPError as exc:
            self._raise_for_status(exc)
        except urllib.error.URLError as exc:
            # Raised while connecting or sending: the API cannot have accepted a partial body.
            detail = f"cannot reach the API ({exc.reason})"
            raise _RetryableError(detail, wait_seconds=None, unknown=False) from exc
        except TimeoutError as exc:
            detail = f"no answer within {self.timeout_seconds:g} s"
            raise _RetryableError(detail, wait_seconds=None, unknown=True) from exc
        except (http.client.HTTPException, OSError) as exc:
            detail = f"connection dropped before the answer ({type(exc).__name__})"
            raise _RetryableError(detail, wait_seconds=None, unknown=True) from exc

    def _raise_for_status(self, exc: http_errors.HTTPError) -> None:
        status = int(exc.status_code)
        api_message = _api_message(exc.body)
        if status == 429:
            detail = f"HTTP 429 rate limited ({api_message})"
            wait = _rate_limit_wait(exc.headers)
            raise _RetryableError(detail, wait_seconds=wait, unknown=False) from exc
        if status >= 500:
            detail = f"HTTP {status} ({api_message})"
            raise _RetryableError(detail, wait_seconds=None, unknown=False) from exc
        message = f"SendGrid rejected the request with HTTP {status}: {api_message}. {_what_to_check(status)}"
        raise DeliveryError(message) from exc


def _api_message(raw: object) -> str:
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw or "")
    try:
        parsed = json.loads(text)
    except ValueError:
        return text.strip()[:300] or "no message"
    errors = parsed.get("errors") if isinstance(parsed, dict) else None
    if isinstance(errors, list) and errors:
        parts = []
        for error in errors[:5]:
            if isinstance(error, dict):
                where = f" (field {error['field']})" if error.get("field") else ""
                parts.append(f"{error.get('message', '')}{where}")
        return "; ".join(parts)
    return text.strip()[:300]


def _rate_limit_wait(headers: Any) -> float | None:
    getter = getattr(headers, "get", None)
    if getter is None:
        return None
    reset = getter("X-RateLimit-Reset")
    if reset:
        try:
            return float(reset) - time.time()
        except ValueError:
            pass
    retry_after = getter("Retry-After")
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
