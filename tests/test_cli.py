"""The command line as a whole: help everywhere, documented commands, one-line errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
import pytest
import typer.main
from typer.testing import CliRunner

from newsletter.cli import app

REPO = Path(__file__).resolve().parent.parent


def _commands() -> list[tuple[str, click.Command]]:
    root = typer.main.get_command(app)
    found: list[tuple[str, click.Command]] = []

    def walk(prefix: str, command: click.Command) -> None:
        if isinstance(command, click.Group):
            for name, sub in command.commands.items():
                walk(f"{prefix} {name}".strip(), sub)
        else:
            found.append((prefix, command))

    walk("", root)
    return found


def test_every_command_has_help_text() -> None:
    """Each command and option explains itself in --help."""
    for name, command in _commands():
        assert command.help, f"`newsletter {name}` has no help text"
        for param in command.params:
            if isinstance(param, click.Option) and param.name != "help":
                assert param.help, f"`newsletter {name}` option {param.opts} has no help"


@pytest.mark.parametrize("name", ["collect", "preview", "send", "serve", "subscribers", "db"])
def test_readme_documents_each_top_level_command(name: str) -> None:
    """The README shows every top-level command."""
    assert f"newsletter {name}" in (REPO / "README.md").read_text(encoding="utf-8")


def test_python_dash_m_runs_the_cli() -> None:
    """`python -m newsletter --help` works as the console script does."""
    result = subprocess.run(
        [sys.executable, "-m", "newsletter", "--help"],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO,
    )
    assert result.returncode == 0
    assert "collect" in result.stdout


def test_invalid_setting_is_one_line_without_traceback(tmp_path: Path) -> None:
    """A bad setting prints one line naming it, exit code 2, no traceback."""
    result = subprocess.run(
        [sys.executable, "-m", "newsletter", "db", "status"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        env={"NEWSLETTER_BASE_URL": "not-a-url", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1
    assert "NEWSLETTER_BASE_URL" in lines[0]


def test_db_upgrade_then_status(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`newsletter db upgrade` creates the schema and `db status` then reports it current."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSLETTER_DATABASE_URL", f"sqlite:///{tmp_path / 'x.db'}")
    runner = CliRunner()
    first = runner.invoke(app, ["db", "upgrade"])
    assert first.exit_code == 0, first.output
    assert "upgraded" in first.output
    second = runner.invoke(app, ["db", "status"])
    assert second.exit_code == 0
    assert "up to date" in second.output
