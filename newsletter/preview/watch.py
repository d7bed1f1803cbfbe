"""What the live preview watches: a version string that changes when any input changes.

Inputs are the template folders, the week's draft file, the editorial config file and the
stored articles (their count and latest update). The page polls ``/version`` and reloads when
the value moves, so an edit shows up without touching the browser.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

import sqlalchemy as sa

from newsletter.db.guard import database_errors
from newsletter.db.tables import articles


def files_fingerprint(paths: Iterable[Path]) -> list[str]:
    """Return one ``path:mtime_ns:size`` line per file (folders walked), ``path:-`` if absent."""
    lines: list[str] = []
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                lines.append(_stat_line(child))
        else:
            lines.append(_stat_line(path))
    return lines


def _stat_line(path: Path) -> str:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return f"{path}:-"
    return f"{path}:{stat.st_mtime_ns}:{stat.st_size}"


def articles_fingerprint(engine: sa.Engine) -> str:
    """Return ``count:latest update`` of the stored articles. Raises DatabaseError."""
    query = sa.select(sa.func.count(), sa.func.max(articles.c.updated_at))
    with database_errors("read the articles for the preview"), engine.connect() as connection:
        count, latest = connection.execute(query).one()
    return f"articles:{count}:{latest}"


def inputs_version(paths: Iterable[Path], engine: sa.Engine) -> str:
    """Return a short hash of every watched file's state and of the stored articles."""
    lines = [*files_fingerprint(paths), articles_fingerprint(engine)]
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:16]
