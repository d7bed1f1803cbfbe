"""Benchmark: `newsletter subscribers import` set-based path against the per-row path.

    .venv/bin/python benchmarks/import.py                    # 20,000 rows, SQLite
    .venv/bin/python benchmarks/import.py --rows 100000 --old-rows 5000
    .venv/bin/python benchmarks/import.py --postgres postgresql+psycopg://postgres@127.0.0.1:55432/postgres

Writes a CSV of N readers (one to three of 8 fields each, varied consent times and sources)
and measures, each on a fresh migrated database:

1. ``import_csv`` (the set-based path: rows validated, then stored 500 per transaction through
   ``SubscriberStore.register_many``): a fresh import, a re-import of the same file (every row
   unchanged) and an import where every reader adds a field (every row updated);
2. the per-row path, as ``import_csv`` worked before and as ``register_many`` falls back to
   under a concurrent writer: for each validated row ``find_by_email``, then ``register``
   (about 10 statements and a transaction per row), on the same files.

Prints rows/s for each step and the ratio of the two paths measured in this run, then checks
that both left the same counts. The per-row path takes about 3-5 ms a row on 2 cores:
``--old-rows`` measures it on fewer rows (rates are per row) to keep the run short.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from newsletter.db import connect_database  # noqa: E402
from subscribers.csvimport import (  # noqa: E402
    ImportReport,
    import_csv,
)
from subscribers.store import SubscriberStore  # noqa: E402
from tests.import_reference import import_one_by_one  # noqa: E402

SECRET = "benchmark-secret-key-0123456789abcdef"
FIELDS = ("quantum", "ai", "hpc", "semiconductors", "biotech", "energy", "space", "cybersecurity")
SOURCES = ("form", "event", "import", "partner")
NOW = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)
Importer = Callable[[SubscriberStore, Path], ImportReport]


def write_csv(path: Path, count: int, *, extra_field: bool, seed: int = 48) -> None:
    """Write ``count`` readers; with ``extra_field`` each row lists one more field."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as handle:
        handle.write("email,fields,consented_at,consent_method,policy_version\n")
        for n in range(count):
            chosen = rng.sample(FIELDS, rng.choice((1, 2, 3)))
            if extra_field:
                chosen.append(next(slug for slug in FIELDS if slug not in chosen))
            moment = NOW - dt.timedelta(minutes=rng.randrange(1, 500_000))
            handle.write(
                f"reader{n}@example.com,{';'.join(chosen)},{moment.isoformat()},"
                f"{rng.choice(SOURCES)},2026-01\n"
            )


def import_set_based(store: SubscriberStore, path: Path) -> ImportReport:
    """Import through ``import_csv`` (the set-based path)."""
    return import_csv(store, path, known_fields=FIELDS, now=NOW)


def import_per_row(store: SubscriberStore, path: Path) -> ImportReport:
    """Import row by row: ``find_by_email`` then ``register`` per validated row."""
    return import_one_by_one(store, path, known_fields=FIELDS, now=NOW)


@contextmanager
def fresh_database(workdir: Path, postgres: str | None) -> Iterator[sa.Engine]:
    """Yield an engine on a new migrated database (a SQLite file, or a PostgreSQL database)."""
    if postgres is None:
        engine = connect_database(f"sqlite:///{workdir / f'{uuid.uuid4().hex}.db'}")
        try:
            yield engine
        finally:
            engine.dispose()
        return
    admin = sa.create_engine(postgres, isolation_level="AUTOCOMMIT")
    name = f"newsletter_bench_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = sa.make_url(postgres).set(database=name).render_as_string(hide_password=False)
    engine = connect_database(url)
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def run_path(
    name: str, importer: Importer, files: dict[str, Path], workdir: Path, postgres: str | None
) -> tuple[dict[str, float], list[ImportReport]]:
    """Run fresh, re-import and update imports with ``importer``; return rows/s per step."""
    rates: dict[str, float] = {}
    reports: list[ImportReport] = []
    with fresh_database(workdir, postgres) as engine:
        store = SubscriberStore(engine, [SECRET])
        for step, path in (
            ("fresh", files["base"]),
            ("re-import", files["base"]),
            ("update", files["extra"]),
        ):
            started = time.perf_counter()
            report = importer(store, path)
            elapsed = time.perf_counter() - started
            rates[step] = report.rows / elapsed
            reports.append(report)
            print(
                f"  {name:<10} {step:<10} {report.rows:>8,} rows {elapsed:8.2f} s "
                f"{rates[step]:>9,.0f} rows/s  (added {report.added:,}, updated "
                f"{report.updated:,}, unchanged {report.unchanged:,}, "
                f"rejected {len(report.rejected):,})",
                flush=True,
            )
    return rates, reports


def main() -> None:
    """Parse arguments, run both paths, print the figures and the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000, help="rows for the set-based path")
    parser.add_argument(
        "--old-rows", type=int, default=None, help="rows for the per-row path (default: --rows)"
    )
    parser.add_argument(
        "--postgres", default=None, help="PostgreSQL server URL (default: SQLite files)"
    )
    args = parser.parse_args()
    old_rows = args.old_rows or args.rows
    with tempfile.TemporaryDirectory() as directory:
        workdir = Path(directory)
        files: dict[int, dict[str, Path]] = {}
        for count in {args.rows, old_rows}:
            files[count] = {
                "base": workdir / f"base-{count}.csv",
                "extra": workdir / f"extra-{count}.csv",
            }
            write_csv(files[count]["base"], count, extra_field=False)
            write_csv(files[count]["extra"], count, extra_field=True)
        database = "PostgreSQL" if args.postgres else "SQLite"
        print(f"{database}: set-based path on {args.rows:,} rows, per-row on {old_rows:,} rows")
        new, new_reports = run_path(
            "set-based", import_set_based, files[args.rows], workdir, args.postgres
        )
        old, old_reports = run_path(
            "per-row", import_per_row, files[old_rows], workdir, args.postgres
        )
    for step in new:
        print(
            f"{step:<10} set-based {new[step]:>9,.0f} rows/s   per-row {old[step]:>7,.0f} rows/s"
            f"   ratio {new[step] / old[step]:5.1f}x"
        )
    if old_rows == args.rows:
        same = all(
            (a.added, a.updated, a.unchanged, len(a.rejected))
            == (b.added, b.updated, b.unchanged, len(b.rejected))
            for a, b in zip(new_reports, old_reports, strict=True)
        )
        print("reports identical" if same else "REPORTS DIFFER between the two paths")


if __name__ == "__main__":
    main()
