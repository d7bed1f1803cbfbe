"""axe-core (npm, pinned in package-lock.json) run inside a Playwright page.

The script is injected from node_modules, never fetched: pages under test refuse every network
request. ``serious_violations`` returns what a test must see empty.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page

from tests.conftest import IN_CI, REPO

AXE_SCRIPT = REPO / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING_IMPACTS = frozenset({"serious", "critical"})


def axe_source() -> str:
    """Return axe-core's script; skip when `npm ci` has not run, fail under CI=true."""
    if AXE_SCRIPT.is_file():
        return Path(AXE_SCRIPT).read_text(encoding="utf-8")
    message = "axe-core is not installed: run `npm ci` in the repo (needs node and npm)"
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


def serious_violations(page: Page) -> list[dict[str, Any]]:
    """Run axe on the page (WCAG 2.x A and AA rules plus best practices); return the serious
    and critical violations as ``{id, impact, help, targets}``."""
    page.add_script_tag(content=axe_source())
    result: dict[str, Any] = page.evaluate(
        """async () => await axe.run(document, {
            runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]},
            resultTypes: ["violations"],
        })"""
    )
    return [
        {
            "id": violation["id"],
            "impact": violation["impact"],
            "help": violation["help"],
            "targets": [node["target"] for node in violation["nodes"]][:5],
        }
        for violation in result["violations"]
        if violation["impact"] in BLOCKING_IMPACTS
    ]
