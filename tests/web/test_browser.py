"""The reader's pages in Debian's chromium, driven by links from real outbox messages.

Each test runs the real uvicorn server, the real send job (outbox backend) and a headless
browser: what a reader does with the email they got, end to end, and what the database and
the next send make of it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from newsletter.deliver.job import send_issue
from newsletter.editorial import EditorialConfig
from newsletter.issues import freeze_issue
from newsletter.weeks import parse_week
from tests.factories import make_issue, make_verdict
from tests.web.conftest import LiveServer, add_reader, link_in, outbox_messages

pytestmark = pytest.mark.browser

WEEK, NEXT_WEEK = parse_week("2026-W48"), parse_week("2026-W49")


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh phone-sized browser context (no cookies from other tests)."""
    context = browser.new_context(viewport={"width": 375, "height": 740})
    yield context.new_page()
    context.close()


def freeze_week(server: LiveServer, week_id: str) -> None:
    """Store the issue of ``week_id`` (quantum and ai content) as the one to send."""
    week = parse_week(week_id)
    issue = make_issue(
        id=week.id,
        week_start=week.start,
        title=f"Weekly Tech Intelligence — {week.id}",
        verdicts=(make_verdict("quantum"), make_verdict("ai")),
    )
    freeze_issue(server.app.state.engine, issue)


def send_week(server: LiveServer, editorial: EditorialConfig, week_id: str) -> set[str]:
    """Run the real send job into the outbox; return the subscriber ids that got a message."""
    freeze_week(server, week_id)
    summary = send_issue(server.settings, editorial, server.app.state.engine, parse_week(week_id))
    assert summary.failed == 0
    folder = server.settings.outbox_dir / week_id
    return {path.stem for path in folder.glob("*.eml")}


def read_message(path: Path) -> EmailMessage:
    """Parse one .eml file."""
    return message_from_bytes(path.read_bytes(), policy=policy.default)  # type: ignore[return-value]


def test_unsubscribe_from_the_outbox_message(
    live_server: Callable[..., LiveServer], editorial: EditorialConfig, page: Page
) -> None:
    """Open the email's unsubscribe link, see the choices, click, see it done; the next send skips them."""
    server = live_server()
    store = server.web.store
    leaving = add_reader(store, "sam@example.com", ("quantum", "ai"))
    staying = add_reader(store, "tia@example.com", ("quantum",))
    assert send_week(server, editorial, WEEK.id) == {leaving.id, staying.id}

    message = read_message(server.settings.outbox_dir / WEEK.id / f"{leaving.id}.eml")
    header = message["List-Unsubscribe"]
    unsubscribe_url = re.search(r"<(https?://[^>]+)>", header).group(1)  # type: ignore[union-attr]
    assert unsubscribe_url.startswith(server.url + "/u/")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    page.goto(unsubscribe_url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Unsubscribe")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375  # fits a phone
    expect(page.get_by_text("s•••@example.com", exact=False)).to_be_visible()
    expect(page.get_by_role("link", name="Change my preferences instead")).to_be_visible()
    assert store.get(leaving.id).status == "active"  # opening the page changed nothing

    page.get_by_role("button", name="Unsubscribe from everything").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("You are unsubscribed")
    expect(page.get_by_role("link", name=re.compile("Resubscribe"))).to_be_visible()

    assert store.get(leaving.id).status == "unsubscribed"
    assert send_week(server, editorial, NEXT_WEEK.id) == {staying.id}


def test_one_field_unsubscribe_from_the_email_footer(
    live_server: Callable[..., LiveServer], editorial: EditorialConfig, page: Page
) -> None:
    """The footer's one-field link offers that field only; the reader keeps the other field."""
    server = live_server()
    store = server.web.store
    reader = add_reader(store, "uma@example.com", ("quantum", "ai"))
    send_week(server, editorial, WEEK.id)
    html = read_message(server.settings.outbox_dir / WEEK.id / f"{reader.id}.eml")
    part = html.get_body(preferencelist=("html",))
    assert part is not None
    body = part.get_content()  # type: ignore[attr-defined]
    field_link = re.search(r'href="(https?://[^"]+/u/[^"]+\?field=ai)"', body)
    assert field_link is not None

    page.goto(field_link.group(1).replace("&amp;", "&"))
    page.get_by_role("button", name="Unsubscribe from Artificial Intelligence only").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Artificial Intelligence")
    after = store.get(reader.id)
    assert (after.status, after.fields) == ("active", frozenset({"quantum"}))


def test_subscribe_then_confirm_from_the_outbox(
    live_server: Callable[..., LiveServer], editorial: EditorialConfig, page: Page
) -> None:
    """Fill the form, get the confirmation email in the outbox, open it, confirm: active and sent to."""
    server = live_server()
    store = server.web.store

    page.goto(server.url + "/subscribe")
    expect(page).to_have_title(re.compile("Subscribe"))
    assert page.evaluate("document.documentElement.scrollWidth") <= 375  # no sideways scroll
    page.get_by_label("Email address").fill("vic@example.com")
    page.get_by_label("Quantum Computing").check()
    page.get_by_label("Artificial Intelligence").check()
    page.get_by_label("I agree to receive the newsletter").check()
    page.get_by_role("button", name=re.compile("Subscribe Free")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your inbox")

    reader = store.find_by_email("vic@example.com")
    assert reader is not None
    assert reader.status == "pending"
    (message,) = outbox_messages(server.settings.outbox_dir)
    confirm_url = link_in(message, "confirm")
    assert confirm_url.startswith(server.url + "/confirm/")

    page.goto(confirm_url)
    assert store.get(reader.id).status == "pending"  # a prefetch would not confirm
    page.get_by_role("button", name="Confirm my subscription").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("You are subscribed")

    confirmed = store.get(reader.id)
    assert confirmed.status == "active"
    assert confirmed.fields == {"quantum", "ai"}
    assert confirmed.confirmed_at is not None
    assert confirmed.confirmed_at <= dt.datetime.now(dt.UTC)
    assert send_week(server, editorial, WEEK.id) == {reader.id}


def test_subscribe_form_tells_what_is_missing(
    live_server: Callable[..., LiveServer], page: Page
) -> None:
    """Submitting without consent keeps the choices and names the missing box, accessibly."""
    server = live_server()
    page.goto(server.url + "/subscribe")
    page.get_by_label("Email address").fill("wes@example.com")
    page.get_by_label("Space").check()
    page.get_by_role("button", name=re.compile("Subscribe Free")).click()
    expect(page.get_by_text("Tick the box to agree")).to_be_visible()
    expect(page.get_by_label("Email address")).to_have_value("wes@example.com")
    expect(page.get_by_label("Space")).to_be_checked()
    assert server.web.store.find_by_email("wes@example.com") is None
