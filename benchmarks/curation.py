"""Curation quality and speed on the labelled weeks of ../shared/curation-dev.

For each labelled week: collect its two feeds into a fresh SQLite database (clock: 30 Nov
2026, after every entry), curate the week, and write what the product decided in the
format of curation-dev's ``score.py`` (per field: verdict, reason, top reports; per report:
kind in the labels' vocabulary and headline figure). Then score it with ``score.py``'s own
code and print, per week and in total: verdict agreement, top-1 and top-3 agreement, kind
and headline-figure accuracy, reasons citing an incidental figure, grammar flags of the
reasons (``newsletter.curate.reasons.grammar_flags``), the must-read share and the time
to curate. With ``--votes DATABASE_URL``, also the share of readers' votes (past issues'
"Was this call right?") that today's curation of those weeks agrees with
(``newsletter.reader_agreement``). Last, the time to curate 100 reports (target: <= 100 ms).

Run: ``.venv/bin/python benchmarks/curation.py [--set DIR] [--verbose] [--out predictions.json]
[--votes sqlite:///newsletter.db]``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib.util
import io
import json
import re
import statistics
import sys
import tempfile
import time
import tomllib
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from newsletter.articles import load_articles  # noqa: E402
from newsletter.collect.run import collect_feeds  # noqa: E402
from newsletter.curate import curate_issue, rank_week  # noqa: E402
from newsletter.curate.kinds import LABELS  # noqa: E402
from newsletter.curate.reasons import grammar_flags  # noqa: E402
from newsletter.db.engine import connect_database  # noqa: E402
from newsletter.editorial import EditorialConfig, load_editorial  # noqa: E402
from newsletter.models import Article, Issue, Verdict  # noqa: E402
from newsletter.reader_agreement import curated_verdicts, reader_agreement  # noqa: E402
from newsletter.weeks import parse_week  # noqa: E402
from subscribers.votes import verdict_tallies  # noqa: E402

DEFAULT_SET = REPO.parent.parent / "shared" / "curation-dev"
CLOCK = dt.datetime(2026, 11, 30, 8, 0, tzinfo=dt.UTC)
METRIC_LINE = re.compile(r"^(?P<name>\w+)\s+(?P<good>\d+) / (?P<total>\d+)")
TARGET_MS_PER_100 = 100.0


LABELLED_TOOLS = REPO / "benchmarks" / "labelled" / "tools"


def load_scorer(folder: Path) -> ModuleType:
    """Import the set's score.py (curation-dev's), else benchmarks/labelled/tools/score.py."""
    path = folder / "score.py"
    if not path.exists():
        path = LABELLED_TOOLS / "score.py"
    spec = importlib.util.spec_from_file_location("curation_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def collect_week(
    folder: Path, week: str, files: Sequence[str], editorial: EditorialConfig, db: Path
) -> list[Article]:
    """Collect a week's feeds into a fresh database and return the week's articles."""
    engine = connect_database(f"sqlite:///{db}")
    try:
        collect_feeds(
            engine, editorial, [str(folder / name) for name in files], now=CLOCK, workers=1
        )
        iso = parse_week(week)
        return load_articles(engine, iso.start_utc, iso.end_utc)
    finally:
        engine.dispose()


def predictions_for(
    issue: Issue,
    articles: Sequence[Article],
    history: Sequence[Article],
    editorial: EditorialConfig,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Return (fields, reports) predictions of one week in score.py's format."""
    fields = {
        v.slug: {
            "verdict": v.verdict.value,
            "reason": v.reason,
            "top": [s.article.id for s in v.top],
        }
        for v in issue.verdicts
    }
    ranked, copy_of = rank_week(articles, history, editorial)
    by_id = {r.article.id: r for r in ranked}
    reports: dict[str, Any] = {}
    for article in articles:
        lead = by_id[copy_of.get(article.id, article.id)]
        money = lead.assessment.money
        reports[article.id] = {
            "kind": LABELS[lead.assessment.kind.kind],
            "headline_amount": {"currency": money.currency, "amount": money.amount}
            if money
            else None,
        }
    return fields, reports


def score_week(
    scorer: ModuleType,
    labels: dict[str, Any],
    weeks: list[str],
    predictions: dict[str, Any],
    verbose: bool,
) -> dict[str, tuple[int, int]]:
    """Run score.py's scoring over ``weeks``; return metric -> (correct, total)."""
    subset = dict(labels, weeks=weeks)
    wanted = {r["id"] for r in labels["report"] if r["week"] in weeks}
    preds = {w: predictions[w] for w in weeks}
    preds["reports"] = {k: v for k, v in predictions["reports"].items() if k in wanted}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        scorer.score(subset, preds, verbose)
    text = out.getvalue()
    if verbose:
        print(text)
    tally: dict[str, tuple[int, int]] = {}
    for line in text.splitlines():
        match = METRIC_LINE.match(line)
        if match:
            tally[match["name"]] = (int(match["good"]), int(match["total"]))
    return tally


def speed(
    articles: Sequence[Article], editorial: EditorialConfig, count: int = 100, rounds: int = 7
) -> tuple[float, float]:
    """Return the median (wall, CPU) milliseconds to curate ``count`` reports.

    The reports are the labelled weeks' own, repeated under new ids and links up to
    ``count``, all moved into one week. CPU time is this process's (``time.process_time``):
    on a machine shared with other jobs, wall time measures the queue as much as the code.
    """
    from dataclasses import replace

    pool = list(articles)
    batch = [
        replace(
            pool[i % len(pool)],
            id=f"{pool[i % len(pool)].id}#{i}",
            url=f"{pool[i % len(pool)].url}?copy={i}",
        )
        for i in range(count)
    ]
    week = parse_week("2026-W46")
    moved = [replace(a, published_at=week.start_utc + dt.timedelta(days=2)) for a in batch]
    walls: list[float] = []
    cpus: list[float] = []
    for _ in range(rounds):
        started, cpu = time.perf_counter(), time.process_time()
        curate_issue(week, moved, [], editorial, now=CLOCK)
        walls.append((time.perf_counter() - started) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def main() -> int:
    """Collect, curate and score every labelled week; print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=DEFAULT_SET, help="the labelled set's folder")
    parser.add_argument("--verbose", action="store_true", help="score.py's per-field lines too")
    parser.add_argument("--out", type=Path, help="also write the predictions JSON here")
    parser.add_argument(
        "--cumulative",
        action="store_true",
        help="collect the weeks into one database, so earlier weeks count for novelty",
    )
    parser.add_argument(
        "--votes",
        metavar="DATABASE_URL",
        help="also score today's curation of past issues against the readers' votes stored there",
    )
    args = parser.parse_args()
    folder: Path = args.set.resolve()
    labels = tomllib.loads((folder / "labels.toml").read_text(encoding="utf-8"))
    scorer = load_scorer(folder)
    editorial = load_editorial(None)
    predictions: dict[str, Any] = {"reports": {}}
    reasons: dict[str, list[str]] = {}
    timings: dict[str, float] = {}
    every_article: list[Article] = []
    with tempfile.TemporaryDirectory() as tmp:
        for week in labels["weeks"]:
            db = Path(tmp) / ("all.db" if args.cumulative else f"{week}.db")
            articles = collect_week(folder, week, labels["week"][week]["files"], editorial, db)
            history = list(every_article) if args.cumulative else []
            every_article.extend(articles)
            started = time.perf_counter()
            issue = curate_issue(parse_week(week), articles, history, editorial, now=CLOCK)
            timings[week] = (time.perf_counter() - started) * 1000
            fields, reports = predictions_for(issue, articles, history, editorial)
            predictions[week] = fields
            predictions["reports"].update(reports)
            reasons[week] = [v.reason for v in issue.verdicts]
    if args.out:
        args.out.write_text(
            json.dumps(predictions, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    columns = [
        "verdict",
        "top1",
        "top3",
        "kind",
        "headline_amount",
        "reason_no_incidental",
        "reason_amount",
        "must_not_lead",
    ]
    header = (
        f"{'week':10} "
        + " ".join(f"{c[:14]:>14}" for c in columns)
        + f" {'grammar':>8} {'must-read':>10} {'curate ms':>10}"
    )
    print(header)
    totals = {c: [0, 0] for c in columns}
    grammar_total = 0
    must_total = [0, 0]
    for week in labels["weeks"]:
        tally = score_week(scorer, labels, [week], predictions, args.verbose)
        cells = []
        for column in columns:
            good, total = tally.get(column, (0, 0))
            totals[column][0] += good
            totals[column][1] += total
            cells.append(f"{good:>5}/{total:<3}{_pct(good, total):>5}")
        flags = [(r, f) for r in reasons[week] for f in grammar_flags(r)]
        grammar_total += len(flags)
        must = sum(1 for v in predictions[week].values() if v["verdict"] == Verdict.MUST_READ.value)
        must_total[0] += must
        must_total[1] += len(predictions[week])
        print(
            f"{week:10} "
            + " ".join(f"{c:>14}" for c in cells)
            + f" {len(flags):>8} {must:>4}/{len(predictions[week]):<2}{_pct(must, len(predictions[week])):>4} {timings[week]:>10.1f}"
        )
        for reason, flag in flags:
            print(f"    grammar: {flag}: {reason}")
    cells = [f"{g:>5}/{t:<3}{_pct(g, t):>5}" for g, t in totals.values()]
    print(
        f"{'total':10} "
        + " ".join(f"{c:>14}" for c in cells)
        + f" {grammar_total:>8} {must_total[0]:>4}/{must_total[1]:<2}{_pct(*must_total):>4} {sum(timings.values()):>10.1f}"
    )
    incidental = totals["reason_no_incidental"][1] - totals["reason_no_incidental"][0]
    print(f"reasons citing an incidental figure: {incidental}")
    print("reasons:")
    for week in labels["weeks"]:
        for slug, field in predictions[week].items():
            print(f"  {week} {slug:14} {field['verdict']:12} {field['reason']}")
    if args.votes:
        print_reader_agreement(args.votes, editorial, args.verbose)
    wall, cpu = speed(every_article, editorial)
    print(
        f"curate 100 reports: {cpu:.1f} ms CPU, {wall:.1f} ms wall"
        f" (median of 7; target <= {TARGET_MS_PER_100:.0f} ms)"
    )
    return 0


def print_reader_agreement(url: str, editorial: EditorialConfig, verbose: bool) -> None:
    """Print how many readers' votes today's curation of their issues agrees with."""
    engine = connect_database(url)
    try:
        tallies = verdict_tallies(engine)
        curated = curated_verdicts(engine, editorial, {tally.issue_id for tally in tallies})
        result = reader_agreement(tallies, curated)
    finally:
        engine.dispose()
    issues = len({field.issue_id for field in result.fields})
    print(
        f"agreement with readers: {result.agreeing}/{result.votes} votes"
        f" {_pct(result.agreeing, result.votes)} ({issues} issues, {len(result.fields)} field verdicts)"
    )
    for field in result.fields if verbose else ():
        print(
            f"  {field.issue_id} {field.field_slug:14} shown {field.shown:12} now {field.curated:12}"
            f" {field.agreeing}/{field.votes}"
        )


def _pct(good: int, total: int) -> str:
    return f"{100 * good / total:.0f}%" if total else "-"


if __name__ == "__main__":
    raise SystemExit(main())
