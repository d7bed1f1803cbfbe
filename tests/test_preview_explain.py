"""The preview server's "Why these verdicts" page (``/explain``) over the collected sample week."""

from __future__ import annotations

import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import lxml.html
import pytest
import sqlalchemy as sa
from playwright.sync_api import Browser
from typer.testing import CliRunner

from newsletter.articles import save_articles
from newsletter.cli import app
from newsletter.collect.run import collect_feeds
from newsletter.config import Settings
from newsletter.curate.explain import FieldExplanation, explain_issue
from newsletter.db.issuestore import mark_issue_sent
from newsletter.editorial import EMBEDDED_CONFIG, EditorialConfig, load_editorial
from newsletter.issues import build_issue, freeze_issue, history_articles, week_articles
from newsletter.preview.session import PreviewSession
from newsletter.sample_week import SAMPLE_CLOCK, SAMPLE_WEEK_ID
from newsletter.weeks import parse_week
from tests.axe import serious_violations
from tests.factories import make_article
from tests.test_preview_server import serving_preview, touch_later

REPO = Path(__file__).resolve().parent.parent
WEEK = parse_week(SAMPLE_WEEK_ID)
HOSTILE_TITLE = '<script>alert("t")</script><img src=x onerror=alert(1)> & "quotes"'


@dataclass
class ExplainServer:
    """A running preview server over the collected sample week, and what it reads."""

    url: str
    engine: sa.Engine
    config: Path
    draft: Path

    def editorial(self) -> EditorialConfig:
        """Return the editorial config the server reads."""
        return load_editorial(self.config)

    def explained(self) -> list[FieldExplanation]:
        """Return what `preview --explain` computes for the week now (curate.explain)."""
        editorial = self.editorial()
        issue = build_issue(self.engine, editorial, WEEK, drafts_dir=self.draft.parent)
        articles = week_articles(self.engine, WEEK)
        history = history_articles(self.engine, WEEK)
        return explain_issue(issue, articles, history, editorial)


def write_sample_config(tmp_path: Path) -> Path:
    """Copy the embedded config: sample feeds by absolute path, drafts under ``tmp_path``."""
    text = EMBEDDED_CONFIG.read_text(encoding="utf-8")
    text = text.replace('drafts_dir = "drafts"', f'drafts_dir = "{tmp_path / "drafts"}"')
    text = text.replace('url = "samples/feeds/', f'url = "{REPO / "samples" / "feeds"}/')
    path = tmp_path / "newsletter.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def explain_server(
    tmp_path: Path, settings: Settings, engine: sa.Engine
) -> Iterator[ExplainServer]:
    """Collect the sample feeds into the test database and serve the preview of 2026-W48."""
    config = write_sample_config(tmp_path)
    editorial = load_editorial(config)
    # In a thread of its own: the collector runs an event loop, and chromium's Playwright
    # (module-scoped) already owns this thread's one in the browser test.
    with ThreadPoolExecutor(max_workers=1) as pool:
        report = pool.submit(
            collect_feeds, engine, editorial, list(editorial.feeds), now=SAMPLE_CLOCK, workers=1
        ).result()
    assert not report.nothing_read
    session = PreviewSession(settings.model_copy(update={"config": config}), engine, WEEK)
    with serving_preview(session) as url:
        yield ExplainServer(
            url=url,
            engine=engine,
            config=config,
            draft=tmp_path / "drafts" / f"{WEEK.id}.toml",
        )


def _xpath(selector: str) -> str:
    """Turn ``tag.class`` steps (``td.kind .rule``) into XPath (lxml has no CSS without cssselect)."""
    steps = []
    for step in selector.split():
        tag, _, name = step.partition(".")
        test = f"[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]" if name else ""
        steps.append(f".//{tag or '*'}{test}")
    return "/".join(steps)


def _find(node: lxml.html.HtmlElement, selector: str) -> list[lxml.html.HtmlElement]:
    found: list[lxml.html.HtmlElement] = node.xpath(_xpath(selector))
    return found


def _text(node: lxml.html.HtmlElement, selector: str) -> str:
    found = _find(node, selector)
    assert len(found) == 1, selector
    return " ".join(found[0].text_content().split())


def page_fields(html: str) -> dict[str, dict[str, Any]]:
    """Read the /explain page back as the editor sees it: per field slug, its values and rows."""
    root = lxml.html.fromstring(html)
    fields: dict[str, dict[str, Any]] = {}
    for section in _find(root, "section.explain-field"):
        rows = []
        for row in _find(section, "tr.report"):
            rank = _text(row, "td.rank")
            rows.append(
                {
                    "id": row.get("data-report"),
                    "rank": int(rank.split("(")[0]),
                    "shown": "(not shown)" not in rank,
                    "title": _text(row, "th.title"),
                    "link": [a.get("href") for a in _find(row, "th.title a")],
                    "kind": " ".join(_find(row, "td.kind")[0].text.split()),
                    "rule": _text(row, "td.kind .rule"),
                    "headline": _text(row, "td.headline"),
                    "points": _text(row, "td.points"),
                    "total": _text(row, "td.total"),
                    "draft": _text(row, "td.draft"),
                }
            )
        fields[str(section.get("data-field"))] = {
            "name": _text(section, "h2"),
            "verdict": _text(section, ".verdict"),
            "overridden": bool(_find(section, ".override")),
            "score": int(_text(section, ".score")),
            "must_read": int(_text(section, ".must-read")),
            "worth_a_skim": int(_text(section, ".worth-a-skim")),
            "reason": _text(section, ".reason"),
            "rows": rows,
        }
    return fields


def expected_fields(explained: list[FieldExplanation]) -> dict[str, dict[str, Any]]:
    """The same shape as ``page_fields``, from curate.explain's values (the --explain data)."""
    return {
        field.slug: {
            "name": field.name,
            "verdict": field.verdict.label,
            "overridden": field.overridden,
            "score": field.score,
            "must_read": field.must_read,
            "worth_a_skim": field.worth_a_skim,
            "reason": " ".join(field.reason.split()),
            "rows": [
                {
                    "id": line.article_id,
                    "rank": line.rank,
                    "shown": line.shown,
                    "title": " ".join(line.title.split()),
                    "link": [line.url],
                    "kind": line.kind,
                    "rule": " ".join(line.rule.split()),
                    "headline": line.headline or "—",
                    "points": line.points,
                    "total": line.total,
                    "draft": "pinned"
                    if line.pinned
                    else "dropped by the draft"
                    if line.dropped
                    else "",
                }
                for line in field.reports
            ],
        }
        for field in explained
    }


def pin_and_drop_draft(explained: list[FieldExplanation]) -> tuple[str, str, str]:
    """Return (field, pinned id, dropped id): the field's last report pinned, its second dropped."""
    field = next(f for f in explained if len(f.reports) >= 4)
    pinned, dropped = field.reports[-1].article_id, field.reports[1].article_id
    return field.slug, pinned, dropped


def test_explain_page_numbers_are_the_explain_output(explain_server: ExplainServer) -> None:
    """Every field's verdict, score, thresholds and each report's rank, kind, points match."""
    with httpx.Client(base_url=explain_server.url, timeout=30) as client:
        page = client.get("/explain")
    assert page.status_code == 200
    expected = expected_fields(explain_server.explained())
    assert page_fields(page.text) == expected
    assert len(expected) == 8
    rows = [row for field in expected.values() for row in field["rows"]]
    assert len(rows) >= 10  # the sample week has reports in most fields
    assert any(row["headline"] != "—" for row in rows)
    assert any("," in row["points"] for row in rows)  # more than one factor


def test_explain_page_shows_what_the_draft_pinned_and_dropped(
    explain_server: ExplainServer, monkeypatch: pytest.MonkeyPatch, database_url: str
) -> None:
    """A draft pin and drop: marked on the page and in `preview --explain`, with equal numbers."""
    slug, pinned, dropped = pin_and_drop_draft(explain_server.explained())
    explain_server.draft.parent.mkdir(parents=True, exist_ok=True)
    explain_server.draft.write_text(
        f'[fields.{slug}]\nverdict = "must-read"\npin = ["{pinned}"]\ndrop = ["{dropped}"]\n',
        encoding="utf-8",
    )
    with httpx.Client(base_url=explain_server.url, timeout=30) as client:
        page = client.get("/explain", params={"fields": slug})
    assert page.status_code == 200
    explained = explain_server.explained()
    shown = page_fields(page.text)
    assert list(shown) == [slug]  # only the ticked field
    assert shown == {slug: expected_fields(explained)[slug]}
    rows = {row["id"]: row for row in shown[slug]["rows"]}
    assert rows[pinned]["draft"] == "pinned"
    assert rows[pinned]["rank"] == 1
    assert rows[dropped]["draft"] == "dropped by the draft"
    assert rows[dropped]["rank"] == len(rows)  # left out: listed last
    assert shown[slug]["overridden"] is True
    # The CLI table: same verdict line with thresholds, same marks.
    monkeypatch.setenv("NEWSLETTER_DATABASE_URL", database_url)
    monkeypatch.setenv("NEWSLETTER_CONFIG", str(explain_server.config))
    monkeypatch.setenv("COLUMNS", "250")
    field = next(f for f in explained if f.slug == slug)
    result = CliRunner().invoke(
        app,
        ["preview", "--week", WEEK.id, "--out", str(explain_server.draft.parent.parent / "out")]
        + ["--explain"],
    )
    assert result.exit_code == 0, result.output
    assert (
        f"{field.name}: score {field.score}, Must read, set by the draft "
        f"(must read at {field.must_read}, worth a skim at {field.worth_a_skim})"
    ) in result.output
    assert "pinned" in result.output
    assert "dropped by the draft" in result.output


def test_explain_page_follows_draft_edits(explain_server: ExplainServer) -> None:
    """Editing the draft moves /version, and the page then shows the draft's verdict."""
    with httpx.Client(base_url=explain_server.url, timeout=30) as client:
        first = client.get("/explain", params={"fields": "space"})
        before = re.search(r'data-version="([0-9a-f]+)"', first.text)
        assert before is not None
        assert client.get("/version").json()["version"] == before.group(1)
        touch_later(explain_server.draft, '[fields.space]\nverdict = "must-read"\n')
        after = client.get("/version").json()["version"]
        assert after != before.group(1)
        page = client.get("/explain", params={"fields": "space"})
    fields = page_fields(page.text)
    assert fields["space"]["verdict"] == "Must read"
    assert fields["space"]["overridden"] is True
    assert f'data-version="{after}"' in page.text


def test_explain_page_of_a_sent_week_shows_the_frozen_issue(
    explain_server: ExplainServer,
) -> None:
    """Once sent, /explain says so and explains the frozen verdicts, not later draft edits."""
    with httpx.Client(base_url=explain_server.url, timeout=30) as client:
        client.get("/explain")
        editorial = explain_server.editorial()
        frozen = freeze_issue(
            explain_server.engine,
            build_issue(
                explain_server.engine, editorial, WEEK, drafts_dir=explain_server.draft.parent
            ),
        )
        mark_issue_sent(explain_server.engine, WEEK.id)
        touch_later(explain_server.draft, '[fields.space]\nverdict = "must-read"\n')
        page = client.get("/explain")
    assert page.status_code == 200
    assert "was sent: this preview shows the frozen issue" in page.text
    fields = page_fields(page.text)
    for verdict in frozen.verdicts:
        assert fields[verdict.slug]["verdict"] == verdict.verdict.label
        assert fields[verdict.slug]["score"] == verdict.score
    assert fields["space"]["overridden"] is False


def test_explain_page_escapes_hostile_report_text(explain_server: ExplainServer) -> None:
    """A feed title with markup is shown as text; a javascript: URL never becomes a link."""
    save_articles(
        explain_server.engine,
        [
            make_article(id="hostile-1", title=HOSTILE_TITLE, fields=("ai",)),
            make_article(
                id="hostile-2",
                url="javascript:alert(2)",
                title='Agents "win" <b>big</b>',
                fields=("ai",),
            ),
        ],
    )
    with httpx.Client(base_url=explain_server.url, timeout=30) as client:
        page = client.get("/explain", params={"fields": "ai"})
    assert page.status_code == 200
    assert "<script>alert" not in page.text
    assert "<img src=x" not in page.text
    assert "<b>big</b>" not in page.text
    assert "&lt;script&gt;alert(&#34;t&#34;)&lt;/script&gt;" in page.text
    assert "javascript:" not in page.text
    rows = {row["id"]: row for row in page_fields(page.text)["ai"]["rows"]}
    assert rows["hostile-1"]["title"] == " ".join(HOSTILE_TITLE.split())
    assert rows["hostile-1"]["link"] == ["https://example.com/reports/hostile-1"]
    assert rows["hostile-2"]["title"] == 'Agents "win" <b>big</b>'
    assert rows["hostile-2"]["link"] == []


def test_preview_toolbar_links_to_the_explain_page_keeping_week_and_fields(
    explain_server: ExplainServer,
) -> None:
    """The preview page's toolbar link to /explain keeps the week and the ticked fields."""
    with httpx.Client(base_url=explain_server.url, timeout=30) as client:
        page = client.get("/", params=[("week", WEEK.id), ("fields", "ai"), ("fields", "space")])
        link = lxml.html.fromstring(page.text).xpath("//a[@id='explain-link']")
        assert len(link) == 1
        href = str(link[0].get("href"))
        assert href == f"/explain?week={WEEK.id}&fields=ai&fields=space"
        explain = client.get(href)
    assert list(page_fields(explain.text)) == ["ai", "space"]
    back = lxml.html.fromstring(explain.text).xpath("//nav//a")[0].get("href")
    assert back == f"/?week={WEEK.id}&fields=ai&fields=space"


@pytest.mark.browser
@pytest.mark.parametrize("width", [1024, 375])
def test_explain_page_is_accessible_and_reloads_live(
    browser: Browser, explain_server: ExplainServer, width: int
) -> None:
    """In chromium: no serious axe violation, one h1, headed tables; a draft edit reloads it."""
    save_articles(explain_server.engine, [make_article(id="h1", title=HOSTILE_TITLE)])
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        page.goto(explain_server.url + "/")
        page.get_by_role("link", name="Why these verdicts").click()
        page.wait_for_url("**/explain?**")
        assert serious_violations(page) == []
        assert page.locator("h1").count() == 1
        assert page.locator("main").count() == 1
        assert page.locator("section.explain-field h2").count() == 8
        tables = page.locator("table")
        assert tables.count() >= 5
        assert page.locator("table th[scope=col]").count() == 7 * tables.count()
        assert page.locator("table caption").count() == tables.count()
        space = page.locator("#field-space .verdict")
        assert space.inner_text() != "Must read"
        touch_later(explain_server.draft, '[fields.space]\nverdict = "must-read"\n')
        page.wait_for_function(
            "document.querySelector('#field-space .verdict').textContent === 'Must read'",
            timeout=15_000,
        )
        assert page.get_by_role("rowheader", name=HOSTILE_TITLE).count() == 1  # shown as text
        assert dialogs == []  # the hostile title's script and onerror never ran
    finally:
        context.close()


def test_explain_page_shows_a_draft_mistake_above_the_last_good_explanation(
    explain_server: ExplainServer,
) -> None:
    """A broken draft: /explain names the key and line and keeps the last good explanation."""
    with httpx.Client(base_url=explain_server.url, timeout=30) as client:
        good = client.get("/explain", params={"fields": "quantum"})
        touch_later(explain_server.draft, '[fields.quantum]\nverdict = "maybe"\n')
        broken = client.get("/explain", params={"fields": "quantum"})
    assert broken.status_code == 500
    assert "fields.quantum.verdict" in broken.text
    assert "line 2" in broken.text
    assert "the last good build" in broken.text
    assert page_fields(broken.text) == page_fields(good.text)


@pytest.mark.browser
def test_preview_page_itself_has_no_serious_accessibility_violation(
    browser: Browser, explain_server: ExplainServer
) -> None:
    """The editor's preview page (toolbar, status, panels) passes axe as the explain page does."""
    context = browser.new_context(viewport={"width": 1024, "height": 900})
    page = context.new_page()
    try:
        page.goto(explain_server.url + "/")
        page.wait_for_selector("#status")
        assert serious_violations(page) == []
    finally:
        context.close()
