#!/usr/bin/env python3
"""Turn the draft files that `newsletter preview` writes into a predictions file for score.py.

    python3 from_draft.py drafts/2026-W40.toml drafts/2026-W41.toml > predictions.json

It reads the commented summary the preview puts in each draft (as of the project's commit 97abc67):

    # Quantum Computing: score 89, must-read — 4 reports, incl. …     <- verdict and reason
    # [fields.quantum]                                                  <- field slug
    #     "https://troy-technical.example/?p=48232",  # title…         <- reports, in the product's order

If the draft format changes, write predictions.json from the product's own data instead; score.py's
docstring gives the format. Standard library only.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

SUMMARY = re.compile(r"^# (?P<name>[^:\[]+): score (?P<score>\d+), (?P<verdict>[a-z-]+) — (?P<reason>.*)$")
FIELD = re.compile(r"^# \[fields\.(?P<slug>[a-z0-9_-]+)\]")
REPORT = re.compile(r'^#\s+"(?P<id>[^"]+)",')
WEEK = re.compile(r"(\d{4}-W\d{2})")


def read_draft(path: Path) -> tuple[str, dict]:
    text = path.read_text(encoding="utf-8")
    match = WEEK.search(path.name) or WEEK.search(text)
    if not match:
        raise SystemExit(f"{path}: no ISO week in the file name or text")
    fields: dict = {}
    pending: dict | None = None
    current: dict | None = None
    for line in text.splitlines():
        if (m := SUMMARY.match(line)) is not None:
            pending = {"verdict": m["verdict"], "reason": m["reason"].strip(), "score": int(m["score"]), "top": []}
            current = None
        elif (m := FIELD.match(line)) is not None and pending is not None:
            fields[m["slug"]] = pending
            current, pending = pending, None
        elif (m := REPORT.match(line)) is not None and current is not None:
            current["top"].append(m["id"])
        elif not line.strip() or (line.startswith("# ") and not line.startswith("#  ") and "[fields." not in line
                                  and not re.match(r"# (verdict|note|pin|drop) ", line)):
            current = None  # a blank line or a new section (e.g. the unfiled list) ends the field's list
    return match.group(1), fields


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    out = {}
    for name in sys.argv[1:]:
        week, fields = read_draft(Path(name))
        out[week] = fields
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
