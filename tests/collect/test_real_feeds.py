"""Real feeds from the wild (../shared/corpus/real-feeds): every entry stored, dated, filed or listed."""

from __future__ import annotations

import calendar
import datetime as dt
import io
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import feedparser
import pytest
from typer.testing import CliRunner

from newsletter.articles import load_articles
from newsletter.cli import app
from newsletter.collect.report import CollectReport
from newsletter.collect.run import collect_feeds
from newsletter.collect.taxonomy import FieldMatcher
from newsletter.db import connect_database
from newsletter.editorial import EditorialConfig, load_editorial
from newsletter.identity import canonical_url
from newsletter.models import Article
from tests.conftest import require_shared

FEED_SUFFIXES = (".xml", ".rss", ".atom")
EVER = (dt.datetime(1970, 1, 1, tzinfo=dt.UTC), dt.datetime(9999, 1, 1, tzinfo=dt.UTC))


def _feed_paths() -> list[Path]:
    root = require_shared("corpus/real-feeds")
    return sorted(path for path in root.rglob("*") if path.suffix in FEED_SUFFIXES)


@pytest.fixture(scope="module")
def module_editorial() -> EditorialConfig:
    """The embedded editorial config: its fields and aliases decide what is filed."""
    return load_editorial(None)


@pytest.fixture(scope="module")
def real_run(
    tmp_path_factory: pytest.TempPathFactory, module_editorial: EditorialConfig
) -> Iterator[tuple[list[Path], CollectReport, list[Article]]]:
    """Collect all real feeds once into a fresh database; yield the paths, report and stored articles."""
    paths = _feed_paths()
    engine = connect_database(f"sqlite:///{tmp_path_factory.mktemp('real') / 'real.db'}")
    try:
        report = collect_feeds(engine, module_editorial, [str(path) for path in paths])
        yield paths, report, load_articles(engine, *EVER)
    finally:
        engine.dispose()


@cache  # feedparser is slow on the larger feeds; each is read once per session
def _entries(path: Path) -> list[feedparser.FeedParserDict]:
    return list(feedparser.parse(io.BytesIO(path.read_bytes())).entries)


def _find(stored: list[Article], entry: feedparser.FeedParserDict, path: Path) -> Article:
    """Return the stored article an entry of ``path`` became (by guid, else by canonical link).

    A guid that is not a URI is scoped to its feed: stored as ``<feed>#<guid>``.
    """
    guid = entry.get("id", "")
    ids = {guid, f"{path}#{guid}"} if guid else set()
    link = canonical_url(entry.get("link", "")) if entry.get("link") else None
    matches = [a for a in stored if a.id in ids or (link and canonical_url(a.url) == link)]
    assert len(matches) == 1, (guid, entry.get("link"), [a.id for a in matches])
    return matches[0]


def test_every_feed_is_read_and_every_entry_counted(
    real_run: tuple[list[Path], CollectReport, list[Article]],
) -> None:
    """Each of the 24 feeds is read; its new + updated + duplicates + unchanged add up to its entries."""
    paths, report, _ = real_run
    assert len(paths) == 24
    for path, feed in zip(paths, report.feeds, strict=True):
        assert feed.status == "ok", (path.name, feed.error)
        assert feed.entries == len(_entries(path)) > 0
        assert (feed.new, feed.updated, feed.unchanged, feed.skipped) != (
            0,
            0,
            0,
            0,
        ) or feed.duplicates
        counted = feed.new + feed.updated + feed.duplicates + feed.unchanged + feed.skipped
        assert counted == feed.entries, (path.name, feed)
        assert (feed.updated, feed.unchanged) == (0, 0), (path.name, feed)  # a first run
    assert report.failed == ()


def test_every_entry_is_stored_with_a_utc_date_from_the_feed(
    real_run: tuple[list[Path], CollectReport, list[Article]],
) -> None:
    """Every entry of every feed is found in the database, published at the feed's own date in UTC."""
    paths, _, stored = real_run
    checked = 0
    for path in paths:
        for entry in _entries(path):
            article = _find(stored, entry, path)
            parsed = entry.get("published_parsed") or entry.get("updated_parsed")
            assert article.published_at.tzinfo == dt.UTC
            assert not article.published_is_guess
            assert article.published_at == dt.datetime.fromtimestamp(
                calendar.timegm(parsed), dt.UTC
            )
            checked += 1
    assert checked >= 400


def test_same_posts_in_two_formats_are_stored_once(
    real_run: tuple[list[Path], CollectReport, list[Article]],
) -> None:
    """miniflux's large_atom.xml and large_rss.xml carry the same 25 posts: stored once each."""
    paths, report, stored = real_run
    by_name = {path.name: feed for path, feed in zip(paths, report.feeds, strict=True)}
    atom, rss = by_name["large_atom.xml"], by_name["large_rss.xml"]
    assert atom.new + rss.new == 25
    assert atom.entries == rss.entries == 25
    # Relative links in a local copy (QEMU's "/2025/...") have no base to resolve against:
    # such entries are stored by guid with an empty URL rather than a made-up one.
    links = [canonical_url(article.url) for article in stored if article.url]
    assert len(links) == len(set(links))
    assert len({article.id for article in stored}) == len(stored)


def test_tags_map_to_fields_or_are_unfiled(
    real_run: tuple[list[Path], CollectReport, list[Article]], module_editorial: EditorialConfig
) -> None:
    """Each article's fields are exactly what its tags match; the rest are unfiled and reported."""
    _, report, stored = real_run
    matcher = FieldMatcher.from_fields(module_editorial.fields)
    for article in stored:
        assert article.fields == matcher.match(article.tags), article.title
    filed = [article for article in stored if article.fields]
    unfiled = [article for article in stored if not article.fields]
    assert filed
    assert unfiled
    assert {article.id for article in report.unfiled} == {article.id for article in unfiled}


@pytest.mark.parametrize(
    ("feed", "title_start", "fields"),
    [
        ("rss_2.0_cloudflare.xml", "Privacy-Preserving Compromised", ("cybersecurity",)),
        ("atom_example_3.xml", "Time to Transfer Risk", ("cybersecurity",)),
        ("large_atom.xml", "Carrot disclosure", ("cybersecurity",)),
        ("guardian.rss", "So, how did conservatives", ()),
    ],
)
def test_known_real_tags_land_in_their_field(
    feed: str,
    title_start: str,
    fields: tuple[str, ...],
    real_run: tuple[list[Path], CollectReport, list[Article]],
) -> None:
    """Real category spellings ("Security", "Zero Trust", "security") file under the right field."""
    paths, _, stored = real_run
    path = next(path for path in paths if path.name == feed)
    entry = next(e for e in _entries(path) if e.get("title", "").startswith(title_start))
    assert _find(stored, entry, path).fields == fields


def test_cli_lists_the_unfiled_articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`newsletter collect --feed` prints the per-feed table and names each unfiled article."""
    root = require_shared("corpus/real-feeds")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSLETTER_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    monkeypatch.setenv("COLUMNS", "200")
    qemu = root / "netnewswire" / "qemu.atom"
    cloudflare = root / "feed-rs" / "rss_2.0_cloudflare.xml"
    result = CliRunner().invoke(app, ["collect", "--feed", str(qemu), "--feed", str(cloudflare)])
    assert result.exit_code == 0, result.output
    assert "Unfiled (10)" in result.stdout
    for entry in _entries(qemu):
        assert entry.title in result.stdout
    assert (
        "Privacy-Preserving Compromised Credential Checking"
        not in result.stdout.split("Unfiled")[1]
    )
    assert "Totals: 11 entries read — 11 new" in result.stdout
