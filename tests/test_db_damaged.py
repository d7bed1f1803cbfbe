"""A damaged, truncated or foreign database file: one line, exit 3, no traceback, no change."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from newsletter.db import connect_database
from newsletter.errors import DatabaseError
from subscribers.store import SubscriberStore

REPO = Path(__file__).resolve().parent.parent


def good_database(folder: Path) -> bytes:
    """Build a migrated database with one subscriber; return its bytes (WAL checkpointed)."""
    path = folder / "good.db"
    engine = connect_database(f"sqlite:///{path}")
    store = SubscriberStore(engine, ["damaged-db-test-key-0123"])
    for index in range(200):
        store.add(f"r{index}@example.com", ["ai"], method="cli", policy_version="2026-01")
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path.read_bytes()


@pytest.fixture(scope="module")
def damaged_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The damaged variants to try, by name (built once for the module)."""
    good = good_database(tmp_path_factory.mktemp("good"))
    scrambled = good[:100] + os.urandom(len(good) - 100)  # header intact, pages garbage
    return {
        "random bytes": os.urandom(8192),
        "text file": b"email,fields\nsomeone@example.com,ai\n" * 50,
        "truncated to half": good[: len(good) // 2],
        "truncated by a quarter": good[: len(good) * 3 // 4],
        "header only": good[:100],
        "pages scrambled": scrambled,
    }


@pytest.mark.parametrize(
    "name",
    [
        "random bytes",
        "text file",
        "truncated to half",
        "truncated by a quarter",
        "header only",
        "pages scrambled",
    ],
)
def test_damaged_database_gives_one_line_and_exit_3(
    tmp_path: Path, damaged_files: dict[str, bytes], name: str
) -> None:
    """Every command that opens the database says what is wrong in one line and exits 3."""
    path = tmp_path / "newsletter.db"
    path.write_bytes(damaged_files[name])
    before = path.read_bytes()
    env = {
        **os.environ,
        "NEWSLETTER_DATABASE_URL": f"sqlite:///{path}",
        "NEWSLETTER_OUTBOX_DIR": str(tmp_path / "outbox"),
    }
    for command in (["subscribers", "list"], ["db", "status"]):
        result = subprocess.run(
            [sys.executable, "-m", "newsletter", *command],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        output = result.stdout + result.stderr
        assert result.returncode == 3, (command, output)
        assert "Traceback" not in output, command
        assert len(output.strip().splitlines()) == 1, (command, output)
        assert "damaged or not a database" in output or "database" in output.lower()
    assert path.read_bytes() == before


def test_connect_database_raises_database_error(tmp_path: Path) -> None:
    """The library call raises DatabaseError (not SQLAlchemy's) naming the file."""
    path = tmp_path / "foreign.db"
    path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(DatabaseError, match="foreign.db is damaged or not a database"):
        connect_database(f"sqlite:///{path}")
    assert not isinstance(DatabaseError("x"), sa.exc.SQLAlchemyError)


@pytest.mark.parametrize("kind", ["directory", "dangling symlink", "symlink to a directory"])
def test_unwritable_shared_memory_file_is_a_clear_error(tmp_path: Path, kind: str) -> None:
    """A ``-shm`` that cannot be opened for writing stops with one line, not SIGBUS."""
    database = tmp_path / "newsletter.db"
    connect_database(f"sqlite:///{database}").dispose()
    shared = Path(f"{database}-shm")
    shared.unlink(missing_ok=True)
    if kind == "directory":
        shared.mkdir()
    elif kind == "dangling symlink":
        shared.symlink_to(tmp_path / "missing" / "file")
    else:
        (tmp_path / "elsewhere").mkdir()
        shared.symlink_to(tmp_path / "elsewhere")
    with pytest.raises(DatabaseError, match=r"newsletter.db-shm cannot be opened for writing"):
        connect_database(f"sqlite:///{database}")
    result = subprocess.run(
        [sys.executable, "-m", "newsletter", "subscribers", "list"],
        cwd=REPO,
        env={**os.environ, "NEWSLETTER_DATABASE_URL": f"sqlite:///{database}"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 3
    assert "Traceback" not in result.stdout + result.stderr


def test_writable_or_missing_shared_memory_file_is_fine(tmp_path: Path) -> None:
    """The usual cases pass the check: no -shm yet, and a -shm SQLite itself made."""
    database = tmp_path / "newsletter.db"
    engine = connect_database(f"sqlite:///{database}")
    with engine.connect() as connection:
        connection.exec_driver_sql("SELECT 1")
        assert Path(f"{database}-shm").exists()
        connect_database(f"sqlite:///{database}").dispose()  # while in use
    engine.dispose()
