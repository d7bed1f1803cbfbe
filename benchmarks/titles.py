"""Kind and weight of single reports against an editor's labelled title bank.

A title bank is a TOML file of ``[[item]]`` tables, each a report reduced to what curation
reads first: ``title``, ``finding`` (the first Key Findings sentence), and the editor's
``kind`` (the vocabulary of ../shared/curation-dev's labels.toml), ``weight`` (major,
notable or minor, by its editorial rule) and ``style`` (the house style it imitates). This
script assesses each item as one report (``curate.importance.assess``) and prints, per style
and overall, how often the kind's label and the weight agree with the editor's. Weight
bands are the editorial thresholds: must-read line 70 (major), worth-a-skim line 45
(notable).

``--half odd`` / ``--half even`` scores every other item only, so that one half of a bank can
be read while developing and the other kept unseen as a held-out measure.

Run: ``.venv/bin/python benchmarks/titles.py --bank FILE [--half odd|even] [--verbose]``.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from newsletter.curate.importance import assess  # noqa: E402
from newsletter.curate.kinds import LABELS  # noqa: E402
from newsletter.editorial import load_editorial  # noqa: E402
from newsletter.models import Article  # noqa: E402
from tests.curate_paraphrases import weight_of  # noqa: E402
from tests.factories import make_article  # noqa: E402


def as_article(item: dict[str, str]) -> Article:
    """One bank item as a report with a title and a one-sentence Key Findings section."""
    finding = item.get("finding", "")
    sections = (("Key Findings", finding),) if finding else ()
    return make_article(title=item["title"], sections=sections, key_finding=finding)


def main() -> int:
    """Score the bank and print per-style and overall agreement."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bank", type=Path, required=True)
    parser.add_argument("--half", choices=("odd", "even", "all"), default="all")
    parser.add_argument("--verbose", action="store_true", help="print every disagreement")
    args = parser.parse_args()
    items = tomllib.loads(args.bank.read_text(encoding="utf-8"))["item"]
    if args.half != "all":
        items = items[(0 if args.half == "odd" else 1) :: 2]
    scoring = load_editorial(None).scoring
    totals: Counter[str] = Counter()
    by_style: dict[str, Counter[str]] = {}
    for item in items:
        assessment = assess(as_article(item))
        kind = LABELS[assessment.kind.kind]
        weight = weight_of(assessment.importance, scoring.must_read, scoring.worth_a_skim)
        style = by_style.setdefault(item.get("style", "?"), Counter())
        for counter in (totals, style):
            counter["items"] += 1
            counter["kind"] += kind == item["kind"]
            counter["weight"] += weight == item["weight"]
            counter["both"] += kind == item["kind"] and weight == item["weight"]
        if args.verbose and (kind != item["kind"] or weight != item["weight"]):
            print(
                f"{item['kind']:>15}/{item['weight']:<7} got {kind:>15}/{weight:<7} "
                f"{assessment.importance:5.1f}  {item['title']}\n{'':>33}rule: {assessment.kind.rule}"
            )
    print(f"{'style':<28} {'items':>5} {'kind':>7} {'weight':>7} {'both':>7}")
    for name, counter in sorted(by_style.items()) + [("total", totals)]:
        n = counter["items"]
        print(
            f"{name:<28} {n:>5} {counter['kind'] / n:>7.0%} {counter['weight'] / n:>7.0%}"
            f" {counter['both'] / n:>7.0%}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
