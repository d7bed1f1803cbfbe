"""Tests for the editor's draft files: strict validation with key and line, and the template."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from newsletter.curate import curate_issue
from newsletter.drafts import Draft, draft_path, ensure_draft_file, load_draft, parse_draft
from newsletter.editorial import EditorialConfig
from newsletter.errors import DraftError
from newsletter.models import Verdict
from newsletter.weeks import parse_week
from tests.conftest import require_shared
from tests.factories import make_article, make_issue

FULL_DRAFT = """\
# a comment
intro = "Big week."
pin = ["a1"]
drop = ["https://example.com/reports/a2"]

[fields.quantum]
verdict = "must-read"
note = "Read the partnership report."
pin = ["a3", "a1"]

[fields.ai]
verdict = "skip"
drop = ["a3"]
"""


def test_parse_full_draft(editorial: EditorialConfig) -> None:
    """Every supported key is read, fields in editorial order, refs with their lines."""
    draft = parse_draft(FULL_DRAFT, editorial)
    assert draft.intro == "Big week."
    assert [ref.value for ref in draft.pin] == ["a1"]
    assert draft.drop[0].value == "https://example.com/reports/a2"
    assert draft.drop[0].line == 4
    assert [f.slug for f in draft.fields] == ["quantum", "ai"]
    quantum = draft.field("quantum")
    assert quantum is not None
    assert quantum.verdict is Verdict.MUST_READ
    assert quantum.note == "Read the partnership report."
    assert [(ref.value, ref.key, ref.line) for ref in quantum.pin] == [
        ("a3", "fields.quantum.pin", 9),
        ("a1", "fields.quantum.pin", 9),
    ]
    assert draft.field("space") is None


def test_empty_draft_is_valid(editorial: EditorialConfig) -> None:
    """A file of comments only is a valid draft that changes nothing."""
    assert parse_draft("# nothing yet\n", editorial) == Draft()


@pytest.mark.parametrize(
    ("text", "pattern"),
    [
        ('intro = "x"\ntitle = "y"\n', r"line 2: unknown key 'title'"),
        (
            '[fields.quantum]\nnote = "n"\ncolour = "red"\n',
            r"line 3: unknown key fields\.quantum\.colour",
        ),
        (
            '\n[fields.quantom]\nverdict = "skip"\n',
            r"line 2: unknown field 'quantom' in \[fields\.quantom\]; known fields: quantum, ai",
        ),
        (
            '[fields.ai]\nverdict = "must read"\n',
            r"line 2: fields\.ai\.verdict is 'must read'; use one of \"must-read\"",
        ),
        ("[fields.ai]\nverdict = 3\n", r"line 2: fields\.ai\.verdict is 3"),
        ("intro = 5\n", r"line 1: intro must be a string"),
        ('\n\npin = "a1"\n', r"line 3: pin must be a list of article ids or URLs"),
        ("[fields.ai]\ndrop = [1, 2]\n", r"line 2: fields\.ai\.drop must be a list"),
        ("fields = 3\n", r"line 1: fields must be tables"),
        ('fields.ai.verdict = "bad"\n', r"line 1: fields\.ai\.verdict is 'bad'"),
        ('intro = "unterminated\n', r"line 1: invalid TOML"),
        ('[fields.ai]\nverdict = "skip"\n[fields.ai]\n', r"line 3: invalid TOML"),
    ],
)
def test_mistakes_name_key_and_line(editorial: EditorialConfig, text: str, pattern: str) -> None:
    """Each kind of mistake raises DraftError naming the key and its line."""
    with pytest.raises(DraftError, match=pattern) as caught:
        parse_draft(text, editorial, path=Path("drafts/2026-W48.toml"))
    message = str(caught.value)
    assert message.startswith("Draft drafts/2026-W48.toml, line ")
    assert message.endswith("the draft is not used until it is fixed.")


def test_load_missing_draft_is_none(tmp_path: Path, editorial: EditorialConfig) -> None:
    """No file means no draft."""
    assert load_draft(tmp_path / "2026-W48.toml", editorial) is None


def test_load_checks_article_refs(tmp_path: Path, editorial: EditorialConfig) -> None:
    """With the week's articles, a reference to an unknown report is an error with its line."""
    path = tmp_path / "2026-W48.toml"
    path.write_text('intro = "x"\n\n[fields.ai]\npin = ["a1", "nope"]\n', encoding="utf-8")
    with pytest.raises(DraftError, match=r"line 4: fields\.ai\.pin names 'nope'"):
        load_draft(path, editorial, articles=[make_article(id="a1")])
    draft = load_draft(path, editorial, articles=[make_article(id="a1"), make_article(id="nope")])
    assert draft is not None
    assert draft.path == path


def test_load_unreadable_draft_is_a_draft_error(tmp_path: Path, editorial: EditorialConfig) -> None:
    """A draft that is not UTF-8 raises DraftError, not UnicodeDecodeError."""
    path = tmp_path / "2026-W48.toml"
    path.write_bytes(b'intro = "\xff\xfe"\n')
    with pytest.raises(DraftError, match="Cannot read draft"):
        load_draft(path, editorial)


def test_ensure_draft_file_creates_commented_template(
    tmp_path: Path, editorial: EditorialConfig
) -> None:
    """The first preview writes a template listing fields and report ids, and it parses empty."""
    articles = [
        make_article(id="q-1", title='Qubits "hold" for an hour'),
        make_article(id="q-2"),
        make_article(id="loose", fields=(), title="Unfiled story"),
    ]
    issue = curate_issue(parse_week("2026-W48"), articles, [], editorial)
    path = ensure_draft_file(tmp_path / "drafts", issue, articles=articles)
    assert path == tmp_path / "drafts" / "2026-W48.toml"
    text = path.read_text(encoding="utf-8")
    assert tomllib.loads(text) == {}
    assert parse_draft(text, editorial) == Draft()
    for slug in editorial.field_slugs:
        assert f"# [fields.{slug}]" in text
    assert '#     "q-1",  # Qubits "hold" for an hour' in text
    assert '"loose",  # Unfiled story' in text
    assert "must-read" in text
    assert "worth-a-skim" in text


def test_uncommented_template_lines_are_valid(tmp_path: Path, editorial: EditorialConfig) -> None:
    """Uncommenting a field's block of the template gives a valid draft."""
    issue = make_issue()
    text = ensure_draft_file(tmp_path, issue).read_text(encoding="utf-8")
    block = text[text.index("# [fields.quantum]") :].split("\n\n")[0]
    uncommented = "\n".join(
        line[2:] for line in block.splitlines() if line.startswith("# ") and "=" in line
    )
    draft = parse_draft(f"[fields.quantum]\n{uncommented}\n", editorial)
    quantum = draft.field("quantum")
    assert quantum is not None
    assert quantum.verdict is Verdict.MUST_READ
    assert quantum.note == "Shown under the verdict."
    assert quantum.reason == "One line shown beside the verdict, instead of the computed one."


def test_ensure_draft_file_never_overwrites(tmp_path: Path, editorial: EditorialConfig) -> None:
    """An existing draft is left exactly as the editor wrote it."""
    path = draft_path(tmp_path, "2026-W48")
    path.write_text('intro = "mine"\n', encoding="utf-8")
    assert ensure_draft_file(tmp_path, make_issue()) == path
    assert path.read_text(encoding="utf-8") == 'intro = "mine"\n'


def test_template_without_articles_lists_top_reports(tmp_path: Path) -> None:
    """Without the week's articles the template lists the issue's top reports."""
    text = ensure_draft_file(tmp_path, make_issue()).read_text(encoding="utf-8")
    assert '"quantum-1"' in text
    assert '"ai-1"' in text


def test_template_comments_stay_on_one_line(tmp_path: Path) -> None:
    """Newlines in titles cannot break out of a comment."""
    issue = make_issue()
    articles = [make_article(id="x", title="Line one\n[fields.ai]\nverdict = 'x'")]
    text = ensure_draft_file(tmp_path, issue, articles=articles).read_text(encoding="utf-8")
    assert tomllib.loads(text) == {}


def test_template_summary_is_read_by_the_labelled_set_scorer(
    tmp_path: Path, editorial: EditorialConfig
) -> None:
    """curation-dev's from_draft.py reads each field's verdict, reason and report ids."""
    import importlib.util

    script = require_shared("curation-dev") / "from_draft.py"
    spec = importlib.util.spec_from_file_location("from_draft", script)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    articles = [
        make_article(
            id="q-1", title="Regulator approves the first gene therapy for a rare disease"
        ),
        make_article(id="q-2", title="Opinion: qubits again"),
    ]
    issue = curate_issue(parse_week("2026-W48"), articles, [], editorial)
    path = ensure_draft_file(tmp_path, issue, articles=articles)
    week, fields = module.read_draft(path)
    quantum = issue.verdict("quantum")
    assert quantum is not None
    assert week == "2026-W48"
    assert fields["quantum"]["verdict"] == quantum.verdict.value
    assert fields["quantum"]["reason"] == quantum.reason
    assert fields["quantum"]["top"] == ["q-1", "q-2"]
