"""Key Findings written as a list give a clean key finding: the first item or two, never "- a - b - c"."""

from __future__ import annotations

import datetime as dt

import pytest

from newsletter.collect.anatomy import KEY_FINDING_MAX, key_finding, read_anatomy
from newsletter.collect.digest import DigestJob, digest_feed
from newsletter.collect.taxonomy import FieldMatcher
from newsletter.editorial import load_editorial
from tests.conftest import require_shared

FIRST = "Paris-based Rydberg Forge operated an array of about 3,000 neutral-atom qubits for six hours without a restart, replacing lost atoms on the fly."


def _finding(body: str) -> str:
    return key_finding(read_anatomy(body).sections, "")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "<h2>Key Findings</h2><ul><li>" + FIRST + "</li><li>Atom loss was compensated."
            "</li><li>Not error-corrected.</li></ul><h2>Source</h2><p>x</p>",
            FIRST,
        ),
        (
            "<p><strong>Key Findings</strong></p><ul><li>Build test sets from real tasks.</li>"
            "<li>Measure tool calls apart from answers.</li><li>Re-run after every change.</li></ul>",
            "Build test sets from real tasks. Measure tool calls apart from answers.",
        ),
        (
            "<h3>Key Findings</h3><ol><li>Record attendance of 4,000 but no new fabs</li>"
            "<li>Car-chip orders recover in 2027</li><li>Calls for a second Chips Act</li></ol>",
            "Record attendance of 4,000 but no new fabs. Car-chip orders recover in 2027.",
        ),
        (
            "<h2>Key Findings</h2><p>The survey found:</p><ul><li>Most buyers wait until 2030."
            "</li><li>Skills come first.</li></ul>",
            "Most buyers wait until 2030. Skills come first.",
        ),
        (
            "Key Findings\n• The fab opens in 2027.\n• It employs 900 people.\n• Output doubles.\n",
            "The fab opens in 2027. It employs 900 people.",
        ),
        (
            "Key Findings\n1. The grant is $40 million.\n2. It runs five years.\n\nSource\nx\n",
            "The grant is $40 million. It runs five years.",
        ),
        (
            "Key Findings\n* Launch slips to March (engine test failed)\n* No one was hurt\n",
            "Launch slips to March (engine test failed). No one was hurt.",
        ),
    ],
    ids=[
        "ul-long-first",
        "ul-short-items",
        "ol-no-stops",
        "lead-in",
        "bullets",
        "numbers",
        "stars",
    ],
)
def test_a_listed_key_findings_section_reads_as_sentences(body: str, expected: str) -> None:
    """List items become one or two clean sentences, without markers, dashes or a lead-in."""
    finding = _finding(body)
    assert finding == expected
    assert " - " not in finding
    assert not finding.startswith(("-", "•", "*", "1."))


def test_a_long_first_item_is_cut_at_a_word_within_the_limit() -> None:
    """One very long item gives one cut sentence ending in an ellipsis, never the items after it."""
    long_item = " ".join(["the array kept its atoms"] * 30)
    finding = _finding(f"<h2>Key Findings</h2><ul><li>{long_item}</li><li>Second.</li></ul>")
    assert finding.endswith("…")
    assert len(finding) <= KEY_FINDING_MAX + 1
    assert "Second" not in finding


def test_paragraph_findings_are_read_as_before() -> None:
    """A Key Findings paragraph still gives its first sentence, plus the second when the first is short."""
    finding = _finding(
        "<h2>Key Findings</h2><p>The deal is $2 billion. It closes in March. More.</p>"
    )
    assert finding == "The deal is $2 billion. It closes in March."


def test_the_rydberg_forge_report_has_a_clean_key_finding() -> None:
    """The labelled week's bulleted report (W45, Rydberg Forge) gives its first item as the finding."""
    feed = require_shared("curation-dev/2026-W45/troy-technical.rss.xml")
    matcher = FieldMatcher.from_fields(load_editorial(None).fields)
    fetched = dt.datetime(2026, 11, 8, tzinfo=dt.UTC)
    outcome = digest_feed(DigestJob(str(feed), str(feed), feed.read_bytes(), {}, fetched, matcher))
    (article,) = [a for a in outcome.articles if a.title.startswith("Rydberg Forge")]
    assert article.key_finding.startswith("Paris-based Rydberg Forge operated an array")
    assert article.key_finding.endswith("on the fly.")
    assert " - " not in article.key_finding


@pytest.mark.parametrize(
    "heading", ["In brief", "The short version", "TL;DR", "Highlights", "Key points", "At a glance"]
)
def test_editors_names_for_key_findings_start_that_section(heading: str) -> None:
    """Collect and curation read one table of section names: 'In brief' is Key Findings."""
    body = (
        f"<h2>{heading}</h2><p>Orla has raised two billion euros.</p>"
        "<h2>Our view</h2><p>Europe's labs can now buy compute at scale.</p>"
    )
    sections = dict(read_anatomy(body).sections)
    assert sections["Key Findings"] == "Orla has raised two billion euros."
    assert sections["Strategic Significance & Outlook"].startswith("Europe's labs")
