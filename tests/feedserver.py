"""A real HTTP server on 127.0.0.1 that serves feeds for tests and benchmarks.

Each path answers from a ``Route``: a body with headers, an ETag and Last-Modified that turn a
matching conditional GET into 304, optional gzip, a delay before the headers or between body
chunks, and a script of statuses (``[500, 500]``) or whole answers to give first. Every request
is recorded so tests can assert on what the collector sent.
"""

from __future__ import annotations

import gzip
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Answer:
    """One scripted answer: status, headers and body (e.g. a 429 with its Retry-After)."""

    status: int
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""


@dataclass
class Route:
    """What one path answers."""

    body: bytes = b""
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=lambda: {"Content-Type": "text/xml"})
    etag: str | None = None
    last_modified: str | None = None
    gzip: bool = False
    delay: float = 0.0  # seconds before the status line
    chunk_delay: float = 0.0  # seconds between 64-byte chunks of the body (a slow server)
    script: list[int] = field(default_factory=list)  # statuses answered first, one per request
    retry_after: str | None = None  # the Retry-After header of the scripted answers
    location: str = ""  # for 3xx answers
    bare_304: bool = False  # answer 304 without repeating ETag / Last-Modified (RFC 9110 allows
    # leaving out Last-Modified; some servers leave out both)
    answers: list[Answer] = field(default_factory=list)  # whole answers given first, in order
    cut_at: int | None = None  # announce the whole body's length but close after these bytes

    def __post_init__(self) -> None:
        self.lock = threading.Lock()


@dataclass(frozen=True)
class Request:
    """One request the server received."""

    path: str
    headers: Mapping[str, str]  # lower-case names
    at: float = 0.0  # time.monotonic() when it arrived


class _QuietServer(ThreadingHTTPServer):
    """A threaded server that does not print a traceback when a client hangs up.

    A slow route's handler thread outlives the client that timed out and only then finds the
    socket closed; the stock ``handle_error`` would print that traceback into whatever
    sys.stderr is at the time, such as the output a later CLI test captures.
    """

    def handle_error(self, request: object, client_address: object) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return  # the client went away: expected for timeout and size-cap tests
        super().handle_error(request, client_address)  # type: ignore[arg-type]


class FeedServer:
    """Routes served by a threaded HTTP/1.1 server; use ``serve_feeds()`` to run one."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        self._server = _QuietServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        # A short poll interval: stopping the server then takes milliseconds, not half a second.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def base(self) -> str:
        """The origin, e.g. ``http://127.0.0.1:40123``."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        """Return the absolute URL of ``path`` (which starts with ``/``)."""
        return self.base + path

    def add(self, path: str, route: Route) -> str:
        """Serve ``route`` at ``path``; return its URL."""
        self.routes[path] = route
        return self.url(path)

    def requests_to(self, path: str) -> list[Request]:
        """Return the requests received for ``path``, oldest first."""
        with self._lock:
            return [request for request in self.requests if request.path == path]

    def _record(self, request: Request) -> None:
        with self._lock:
            self.requests.append(request)

    def start(self) -> None:
        """Start answering in a background thread."""
        self._thread.start()

    def stop(self) -> None:
        """Stop the server and close its socket."""
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()


@contextmanager
def serve_feeds() -> Iterator[FeedServer]:
    """Run a FeedServer for the duration of the block."""
    server = FeedServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _handler_for(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as real feed hosts do
        # Headers and body go out in two writes; with Nagle on, the body waits for the
        # client's delayed ACK (~40 ms per response on loopback).
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: object) -> None:
            """Stay quiet: tests read ``server.requests`` instead."""

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            headers = {key.lower(): value for key, value in self.headers.items()}
            server._record(Request(path, headers, time.monotonic()))
            route = server.routes.get(path)
            if route is None:
                self._answer(404, {"Content-Type": "text/plain"}, b"no such feed")
                return
            if route.delay:
                time.sleep(route.delay)
            with route.lock:
                given = route.answers.pop(0) if route.answers else None
            if given is not None:
                self._answer(given.status, given.headers, given.body)
                return
            with route.lock:
                scripted = route.script.pop(0) if route.script else None
            if scripted is not None:
                answer = {"Content-Type": "text/plain"}
                if route.retry_after is not None:
                    answer["Retry-After"] = route.retry_after
                self._answer(scripted, answer, b"scripted answer")
                return
            if route.status in (301, 302, 303, 307, 308):
                self._answer(route.status, {"Location": route.location}, b"")
                return
            validators = {}
            if route.etag is not None:
                validators["ETag"] = route.etag
            if route.last_modified is not None:
                validators["Last-Modified"] = route.last_modified
            if _is_fresh(route, headers):
                self._answer(304, {} if route.bare_304 else validators, b"")
                return
            body = route.body
            extra = dict(route.headers) | validators
            if route.gzip:
                body = gzip.compress(body)
                extra["Content-Encoding"] = "gzip"
            self._answer(
                route.status, extra, body, chunk_delay=route.chunk_delay, cut_at=route.cut_at
            )

        def _answer(
            self,
            status: int,
            headers: Mapping[str, str],
            body: bytes,
            *,
            chunk_delay: float = 0.0,
            cut_at: int | None = None,
        ) -> None:
            try:
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                if status != 304:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if cut_at is not None:
                    self.wfile.write(body[:cut_at])
                    self.wfile.flush()
                    self.close_connection = True
                    return
                if not chunk_delay:
                    self.wfile.write(body)
                    return
                for start in range(0, len(body), 64):
                    self.wfile.write(body[start : start + 64])
                    self.wfile.flush()
                    time.sleep(chunk_delay)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True  # the client gave up (a timeout test)

    return Handler


def _is_fresh(route: Route, headers: Mapping[str, str]) -> bool:
    """Tell whether the conditional request matches the route's current version."""
    if route.etag is not None and "if-none-match" in headers:
        return headers["if-none-match"] == route.etag
    if route.last_modified is not None and "if-modified-since" in headers:
        return headers["if-modified-since"] == route.last_modified
    return False
