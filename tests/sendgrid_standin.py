"""A local SendGrid stand-in: a real HTTP server on 127.0.0.1 that checks every mail-send body.

Each ``POST /v3/mail/send`` body is validated against the OpenAPI requestBody schema of the
official description (``../shared/corpus/sendgrid-openapi/tsg_mail_v3.json``) with a Draft
2020-12 validator, plus the rule the schema forgets (``personalizations`` must not be empty).
Valid requests get 202 and are recorded; invalid ones get 400 with SendGrid-style errors.

Addresses in ``refuse`` are refused as SendGrid refuses an address it cannot deliver to: 400
with one error per such personalization, ``field`` = ``personalizations.N.to.0.email`` (case
16). ``arrivals`` holds ``time.monotonic()`` at the start of each accepted request, with its
recipients, for the unsubscribe race test.

Faults are scripted per request, in order: ``"429"`` (with Retry-After / X-RateLimit-Reset),
``"500"``, ``"503"``, ``("slow", seconds)`` (recorded, then answered late) and
``("hang", seconds)`` (read, never recorded, no answer for that long). ``GET /_stats`` returns
the counters as JSON, so a stand-in in another process can be read too.

Run standalone: ``python -m tests.sendgrid_standin [--no-validate] [--count-only]`` prints its URL.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

OPENAPI = (
    Path(
        os.environ.get("NEWSLETTER_TEST_SHARED")
        or Path(__file__).resolve().parent.parent.parent / "shared"
    )
    / "corpus"
    / "sendgrid-openapi"
    / "tsg_mail_v3.json"
)
SCHEMA_POINTER = "#/components/requestBodies/PostMailSend/content/application~1json/schema"

Fault = str | tuple[str, float]


def mail_send_validator(openapi_path: Path = OPENAPI) -> Any:
    """Return a Draft 2020-12 validator for the mail-send requestBody, resolving its $refs."""
    from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped]
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    document = json.loads(openapi_path.read_text(encoding="utf-8"))
    operation = document["paths"]["/v3/mail/send"]["post"]
    assert operation["requestBody"]["$ref"] == "#/components/requestBodies/PostMailSend"
    resource = Resource.from_contents(document, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource("urn:sendgrid-mail-v3", resource)
    schema = {"$ref": "urn:sendgrid-mail-v3" + SCHEMA_POINTER}
    return Draft202012Validator(schema, registry=registry, format_checker=FormatChecker())


class StandIn:
    """The server and what it saw; use as a context manager (starts on a random port)."""

    def __init__(self, *, validate: bool = True, api_key: str | None = None) -> None:
        self.validator = mail_send_validator() if validate else None
        self.api_key = api_key
        self.accepted: list[dict[str, Any]] = []
        self.rejected: list[tuple[dict[str, Any] | None, list[str]]] = []
        self.requests = 0
        self.personalizations = 0
        self.faults: deque[Fault] = deque()
        self.keep_bodies = True
        self.delay = 0.0  # seconds every accepted request waits before its answer
        self.count_only = False  # keep no body: count personalizations and distinct recipients
        self.distinct: set[int] = set()
        self.refuse: set[str] = set()
        self.refuse_first_only = False  # name only the first refused address per answer
        self.arrivals: list[tuple[float, list[str]]] = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self.server.daemon_threads = True
        # A short poll interval: stopping the server waits for at most one poll.
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        """Base URL to use as NEWSLETTER_SENDGRID_HOST."""
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    def script(self, faults: Iterable[Fault]) -> None:
        """Queue faults answered to the next requests, in order (then 202 again)."""
        with self.lock:
            self.faults.extend(faults)

    def recipients(self) -> list[str]:
        """Every ``to`` address of every accepted request, in order (duplicates kept)."""
        return [
            to["email"]
            for body in self.accepted
            for item in body["personalizations"]
            for to in item["to"]
        ]

    def start(self) -> StandIn:
        """Start serving in a daemon thread."""
        self.thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release the port."""
        self.stopping.set()
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> StandIn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def errors_for(self, body: Any) -> list[str]:
        """Return the schema violations of a body (empty when valid)."""
        errors: list[str] = []
        if self.validator is not None:
            for error in self.validator.iter_errors(body):
                where = "/".join(str(part) for part in error.absolute_path) or "(root)"
                errors.append(f"{where}: {error.message}")
        if isinstance(body, dict) and body.get("personalizations") == []:
            errors.append("personalizations: must contain at least one item")
        return errors


def _handler_for(standin: StandIn) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body leave in separate writes: without this, Nagle plus the client's
        # delayed ACK can hold an answer back for tens of milliseconds.
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib name
            """Stay quiet: tests read the records, not the log."""

        def do_GET(self) -> None:
            """Serve the counters at /_stats."""
            if self.path != "/_stats":
                self._reply(404, {"errors": [{"message": "not found"}]})
                return
            with standin.lock:
                stats = {
                    "requests": standin.requests,
                    "accepted": len(standin.accepted),
                    "personalizations": standin.personalizations,
                    "rejected": len(standin.rejected),
                    "distinct": len(standin.distinct),
                }
            self._reply(200, stats)

        def do_POST(self) -> None:
            """Check, record and answer one mail-send request (or play the next fault)."""
            arrived = time.monotonic()
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            if self.path != "/v3/mail/send":
                self._reply(404, {"errors": [{"message": f"no route {self.path}"}]})
                return
            with standin.lock:
                standin.requests += 1
                fault = standin.faults.popleft() if standin.faults else None
            if standin.api_key is not None and (
                self.headers.get("Authorization") != f"Bearer {standin.api_key}"
            ):
                message = "The provided authorization grant is invalid, expired, or revoked"
                self._reply(401, {"errors": [{"message": message, "field": None}]})
                return
            if fault is not None and self._play(fault):
                return
            try:
                body = json.loads(raw)
            except ValueError:
                self._reply(400, {"errors": [{"message": "Bad Request", "field": None}]})
                return
            errors = standin.errors_for(body)
            refused = _refused_errors(body, standin.refuse) if not errors else []
            if standin.refuse_first_only:
                refused = refused[:1]
            if refused:
                with standin.lock:
                    standin.rejected.append((body, [e["field"] for e in refused]))
                self._reply(400, {"errors": refused})
                return
            if errors:
                with standin.lock:
                    standin.rejected.append((body, errors))
                self._reply(400, {"errors": [{"message": e, "field": None} for e in errors]})
                return
            with standin.lock:
                if not standin.count_only:
                    standin.arrivals.append(
                        (arrived, [to["email"] for p in body["personalizations"] for to in p["to"]])
                    )
                standin.personalizations += len(body["personalizations"])
                if standin.count_only:
                    standin.distinct.update(
                        hash(to["email"]) for item in body["personalizations"] for to in item["to"]
                    )
                else:
                    standin.accepted.append(body if standin.keep_bodies else _envelope_only(body))
            if isinstance(fault, tuple) and fault[0] == "slow":
                time.sleep(fault[1])
            elif standin.delay:
                time.sleep(standin.delay)
            self._reply(202, None)

        def _play(self, fault: Fault) -> bool:
            """Answer a scripted fault; return False when the request proceeds (slow)."""
            if fault == "429":
                headers = {"Retry-After": "0.05", "X-RateLimit-Remaining": "0"}
                self._reply(429, {"errors": [{"message": "too many requests"}]}, headers)
                return True
            if fault in ("500", "503"):
                message = "internal error" if fault == "500" else "service unavailable"
                self._reply(int(fault), {"errors": [{"message": message}]})
                return True
            if isinstance(fault, tuple) and fault[0] == "hang":
                standin.stopping.wait(fault[1])
                self.close_connection = True
                return True
            if isinstance(fault, tuple) and fault[0] == "429-reset":
                reset = f"{time.time() + fault[1]:.3f}"
                headers = {"X-RateLimit-Reset": reset, "X-RateLimit-Remaining": "0"}
                self._reply(429, {"errors": [{"message": "too many requests"}]}, headers)
                return True
            return False

        def _reply(
            self, status: int, payload: object, headers: dict[str, str] | None = None
        ) -> None:
            data = b"" if payload is None else json.dumps(payload).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout or killed): nothing left to answer

    return Handler


def _refused_errors(body: Any, refuse: set[str]) -> list[dict[str, str]]:
    """SendGrid's 400 errors for the personalizations whose address is in ``refuse``."""
    if not refuse or not isinstance(body, dict):
        return []
    return [
        {
            "message": "Does not contain a valid address.",
            "field": f"personalizations.{index}.to.0.email",
            "help": "http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#message.personalizations.to",
        }
        for index, item in enumerate(body.get("personalizations", []))
        if item.get("to") and item["to"][0].get("email") in refuse
    ]


def _envelope_only(body: dict[str, Any]) -> dict[str, Any]:
    return {"personalizations": [{"to": p["to"]} for p in body["personalizations"]]}


def main(argv: list[str]) -> None:
    """Serve until killed; print the base URL on the first line of stdout.

    ``--no-validate`` skips the schema check; ``--count-only`` also keeps no body (for
    benchmarks: counts of requests, personalizations and distinct recipients at /_stats).
    """
    standin = StandIn(validate="--no-validate" not in argv and "--count-only" not in argv)
    standin.keep_bodies = False
    standin.count_only = "--count-only" in argv
    print(standin.url, flush=True)
    standin.server.serve_forever()


if __name__ == "__main__":
    main(sys.argv[1:])
