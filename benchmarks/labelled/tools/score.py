#!/usr/bin/env python3
"""Score a curation run against labels.toml.

    python3 score.py predictions.json            # all weeks in the file
    python3 score.py predictions.json --verbose  # one line per field-week
    python3 score.py --perfect > perfect.json    # a predictions file built from the labels (self-test)

predictions.json (write it from your own pipeline; ids are the feeds' guids / Atom ids):

    {
      "2026-W40": {
        "ai": {"verdict": "must-read", "reason": "…", "top": ["<id>", "<id>", "<id>"]},
        …
      },
      "reports": {                                   # optional: what collect/curate read per report
        "<id>": {"kind": "deal", "headline_amount": {"currency": "USD", "amount": 7500000000}}
      }
    }

Verdicts may be written "must-read", "Must read", "worth a skim", "Skip this week" and so on. A field
left out of a week counts as a wrong verdict. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys

sys.dont_write_bytecode = True  # keep the shared folder free of __pycache__
import tomllib
from pathlib import Path


CURRENCY_MARKS = [
    ("HK$", "HKD"), ("S$", "SGD"), ("₹", "INR"),
    ("USD", "USD"), ("EUR", "EUR"), ("JPY", "JPY"), ("GBP", "GBP"), ("CAD", "CAD"), ("SGD", "SGD"),
    ("HKD", "HKD"), ("INR", "INR"), ("CNY", "CNY"), ("RMB", "CNY"), ("AUD", "AUD"),
    ("US$", "USD"), ("A$", "AUD"), ("NT$", "TWD"), ("C$", "CAD"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"),
    ("¥", "JPY"), ("₩", "KRW"), ("CHF ", "CHF"), ("CHF", "CHF"), ("RM", "MYR"),
]
SCALES = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9,
    "t": 1e12, "tn": 1e12, "trillion": 1e12, "lakh": 1e5, "crore": 1e7,
}
AMOUNT = re.compile(
    r"(?<![A-Za-z])(?P<cur>HK\$|S\$|US\$|A\$|NT\$|C\$|\$|€|£|¥|₩|₹|CHF ?|RM|(?:USD|EUR|JPY|GBP|CAD|SGD|HKD|INR|CNY|RMB|AUD) )"
    r"\s?(?P<num>\d[\d,]*(?:\.\d+)?)\s?"
    r"(?P<scale>thousand|million|billion|trillion|crore|lakh|mn|bn|tn|[kmbtKMBT](?![a-z]))?"
    r"|(?P<num2>\d[\d,]*(?:\.\d+)?)\s(?P<scale2>million|billion|trillion)\s(?P<word>dollars|euros|pounds|yen|won|rupees)",
)
WORD_CURRENCY = {"dollars": "USD", "euros": "EUR", "pounds": "GBP", "yen": "JPY", "won": "KRW", "rupees": "INR"}


def amounts_in(text: str, skip_valuations: bool = False) -> list[tuple[str, float]]:
    """Money amounts in free text, as (ISO currency, value in units).

    With skip_valuations, an amount named as a valuation ("at a $95 billion valuation", "valued at
    $2.45B") is left out: a reason may quote a valuation as long as it calls it one.
    """
    found = []
    for match in AMOUNT.finditer(text):
        if skip_valuations:
            around = text[max(0, match.start() - 15): match.end() + 15].lower()
            if "valuation" in around or "valued" in around:
                continue
        if match.group("num2"):
            value = float(match.group("num2").replace(",", "")) * SCALES[match.group("scale2")]
            found.append((WORD_CURRENCY[match.group("word")], value))
            continue
        mark = match.group("cur").strip()
        currency = next(code for sign, code in CURRENCY_MARKS if sign.strip() == mark)
        value = float(match.group("num").replace(",", ""))
        scale = (match.group("scale") or "").lower()
        found.append((currency, value * SCALES.get(scale, 1)))
    return found


def same_amount(a: tuple[str, float], b: tuple[str, float]) -> bool:
    return a[0] == b[0] and abs(a[1] - b[1]) <= 0.01 * max(a[1], b[1])


def norm_verdict(value: str) -> str:
    text = re.sub(r"[^a-z]+", " ", value.lower()).strip()
    if text.startswith("must"):
        return "must-read"
    if "skim" in text:
        return "worth-a-skim"
    if text.startswith("skip"):
        return "skip"
    return text


def perfect(labels: dict) -> dict:
    out: dict = {}
    for week in labels["weeks"]:
        out[week] = {}
        for slug, table in labels["week"][week]["field"].items():
            top = list(table.get("top3", []))
            for rid in table["reports"]:
                if rid not in top and rid not in table.get("must_not_lead", []):
                    top.append(rid)
            top += [r for r in table.get("must_not_lead", []) if r not in top]
            if table.get("top1") and top and top[0] != table["top1"]:
                top.remove(table["top1"])
                top.insert(0, table["top1"])
            out[week][slug] = {"verdict": table["verdict"], "reason": table["reason"], "top": top[:3]}
    out["reports"] = {
        r["id"]: {"kind": r["kind"], "headline_amount": r.get("headline_amount")} for r in labels["report"]
    }
    return out


def score(labels: dict, predictions: dict, verbose: bool) -> int:
    reports = {r["id"]: r for r in labels["report"]}
    tally = {k: [0, 0] for k in ["verdict", "top1", "top3", "must_not_lead", "reason_amount",
                                 "reason_no_incidental", "kind", "headline_amount"]}
    confusion: dict[tuple[str, str], int] = {}

    def count(name: str, ok: bool) -> None:
        tally[name][0] += int(ok)
        tally[name][1] += 1

    for week in labels["weeks"]:
        guessed_week = predictions.get(week, {})
        for slug, gold in labels["week"][week]["field"].items():
            guess = guessed_week.get(slug, {})
            verdict = norm_verdict(guess.get("verdict", ""))
            confusion[(gold["verdict"], verdict)] = confusion.get((gold["verdict"], verdict), 0) + 1
            count("verdict", verdict == gold["verdict"])
            top = list(guess.get("top", []))
            notes = []
            if gold.get("top1"):
                ok = bool(top) and top[0] in [gold["top1"], *gold.get("top1_also_ok", [])]
                count("top1", ok)
                notes.append("top1 " + ("ok" if ok else "WRONG"))
            if gold.get("top3"):
                order = gold.get("top3_order", "strict")
                want = gold["top3"]
                if order == "strict":
                    ok = top[: len(want)] == want
                elif order == "first-only":
                    ok = bool(top) and top[0] == want[0] and all(w in top[:3] for w in want)
                else:
                    ok = all(w in top[:3] for w in want)
                count("top3", ok)
            if gold.get("must_not_lead") and top:
                ok = top[0] not in gold["must_not_lead"]
                count("must_not_lead", ok)
                if not ok:
                    notes.append("trap report leads")
            reason = guess.get("reason", "")
            said = amounts_in(reason)
            if gold.get("reason_amount"):
                want_amount = (gold["reason_amount"]["currency"], float(gold["reason_amount"]["amount"]))
                ok = any(same_amount(a, want_amount) for a in said)
                count("reason_amount", ok)
                if not ok:
                    notes.append(f"reason lacks {gold['reason_amount']['text']}")
            headline = [
                (r["headline_amount"]["currency"], float(r["headline_amount"]["amount"]))
                for rid in gold["reports"] if (r := reports[rid]).get("headline_amount")
            ]
            incidental = [
                (a["currency"], float(a["amount"]))
                for rid in gold["reports"] for a in reports[rid]["incidental_amounts"]
                if a.get("role") != "conversion"  # the headline in a second currency is not a wrong figure
            ]
            wrong = [a for a in amounts_in(reason, skip_valuations=True)
                     if any(same_amount(a, i) for i in incidental)
                     and not any(same_amount(a, h) for h in headline)]
            count("reason_no_incidental", not wrong)
            if wrong:
                notes.append(f"reason cites incidental {wrong}")
            if verbose:
                mark = "ok " if verdict == gold["verdict"] else "XX "
                print(f"{mark}{week} {slug:14} gold={gold['verdict']:12} got={verdict or '-':12} "
                      + "; ".join(notes))
    for rid, guess in predictions.get("reports", {}).items():
        gold = reports.get(rid)
        if gold is None or gold.get("duplicate_of"):
            continue
        if "kind" in guess:
            count("kind", guess["kind"] == gold["kind"])
        if "headline_amount" in guess:
            want = gold.get("headline_amount")
            got = guess.get("headline_amount")
            if not want or not got:
                ok = not want and not got
            else:
                ok = same_amount((got["currency"], float(got["amount"])), (want["currency"], float(want["amount"])))
            count("headline_amount", ok)
    print("metric                 correct / total")
    for name, (good, total) in tally.items():
        if total:
            print(f"{name:22} {good:4d} / {total:<4d} ({100 * good / total:.0f}%)")
    print("verdict confusion (gold -> predicted):")
    for (gold_v, got_v), n in sorted(confusion.items()):
        print(f"  {gold_v:12} -> {got_v or '(missing)':12} {n}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description="Score a curation run against labels.toml.")
    parser.add_argument("predictions", nargs="?", help="predictions JSON file")
    parser.add_argument("--labels", default="labels.toml")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--perfect", action="store_true", help="print a predictions file built from the labels")
    args = parser.parse_args()
    labels = tomllib.loads(Path(args.labels).read_text(encoding="utf-8"))
    if args.perfect:
        json.dump(perfect(labels), sys.stdout, indent=1, ensure_ascii=False)
        print()
        return 0
    if not args.predictions:
        parser.error("give a predictions file, or --perfect")
    predictions = json.loads(Path(args.predictions).read_text(encoding="utf-8"))
    return score(labels, predictions, args.verbose)


if __name__ == "__main__":
    raise SystemExit(main())
