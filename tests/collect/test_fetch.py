"""Fetching feeds from a real local HTTP server: conditional GET, timeouts, retries, caps, dedupe, CLI."""

from __future__ import annotations

import datetime as dt
import socket
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from newsletter.articles import load_articles
from newsletter.cli import app
from newsletter.collect import run
from newsletter.collect.digest import DigestJob, DigestOutcome
from newsletter.collect.fetch import USER_AGENT, FetchLimits, retry_after_seconds
from newsletter.collect.report import CollectReport
from newsletter.collect.run import collect_feeds
from newsletter.curate.importance import assess
from newsletter.editorial import EditorialConfig
from newsletter.models import Article
from tests.feedserver import FeedServer, Route

FEEDS = Path(__file__).resolve().parent.parent / "feeds"
EVER = (dt.datetime(1970, 1, 1, tzinfo=dt.UTC), dt.datetime(9999, 1, 1, tzinfo=dt.UTC))
RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
ATOM = {"Content-Type": "application/atom+xml"}
# Short retry waits so failure paths take milliseconds; timeouts stay generous for a loaded CI box.
FAST = FetchLimits(connect_timeout=5.0, read_timeout=5.0, attempts=3, retry_wait=0.01)


def fixture_bytes(name: str) -> bytes:
    """Return a feed from tests/feeds."""
    return (FEEDS / name).read_bytes()


@pytest.fixture
def digests(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the feeds collect parses (a spy on the real digest step)."""
    seen: list[str] = []
    real = run.digest_feed

    def spy(job: DigestJob) -> DigestOutcome:
        seen.append(job.feed_url)
        return real(job)

    monkeypatch.setattr(run, "digest_feed", spy)
    return seen


def collect(
    engine: sa.Engine, editorial: EditorialConfig, *feeds: str, limits: FetchLimits = FAST
) -> CollectReport:
    """Collect in this process (workers=1) so that the digest spy sees every parse."""
    return collect_feeds(engine, editorial, list(feeds), limits=limits, workers=1)


def stored(engine: sa.Engine) -> list[Article]:
    """Every stored article."""
    return load_articles(engine, *EVER)


def closed_port_url() -> str:
    """A loopback URL nobody listens on (connection refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/feed.xml"


def test_etag_round_trip_answers_304_without_parsing(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig, digests: list[str]
) -> None:
    """The second run sends If-None-Match, gets 304, parses nothing and reports "not modified"."""
    url = server.add(
        "/feed.xml", Route(body=fixture_bytes("reports.rss.xml"), headers=RSS, etag='"v1"')
    )
    first = collect(engine, editorial, url)
    assert (first.feeds[0].status, first.feeds[0].new) == ("ok", 3)
    second = collect(engine, editorial, url)
    assert second.feeds[0].status == "not-modified"
    assert (second.not_modified, second.new, second.unchanged, second.feeds[0].entries) == (
        1,
        0,
        0,
        0,
    )
    assert digests == [url]  # parsed on the first run only
    first_request, second_request = server.requests_to("/feed.xml")
    assert "if-none-match" not in first_request.headers
    assert second_request.headers["if-none-match"] == '"v1"'
    assert second_request.headers["user-agent"] == USER_AGENT
    assert "tech-intel-newsletter" in USER_AGENT


def test_last_modified_round_trip_answers_304(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig, digests: list[str]
) -> None:
    """A feed with only Last-Modified gets If-Modified-Since back and a 304 costs no parsing."""
    stamp = "Tue, 24 Nov 2026 10:00:00 GMT"
    url = server.add(
        "/feed.xml",
        Route(body=fixture_bytes("reports.rss.xml"), headers=RSS, last_modified=stamp),
    )
    collect(engine, editorial, url)
    report = collect(engine, editorial, url)
    assert report.feeds[0].status == "not-modified"
    assert server.requests_to("/feed.xml")[1].headers["if-modified-since"] == stamp
    assert len(digests) == 1


@pytest.mark.parametrize(
    "validators",
    [{"last_modified": "Tue, 24 Nov 2026 10:00:00 GMT"}, {"etag": '"v1"'}],
    ids=["last-modified", "etag"],
)
def test_a_304_without_validators_keeps_the_stored_ones(
    server: FeedServer,
    engine: sa.Engine,
    editorial: EditorialConfig,
    digests: list[str],
    validators: dict[str, str],
) -> None:
    """A 304 that does not repeat Last-Modified (or ETag) leaves it stored: every later run is a 304 too."""
    url = server.add(
        "/feed.xml",
        Route(body=fixture_bytes("reports.rss.xml"), headers=RSS, bare_304=True, **validators),
    )
    statuses = [collect(engine, editorial, url).feeds[0].status for _ in range(4)]
    assert statuses == ["ok", "not-modified", "not-modified", "not-modified"]
    assert len(digests) == 1
    header = "if-modified-since" if "last_modified" in validators else "if-none-match"
    sent = [request.headers.get(header) for request in server.requests_to("/feed.xml")]
    assert sent == [None, *[next(iter(validators.values()))] * 3]


def test_changed_feed_is_parsed_again(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """When the ETag changes the new body is fetched, parsed and stored."""
    route = Route(body=fixture_bytes("empty.rss.xml"), headers=RSS, etag='"v1"')
    url = server.add("/feed.xml", route)
    assert collect(engine, editorial, url).new == 0
    route.body, route.etag = fixture_bytes("reports.rss.xml"), '"v2"'
    report = collect(engine, editorial, url)
    assert (report.feeds[0].status, report.new) == ("ok", 3)


@pytest.mark.parametrize(
    "route",
    [
        Route(body=b"<rss/>", delay=2.0),  # no status line within the read timeout
        Route(body=b"<rss>" + b" " * 600 + b"</rss>", chunk_delay=0.8),  # trickling body
    ],
    ids=["slow-headers", "slow-body"],
)
def test_slow_response_times_out_after_bounded_retries(
    route: Route, server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """A server slower than the read timeout is retried a bounded number of times, then reported."""
    url = server.add("/slow.xml", route)
    report = collect(
        engine, editorial, url, limits=FetchLimits(read_timeout=0.3, attempts=2, retry_wait=0.01)
    )
    (feed,) = report.feeds
    assert feed.status == "error"
    assert "gave up after 2 attempts" in feed.error
    assert "no answer within 0.3 s" in feed.error
    assert len(server.requests_to("/slow.xml")) == 2
    assert report.nothing_read


def test_server_error_then_success_is_retried(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """Two 500s then a 200: the third attempt succeeds and the entries are stored."""
    url = server.add(
        "/flaky.xml",
        Route(body=fixture_bytes("reports.rss.xml"), headers=RSS, script=[500, 503]),
    )
    report = collect(engine, editorial, url)
    assert (report.feeds[0].status, report.new) == ("ok", 3)
    assert len(server.requests_to("/flaky.xml")) == 3


def test_persistent_server_error_gives_up(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """A feed that keeps answering 500 is tried exactly `attempts` times and reported."""
    url = server.add("/down.xml", Route(script=[500] * 10))
    (feed,) = collect(engine, editorial, url).feeds
    assert feed.status == "error"
    assert "gave up after 3 attempts: server answered HTTP 500" in feed.error
    assert "the site may be down" in feed.error  # no Retry-After: the host may well be down
    assert len(server.requests_to("/down.xml")) == 3


def test_retry_after_is_waited_before_the_next_attempt(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """A 503 with Retry-After: 1 is retried no sooner than a second later, then succeeds."""
    url = server.add(
        "/busy.xml",
        Route(body=fixture_bytes("reports.rss.xml"), headers=RSS, script=[503], retry_after="1"),
    )
    report = collect(engine, editorial, url)
    assert (report.feeds[0].status, report.new) == ("ok", 3)
    first, second = server.requests_to("/busy.xml")
    # FAST backs off 10 ms; only the server's Retry-After explains a gap of a second.
    assert second.at - first.at >= 0.95


def test_retry_after_longer_than_a_run_waits_is_reported_at_once(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """A 429 asking for an hour is not retried within the run: one request, and why."""
    url = server.add("/limited.xml", Route(script=[429] * 3, retry_after="3600"))
    (feed,) = collect(engine, editorial, url).feeds
    assert feed.status == "error"
    assert (
        "gave up after 1 attempt: server answered HTTP 429 and asked to wait 3600 s" in feed.error
    )
    assert "a run waits at most 4 s" in feed.error
    assert "may be down" not in feed.error  # the host is up and said how long to wait
    assert "asked to be left alone" in feed.error
    assert len(server.requests_to("/limited.xml")) == 1


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("120", 120.0),
        (" 0 ", 0.0),
        ("Wed, 25 Nov 2026 12:00:30 GMT", 30.0),
        ("Wed, 25 Nov 2026 11:00:00 GMT", 0.0),  # already past: no wait
        ("soon", None),
        ("-5", None),
        ("", None),
        (None, None),
    ],
)
def test_retry_after_reads_seconds_and_http_dates(
    header: str | None, expected: float | None
) -> None:
    """Retry-After is delay-seconds or an HTTP date; anything else is ignored."""
    now = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)
    assert retry_after_seconds(header, now=now) == expected


def test_client_error_is_not_retried(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """A 404 is final: one request, and the message says to fix or remove the URL."""
    url = server.url("/missing.xml")
    (feed,) = collect(engine, editorial, url).feeds
    assert feed.status == "error"
    assert "returned HTTP 404; remove the feed from the config or fix its URL" in feed.error
    assert len(server.requests_to("/missing.xml")) == 1


def test_redirect_is_followed_and_links_resolve_against_the_final_url(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """A 301 to the real feed is followed; relative entry links resolve against where it moved."""
    target = server.add("/new/feed.xml", Route(body=fixture_bytes("reports.rss.xml"), headers=RSS))
    old = server.add("/old.xml", Route(status=301, location=target))
    report = collect(engine, editorial, old)
    assert (report.feeds[0].status, report.new) == ("ok", 3)
    urls = {article.url for article in stored(engine)}
    assert server.url("/reports/euv-record/") in urls
    assert all(article.source_feed == old for article in stored(engine))


def test_redirect_limit_is_enforced(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """A chain longer than the redirect limit is reported, not followed forever."""
    for hop in range(4):
        server.add(f"/hop{hop}", Route(status=302, location=server.url(f"/hop{hop + 1}")))
    server.add("/hop4", Route(body=fixture_bytes("reports.rss.xml"), headers=RSS))
    limits = FetchLimits(max_redirects=2, retry_wait=0.01)
    (feed,) = collect(engine, editorial, server.url("/hop0"), limits=limits).feeds
    assert feed.status == "error"
    assert "more than 2 redirects" in feed.error
    loop = server.add("/loop", Route(status=302, location=server.url("/loop")))
    (looped,) = collect(engine, editorial, loop, limits=limits).feeds
    assert "redirects" in looped.error


def test_gzip_body_is_decoded(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """A gzip-encoded feed is asked for, decoded and parsed."""
    url = server.add(
        "/gz.xml", Route(body=fixture_bytes("reports.rss.xml"), headers=RSS, gzip=True)
    )
    report = collect(engine, editorial, url)
    assert (report.feeds[0].status, report.new, report.feeds[0].warnings) == ("ok", 3, ())
    assert "gzip" in server.requests_to("/gz.xml")[0].headers["accept-encoding"]


TITLE = "Café in Zürich – ¥10 trillion plan"


def _feed_in(encoding: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel><title>C</title>'
        f"<link>https://c.example/</link><item><title>{TITLE}</title>"
        "<link>https://c.example/1</link><guid>c-1</guid></item></channel></rss>"
    ).encode(encoding, errors="xmlcharrefreplace")


@pytest.mark.parametrize(
    ("body", "declared"),
    [
        (_feed_in("windows-1252"), "text/xml; charset=utf-8"),
        (_feed_in("utf-8"), "application/rss+xml; charset=us-ascii"),
        (_feed_in("utf-8"), "text/xml; charset=no-such-charset"),
    ],
    ids=["cp1252-declared-utf8", "utf8-declared-ascii", "unknown-charset"],
)
def test_wrong_declared_charset_still_reads_the_text(
    body: bytes,
    declared: str,
    server: FeedServer,
    engine: sa.Engine,
    editorial: EditorialConfig,
) -> None:
    """A Content-Type charset that contradicts the bytes: the title is still right and a warning says so."""
    url = server.add("/charset.xml", Route(body=body, headers={"Content-Type": declared}))
    report = collect(engine, editorial, url)
    (feed,) = report.feeds
    assert feed.status == "ok"
    assert any("wrong character encoding" in warning for warning in feed.warnings)
    assert [article.title for article in stored(engine)] == [TITLE]


def test_body_over_the_size_cap_is_refused(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """A declared length over the cap, or a gzip body that inflates past it, is refused."""
    big = server.add("/big.xml", Route(body=b"<rss>" + b" " * 5000 + b"</rss>"))
    bomb = server.add("/bomb.xml", Route(body=b"<rss>" + b" " * 200_000 + b"</rss>", gzip=True))
    limits = FetchLimits(max_bytes=4096, retry_wait=0.01)
    report = collect(engine, editorial, big, bomb, limits=limits)
    declared, inflated = report.feeds
    assert declared.status == inflated.status == "error"
    assert "over the 4096-byte cap" in declared.error
    assert "stopped reading" in inflated.error
    assert len(server.requests_to("/bomb.xml")) == 1  # not retried


def test_bozo_feed_is_used_with_a_warning_naming_the_problem(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """A feed that is not well-formed but yields entries is stored, with the parser's complaint."""
    url = server.add("/broken.xml", Route(body=fixture_bytes("broken.rss.xml"), headers=RSS))
    (feed,) = collect(engine, editorial, url).feeds
    assert (feed.status, feed.new) == ("ok", 1)
    (warning,) = feed.warnings
    assert "not well-formed" in warning
    assert "invalid token" in warning
    (article,) = stored(engine)
    assert article.fields == ("energy",)
    assert [amount.money.text for amount in assess(article).amounts] == ["€2bn"]


def test_feeds_yielding_nothing_are_reported(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """A valid but empty feed is a warning; an HTML page is a failed feed."""
    empty = server.add("/empty.xml", Route(body=fixture_bytes("empty.rss.xml"), headers=RSS))
    page = server.add(
        "/page",
        Route(body=fixture_bytes("not-a-feed.html"), headers={"Content-Type": "text/html"}),
    )
    quiet, html_page = collect(engine, editorial, empty, page).feeds
    assert (quiet.status, quiet.warnings) == ("ok", ("no entries",))
    assert html_page.status == "error"
    assert "not a feed that can be read" in html_page.error


def test_one_bad_feed_never_stops_the_others(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """Refused, 404, 500 and garbage feeds are reported while the good feeds are stored."""
    good = server.add("/good.xml", Route(body=fixture_bytes("reports.rss.xml"), headers=RSS))
    partner = server.add(
        "/partner.xml", Route(body=fixture_bytes("partner.atom.xml"), headers=ATOM)
    )
    garbage = server.add("/garbage", Route(body=b"\x00\xff not xml at all"))
    down = server.add("/down.xml", Route(script=[500] * 10))
    feeds = [closed_port_url(), good, server.url("/nope.xml"), garbage, down, partner]
    report = collect(engine, editorial, *feeds)
    assert [feed.status for feed in report.feeds] == [
        "error",
        "ok",
        "error",
        "error",
        "error",
        "ok",
    ]
    assert all(feed.error for feed in report.failed)
    assert len(stored(engine)) == 3  # the partner's copy merged into the good feed's report
    assert not report.nothing_read


def test_dedupe_across_feeds_keeps_the_more_complete_copy(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """The same report in two feeds (utm_*, host case, fragment apart) is one article: the fuller copy."""
    site = server.add("/site.xml", Route(body=fixture_bytes("reports.rss.xml"), headers=RSS))
    partner = server.add(
        "/partner.xml", Route(body=fixture_bytes("partner.atom.xml"), headers=ATOM)
    )
    report = collect(engine, editorial, site, partner)
    assert report.new == 3
    site_counts, partner_counts = (
        (feed.new, feed.updated, feed.duplicates, feed.unchanged) for feed in report.feeds
    )
    assert (site_counts, partner_counts) == ((2, 0, 1, 0), (1, 0, 0, 0))  # the fuller copy is kept
    (deal,) = [article for article in stored(engine) if "quantum" in article.url]
    assert deal.id == f"{site}#troy-101"  # the first id seen stays (a local guid, feed-scoped)
    assert deal.author == "Partner desk"  # the fuller copy's content won
    assert [name for name, _ in deal.sections] == ["Key Findings", "Background & Context"]


def _numbered_feed(title: str, guid: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>{title}</title><link>https://{title}.example/</link>
<item><title>{title}: report one</title><link>https://{title}.example/reports/1</link>
<guid isPermaLink="false">{guid}</guid><pubDate>Tue, 24 Nov 2026 09:00:00 GMT</pubDate>
<category>Quantum Computing</category><description>{title} found something.</description></item>
</channel></rss>""".encode()


def test_two_feeds_numbering_items_alike_keep_both_reports(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """guid "1" in two feeds names two reports (a feed-local guid); a shared urn: guid is one."""
    first = server.add("/a.xml", Route(body=_numbered_feed("alpha", "1"), headers=RSS))
    second = server.add("/b.xml", Route(body=_numbered_feed("beta", "1"), headers=RSS))
    assert collect(engine, editorial, first, second).new == 2
    assert sorted(article.title for article in stored(engine)) == [
        "alpha: report one",
        "beta: report one",
    ]
    assert collect(engine, editorial, first, second).new == 0  # and collecting again adds none
    shared = "urn:uuid:8c9f1f9e-9d6b-4f55-b1f4-3a6f0e6f2b10"
    third = server.add("/c.xml", Route(body=_numbered_feed("gamma", shared), headers=RSS))
    fourth = server.add("/d.xml", Route(body=_numbered_feed("delta", shared), headers=RSS))
    report = collect(engine, editorial, third, fourth)
    assert report.new == 1  # a URI guid is global: the same report syndicated twice
    assert [article.id for article in stored(engine) if article.id == shared] == [shared]


def test_dedupe_across_runs_and_feed_order(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """A fuller copy arriving in a later run updates the article; a poorer one never does."""
    site = server.add("/site.xml", Route(body=fixture_bytes("reports.rss.xml"), headers=RSS))
    partner = server.add(
        "/partner.xml", Route(body=fixture_bytes("partner.atom.xml"), headers=ATOM)
    )
    assert collect(engine, editorial, site).new == 3
    later = collect(engine, editorial, partner)
    assert (later.new, later.updated) == (0, 1)
    again = collect(engine, editorial, site)
    # The site's copy of the deal is a duplicate of the fuller partner copy stored.
    assert (again.new, again.updated, again.duplicates, again.unchanged) == (0, 0, 1, 2)
    (deal,) = [article for article in stored(engine) if "quantum" in article.url]
    assert deal.author == "Partner desk"


def test_collecting_twice_changes_nothing(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """Without validators the feeds are parsed again, yet nothing stored changes."""
    site = server.add("/site.xml", Route(body=fixture_bytes("reports.rss.xml"), headers=RSS))
    partner = server.add(
        "/partner.xml", Route(body=fixture_bytes("partner.atom.xml"), headers=ATOM)
    )
    collect(engine, editorial, site, partner)
    before = stored(engine)
    again = collect(engine, editorial, site, partner)
    counts = (again.new, again.updated, again.duplicates, again.unchanged, again.not_modified)
    assert counts == (0, 0, 1, 3, 0)
    assert stored(engine) == before


def test_local_paths_and_file_urls(engine: sa.Engine, editorial: EditorialConfig) -> None:
    """A path and a file:// URL are read; an unchanged file is "not modified"; a missing one fails."""
    path = FEEDS / "reports.rss.xml"
    missing = FEEDS / "no-such-feed.xml"
    report = collect(
        engine, editorial, str(path), (FEEDS / "partner.atom.xml").as_uri(), str(missing)
    )
    assert [feed.status for feed in report.feeds] == ["ok", "ok", "error"]
    assert "cannot read" in report.feeds[2].error
    assert "given with --feed" in report.feeds[2].error  # not only the editorial config
    again = collect(engine, editorial, str(path))
    assert again.feeds[0].status == "not-modified"


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run the CLI against a fresh database in a scratch directory."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSLETTER_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    monkeypatch.setenv("COLUMNS", "200")
    return tmp_path


def test_cli_exits_0_when_some_feeds_failed(cli_env: Path, server: FeedServer) -> None:
    """Failed feeds are listed with their reason; the run still completed, so exit 0."""
    good = server.add("/good.xml", Route(body=fixture_bytes("reports.rss.xml"), headers=RSS))
    result = CliRunner().invoke(app, ["collect", "--feed", good, "--feed", server.url("/gone.xml")])
    assert result.exit_code == 0, result.output
    assert "Totals: 3 entries read — 3 new" in result.stdout
    assert "1 failed" in result.stdout
    assert "returned HTTP 404" in result.stdout
    assert "Traceback" not in result.output, result.output


def test_cli_exits_1_when_no_feed_could_be_read(cli_env: Path, server: FeedServer) -> None:
    """When every feed fails the CLI says so in one line and exits 1, without a traceback."""
    page = server.add(
        "/page", Route(body=b"<html><body>hi</body></html>", headers={"Content-Type": "text/html"})
    )
    result = CliRunner().invoke(
        app, ["collect", "--feed", server.url("/gone.xml"), "--feed", page, "--feed", "missing.xml"]
    )
    assert result.exit_code == 1
    assert "none of the 3 feeds could be read" in result.stderr
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_cli_feed_option_overrides_the_configured_feeds(cli_env: Path) -> None:
    """--feed with a path and a file:// URL collects only those, not the editorial config's feeds."""
    result = CliRunner().invoke(
        app,
        [
            "collect",
            "--feed",
            str(FEEDS / "reports.rss.xml"),
            "--feed",
            (FEEDS / "partner.atom.xml").as_uri(),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "Totals: 4 entries read — 3 new, 0 updated, 1 duplicate merged" in result.stdout
    assert "troy-technical.rss.xml" not in result.stdout
    assert "Unfiled (1)" in result.stdout
    assert "Community garden opens" in result.stdout
