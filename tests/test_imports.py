"""The import contract (issue 14): dependencies point one way, providers stay in their backends.

A small AST test over every module (imports inside functions count too):

- ``subscribers`` never imports ``newsletter`` (it knows nobody, and has its own MetaData);
- render and curate (pure stages) never import the database, delivery or the subscribers;
- only ``newsletter/deliver/backends/`` imports a provider's library (``sendgrid``,
  ``python_http_client``, ``smtplib``, ``aiosmtplib``);
- only the backends themselves and ``newsletter/deliver/factory.py`` import a backend: the
  send manager, the web app and the CLI see the ports.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PROVIDER_LIBRARIES = ("sendgrid", "python_http_client", "smtplib", "aiosmtplib")
BACKENDS = "newsletter.deliver.backends"


def _modules(*roots: str) -> list[Path]:
    return sorted(path for root in roots for path in (REPO / root).rglob("*.py"))


def _imports(path: Path) -> Iterator[str]:
    """Yield every module name ``path`` imports (absolute; relative ones resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = ".".join(path.relative_to(REPO).with_suffix("").parts[:-1])
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def _violations(paths: list[Path], forbidden: tuple[str, ...]) -> list[tuple[str, str]]:
    found = []
    for path in paths:
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                found.append((path.relative_to(REPO).as_posix(), name))
    return sorted(set(found))


def test_the_module_lists_are_not_empty() -> None:
    """The globs find the packages (a moved tree would otherwise pass every check below)."""
    assert len(_modules("subscribers")) > 5
    assert len(_modules("newsletter/render")) > 3
    assert len(_modules("newsletter/deliver/backends")) >= 8
    assert len(_modules("newsletter/curate")) > 3


def test_subscribers_never_imports_newsletter() -> None:
    """subscribers/ is the only owner of addresses and depends on nobody."""
    assert _violations(_modules("subscribers"), ("newsletter",)) == []


@pytest.mark.parametrize("stage", ["newsletter/render", "newsletter/curate"])
def test_pure_stages_never_import_db_deliver_or_subscribers(stage: str) -> None:
    """Render and curate take values and return values: no database, delivery or store."""
    paths = _modules(stage)
    forbidden = ("newsletter.db", "newsletter.deliver", "subscribers", "sqlalchemy")
    assert _violations(paths, forbidden) == []


def test_only_backends_import_provider_libraries() -> None:
    """sendgrid, python_http_client, smtplib, aiosmtplib appear only under deliver/backends/."""
    found = _violations(_modules("newsletter", "subscribers"), PROVIDER_LIBRARIES)
    outside = [(p, n) for p, n in found if not p.startswith("newsletter/deliver/backends/")]
    assert outside == []
    assert {name.split(".")[0] for _, name in found} >= {"sendgrid", "smtplib"}


def test_only_the_factory_imports_a_backend() -> None:
    """The send manager, web app and CLI depend on the ports; deliver/factory.py picks a backend."""
    found = _violations(_modules("newsletter", "subscribers"), (BACKENDS,))
    outside = {
        path
        for path, _ in found
        if not path.startswith("newsletter/deliver/backends/")
        and path != "newsletter/deliver/factory.py"
    }
    assert outside == set()
    assert any(path == "newsletter/deliver/factory.py" for path, _ in found)


def test_the_parsing_processes_import_no_database_library() -> None:
    """collect's worker module (preloaded by every collect's process pool) pulls in no SQLAlchemy or curation."""
    probe = (
        "import sys, newsletter.collect.digest; "
        "print('sqlalchemy' in sys.modules, 'newsletter.curate' in sys.modules)"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert found.stdout.strip() == "False False"  # nor the curation package (about 140 ms)
