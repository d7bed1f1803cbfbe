"""Shared fixtures: a fresh real SQLite database per test, settings, the editorial config."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from newsletter.config import Settings
from newsletter.db import connect_database
from newsletter.editorial import EditorialConfig, load_editorial

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
IN_CI = os.environ.get("CI", "").lower() == "true"


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add ``--update-golden`` to rewrite golden files instead of comparing."""
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite tests/golden/* from current output"
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """Whether this run rewrites golden files."""
    return bool(request.config.getoption("--update-golden"))


def require_tool(name: str, path: str | None = None) -> str:
    """Return the tool's path; skip when it is missing, but fail under CI=true."""
    found = path if path and Path(path).exists() else shutil.which(name)
    if found:
        return found
    message = f"{name} is not installed (apt-get install {name}); .ci/run installs it"
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


def require_shared(relative: str) -> Path:
    """Return a path under ../shared; skip when it is missing, fail under CI=true."""
    path = SHARED / relative
    if path.exists():
        return path
    message = f"{path} is missing: the corpus in ../shared is needed for this test"
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """URL of a fresh, empty PostgreSQL database, dropped afterwards.

    Needs NEWSLETTER_TEST_POSTGRES_URL (``.ci/run`` starts a server and sets it): the test
    skips without it locally and fails under CI=true.
    """
    server = os.environ.get("NEWSLETTER_TEST_POSTGRES_URL")
    if not server:
        if IN_CI:
            pytest.fail("NEWSLETTER_TEST_POSTGRES_URL is not set; .ci/run starts PostgreSQL")
        pytest.skip("set NEWSLETTER_TEST_POSTGRES_URL to run PostgreSQL tests")
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    name = f"newsletter_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    yield sa.make_url(server).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """URL of a fresh SQLite file for this test."""
    return f"sqlite:///{tmp_path / 'newsletter.db'}"


@pytest.fixture
def engine(database_url: str) -> Iterator[sa.Engine]:
    """A real SQLite database migrated to the latest schema."""
    engine = connect_database(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    """Settings for tests: temp database and outbox, a fixed secret, no .env file."""
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=database_url,
        base_url="http://newsletter.test",
        secret_key="test-secret-key-0123456789abcdef",  # type: ignore[arg-type]
        outbox_dir=tmp_path / "outbox",
    )


@pytest.fixture
def editorial() -> EditorialConfig:
    """The embedded editorial config, with sample feeds resolved against the repo."""
    cwd = Path.cwd()
    os.chdir(REPO)
    try:
        return load_editorial(None)
    finally:
        os.chdir(cwd)
