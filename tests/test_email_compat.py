"""Email-client compatibility: caniemail's data (doiuse-email) for Gmail, Outlook and Apple Mail.

MJML's own boilerplate already uses features some of these clients lack; those are listed, each
with the reason it is acceptable, in tests/email_compat_baseline.json. The templates may add
nothing beyond it. Needs ``npm ci`` (package-lock.json pins doiuse-email); skips without
node_modules locally and fails under CI=true.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from newsletter.editorial import EMBEDDED_CONFIG, EditorialConfig, load_editorial
from newsletter.render import Renderer
from newsletter.render.mjml import compile_mjml
from newsletter.render.sample import sample_issue
from tests.conftest import IN_CI, REPO

SCRIPT = REPO / "tests" / "email_compat.mjs"
BASELINE_FILE = REPO / "tests" / "email_compat_baseline.json"
POSTAL = "Troy-Technical, 1 Example Street, 10115 Berlin, Germany"
# The smallest MJML document using every component and attribute kind our templates use;
# what the check reports for it is MJML's boilerplate, not ours.
MJML_PROBE = """<mjml lang="en"><mj-head><mj-title>T</mj-title><mj-preview>Preview</mj-preview>
<mj-attributes><mj-all font-family="Arial" /></mj-attributes><mj-style>.a { color: #111111; }</mj-style>
</mj-head><mj-body background-color="#f3f4f6" width="600px" css-class="page">
<mj-section background-color="#ffffff" css-class="card" border-top="4px solid #000000" padding="0">
<mj-column width="36%" css-class="c"><mj-text>Hi</mj-text><mj-table><tr><td>x</td></tr></mj-table>
</mj-column><mj-column width="64%"><mj-text>There</mj-text></mj-column></mj-section>
<mj-section><mj-column><mj-text>Footer</mj-text></mj-column></mj-section></mj-body></mjml>"""


def require_doiuse() -> str:
    """Return node's path; skip when node or node_modules is missing, fail under CI=true."""
    node = shutil.which("node")
    if node and (REPO / "node_modules" / "doiuse-email").is_dir():
        return node
    message = "doiuse-email is not installed: run `npm ci` in the repo (needs node and npm)"
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


def unsupported(pages: dict[str, str], folder: Path) -> dict[str, set[str]]:
    """Run the node check on each page; return its unsupported ``feature | client`` pairs."""
    node = require_doiuse()
    paths = {}
    for name, html in pages.items():
        path = folder / f"{name}.html"
        path.write_text(html, encoding="utf-8")
        paths[str(path)] = name
    result = subprocess.run(
        [node, str(SCRIPT), *paths], capture_output=True, text=True, check=True, timeout=120
    )
    report: dict[str, list[str]] = json.loads(result.stdout)
    return {paths[path]: set(pairs) for path, pairs in report.items()}


def baseline() -> set[str]:
    """The reviewed ``feature | client`` pairs of MJML's boilerplate."""
    data = json.loads(BASELINE_FILE.read_text(encoding="utf-8"))
    assert all(reason.strip() for reason in data["features"].values()), "every entry needs a why"
    return set(data["features"])


def deliberate() -> set[str]:
    """The reviewed ``feature | client`` pairs our templates add on purpose (enhancements)."""
    data = json.loads(BASELINE_FILE.read_text(encoding="utf-8"))
    assert all(reason.strip() for reason in data["deliberate"].values()), "every entry needs a why"
    return set(data["deliberate"])


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[str]]:
    """The check's findings for the MJML probe, several variants, the archive and a bad override."""
    editorial: EditorialConfig = load_editorial(EMBEDDED_CONFIG)
    issue = sample_issue(editorial)
    renderer = Renderer(editorial, base_url="https://news.example.com", postal_address=POSTAL)
    folder = tmp_path_factory.mktemp("compat")
    override = folder / "templates"
    (override / "email").mkdir(parents=True)
    (override / "email" / "footer.mjml.j2").write_text(
        '<mj-section><mj-column><mj-text><span style="border-radius:8px;">Round</span>'
        "</mj-text></mj-column></mj-section>\n",
        encoding="utf-8",
    )
    rounded = Renderer(
        editorial, base_url="https://x.test", postal_address=POSTAL, templates_dir=override
    )
    pages = {
        "probe": compile_mjml(MJML_PROBE, "probe"),
        "all-fields": renderer.render_variant(issue, frozenset(editorial.field_slugs)).html,
        "quantum": renderer.render_variant(issue, frozenset({"quantum"})).html,
        "quiet": renderer.render_variant(issue, frozenset({"space", "cybersecurity"})).html,
        "archive": renderer.render_archive(issue),
        "rounded": rounded.render_variant(issue, frozenset({"quantum"})).html,
    }
    return unsupported(pages, folder)


@pytest.mark.parametrize("page", ["all-fields", "quantum", "quiet", "archive"])
def test_templates_add_no_unsupported_feature(report: dict[str, set[str]], page: str) -> None:
    """Every feature Gmail, Outlook or Apple Mail lacks in our emails is MJML's or a reviewed one."""
    extra = sorted(report[page] - baseline() - deliberate())
    assert not extra, (
        f"The {page} email uses features some clients lack, beyond MJML's boilerplate: {extra}. "
        "Change the template, or review the feature and list it with its reason under "
        "'deliberate' in tests/email_compat_baseline.json."
    )


def test_baseline_is_exactly_mjml_boilerplate(report: dict[str, set[str]]) -> None:
    """The baseline lists what MJML itself emits: nothing missing, nothing stale."""
    assert report["probe"], "the probe should report MJML's known gaps (e.g. @media in Outlook)"
    assert report["probe"] == baseline(), (
        f"MJML's boilerplate changed: new {sorted(report['probe'] - baseline())}, "
        f"gone {sorted(baseline() - report['probe'])}; review and update the baseline."
    )


def test_the_check_catches_a_feature_a_template_adds(report: dict[str, set[str]]) -> None:
    """A template using border-radius (unsupported in Outlook for Windows) is reported."""
    extra = report["rounded"] - baseline()
    assert "border-radius | outlook.windows" in extra
