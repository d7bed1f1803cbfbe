"""The offline sample site: feeds parse cleanly and cover every field; the subscribers CSV is valid."""

from __future__ import annotations

import csv
import html
import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import feedparser
import pytest

from newsletter.editorial import load_editorial

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
FEEDS = (
    SAMPLES / "feeds" / "troy-technical.rss.xml",
    SAMPLES / "feeds" / "partner-briefs.atom.xml",
)
SUBSCRIBERS_CSV = SAMPLES / "subscribers.csv"
CSV_HEADER = ["email", "fields", "consented_at", "consent_method", "policy_version"]
WEEKS = ("2026-W47", "2026-W48")
SECTION_PATTERNS = (
    r"Key Findings",
    r"Technical (?:/ Clinical )?Details",
    r"Background & Context",
    r"Strategic Significance & Outlook",
    r"Source:\s*https?://\S+",
)


def _normalise(tag: str) -> str:
    return re.sub(r"[^a-z0-9]", "", tag.lower())


def _alias_map() -> dict[str, str]:
    editorial = load_editorial(None)
    mapping: dict[str, str] = {}
    for field in editorial.fields:
        for name in (field.slug, field.name, *field.aliases):
            mapping[_normalise(name)] = field.slug
    return mapping


def _iso_week(entry: Any) -> str:
    published = datetime(*entry.published_parsed[:6], tzinfo=UTC)
    year, week, _ = published.isocalendar()
    return f"{year}-W{week:02d}"


def _canonical(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def _body_text(entry: Any) -> str:
    raw = entry.content[0].value if entry.get("content") else entry.summary
    text = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return re.sub(r"\s+", " ", text)


def _entries() -> list[Any]:
    entries: list[Any] = []
    for path in FEEDS:
        entries.extend(feedparser.parse(path.read_bytes()).entries)
    return entries


def _fields_of(entry: Any, aliases: dict[str, str]) -> set[str]:
    tags = [tag.term for tag in entry.get("tags", [])]
    return {aliases[_normalise(tag)] for tag in tags if _normalise(tag) in aliases}


def _fields_by_week() -> dict[str, set[str]]:
    aliases = _alias_map()
    covered: dict[str, set[str]] = {week: set() for week in WEEKS}
    for entry in _entries():
        covered.setdefault(_iso_week(entry), set()).update(_fields_of(entry, aliases))
    return covered


@pytest.mark.parametrize("path", FEEDS, ids=lambda path: path.name)
def test_feed_parses_without_bozo(path: Path) -> None:
    """Each sample feed parses with feedparser and is well-formed (bozo == 0)."""
    parsed = feedparser.parse(path.read_bytes())
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.entries


def test_feed_ids_are_unique_and_links_absolute() -> None:
    """Every item has a unique id and an absolute https link on the site or the partner."""
    entries = _entries()
    ids = [entry.id for entry in entries]
    assert len(ids) == len(set(ids))
    for entry in entries:
        assert entry.link.startswith(
            ("https://troy-technical.example/", "https://partner.example/")
        )


def test_enough_reports_over_two_weeks() -> None:
    """The site holds at least 24 distinct reports, all in 2026-W47 or 2026-W48."""
    entries = _entries()
    assert len({_canonical(entry.link) for entry in entries}) >= 24
    assert {_iso_week(entry) for entry in entries} == set(WEEKS)


def test_one_report_is_syndicated_in_both_feeds() -> None:
    """One report appears in both feeds under the same canonical URL, to exercise dedupe."""
    rss, atom = (feedparser.parse(path.read_bytes()).entries for path in FEEDS)
    shared = {_canonical(e.link) for e in rss} & {_canonical(e.link) for e in atom}
    assert len(shared) == 1


def test_all_fields_are_covered() -> None:
    """Tags mapped through the embedded aliases cover all 8 fields across the two weeks."""
    covered = _fields_by_week()
    every = set().union(*covered.values())
    assert every == set(load_editorial(None).field_slugs)


def test_some_reports_are_unfiled() -> None:
    """At least two reports carry tags that match no field."""
    aliases = _alias_map()
    unfiled = [entry for entry in _entries() if not _fields_of(entry, aliases)]
    assert len(unfiled) >= 2


@pytest.mark.parametrize("entry", _entries(), ids=lambda entry: entry.id)
def test_report_has_the_five_sections(entry: Any) -> None:
    """Every report body has Key Findings, Technical Details, Background, Outlook and Source."""
    text = _body_text(entry)
    for pattern in SECTION_PATTERNS:
        assert re.search(pattern, text), f"{pattern!r} missing in {entry.link}"


def test_space_and_cybersecurity_are_quiet_in_w48() -> None:
    """Space and cybersecurity have reports in W47 and none in W48; the other six do in W48."""
    covered = _fields_by_week()
    assert {"space", "cybersecurity"} <= covered["2026-W47"]
    assert not {"space", "cybersecurity"} & covered["2026-W48"]
    assert covered["2026-W48"] >= {"quantum", "ai", "hpc", "semiconductors", "biotech", "energy"}


def _subscriber_rows() -> list[dict[str, str]]:
    with SUBSCRIBERS_CSV.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == CSV_HEADER
        return list(reader)


def test_subscribers_csv_rows_are_valid() -> None:
    """Each subscriber row has an example.com address, known fields and a UTC consent record."""
    slugs = set(load_editorial(None).field_slugs)
    rows = _subscriber_rows()
    assert len(rows) >= 15
    emails = [row["email"].lower() for row in rows]
    assert len(emails) == len(set(emails))
    for row in rows:
        assert re.fullmatch(r"[^@\s]+@example\.com", row["email"])
        fields = row["fields"].split(";")
        assert fields
        assert set(fields) <= slugs
        consented = datetime.fromisoformat(row["consented_at"])
        assert consented.utcoffset() is not None
        assert not consented.utcoffset()
        assert consented.date() <= date(2026, 11, 16)
        assert row["consent_method"] in {"form", "import"}
        assert row["policy_version"] == "2026-01"


def test_some_subscribers_have_nothing_in_w48() -> None:
    """At least three subscribers opted only into fields with no W48 content."""
    quiet = set(load_editorial(None).field_slugs) - _fields_by_week()["2026-W48"]
    rows = _subscriber_rows()
    nothing = [row for row in rows if set(row["fields"].split(";")) <= quiet]
    assert len(nothing) >= 3
    assert len(nothing) < len(rows)
