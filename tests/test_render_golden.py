"""Golden files of the sample week as the product makes it: the exact HTML and text a reader gets.

The issue is ``newsletter.sample_week.curated_sample_issue``: the sample feeds collected and
curated by the real ``newsletter.curate`` (fixed clock), so these files show the verdicts,
scores and reasons the product writes today; a change to collection or curation that alters
them shows here too (review it, then regenerate). Regenerate with ``.venv/bin/pytest tests/test_render_golden.py --update-golden`` and review the
diff. HTML is normalised to one tag per line so a diff shows what moved.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from newsletter.editorial import EditorialConfig, load_editorial
from newsletter.models import Issue
from newsletter.render import Renderer
from newsletter.sample_week import curated_sample_issue

GOLDEN = Path(__file__).parent / "golden"
REPO = Path(__file__).resolve().parent.parent
POSTAL = "Troy-Technical, 1 Example Street, 10115 Berlin, Germany"


def normalise_html(html: str) -> str:
    """Put each tag on its own line and strip line whitespace; drop empty lines."""
    split = re.sub(r">\s*<", ">\n<", html)
    lines = (line.strip() for line in split.splitlines())
    return "\n".join(line for line in lines if line) + "\n"


def normalise_text(text: str) -> str:
    """Strip trailing whitespace on each line and end with exactly one newline."""
    return "\n".join(line.rstrip() for line in text.splitlines()).rstrip("\n") + "\n"


def check_golden(name: str, actual: str, update: bool) -> None:
    """Compare ``actual`` with tests/golden/<name>, or rewrite the file with --update-golden."""
    path = GOLDEN / name
    if update:
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"{path} is missing; run pytest --update-golden and review the new file")
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{name} differs; if intended, run pytest --update-golden"


@pytest.fixture(scope="module")
def issue() -> Issue:
    """The sample week, collected and curated once for the module."""
    cwd = Path.cwd()
    os.chdir(REPO)  # the embedded config's sample feeds resolve against the repository
    try:
        return curated_sample_issue(load_editorial(None))
    finally:
        os.chdir(cwd)


@pytest.fixture
def renderer(editorial: EditorialConfig) -> Renderer:
    """A renderer over the built-in templates with fixed base URL and postal address."""
    return Renderer(editorial, base_url="https://news.example.com", postal_address=POSTAL)


@pytest.mark.parametrize(
    ("name", "fields"),
    [
        ("all-fields", None),
        ("quantum-ai", frozenset({"quantum", "ai"})),
        # Worth a skim beside two fields quiet this week.
        ("energy-space-cybersecurity", frozenset({"energy", "space", "cybersecurity"})),
    ],
)
def test_sample_week_matches_golden(
    renderer: Renderer,
    editorial: EditorialConfig,
    issue: Issue,
    update_golden: bool,
    name: str,
    fields: frozenset[str] | None,
) -> None:
    """The sample week's HTML and text for a field-set match the reviewed golden files."""
    email = renderer.render_variant(issue, fields or frozenset(editorial.field_slugs))
    header = f"Subject: {email.subject}\nPreheader: {email.preheader}\n\n"
    check_golden(f"{name}.html", normalise_html(email.html), update_golden)
    check_golden(f"{name}.txt", header + normalise_text(email.text), update_golden)


def test_archive_matches_golden(renderer: Renderer, issue: Issue, update_golden: bool) -> None:
    """The web archive page of the sample week matches its golden file."""
    html = renderer.render_archive(issue)
    check_golden("archive.html", normalise_html(html), update_golden)


def test_rendering_is_deterministic(editorial: EditorialConfig, issue: Issue) -> None:
    """Two fresh renderers produce byte-identical output, so golden files are stable."""
    fields = frozenset(editorial.field_slugs)
    first = Renderer(editorial, base_url="https://a.test", postal_address=POSTAL)
    second = Renderer(editorial, base_url="https://a.test", postal_address=POSTAL)
    assert first.render_variant(issue, fields) == second.render_variant(issue, fields)
