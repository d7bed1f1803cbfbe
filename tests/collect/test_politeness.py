"""Politeness remembered across runs: Retry-After, 410 Gone and repeated failures hold back the next request."""

from __future__ import annotations

import datetime as dt
import json
from email.utils import format_datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from newsletter.cli import app
from newsletter.cli.common import CliSeams
from newsletter.collect.feedstate import load_feed_states
from newsletter.collect.fetch import FetchLimits
from newsletter.collect.politeness import (
    BACKOFF_BASE,
    BACKOFF_MAX,
    GONE_RECHECK,
    MAX_ASKED_WAIT,
    schedule_after,
)
from newsletter.collect.report import CollectReport, FeedResult
from newsletter.collect.run import collect_feeds
from newsletter.editorial import EditorialConfig
from tests.conftest import require_shared
from tests.feedserver import Answer, FeedServer, Route

FAST = FetchLimits(connect_timeout=5.0, read_timeout=5.0, attempts=3, retry_wait=0.01)
T0 = dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.UTC)
HOUR = dt.timedelta(hours=1)
RSS_BODY = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>T</title><link>https://site.example/</link><description>d</description>
<item><title>A</title><link>https://site.example/a</link><pubDate>Tue, 24 Nov 2026 09:00:00 GMT</pubDate></item>
</channel></rss>"""


def _run(engine: sa.Engine, editorial: EditorialConfig, url: str, at: dt.datetime) -> FeedResult:
    report = collect_feeds(engine, editorial, [url], now=at, limits=FAST, workers=1)
    (result,) = report.feeds
    return result


def _routes_from_case(folder: Path) -> dict[str, Route]:
    """The case's routes.json as feed-server routes: each listed answer once, the last one for ever."""
    spec = json.loads((folder / "routes.json").read_text(encoding="utf-8"))
    routes: dict[str, Route] = {}
    for path, answers in spec.items():
        built = []
        for answer in answers:
            body = (
                (folder / answer["body_file"]).read_bytes()
                if "body_file" in answer
                else answer.get("body", "").encode()
            )
            built.append(Answer(answer["status"], answer.get("headers", {}), body))
        last = built[-1]
        routes[path] = Route(
            body=last.body, status=last.status, headers=last.headers, answers=built[:-1]
        )
    return routes


def test_case_38_a_two_hour_retry_after_is_honoured_by_the_next_runs(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """Case 38: 429 with Retry-After 7200 is not asked again an hour later; the report names the time."""
    folder = require_shared("cases/38-feed-429-retry-after")
    for path, route in _routes_from_case(folder).items():
        server.add(path, route)
    busy, short = server.url("/two-hours.xml"), server.url("/short-wait.xml")
    report = collect_feeds(engine, editorial, [busy, short], now=T0, limits=FAST, workers=1)
    first, quick = report.feeds
    assert first.status == "error"
    assert first.next_attempt_at == T0 + dt.timedelta(seconds=7200)
    assert "7200" in first.error or "2 h" in first.wait_reason
    assert len(server.requests_to("/two-hours.xml")) == 1  # no retry within the run either
    assert (quick.status, quick.new) == ("ok", 1)  # a 1 s wait is waited out in the run
    assert len(server.requests_to("/short-wait.xml")) == 2

    later = _run(engine, editorial, busy, T0 + HOUR)
    assert later.status == "waiting"
    assert later.next_attempt_at == T0 + dt.timedelta(seconds=7200)
    assert "Retry-After" in later.wait_reason
    assert len(server.requests_to("/two-hours.xml")) == 1

    _run(engine, editorial, busy, T0 + dt.timedelta(seconds=7201))
    assert len(server.requests_to("/two-hours.xml")) == 2


def test_a_503_retry_after_as_an_http_date_is_remembered(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """A 503 whose Retry-After is an HTTP date three hours ahead holds back every run until then."""
    when = dt.datetime.now(dt.UTC).replace(microsecond=0) + 3 * HOUR
    headers = {"Retry-After": format_datetime(when, usegmt=True), "Content-Type": "text/plain"}
    url = server.add("/maint.xml", Route(body=b"maintenance", status=503, headers=headers))
    now = dt.datetime.now(dt.UTC)
    result = _run(engine, editorial, url, now)
    assert result.status == "error"
    assert result.next_attempt_at is not None
    assert abs(result.next_attempt_at - when) < dt.timedelta(seconds=5)
    assert _run(engine, editorial, url, now + 2 * HOUR).status == "waiting"
    assert len(server.requests_to("/maint.xml")) == 1


def test_410_gone_is_not_asked_again_for_a_month(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """410 Gone is reported with its advice and the feed waits GONE_RECHECK before the next request."""
    url = server.add("/old.xml", Route(body=b"gone", status=410))
    result = _run(engine, editorial, url, T0)
    assert "410 Gone" in result.error
    assert "remove it from the config" in result.error
    assert result.next_attempt_at == T0 + GONE_RECHECK
    (state,) = load_feed_states(engine, [url]).values()
    assert state.next_attempt_at == T0 + GONE_RECHECK
    for days in (1, 7, 29):
        assert _run(engine, editorial, url, T0 + dt.timedelta(days=days)).status == "waiting"
    assert len(server.requests_to("/old.xml")) == 1
    _run(engine, editorial, url, T0 + GONE_RECHECK + HOUR)
    assert len(server.requests_to("/old.xml")) == 2


def test_repeated_failures_back_off_and_a_success_clears_the_wait(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """A failing host is asked at the next run, then after 1 h, 2 h ...; once it answers, every run asks."""
    route = Route(body=RSS_BODY, headers={"Content-Type": "application/rss+xml"})
    route.answers = [Answer(500)] * 9  # three runs of three attempts each
    url = server.add("/flaky.xml", route)
    first = _run(engine, editorial, url, T0)
    assert (first.status, first.next_attempt_at) == ("error", None)
    second = _run(engine, editorial, url, T0 + 10 * dt.timedelta(minutes=1))
    assert second.next_attempt_at == T0 + 10 * dt.timedelta(minutes=1) + BACKOFF_BASE
    assert "2 failures in a row" in second.wait_reason
    assert _run(engine, editorial, url, T0 + 30 * dt.timedelta(minutes=1)).status == "waiting"
    third_at = T0 + 2 * HOUR
    third = _run(engine, editorial, url, third_at)
    assert third.next_attempt_at == third_at + 2 * BACKOFF_BASE
    assert len(server.requests_to("/flaky.xml")) == 9
    fourth = _run(engine, editorial, url, third_at + 3 * HOUR)
    assert (fourth.status, fourth.next_attempt_at) == ("ok", None)
    (state,) = load_feed_states(engine, [url]).values()
    assert (state.failures, state.next_attempt_at) == (0, None)


def test_a_waiting_feed_does_not_hold_back_the_others(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """While one feed waits, the others of the run are fetched, and the run is not a failure."""
    busy = server.add(
        "/busy.xml", Route(status=429, headers={"Retry-After": "86400"}, body=b"later")
    )
    fine = server.add(
        "/fine.xml", Route(body=RSS_BODY, headers={"Content-Type": "application/rss+xml"})
    )
    collect_feeds(engine, editorial, [busy, fine], now=T0, limits=FAST, workers=1)
    report: CollectReport = collect_feeds(
        engine, editorial, [busy, fine], now=T0 + HOUR, limits=FAST, workers=1
    )
    assert [feed.status for feed in report.feeds] == ["waiting", "ok"]
    assert [feed.url for feed in report.waiting] == [busy]
    assert not report.nothing_read
    assert len(server.requests_to("/fine.xml")) == 2


@pytest.mark.parametrize(
    ("failures", "status", "retry_after", "wait", "words"),
    [
        (0, 429, 7200.0, dt.timedelta(seconds=7200), "HTTP 429 asked to wait 2 h"),
        (0, 503, 10 * 86400.0, MAX_ASKED_WAIT, "asked to wait 7 d"),
        (0, 410, None, GONE_RECHECK, "410 Gone"),
        (4, 500, None, 8 * BACKOFF_BASE, "5 failures in a row"),
        (30, None, None, BACKOFF_MAX, "31 failures in a row"),
        (3, 429, 60.0, 4 * BACKOFF_BASE, "4 failures in a row"),
        (3, 429, 86400.0, dt.timedelta(days=1), "asked to wait 1 d"),
    ],
    ids=["retry-after", "capped", "gone", "backoff", "backoff-cap", "backoff-wins", "asked-wins"],
)
def test_schedule_takes_the_longest_reason_to_wait(
    failures: int, status: int | None, retry_after: float | None, wait: dt.timedelta, words: str
) -> None:
    """The next request waits for the longest of Retry-After (capped), 410's recheck and the backoff."""
    schedule = schedule_after(
        failed=True, previous_failures=failures, now=T0, http_status=status, retry_after=retry_after
    )
    assert schedule.failures == failures + 1
    assert schedule.not_before == T0 + wait
    assert words in schedule.reason


def test_a_success_clears_the_schedule() -> None:
    """A feed that answers is asked again at the next run, its failure count reset."""
    schedule = schedule_after(failed=False, previous_failures=6, now=T0, retry_after=3600.0)
    assert (schedule.failures, schedule.not_before, schedule.reason) == (0, None, "")


def test_the_collect_command_says_when_each_waiting_feed_is_tried_next(
    server: FeedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`newsletter collect` prints the failed and the waiting feed with the time of its next try."""
    url = server.add("/busy.xml", Route(status=429, headers={"Retry-After": "7200"}, body=b"x"))
    monkeypatch.setenv("NEWSLETTER_DATABASE_URL", f"sqlite:///{tmp_path / 'n.db'}")
    runner = CliRunner()
    first = runner.invoke(app, ["collect", "--feed", url])
    assert "next try after" in first.output
    assert "asked to wait 2 h" in first.output
    second = runner.invoke(app, ["collect", "--feed", url])
    assert second.exit_code == 0, second.output
    assert "waiting" in second.output
    assert "next try after" in second.output
    assert len(server.requests_to("/busy.xml")) == 1


@pytest.mark.parametrize(
    "retry_after",
    ["7200", format_datetime(T0 + 2 * HOUR, usegmt=True)],
    ids=["delay-seconds", "http-date"],
)
def test_the_collect_command_counts_retry_after_from_the_cli_clock(
    retry_after: str, server: FeedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`newsletter collect` under the CliSeams clock stores and honours the Retry-After deadline in that time."""
    url = server.add(
        "/busy.xml", Route(status=429, headers={"Retry-After": retry_after}, body=b"x")
    )
    database = tmp_path / "n.db"
    monkeypatch.setenv("NEWSLETTER_DATABASE_URL", f"sqlite:///{database}")
    runner = CliRunner()

    def run_at(moment: dt.datetime) -> str:
        result = runner.invoke(app, ["collect", "--feed", url], obj=CliSeams(clock=lambda: moment))
        assert result.exception is None or isinstance(result.exception, SystemExit), result.output
        return result.output

    first = run_at(T0)
    assert "next try after 2026-11-24 12:00 UTC" in first
    stored = load_feed_states(sa.create_engine(f"sqlite:///{database}"), [url])[url]
    assert stored.next_attempt_at == T0 + 2 * HOUR
    assert "waiting" in run_at(T0 + HOUR)
    assert len(server.requests_to("/busy.xml")) == 1
    run_at(T0 + 2 * HOUR + dt.timedelta(seconds=1))
    assert len(server.requests_to("/busy.xml")) > 1  # asked again once the deadline passed
