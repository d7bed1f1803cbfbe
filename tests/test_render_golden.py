"""Golden files of the fixed sample week: the exact HTML and text a reader gets.

Regenerate with ``.venv/bin/pytest tests/test_render_golden.py --update-golden`` and review the
diff. HTML is normalised to one tag per line so a diff shows what moved.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsletter.editorial import EditorialConfig
from newsletter.render import Renderer
from newsletter.render.sample import sample_issue

GOLDEN = Path(__file__).parent / "golden"
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


@pytest.fixture
def renderer(editorial: EditorialConfig) -> Renderer:
    """A renderer over the built-in templates with fixed base URL and postal address."""
    return Renderer(editorial, base_url="https://news.example.com", postal_address=POSTAL)


@pytest.mark.parametrize(
    ("name", "fields"),
    [
        ("all-fields", None),
        ("quantum-ai", frozenset({"quantum", "ai"})),
        ("space-cybersecurity", frozenset({"space", "cybersecurity"})),
    ],
)
def test_sample_week_matches_golden(
    renderer: Renderer,
    editorial: EditorialConfig,
    update_golden: bool,
    name: str,
    fields: frozenset[str] | None,
) -> None:
    """The sample week's HTML and text for a field-set match the reviewed golden files."""
    issue = sample_issue(editorial)
    email = renderer.render_variant(issue, fields or frozenset(editorial.field_slugs))
    header = f"Subject: {email.subject}\nPreheader: {email.preheader}\n\n"
    check_golden(f"{name}.html", normalise_html(email.html), update_golden)
    check_golden(f"{name}.txt", header + normalise_text(email.text), update_golden)


def test_archive_matches_golden(
    renderer: Renderer, editorial: EditorialConfig, update_golden: bool
) -> None:
    """The web archive page of the sample week matches its golden file."""
    html = renderer.render_archive(sample_issue(editorial))
    check_golden("archive.html", normalise_html(html), update_golden)


def test_rendering_is_deterministic(editorial: EditorialConfig) -> None:
    """Two fresh renderers produce byte-identical output, so golden files are stable."""
    issue = sample_issue(editorial)
    fields = frozenset(editorial.field_slugs)
    first = Renderer(editorial, base_url="https://a.test", postal_address=POSTAL)
    second = Renderer(editorial, base_url="https://a.test", postal_address=POSTAL)
    assert first.render_variant(issue, fields) == second.render_variant(issue, fields)
