"""``newsletter stats`` as a table: whole field names and whole rows at 80 columns and in a pipe.

The expected names come from the editorial config written here (one of them longer than
any column would hold), the counts from the readers the test adds, not from the code under
test.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsletter.cli import app
from newsletter.db import connect_database
from newsletter.editorial import EMBEDDED_CONFIG, load_editorial
from subscribers.store import SubscriberStore

LONG_NAME = "Semiconductors, Chip Packaging and Advanced Lithography"
READERS = {"quantum": 3, "semiconductors": 2, "cybersecurity": 1}
ROW = re.compile(
    r"^(\d{4}-W\d{2}) +(\d+) +(\d+) +(\d+) +(\d+) +(—|Must read|Worth a skim|Skip this week)"
    r" +(\d+) +(\d+) +(\d+) +(\d+)$"
)


@pytest.fixture
def stats_env(tmp_path: Path) -> dict[str, str]:
    """A database with a few readers and a config whose semiconductors field has a long name."""
    config = EMBEDDED_CONFIG.read_text(encoding="utf-8").replace(
        'name = "Semiconductors"', f'name = "{LONG_NAME}"', 1
    )
    assert LONG_NAME in config
    (tmp_path / "newsletter.toml").write_text(config, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'stats.db'}"
    engine = connect_database(url)
    store = SubscriberStore(engine, ["k"])
    for slug, count in READERS.items():
        for index in range(count):
            store.add(f"{slug}{index}@example.com", [slug], method="cli", policy_version="2026-01")
    engine.dispose()
    env = {key: value for key, value in os.environ.items() if not key.startswith("NEWSLETTER_")}
    env.update(NEWSLETTER_DATABASE_URL=url, NEWSLETTER_CONFIG=str(tmp_path / "newsletter.toml"))
    return env


def field_names(env: dict[str, str]) -> list[str]:
    """The configured fields' display names, in order."""
    return [field.name for field in load_editorial(Path(env["NEWSLETTER_CONFIG"])).fields]


def check_output(output: str, env: dict[str, str], weeks: int, width: int) -> None:
    """Every field name is a line of its own, then its weeks as whole rows; nothing is wider than ``width``."""
    lines = output.splitlines()
    assert all(len(line) <= width for line in lines), [line for line in lines if len(line) > width]
    names = field_names(env)
    assert LONG_NAME in names
    starts = [lines.index(name) for name in names]  # each name whole, on its own line
    assert starts == sorted(starts)
    for name, start in zip(names, starts, strict=True):
        rows = [ROW.match(line) for line in lines[start + 1 : start + 1 + weeks]]
        assert all(rows), (name, lines[start + 1 : start + 1 + weeks])
        slug = next(
            f.slug for f in load_editorial(Path(env["NEWSLETTER_CONFIG"])).fields if f.name == name
        )
        current = rows[-1]
        assert current is not None
        assert (int(current.group(2)), int(current.group(3))) == (READERS.get(slug, 0),) * 2


@pytest.mark.parametrize("width", [80, 100])
def test_a_fixed_width_terminal_shows_whole_names_and_rows(
    stats_env: dict[str, str], width: int
) -> None:
    """At 80 (and 100) columns no field name is folded and each week is one whole row."""
    env = {**stats_env, "COLUMNS": str(width)}
    result = CliRunner().invoke(app, ["stats", "--weeks", "3"], env=env)
    assert result.exit_code == 0, result.output
    check_output(result.stdout, stats_env, weeks=3, width=width)


def test_a_pipe_gets_the_same_whole_names_and_rows(stats_env: dict[str, str]) -> None:
    """Piped into another program (no terminal, no COLUMNS), the table is still whole and plain."""
    env = {key: value for key, value in stats_env.items() if key != "COLUMNS"}
    completed = subprocess.run(
        [sys.executable, "-m", "newsletter", "stats", "--weeks", "2"],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    assert "\x1b[" not in completed.stdout  # no colour codes in a pipe
    check_output(completed.stdout, stats_env, weeks=2, width=80)
