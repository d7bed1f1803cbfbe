"""Render benchmark: time per variant (Jinja + MJML + text) against the bare mjml2html floor.

Run: ``.venv/bin/python benchmarks/render.py`` (about ten seconds). Prints, for the fixed
sample week (8 fields): the time of one all-fields and one single-field variant, the time of all
255 field-sets, each beside the bare ``mjml2html`` time of the very same MJML (the floor no
renderer can beat), their ratio, and the all-fields HTML size. Targets: <= 5 ms a variant,
within 2x of the floor, all-fields HTML <= 80 KB.
"""

from __future__ import annotations

import gc
import itertools
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from mjml import mjml2html

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsletter.editorial import EMBEDDED_CONFIG, load_editorial  # noqa: E402
from newsletter.models import Issue  # noqa: E402
from newsletter.render import Renderer  # noqa: E402
from newsletter.render.budgets import HTML_BUDGET_BYTES, html_size  # noqa: E402
from newsletter.render.sample import sample_issue  # noqa: E402

TARGET_MS = 5.0
TARGET_RATIO = 2.0
TARGET_KB = 80
POSTAL = "Troy-Technical, 1 Example Street, 10115 Berlin, Germany"


def best_ms(action: Callable[[], object], repeat: int = 7, number: int = 10) -> float:
    """Return the best of ``repeat`` runs of ``number`` calls, in ms per call."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            action()
        runs.append((time.perf_counter() - start) * 1000 / number)
    return min(runs)


def summarise(pairs: list[tuple[float, float]]) -> tuple[float, float, float]:
    """Return the best render time, the best floor time and their ratio.

    Minimums estimate the uncontended time of each side on a shared, noisy machine; the
    per-round ratios are printed too for the spread.
    """
    render, floor = min(p[0] for p in pairs), min(p[1] for p in pairs)
    return render, floor, render / floor


def mjml_sources(renderer: Renderer, issue: Issue, field_sets: list[frozenset[str]]) -> list[str]:
    """Return the MJML of each field-set (Jinja only), for the floor measurement."""
    sources = []
    for slugs in field_sets:
        fields = renderer._fields(issue, slugs, personal=True)  # noqa: SLF001 - same MJML as built
        sources.append(renderer.render_mjml(issue, fields, personal=True))
    return sources


def main() -> None:
    """Measure and print the figures (garbage collection off while timing, as timeit does)."""
    gc.disable()
    editorial = load_editorial(EMBEDDED_CONFIG)
    issue = sample_issue(editorial)
    renderer = Renderer(editorial, base_url="https://news.example.com", postal_address=POSTAL)
    slugs = list(editorial.field_slugs)
    every = [
        frozenset(combo) for size in range(1, 9) for combo in itertools.combinations(slugs, size)
    ]
    assert len(every) == 255
    all_fields = frozenset(slugs)
    single = frozenset({"quantum"})
    start = time.perf_counter()
    renderer.build_variant(issue, all_fields)  # loads templates, renders each field's fragments
    first_ms = (time.perf_counter() - start) * 1000

    print(f"Render benchmark: sample week {issue.id}, {len(slugs)} fields")
    print("(render and floor alternate in each round; ratios of the best times, spread beside)")
    print(f"{'variant':<22}{'render ms':>11}{'floor ms':>10}{'ratio':>8}")
    worst_ms, worst_ratio = 0.0, 0.0
    for name, field_set in (("all 8 fields", all_fields), ("one field", single)):
        source = mjml_sources(renderer, issue, [field_set])[0]
        pairs = [
            (
                best_ms(lambda fs=field_set: renderer.build_variant(issue, fs), repeat=1),
                best_ms(lambda src=source: mjml2html(src, fonts={}), repeat=1),
            )
            for _ in range(15)
        ]
        render, floor, ratio = summarise(pairs)
        worst_ms, worst_ratio = max(worst_ms, render), max(worst_ratio, ratio)
        spread = statistics.median(a / b for a, b in pairs)
        print(
            f"{name:<22}{render:>11.2f}{floor:>10.2f}{ratio:>7.2f}x   (median round {spread:.2f}x)"
        )

    sources = mjml_sources(renderer, issue, every)
    rounds = []
    for _ in range(7):
        start = time.perf_counter()
        for field_set in every:
            renderer.build_variant(issue, field_set)
        middle = time.perf_counter()
        for source in sources:
            mjml2html(source, fonts={})
        rounds.append(((middle - start) * 1000, (time.perf_counter() - middle) * 1000))
    total, floor_total, ratio = summarise(rounds)
    per_variant = total / len(every)
    worst_ms, worst_ratio = max(worst_ms, per_variant), max(worst_ratio, ratio)
    print(
        f"{'all 255 field-sets':<22}{total:>11.1f}{floor_total:>10.1f}{ratio:>7.2f}x"
        f"   ({per_variant:.2f} ms a variant, floor {floor_total / len(every):.2f} ms)"
    )
    print(f"  255-set rounds, render/floor ms: {', '.join(f'{a:.0f}/{b:.0f}' for a, b in rounds)}")
    print(
        f"  median round ratio {statistics.median(a / b for a, b in rounds):.2f}x"
        f"; one-off cost per issue (views, fragments): {first_ms:.1f} ms"
    )

    html = renderer.render_variant(issue, all_fields).html
    size_kb = html_size(html) / 1024
    print(
        f"all-fields HTML: {len(html.encode('utf-8')) / 1024:.1f} KB, {size_kb:.1f} KB with links "
        f"filled (target <= {TARGET_KB} KB, Gmail budget {HTML_BUDGET_BYTES // 1024} KB)"
    )
    verdicts = [
        ("<= 5 ms a variant", worst_ms <= TARGET_MS),
        ("within 2x of the mjml2html floor", worst_ratio <= TARGET_RATIO),
        (f"all-fields HTML <= {TARGET_KB} KB", size_kb <= TARGET_KB),
    ]
    for label, ok in verdicts:
        print(f"  {'met ' if ok else 'MISSED'} {label}")


if __name__ == "__main__":
    main()
