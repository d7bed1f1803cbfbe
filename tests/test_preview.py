"""``newsletter preview``: the week's issue from the database, the draft file, the files written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from newsletter.articles import save_articles
from newsletter.cli import app
from newsletter.db.issuestore import mark_issue_sent
from newsletter.editorial import EMBEDDED_CONFIG, EditorialConfig, load_editorial
from newsletter.errors import ConfigError
from newsletter.issues import build_issue, freeze_issue
from newsletter.models import (
    FEEDBACK_URL_PLACEHOLDER,
    PREFERENCES_URL_PLACEHOLDER,
    UNSUBSCRIBE_URL_PLACEHOLDER,
    Issue,
)
from newsletter.preview import example_links, write_previews
from newsletter.preview.build import prepare_issue
from newsletter.preview.files import variant_names
from newsletter.render import Renderer
from newsletter.render.sample import sample_issue
from newsletter.weeks import parse_week
from tests.factories import make_article

REPO = Path(__file__).resolve().parent.parent
POSTAL = "Troy-Technical, 1 Example Street, 10115 Berlin, Germany"
WEEK = parse_week("2026-W48")
UNFILED_TITLE = "Materials startup raises money for magnets"


def seed_week(engine: sa.Engine) -> None:
    """Store a small week: two quantum reports, one ai report, one unfiled article."""
    save_articles(
        engine,
        [
            make_article(id="q1", title="Quantum network spans two continents"),
            make_article(id="q2", title="Qubit error rates halve"),
            make_article(id="a1", title="Agents write their own tools", fields=("ai",)),
            make_article(id="u1", title=UNFILED_TITLE, fields=(), tags=("materials",)),
        ],
    )


def write_config(tmp_path: Path) -> Path:
    """Copy the embedded editorial config with drafts under ``tmp_path/drafts``."""
    text = EMBEDDED_CONFIG.read_text(encoding="utf-8")
    text = text.replace('drafts_dir = "drafts"', f'drafts_dir = "{tmp_path / "drafts"}"')
    path = tmp_path / "newsletter.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def seeded(engine: sa.Engine) -> sa.Engine:
    """A migrated SQLite database holding the small week."""
    seed_week(engine)
    return engine


@pytest.fixture
def cli_env(tmp_path: Path, database_url: str, seeded: sa.Engine) -> dict[str, str]:
    """Environment for running the CLI against the seeded database and a temp config."""
    return {
        "NEWSLETTER_DATABASE_URL": database_url,
        "NEWSLETTER_CONFIG": str(write_config(tmp_path)),
        "NEWSLETTER_BASE_URL": "https://news.example.com",
    }


def test_write_previews_writes_every_field_all_and_the_profile(
    editorial: EditorialConfig, tmp_path: Path
) -> None:
    """One HTML and one text file per field with reports, for all fields and the profile."""
    issue = sample_issue(editorial)
    renderer = Renderer(editorial, base_url="https://news.example.com", postal_address=POSTAL)
    paths = write_previews(issue, renderer, tmp_path / "out", profile=frozenset({"ai", "quantum"}))
    # Cybersecurity has no report: its readers get no email, so there is nothing to preview.
    stems = [s for s in editorial.field_slugs if s != "cybersecurity"]
    stems += ["all", "profile-quantum+ai"]
    assert [p.name for p in paths] == [f"{s}.{ext}" for s in stems for ext in ("html", "txt")]
    assert all(p.is_file() and p.stat().st_size > 0 for p in paths)
    ai_only = (tmp_path / "out" / "ai.html").read_text(encoding="utf-8")
    assert "Open-weights reasoning model" in ai_only
    assert "exascale" not in ai_only
    profile_text = (tmp_path / "out" / "profile-quantum+ai.txt").read_text(encoding="utf-8")
    assert profile_text.startswith("Subject: Quantum must-read: ")
    assert "QUANTUM COMPUTING:" in profile_text
    assert "ARTIFICIAL INTELLIGENCE:" in profile_text
    assert "ENERGY:" not in profile_text


def test_previews_carry_example_links_never_placeholders(
    editorial: EditorialConfig, tmp_path: Path
) -> None:
    """Personal links are filled with the example URLs; no placeholder is left in any file."""
    issue = sample_issue(editorial)
    renderer = Renderer(editorial, base_url="https://news.example.com", postal_address=POSTAL)
    links = example_links(renderer.base_url)
    for path in write_previews(issue, renderer, tmp_path, profile=None):
        body = path.read_text(encoding="utf-8")
        assert "%%" not in body, path.name
        assert links[UNSUBSCRIBE_URL_PLACEHOLDER] in body, path.name
        assert links[PREFERENCES_URL_PLACEHOLDER] in body, path.name
        assert links[FEEDBACK_URL_PLACEHOLDER] + "/" in body, path.name
    # The app's own routes on NEWSLETTER_BASE_URL, with a token that verifies as nobody.
    assert dict(links) == {
        UNSUBSCRIBE_URL_PLACEHOLDER: "https://news.example.com/u/preview-example",
        PREFERENCES_URL_PLACEHOLDER: "https://news.example.com/preferences/preview-example",
        FEEDBACK_URL_PLACEHOLDER: "https://news.example.com/feedback/preview-example",
    }


def test_profile_with_fields_the_issue_lacks_is_refused(editorial: EditorialConfig) -> None:
    """A profile naming an unknown field raises ConfigError listing the issue's fields."""
    issue = sample_issue(editorial)
    with pytest.raises(ConfigError, match="gone are not fields of issue 2026-W48"):
        variant_names(issue, profile=frozenset({"quantum", "gone"}))


def test_prepare_issue_builds_from_the_database_and_creates_the_draft(
    seeded: sa.Engine, editorial: EditorialConfig, tmp_path: Path
) -> None:
    """The issue comes from stored articles; the commented draft appears once, then stays."""
    drafts = tmp_path / "drafts"
    first = prepare_issue(seeded, editorial, WEEK, drafts_dir=drafts)
    issue: Issue = first.issue
    quantum = issue.verdict("quantum")
    assert quantum is not None
    assert quantum.report_count == 2
    assert [a.title for a in issue.unfiled] == [UNFILED_TITLE]
    assert first.draft_created
    draft = first.draft_path.read_text(encoding="utf-8")
    assert draft.startswith("# Editor's draft for")
    assert '"q1",' in draft  # report ids are listed for the editor to copy
    first.draft_path.write_text('intro = "Edited by hand."\n', encoding="utf-8")
    second = prepare_issue(seeded, editorial, WEEK, drafts_dir=drafts)
    assert not second.draft_created
    assert second.issue.intro == "Edited by hand."
    assert first.draft_path.read_text(encoding="utf-8") == 'intro = "Edited by hand."\n'


def test_unfiled_articles_never_reach_the_email(
    seeded: sa.Engine, editorial: EditorialConfig, tmp_path: Path
) -> None:
    """Unfiled articles are for the editor's eyes: no variant's HTML or text mentions them."""
    issue = prepare_issue(seeded, editorial, WEEK, drafts_dir=tmp_path / "drafts").issue
    renderer = Renderer(editorial, base_url="https://news.example.com", postal_address=POSTAL)
    for path in write_previews(issue, renderer, tmp_path / "out"):
        assert "magnets" not in path.read_text(encoding="utf-8"), path.name


def test_cli_preview_prints_every_path(
    cli_env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`newsletter preview --week --fields --out` writes the files and prints their paths."""
    for key, value in cli_env.items():
        monkeypatch.setenv(key, value)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["preview", "--week", "2026-W48", "--fields", "ai,quantum", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    printed = [line for line in result.output.splitlines() if line.startswith(str(out))]
    expected = sorted(str(p) for p in out.iterdir())
    assert sorted(printed) == expected
    assert str(out / "profile-quantum+ai.html") in printed
    assert len(printed) == 2 * (2 + 2)  # quantum, ai (the week's only fields with reports)
    assert "No email this week for readers of only: hpc, semiconductors" in result.output
    assert f"Draft created: {tmp_path / 'drafts' / '2026-W48.toml'}" in result.output
    again = CliRunner().invoke(app, ["preview", "--week", "2026-W48", "--out", str(out)])
    assert again.exit_code == 0, again.output
    assert "Draft created" not in again.output


def test_cli_default_out_dir_is_preview_issue(
    cli_env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without --out the files go to preview/<issue>/ under the working directory."""
    for key, value in cli_env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["preview", "--week", "2026-W48"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "preview" / "2026-W48" / "all.html").is_file()
    assert "preview/2026-W48/all.txt" in result.output


def _run_cli(env: dict[str, str], *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsletter", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), **env},
    )


def test_cli_draft_mistake_exits_5_with_one_line(cli_env: dict[str, str], tmp_path: Path) -> None:
    """A wrong key in the draft prints one line naming key and line, and exits 5."""
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "2026-W48.toml").write_text(
        'intro = "ok"\n\n[fields.quantum]\nverdikt = "skip"\n', encoding="utf-8"
    )
    result = _run_cli(cli_env, "preview", "--week", "2026-W48", cwd=tmp_path)
    assert result.returncode == 5
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "line 4" in lines[0]
    assert "fields.quantum.verdikt" in lines[0]
    assert not (tmp_path / "preview").exists()


def test_cli_unknown_profile_field_exits_2(cli_env: dict[str, str], tmp_path: Path) -> None:
    """--fields with a slug the config lacks is a usage error naming the known fields."""
    result = _run_cli(cli_env, "preview", "--week", "2026-W48", "--fields", "ai,nope", cwd=tmp_path)
    assert result.returncode == 2
    assert "unknown field(s) nope" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_preview_explain_prints_kind_figure_and_points(
    cli_env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`preview --explain` prints, per field, each report's kind, rule, points and total."""
    for key, value in cli_env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("COLUMNS", "200")
    result = CliRunner().invoke(
        app, ["preview", "--week", "2026-W48", "--out", str(tmp_path / "out"), "--explain"]
    )
    assert result.exit_code == 0, result.output
    assert "Quantum Computing: score" in result.output
    assert "Qubit error rates halve" in result.output
    assert "kind 30" in result.output  # an unclassified report's kind points
    assert result.output.count("Headline figure") == 8  # one table per field
    assert "no reports this week" in result.output  # e.g. biotech


def test_frozen_issue_is_previewed_as_sent_and_later_draft_edits_are_reported(
    seeded: sa.Engine, editorial: EditorialConfig, tmp_path: Path
) -> None:
    """After a send froze the week, preview shows the frozen issue and says edits are not used."""
    drafts = tmp_path / "drafts"
    first = prepare_issue(seeded, editorial, WEEK, drafts_dir=drafts)
    assert first.notice == ""
    frozen = freeze_issue(seeded, first.issue)
    unchanged = prepare_issue(seeded, editorial, WEEK, drafts_dir=drafts)
    assert unchanged.frozen == "sending"
    assert unchanged.issue == frozen
    assert unchanged.draft_unused == ""
    assert "is being sent: this preview shows the frozen issue" in unchanged.notice
    first.draft_path.write_text('intro = "Written after the send began."\n', encoding="utf-8")
    mark_issue_sent(seeded, WEEK.id)
    edited = prepare_issue(seeded, editorial, WEEK, drafts_dir=drafts)
    assert edited.issue.intro == frozen.intro  # the draft edit is not what readers got
    assert edited.frozen == "sent"
    assert f"Draft edits in {first.draft_path}" in edited.notice
    assert "are not used" in edited.notice
    first.draft_path.write_text('intro = "broken\n', encoding="utf-8")
    broken = prepare_issue(seeded, editorial, WEEK, drafts_dir=drafts)
    assert broken.issue == frozen  # a broken draft cannot hide the frozen issue
    assert "has a mistake and is not used" in broken.notice


def test_cli_preview_of_a_frozen_week_says_so(
    cli_env: dict[str, str], seeded: sa.Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`newsletter preview` prints that the week was sent and the draft edits are not used."""
    for key, value in cli_env.items():
        monkeypatch.setenv(key, value)
    out = tmp_path / "out"
    assert (
        CliRunner().invoke(app, ["preview", "--week", "2026-W48", "--out", str(out)]).exit_code == 0
    )
    editorial = load_editorial(Path(cli_env["NEWSLETTER_CONFIG"]))
    freeze_issue(seeded, prepare_issue(seeded, editorial, WEEK).issue)
    mark_issue_sent(seeded, WEEK.id)
    (tmp_path / "drafts" / "2026-W48.toml").write_text('intro = "Too late."\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["preview", "--week", "2026-W48", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Issue 2026-W48 was sent: this preview shows the frozen issue" in result.output
    assert "are not used" in result.output
    assert "Too late." not in (out / "all.html").read_text(encoding="utf-8")


def test_cli_preview_says_whether_the_draft_exists(
    cli_env: dict[str, str], seeded: sa.Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A week sent before any preview has no draft: preview says so, and names the file once written."""
    for key, value in cli_env.items():
        monkeypatch.setenv(key, value)
    editorial = load_editorial(Path(cli_env["NEWSLETTER_CONFIG"]))
    freeze_issue(seeded, build_issue(seeded, editorial, WEEK))
    mark_issue_sent(seeded, WEEK.id)
    draft = tmp_path / "drafts" / "2026-W48.toml"
    args = ["preview", "--week", "2026-W48", "--out", str(tmp_path / "out")]

    absent = CliRunner().invoke(app, args)
    assert absent.exit_code == 0, absent.output
    assert not draft.exists()
    assert f"No draft: {draft} does not exist (the issue is frozen" in absent.output
    assert f"Draft: {draft}" not in absent.output
    assert "Draft created" not in absent.output

    draft.parent.mkdir(parents=True)
    draft.write_text('intro = "Too late."\n', encoding="utf-8")
    present = CliRunner().invoke(app, args)
    assert present.exit_code == 0, present.output
    assert f"Draft: {draft}" in present.output
    assert "No draft" not in present.output
