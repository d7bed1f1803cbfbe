"""``/feedback/{token}/{field}/{vote}``: GET shows, POST records one vote per reader, field and issue."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
import sqlalchemy as sa
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from newsletter.config import Settings
from newsletter.deliver.job import send_issue
from newsletter.editorial import EditorialConfig
from newsletter.issues import freeze_issue
from newsletter.web.feedback import MAX_BODY_BYTES, OPEN_ISSUES, VOTES_PER_LINK_PER_HOUR
from newsletter.weeks import parse_week
from subscribers.feedback_tokens import FeedbackTokens
from subscribers.store import SubscriberStore
from subscribers.tables import votes
from subscribers.tokens import TokenSigner
from tests.factories import make_issue, make_verdict
from tests.web.conftest import add_reader

WEEK = parse_week("2026-W48")


def send_week(app: FastAPI, settings: Settings, editorial: EditorialConfig) -> None:
    """Freeze an issue with quantum (must read) and ai (worth a skim) and send it to the outbox."""
    issue = make_issue(verdicts=(make_verdict("quantum"), make_verdict("ai", score=45)))
    freeze_issue(app.state.engine, issue)
    summary = send_issue(settings, editorial, app.state.engine, WEEK)
    assert summary.failed == 0


def link(settings: Settings, subscriber_id: str, field: str, vote: str, week: str = WEEK.id) -> str:
    """Return the path of a reader's feedback link."""
    token = FeedbackTokens(settings.all_secret_keys()).token(week, subscriber_id)
    return f"/feedback/{token}/{field}/{vote}"


def stored_votes(engine: sa.Engine) -> list[sa.Row[tuple[object, ...]]]:
    """Return every stored vote row."""
    with engine.connect() as connection:
        return list(connection.execute(sa.select(votes).order_by(votes.c.id)))


@pytest.fixture
def reader_id(
    app: FastAPI, settings: Settings, editorial: EditorialConfig, store: SubscriberStore
) -> str:
    """A reader of quantum only, sent the 2026-W48 issue."""
    reader = add_reader(store, "vera@example.com", ("quantum",))
    add_reader(store, "will@example.com", ("quantum", "ai"))
    send_week(app, settings, editorial)
    return reader.id


def test_get_shows_one_button_and_records_nothing(
    client: TestClient, settings: Settings, reader_id: str, engine_of_app: sa.Engine
) -> None:
    """Opening the link (as a scanner would, GET and HEAD) shows the button and stores no vote."""
    path = link(settings, reader_id, "quantum", "no")
    for _ in range(3):
        page = client.get(path)
        assert page.status_code == 200
        assert "Record: this call was wrong" in page.text
        assert "Must read" in page.text
        assert "@" not in page.text.replace("@example", "")  # no address
        assert "vera" not in page.text
    head = client.head(path)
    assert head.status_code == 200
    assert head.content == b""
    assert stored_votes(engine_of_app) == []


def test_post_records_once_and_a_second_post_changes_it(
    client: TestClient, settings: Settings, reader_id: str, engine_of_app: sa.Engine
) -> None:
    """POST stores one vote; the same POST again keeps one; the other vote replaces it."""
    no = link(settings, reader_id, "quantum", "no")
    first = client.post(no, data={"comment": "Nothing new\nin these reports"})
    assert first.status_code == 200
    assert "Recorded: you said this call was wrong." in first.text
    client.post(no, data={"comment": "Nothing new\nin these reports"})
    rows = stored_votes(engine_of_app)
    assert [(r.issue_id, r.field_slug, r.vote, r.verdict) for r in rows] == [
        ("2026-W48", "quantum", "no", "must-read")
    ]
    assert rows[0].comment == "Nothing new in these reports"
    assert rows[0].voter_key is not None
    assert reader_id not in rows[0].voter_key

    # The thank-you page's change button keeps the comment.
    form = re.search(r'<form method="post" action="([^"]+)"(.*?)</form>', first.text, re.S)
    assert form is not None
    assert form.group(1) == link(settings, reader_id, "quantum", "yes")
    kept = re.search(r'name="comment" value="([^"]*)"', form.group(2))
    assert kept is not None
    changed = client.post(form.group(1), data={"comment": kept.group(1)})
    assert "this call was right" in changed.text
    rows = stored_votes(engine_of_app)
    assert [(r.vote, r.comment) for r in rows] == [("yes", "Nothing new in these reports")]
    client.post(link(settings, reader_id, "quantum", "no"))  # no comment this time
    assert [(r.vote, r.comment) for r in stored_votes(engine_of_app)] == [("no", None)]


def test_readers_vote_separately(
    client: TestClient,
    settings: Settings,
    reader_id: str,
    store: SubscriberStore,
    engine_of_app: sa.Engine,
) -> None:
    """Two readers voting on the same field make two votes."""
    other = store.find_by_email("will@example.com")
    assert other is not None
    client.post(link(settings, reader_id, "quantum", "no"))
    client.post(link(settings, other.id, "quantum", "yes"))
    client.post(link(settings, other.id, "ai", "no"))
    assert sorted((r.field_slug, r.vote) for r in stored_votes(engine_of_app)) == [
        ("ai", "no"),
        ("quantum", "no"),
        ("quantum", "yes"),
    ]


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_tampered_or_foreign_tokens_get_a_clear_page(
    client: TestClient, settings: Settings, reader_id: str, engine_of_app: sa.Engine, method: str
) -> None:
    """Flipped characters, cut tokens, manage tokens and other keys' tokens give a 400 page."""
    good = FeedbackTokens(settings.all_secret_keys()).token(WEEK.id, reader_id)
    flipped = good[:10] + ("A" if good[10] != "A" else "B") + good[11:]
    bad_tokens = [
        flipped,
        good[:-3],
        good + "xx",
        TokenSigner(settings.all_secret_keys()).manage_token(reader_id),
        FeedbackTokens(["another-secret-entirely"]).token(WEEK.id, reader_id),
        "not-a-token",
        "a" * 500,
    ]
    for token in bad_tokens:
        answer = client.request(method, f"/feedback/{token}/quantum/no")
        assert answer.status_code in (400, 404), token
        assert "This link does not work" in answer.text or "Page not found" in answer.text
    assert stored_votes(engine_of_app) == []


def test_only_fields_and_issues_the_reader_was_sent(
    client: TestClient, settings: Settings, reader_id: str, engine_of_app: sa.Engine
) -> None:
    """A field not in the reader's email, an unsent issue or an unknown vote word: 404, no vote."""
    for path in (
        link(settings, reader_id, "ai", "no"),  # the reader follows quantum only
        link(settings, reader_id, "space", "no"),
        link(settings, reader_id, "quantum", "maybe"),
        link(settings, reader_id, "quantum", "no", week="2026-W47"),
    ):
        for method in ("GET", "POST"):
            answer = client.request(method, path)
            assert answer.status_code == 404, path
            assert "Use the Yes or No link" in answer.text
    assert stored_votes(engine_of_app) == []


def test_forget_drops_the_key_and_export_lists_own_votes(
    client: TestClient,
    settings: Settings,
    reader_id: str,
    store: SubscriberStore,
    engine_of_app: sa.Engine,
) -> None:
    """Export shows the reader's own votes; after forget the vote counts without a key, links stop."""
    client.post(link(settings, reader_id, "quantum", "no"), data={"comment": "too early"})
    exported = store.export("vera@example.com")
    assert exported["votes"] == [
        {
            "issue_id": "2026-W48",
            "field": "quantum",
            "verdict_shown": "must-read",
            "vote": "no",
            "comment": "too early",
            "voted_at": exported["votes"][0]["voted_at"],
        }
    ]
    assert store.export("will@example.com")["votes"] == []
    assert store.forget("vera@example.com")
    rows = stored_votes(engine_of_app)
    assert [(r.vote, r.voter_key) for r in rows] == [("no", None)]
    again = client.post(link(settings, reader_id, "quantum", "yes"))
    assert again.status_code == 404
    assert len(stored_votes(engine_of_app)) == 1


def test_big_bodies_and_floods_are_refused(
    client: TestClient, settings: Settings, reader_id: str, engine_of_app: sa.Engine
) -> None:
    """A body over the cap gets 413 and a flood 429, both without storing anything new."""
    path = link(settings, reader_id, "quantum", "no")
    big = client.post(
        path,
        content=b"comment=" + b"x" * MAX_BODY_BYTES,
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert big.status_code == 413
    assert stored_votes(engine_of_app) == []
    answers = [client.post(path).status_code for _ in range(VOTES_PER_LINK_PER_HOUR + 2)]
    assert answers[:VOTES_PER_LINK_PER_HOUR] == [200] * VOTES_PER_LINK_PER_HOUR
    assert answers[-1] == 429
    assert len(stored_votes(engine_of_app)) == 1


def test_long_comment_is_capped_and_kept_as_text(
    client: TestClient, settings: Settings, reader_id: str, engine_of_app: sa.Engine
) -> None:
    """Markup stays literal text (escaped on the page) and the comment is cut to 280 characters."""
    comment = "<b>bold</b> " + "é" * 400
    answer = client.post(link(settings, reader_id, "quantum", "no"), data={"comment": comment})
    assert "&lt;b&gt;bold&lt;/b&gt;" in answer.text
    (row,) = stored_votes(engine_of_app)
    assert row.comment.startswith("<b>bold</b> é")
    assert len(row.comment) == 280


def test_links_of_issues_13_sends_ago_have_expired(
    client: TestClient,
    app: FastAPI,
    settings: Settings,
    editorial: EditorialConfig,
    reader_id: str,
    engine_of_app: sa.Engine,
) -> None:
    """Once 13 newer issues were sent, an old issue's link gets a clear 400 page; newer ones work."""
    path = link(settings, reader_id, "quantum", "no")
    assert client.get(path).status_code == 200
    week = WEEK
    for _ in range(OPEN_ISSUES):
        week = week.next()
        issue = make_issue(id=week.id, week_start=week.start)
        freeze_issue(app.state.engine, issue)
        send_issue(settings, editorial, app.state.engine, week)
    for method in ("GET", "POST"):
        answer = client.request(method, path)
        assert answer.status_code == 400
        assert "This feedback link has expired" in answer.text
    assert stored_votes(engine_of_app) == []
    newest = link(settings, reader_id, "quantum", "no", week=week.id)
    assert client.post(newest).status_code == 200
    assert len(stored_votes(engine_of_app)) == 1


@hypothesis_settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    position=st.integers(min_value=0, max_value=200),
    text=st.text(max_size=8),
    kind=st.sampled_from(["truncate", "flip", "insert", "replace"]),
    method=st.sampled_from(["GET", "POST", "HEAD"]),
)
def test_mangled_tokens_never_vote_or_fail(
    client: TestClient,
    settings: Settings,
    reader_id: str,
    engine_of_app: sa.Engine,
    position: int,
    text: str,
    kind: str,
    method: str,
) -> None:
    """Any truncation, flip, insertion or replacement of a real token: 400 or 404, no vote."""
    good = FeedbackTokens(settings.all_secret_keys()).token(WEEK.id, reader_id)
    at = position % len(good)
    if kind == "truncate":
        token = good[:at]
    elif kind == "flip":
        token = good[:at] + ("B" if good[at] == "A" else "A") + good[at + 1 :]
    elif kind == "insert":
        token = good[:at] + (text or "A") + good[at:]
    else:
        token = text or "A"
    answer = client.request(method, f"/feedback/{quote(token, safe='')}/quantum/no")
    assert answer.status_code in (400, 404), (token, answer.status_code)
    assert stored_votes(engine_of_app) == []


@pytest.mark.parametrize("fields", [17, 40])
def test_a_form_with_more_fields_than_the_vote_form_is_refused_not_a_server_error(
    client: TestClient, settings: Settings, engine_of_app: sa.Engine, reader_id: str, fields: int
) -> None:
    """A crafted body of many fields gets 400 with a page that says why, and records nothing."""
    form = {f"x{index}": "1" for index in range(fields)} | {"comment": "hi"}
    response = client.post(link(settings, reader_id, "quantum", "yes"), data=form)
    assert response.status_code == 400
    assert "Nothing was recorded" in response.text
    assert stored_votes(engine_of_app) == []
    assert (
        client.post(link(settings, reader_id, "quantum", "yes"), data={"comment": "hi"}).status_code
        == 200
    )
    assert len(stored_votes(engine_of_app)) == 1  # the real form still records
