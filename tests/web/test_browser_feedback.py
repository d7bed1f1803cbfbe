"""Verdict feedback in Debian's chromium, from the Yes / No links of a real outbox message.

The real uvicorn server, the real send job (outbox backend) and a headless browser: the
reader opens "No" under a field's verdict, sees one button, presses it, and the vote is
stored once; opening alone stores nothing; a tampered link gets a clear page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
import sqlalchemy as sa
from playwright.sync_api import Browser, Page, expect

from newsletter.editorial import EditorialConfig
from subscribers.tables import votes
from tests.axe import serious_violations
from tests.web.conftest import LiveServer, add_reader
from tests.web.test_browser import WEEK, read_message, send_week

pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh phone-sized browser context (no cookies from other tests)."""
    context = browser.new_context(viewport={"width": 375, "height": 740})
    yield context.new_page()
    context.close()


FEEDBACK_LINK = re.compile(r'href="(https?://[^"]+/feedback/[A-Za-z0-9_-]+/(\w[\w-]*)/(yes|no))"')


def stored_votes(server: LiveServer) -> list[tuple[str, str, str, str | None]]:
    """Return every vote as (field, vote, verdict shown, comment)."""
    engine: sa.Engine = server.app.state.engine
    with engine.connect() as connection:
        rows = connection.execute(
            sa.select(votes.c.field_slug, votes.c.vote, votes.c.verdict, votes.c.comment)
        )
        return [tuple(row) for row in rows]


def feedback_links(server: LiveServer, subscriber_id: str) -> dict[tuple[str, str], str]:
    """Return the message's feedback links by (field, vote), checking HTML and text agree."""
    message = read_message(server.settings.outbox_dir / WEEK.id / f"{subscriber_id}.eml")
    html_part = message.get_body(preferencelist=("html",))
    text_part = message.get_body(preferencelist=("plain",))
    assert html_part is not None
    assert text_part is not None
    html: str = html_part.get_content()
    text: str = text_part.get_content()
    links = {(field, vote): url for url, field, vote in FEEDBACK_LINK.findall(html)}
    for url in links.values():
        assert url in text
        assert url.startswith(server.url + "/feedback/")
    return links


def test_no_from_the_email_records_one_vote_only_when_pressed(
    live_server: Callable[..., LiveServer], editorial: EditorialConfig, page: Page
) -> None:
    """Follow "No" from the outbox email: the page records nothing until the button is pressed, then one vote."""
    server = live_server()
    reader = add_reader(server.web.store, "fay@example.com", ("quantum", "ai"))
    send_week(server, editorial, WEEK.id)
    links = feedback_links(server, reader.id)
    assert set(links) == {(f, v) for f in ("quantum", "ai") for v in ("yes", "no")}

    page.goto(links[("ai", "no")])
    expect(page.get_by_role("heading", level=1)).to_have_text("Was this call right?")
    expect(page.get_by_role("button", name="Record: this call was wrong")).to_be_visible()
    page.reload()  # a scanner or a second look: still nothing
    assert stored_votes(server) == []
    assert "fay@example.com" not in page.content()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375

    page.get_by_label("Why? (optional, one line)").fill("Nothing new in these reports")
    page.get_by_role("button", name="Record: this call was wrong").click()
    expect(page.get_by_role("status")).to_have_text("Recorded: you said this call was wrong.")
    [(field, vote, shown, comment)] = stored_votes(server)
    assert (field, vote, comment) == ("ai", "no", "Nothing new in these reports")
    assert shown in ("must-read", "worth-a-skim", "skip")

    # Voting twice keeps one vote; the page's change button replaces it.
    page.goto(links[("ai", "no")])
    expect(page.get_by_text("You said before that this call was wrong")).to_be_visible()
    page.get_by_role("button", name="Record: this call was wrong").click()
    assert len(stored_votes(server)) == 1
    page.get_by_role("button", name="Change: this call was right").click()
    expect(page.get_by_role("status")).to_have_text("Recorded: you said this call was right.")
    assert [(f, v) for f, v, _, _ in stored_votes(server)] == [("ai", "yes")]


def test_a_tampered_feedback_link_gets_a_clear_page(
    live_server: Callable[..., LiveServer], editorial: EditorialConfig, page: Page
) -> None:
    """A link with one character changed answers 400 with a page saying what to do, and no vote."""
    server = live_server()
    reader = add_reader(server.web.store, "gil@example.com", ("quantum",))
    send_week(server, editorial, WEEK.id)
    url = feedback_links(server, reader.id)[("quantum", "no")]
    token = url.split("/feedback/")[1].split("/")[0]
    changed = token[:5] + ("A" if token[5] != "A" else "B") + token[6:]
    response = page.goto(url.replace(token, changed))
    assert response is not None
    assert response.status == 400
    expect(page.get_by_role("heading", level=1)).to_have_text("This link does not work")
    expect(page.get_by_text("use the Yes or No link from the email")).to_be_visible()
    assert page.get_by_role("button").count() == 0
    assert stored_votes(server) == []


def test_feedback_pages_have_no_serious_accessibility_violation(
    live_server: Callable[..., LiveServer], editorial: EditorialConfig, browser: Browser
) -> None:
    """axe-core finds no serious violation on the one-button page and the thank-you page."""
    server = live_server()
    reader = add_reader(server.web.store, "hal@example.com", ("ai",))
    send_week(server, editorial, WEEK.id)
    url = feedback_links(server, reader.id)[("ai", "yes")]
    # bypass_csp lets the test inject axe; the pages themselves run no script.
    context = browser.new_context(viewport={"width": 375, "height": 740}, bypass_csp=True)
    try:
        page = context.new_page()
        page.goto(url)
        assert serious_violations(page) == []
        page.get_by_role("button", name="Record: this call was right").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Thank you")
        assert serious_violations(page) == []
    finally:
        context.close()
