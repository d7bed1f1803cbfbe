"""The public archive pages in Debian's chromium: desktop and mobile, light and dark, axe-core."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from newsletter.db.issuestore import mark_issue_sent
from newsletter.editorial import EditorialConfig
from newsletter.issues import freeze_issue
from newsletter.render.sample import sample_issue
from newsletter.weeks import parse_week
from tests.axe import serious_violations
from tests.web.conftest import LiveServer

pytestmark = pytest.mark.browser

PAGES = ["/archive", "/archive/2026-W48", "/archive/field/quantum", "/archive/field/space"]


@pytest.fixture
def archive_server(
    live_server: Callable[..., LiveServer], editorial: EditorialConfig
) -> LiveServer:
    """A live server whose archive holds the sample week and the week before it."""
    server = live_server()
    engine = server.app.state.engine
    issue = sample_issue(editorial)
    earlier = parse_week(issue.id).previous()
    for published in (dataclasses.replace(issue, id=earlier.id, week_start=earlier.start), issue):
        freeze_issue(engine, published)
        mark_issue_sent(engine, published.id)
    return server


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1024, 375])
def test_archive_pages_accessible_and_fit_the_screen(
    browser: Browser, archive_server: LiveServer, tmp_path: Path, width: int, scheme: str
) -> None:
    """Every archive page: no serious axe violation, no sideways scroll, one h1, landmarks."""
    context = browser.new_context(
        viewport={"width": width, "height": 900},
        color_scheme=scheme,
        device_scale_factor=1,
        bypass_csp=True,  # lets the test inject axe; the pages themselves run no script
    )
    page = context.new_page()
    try:
        for path in PAGES:
            response = page.goto(archive_server.url + path)
            assert response is not None
            assert response.status == 200, path
            assert serious_violations(page) == [], path
            assert page.evaluate("document.documentElement.scrollWidth") <= width, path
            assert page.locator("h1").count() == 1, path
            assert page.locator("main").count() == 1, path
            assert page.locator("header").count() >= 1, path
            assert page.get_by_role("link", name="All issues").count() >= 1, path
            name = path.strip("/").replace("/", "-")
            page.screenshot(path=str(tmp_path / f"{name}-{width}-{scheme}.png"), full_page=True)
    finally:
        context.close()


def test_web_version_links_back_and_to_subscribe(
    browser: Browser, archive_server: LiveServer
) -> None:
    """From the web version a reader goes back to the list and on to the subscribe form."""
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    try:
        page.goto(archive_server.url + "/archive/2026-W48")
        page.get_by_role("link", name="Subscribe to Weekly Tech Intelligence").first.click()
        page.wait_for_url("**/subscribe")
        page.goto(archive_server.url + "/archive/2026-W48")
        page.get_by_role("navigation", name="Archive").get_by_role("link").click()
        page.wait_for_url("**/archive")
        assert page.locator("li.issue").count() == 2
        page.get_by_role("link", name="Quantum").first.click()
        page.wait_for_url("**/archive/field/quantum")
    finally:
        context.close()


SCORE_LINES = """() => [...document.querySelectorAll('tr.nl-bar-row > td:nth-child(2)')].map(td => {
  const range = document.createRange();
  range.selectNodeContents(td);
  return [td.textContent.trim(), range.getClientRects().length];
})"""


@pytest.mark.parametrize("width", [1024, 375])
def test_web_version_prints_each_score_on_one_line(
    browser: Browser,
    live_server: Callable[..., LiveServer],
    editorial: EditorialConfig,
    width: int,
) -> None:
    """The site's border-box sizing must not break a score of 100 into "10" over "0"."""
    server = live_server()
    issue = sample_issue(editorial)
    top = dataclasses.replace(issue.verdicts[0], score=100)
    issue = dataclasses.replace(issue, verdicts=(top, *issue.verdicts[1:]))
    freeze_issue(server.app.state.engine, issue)
    mark_issue_sent(server.app.state.engine, issue.id)
    context = browser.new_context(viewport={"width": width, "height": 900}, device_scale_factor=1)
    page = context.new_page()
    try:
        page.goto(f"{server.url}/archive/{issue.id}")
        scores = page.evaluate(SCORE_LINES)
    finally:
        context.close()
    assert "100" in [text for text, _ in scores]  # the widest score is among them
    assert [(text, lines) for text, lines in scores if lines != 1] == []
