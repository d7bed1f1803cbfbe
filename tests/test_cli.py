"""The command line as a whole: help everywhere, documented commands, one-line errors."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

from newsletter.cli import app

REPO = Path(__file__).resolve().parent.parent


def _commands() -> list[tuple[str, Any]]:
    """Every leaf command as ("group sub", command), walking typer's (vendored click) tree."""
    root = typer.main.get_command(app)
    found: list[tuple[str, Any]] = []

    def walk(prefix: str, command: Any) -> None:
        # Duck-typed: typer vendors click, so its groups are not click.Group instances.
        children = getattr(command, "commands", None)
        if children:
            for name, sub in children.items():
                walk(f"{prefix} {name}".strip(), sub)
        else:
            found.append((prefix, command))

    walk("", root)
    return found


def test_command_tree_is_complete() -> None:
    """The walk reaches every command and subcommand (guards the help and README tests)."""
    names = {name for name, _ in _commands()}
    assert names >= {
        "collect",
        "preview",
        "send",
        "serve",
        "subscribers add",
        "subscribers import",
        "subscribers export",
        "subscribers list",
        "subscribers forget",
        "db upgrade",
        "db status",
    }


@pytest.mark.parametrize("name", [name for name, _ in _commands()])
def test_every_command_has_help_text(name: str) -> None:
    """Each command explains itself and each of its options in --help."""
    command = dict(_commands())[name]
    assert command.help, f"`newsletter {name}` has no help text"
    for param in command.params:
        if param.param_type_name == "option" and param.name != "help":
            assert param.help, f"`newsletter {name}` option {param.opts} has no help"
    result = CliRunner().invoke(app, [*name.split(), "--help"])
    assert result.exit_code == 0
    first_line = command.help.strip().splitlines()[0]
    assert " ".join(first_line.split()[:4]) in " ".join(result.stdout.split())


@pytest.mark.parametrize("name", [name for name, _ in _commands()])
def test_readme_documents_each_command(name: str) -> None:
    """The README names every command; a subcommand on the same line as its group."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    group, _, sub = name.partition(" ")
    lines = [line for line in readme.splitlines() if f"newsletter {group}" in line]
    assert lines, f"README never mentions `newsletter {group}`"
    if sub:
        assert any(re.search(rf"\b{sub}\b", line) for line in lines), (
            f"README does not mention `newsletter {name}`"
        )


def test_every_pip_install_line_uses_the_pinned_constraints() -> None:
    """Each `pip install` command in the README and docs/ pins versions with -c constraints.txt."""
    paths = [REPO / "README.md", *sorted((REPO / "docs").rglob("*.md"))]
    lines = [
        line
        for path in paths
        for line in path.read_text(encoding="utf-8").splitlines()
        if re.match(r"\s*(- run:\s*)?pip install\s", line)
    ]
    assert len(lines) >= 3, lines  # the README's quick start, CI example and PostgreSQL
    for line in lines:
        assert "-c constraints.txt" in line, line


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
