"""SendGridClient against the stand-in: which faults are retried, how long it waits, when it stops."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest

from newsletter.deliver.backends.sendgrid.client import SendGridClient
from newsletter.errors import DeliveryError, DeliveryOutcomeUnknownError
from tests.deliver.test_job import API_KEY
from tests.sendgrid_standin import Fault, StandIn

BODY = {
    "personalizations": [{"to": [{"email": "ada@example.com"}]}],
    "from": {"email": "news@example.com"},
    "subject": "Hello",
    "content": [{"type": "text/plain", "value": "Hi"}],
}


_OPEN: list[SendGridClient] = []


@pytest.fixture(autouse=True)
def _close_clients() -> Iterator[None]:
    """Close every client a test built (their pooled connections)."""
    yield
    while _OPEN:
        _OPEN.pop().close()


def _client(host: str, sleeps: list[float], **options: float) -> SendGridClient:
    values: dict[str, float] = {"timeout_seconds": 0.5, "backoff_initial_seconds": 0.01, **options}
    client = SendGridClient(api_key=API_KEY, host=host, sleep=sleeps.append, **values)  # type: ignore[arg-type]
    _OPEN.append(client)
    return client


@pytest.mark.parametrize(
    ("fault", "least_wait"),
    [("429", 0.05), (("429-reset", 3.0), 2.0), ("500", 0.01), ("503", 0.01)],
)
def test_a_transient_fault_is_retried_once_after_the_right_wait(
    standin: StandIn, fault: Fault, least_wait: float
) -> None:
    """429 waits for Retry-After or the rate-limit reset; 5xx backs off; then the retry succeeds."""
    standin.script([fault])
    sleeps: list[float] = []

    _client(standin.url, sleeps).send(BODY)

    assert standin.requests == 2
    assert len(standin.accepted) == 1
    assert len(sleeps) == 1
    assert least_wait <= sleeps[0] <= 3.5


def test_backoff_grows_and_every_wait_is_capped(standin: StandIn) -> None:
    """Repeated 500s back off exponentially (with jitter), each wait capped by max_wait_seconds."""
    standin.script(["500"] * 5)
    sleeps: list[float] = []

    _client(standin.url, sleeps, backoff_initial_seconds=0.1, max_wait_seconds=0.5).send(BODY)

    assert standin.requests == 6
    assert sleeps[0] < sleeps[2]
    assert all(wait <= 0.5 for wait in sleeps)


def test_retries_are_bounded_then_the_error_says_what_to_do(standin: StandIn) -> None:
    """After max_attempts 5xx answers the client gives up with a DeliveryError (not unknown)."""
    standin.script(["503"] * 10)
    sleeps: list[float] = []

    with pytest.raises(DeliveryError, match="still failing after 3 attempts") as caught:
        _client(standin.url, sleeps, max_attempts=3).send(BODY)

    assert not isinstance(caught.value, DeliveryOutcomeUnknownError)
    assert "service unavailable" in str(caught.value)
    assert standin.requests == 3
    assert len(sleeps) == 2


def test_a_request_without_answer_is_unknown_and_never_repeated(standin: StandIn) -> None:
    """No answer within the timeout: DeliveryOutcomeUnknownError after exactly one request."""
    standin.script([("hang", 3.0)])
    started = time.monotonic()

    with pytest.raises(DeliveryOutcomeUnknownError, match="--retry-unknown"):
        _client(standin.url, [], timeout_seconds=0.3).send(BODY)

    assert standin.requests == 1
    assert time.monotonic() - started < 2.0


def test_a_refused_connection_is_retried_and_bounded() -> None:
    """Nothing listening: nothing was sent, so it is retried, then a DeliveryError (not unknown)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sleeps: list[float] = []

    with pytest.raises(DeliveryError, match="cannot reach the API") as caught:
        _client(f"http://127.0.0.1:{port}", sleeps, max_attempts=3).send(BODY)

    assert not isinstance(caught.value, DeliveryOutcomeUnknownError)
    assert len(sleeps) == 2


def test_an_invalid_body_stops_at_once_with_the_api_message(standin: StandIn) -> None:
    """A 400 is not retried; the error carries the API's own message and what to check."""
    sleeps: list[float] = []

    with pytest.raises(DeliveryError, match="HTTP 400") as caught:
        _client(standin.url, sleeps).send({**BODY, "personalizations": []})

    assert "personalizations" in str(caught.value)
    assert "Check the field named above" in str(caught.value)
    assert standin.requests == 1
    assert sleeps == []
