"""What collect says became of each entry: new, updated, duplicate, unchanged or skipped.

The sample site's feeds are served by a real local HTTP server. The expected counts come from
the feeds read here with feedparser and a URL canonicalisation written for this test (utm_*
removed, host lower-cased, fragment dropped), and from curation-dev's trap 22 (the fuller site
copy wins over the partner's syndicated copy), not from the code under test.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import feedparser
import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from newsletter.cli import app
from newsletter.collect.report import CollectReport, FeedResult
from newsletter.collect.run import collect_feeds
from newsletter.editorial import EditorialConfig
from tests.feedserver import FeedServer, Route

SAMPLES = Path(__file__).resolve().parent.parent.parent / "samples" / "feeds"
SITE = "troy-technical.rss.xml"
PARTNER = "partner-briefs.atom.xml"
TYPES = {SITE: "application/rss+xml", PARTNER: "application/atom+xml"}


def _canonical(link: str) -> str:
    parts = urlsplit(link)
    query = [(k, v) for k, v in parse_qsl(parts.query) if not k.lower().startswith("utm_")]
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path, urlencode(query), ""))


@functools.cache
def links(name: str) -> tuple[str, ...]:
    """The canonical link of every entry of a sample feed, in order (read with feedparser)."""
    parsed = feedparser.parse((SAMPLES / name).read_bytes())
    return tuple(_canonical(entry.link) for entry in parsed.entries)


def syndicated() -> int:
    """Partner entries that copy a site report (same link once utm_* is removed)."""
    return sum(link in set(links(SITE)) for link in links(PARTNER))


def serve(server: FeedServer, *names: str) -> list[str]:
    """Serve sample feeds without validators, so every run reads them again; return URLs."""
    return [
        server.add(
            f"/{name}",
            Route(body=(SAMPLES / name).read_bytes(), headers={"Content-Type": TYPES[name]}),
        )
        for name in names
    ]


def collect(engine: sa.Engine, editorial: EditorialConfig, urls: list[str]) -> CollectReport:
    """One collect run over ``urls``."""
    return collect_feeds(engine, editorial, urls, workers=1)


def counts(feed: FeedResult) -> tuple[int, int, int, int, int]:
    """new, updated, duplicates, unchanged, skipped."""
    return (feed.new, feed.updated, feed.duplicates, feed.unchanged, feed.skipped)


def assert_every_entry_counted_once(report: CollectReport) -> None:
    """Each feed's counts add up to the entries it yielded, and so do the totals."""
    assert report.feeds
    for feed in report.feeds:
        assert sum(counts(feed)) == feed.entries, feed
    total = report.new + report.updated + report.duplicates + report.unchanged + report.skipped
    assert total == report.entries


@pytest.mark.parametrize("order", [(SITE, PARTNER), (PARTNER, SITE)])
def test_first_run_counts_the_syndicated_copy_as_a_duplicate(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig, order: tuple[str, str]
) -> None:
    """First run over the sample feeds, either order: the partner's copy is a duplicate, never "unchanged"."""
    assert syndicated() >= 1
    report = collect(engine, editorial, serve(server, *order))
    assert_every_entry_counted_once(report)
    by_name = dict(zip(order, report.feeds, strict=True))
    assert counts(by_name[SITE]) == (len(links(SITE)), 0, 0, 0, 0)
    partner_new = len(links(PARTNER)) - syndicated()
    assert counts(by_name[PARTNER]) == (partner_new, 0, syndicated(), 0, 0)
    assert report.unchanged == 0


def test_later_runs_keep_calling_the_copy_a_duplicate(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """Read again, the site's entries are unchanged and the partner's copy is still a duplicate."""
    urls = serve(server, SITE, PARTNER)
    collect(engine, editorial, urls)
    again = collect(engine, editorial, urls)
    assert_every_entry_counted_once(again)
    site, partner = again.feeds
    assert counts(site) == (0, 0, 0, len(links(SITE)), 0)
    assert counts(partner) == (0, 0, syndicated(), len(links(PARTNER)) - syndicated(), 0)


def test_a_copy_arriving_in_a_later_run_is_a_duplicate_of_the_stored_report(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """The partner feed read alone after the site's: its copy merges into the stored report."""
    site, partner = serve(server, SITE, PARTNER)
    collect(engine, editorial, [site])
    later = collect(engine, editorial, [partner])
    assert_every_entry_counted_once(later)
    assert counts(later.feeds[0]) == (len(links(PARTNER)) - syndicated(), 0, syndicated(), 0, 0)


def test_a_fuller_copy_arriving_later_updates_the_stored_report(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """Partner first, site later: the fuller site copy updates the report the partner's copy made."""
    site, partner = serve(server, SITE, PARTNER)
    collect(engine, editorial, [partner])
    later = collect(engine, editorial, [site])
    assert_every_entry_counted_once(later)
    assert counts(later.feeds[0]) == (len(links(SITE)) - syndicated(), syndicated(), 0, 0, 0)


def test_entries_that_are_no_report_are_counted_as_skipped(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """An entry without title, link or text is skipped and counted, so the counts still add up."""
    body = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>t</title><link>https://t.example/</link>
<item><title>Chip fab opens</title><link>https://t.example/r/1</link>
<pubDate>Tue, 24 Nov 2026 09:00:00 GMT</pubDate><category>Semiconductors</category></item>
<item><guid isPermaLink="false">empty-1</guid></item>
<item><pubDate>Tue, 24 Nov 2026 10:00:00 GMT</pubDate></item>
</channel></rss>"""
    url = server.add("/thin.xml", Route(body=body, headers={"Content-Type": "application/rss+xml"}))
    report = collect(engine, editorial, [url])
    assert_every_entry_counted_once(report)
    assert (report.entries, report.new, report.skipped) == (3, 1, 2)
    assert any("skipped" in warning for warning in report.feeds[0].warnings)


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A CLI run on a fresh SQLite file, the embedded config, a fixed 80-column terminal."""
    monkeypatch.setenv("NEWSLETTER_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    monkeypatch.delenv("NEWSLETTER_CONFIG", raising=False)
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_cli_table_and_totals_say_what_became_of_each_entry(
    cli_env: Path, server: FeedServer
) -> None:
    """Each feed's line says what became of its entries (a Duplicate column); the totals add up."""
    site, partner = serve(server, SITE, PARTNER)
    result = CliRunner().invoke(app, ["collect", "--feed", site, "--feed", partner])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[1].split() == ["Status", "New", "Updated", "Duplicate", "Unchanged", "Warnings"]
    # Each feed: its whole name on a line, then its counts under the headings (80 columns).
    for url, name in ((site, SITE), (partner, PARTNER)):
        row = lines[lines.index(url) + 1].split()
        expected = (
            (len(links(name)), 0, 0, 0)
            if name == SITE
            else (len(links(PARTNER)) - syndicated(), 0, syndicated(), 0)
        )
        assert row == ["ok", *(str(count) for count in expected), "0"], (name, row)
    entries = len(links(SITE)) + len(links(PARTNER))
    totals = " ".join(result.stdout.split("Totals:", 1)[1].split())
    assert totals.startswith(
        f"{entries} entries read — {entries - syndicated()} new, 0 updated, "
        f"{syndicated()} duplicate merged into its report, 0 unchanged;"
    )
    assert all(len(line) <= 80 for line in lines[: lines.index(partner) + 2])


THIN_FEED = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>t</title><link>https://t.example/</link>
<item><title>Chip fab opens</title><link>https://t.example/r/1</link></item>
<item><guid isPermaLink="false">empty-1</guid></item>
</channel></rss>"""


@pytest.mark.parametrize("with_skipped", [False, True], ids=["all-read", "one-skipped"])
def test_readme_names_every_column_the_collect_table_prints(
    with_skipped: bool, cli_env: Path, server: FeedServer
) -> None:
    """The README's collect row names each heading the table prints, Skipped included when shown."""
    url = (
        server.add("/thin.xml", Route(body=THIN_FEED, headers={"Content-Type": TYPES[SITE]}))
        if with_skipped
        else serve(server, SITE)[0]
    )
    result = CliRunner().invoke(app, ["collect", "--feed", url])
    assert result.exit_code == 0, result.output
    headings = result.stdout.splitlines()[1].split()
    assert ("Skipped" in headings) is with_skipped
    assert "Warnings" in headings
    readme = (SAMPLES.parent.parent / "README.md").read_text(encoding="utf-8")
    row = next(line for line in readme.splitlines() if line.startswith("| `newsletter collect"))
    described = row.split("|")[2]
    for heading in headings:
        assert re.search(rf"\b{heading}\b", described), heading


def test_cli_names_a_relative_path_as_the_config_does(cli_env: Path) -> None:
    """--feed samples/x.xml is the config's feed samples/x.xml: after a configured run it is "not modified"."""
    folder = cli_env / "samples" / "feeds"
    folder.mkdir(parents=True)
    for name in (SITE, PARTNER):
        (folder / name).write_bytes((SAMPLES / name).read_bytes())
    configured = CliRunner().invoke(app, ["collect"])
    assert configured.exit_code == 0, configured.output
    args = ["collect", "--feed", f"samples/feeds/{SITE}", "--feed", f"samples/feeds/{PARTNER}"]
    given = CliRunner().invoke(app, args)
    assert given.exit_code == 0, given.output
    totals = " ".join(given.stdout.split("Totals:", 1)[1].split())
    assert totals.startswith(
        "0 entries read — 0 new, 0 updated, 0 duplicates, 0 unchanged; 2 not modified"
    )
    assert "samples/feeds/" in given.stdout  # named as typed, not as the absolute path


def test_cli_prints_a_long_feed_name_whole_at_80_columns(cli_env: Path) -> None:
    """A 70-character feed path is one whole line, never folded into a column, its counts below."""
    folder = cli_env / "an-archive-of-partner-briefs-for-the-editors" / "copies"
    folder.mkdir(parents=True)
    (folder / PARTNER).write_bytes((SAMPLES / PARTNER).read_bytes())
    name = str((folder / PARTNER).relative_to(cli_env))
    assert 60 < len(name) <= 80
    result = CliRunner().invoke(app, ["collect", "--feed", name])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[lines.index(name) + 1].split()[:2] == ["ok", str(len(links(PARTNER)))]
