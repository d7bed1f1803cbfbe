"""SendGrid request bodies: valid against the official OpenAPI description, private, untracked links."""

from __future__ import annotations

import json
import re
import secrets

import pytest
import sqlalchemy as sa

from newsletter.config import Settings
from newsletter.deliver.backends.sendgrid.payload import (
    VariantPayload,
    mail_body,
    untracked_personal_links,
)
from newsletter.deliver.job import send_issue
from newsletter.deliver.message import Identity, ascii_address, list_unsubscribe_headers
from newsletter.editorial import EditorialConfig
from newsletter.errors import DeliveryError
from newsletter.models import (
    FEEDBACK_URL_PLACEHOLDER,
    PREFERENCES_URL_PLACEHOLDER,
    UNSUBSCRIBE_URL_PLACEHOLDER,
    RenderedEmail,
)
from subscribers.errors import SubscriberError
from subscribers.feedback_tokens import FeedbackTokens
from subscribers.links import LinkBuilder
from subscribers.tokens import TokenSigner
from tests.deliver.test_job import (
    WEEK,
    add_readers,
    frozen_issue,
    ledger_states,
    sendgrid_settings,
)
from tests.sendgrid_standin import StandIn, mail_send_validator

HTML = (
    '<p><a href="https://example.com/r/1" style="x">Report</a></p>'
    f'<p><a href="{PREFERENCES_URL_PLACEHOLDER}" style="color:#1d4ed8;">Choose</a> · '
    f'<a target="_blank" href="{UNSUBSCRIBE_URL_PLACEHOLDER}">Unsubscribe</a> · '
    f'<a href="{UNSUBSCRIBE_URL_PLACEHOLDER}?field=ai">AI</a></p>'
)


def _rendered(html: str = HTML) -> RenderedEmail:
    return RenderedEmail(
        issue_id="2026-W48",
        field_set=frozenset({"ai"}),
        subject="Weekly · 2026-W48: AI must-read — “quotes” é",
        preheader="",
        html=html,
        text=f"Unsubscribe: {UNSUBSCRIBE_URL_PLACEHOLDER}\nPreferences: {PREFERENCES_URL_PLACEHOLDER}\n",
    )


@pytest.mark.parametrize("mailto", [None, "unsubscribe@example.com"])
def test_fragments_build_the_same_document_as_mail_body(mailto: str | None) -> None:
    """The pre-encoded body equals mail_body's JSON for the same personalizations."""
    payload = VariantPayload(
        issue_id="2026-W48",
        rendered=_rendered(),
        identity=Identity("news@example.com", 'Troy "Weekly"', mailto),
    )
    people = [
        ("id-1", "ada@example.com", "https://n.test/u/t1", "https://n.test/preferences/t1"),
        ("id_2", 'o"brien\\x@exämple.com', "https://n.test/u/t2", "https://n.test/preferences/t2"),
    ]

    body = json.loads(payload.body([payload.personalization(*person) for person in people]))

    expected = mail_body(
        from_email="news@example.com",
        from_name='Troy "Weekly"',
        subject=_rendered().subject,
        text=_rendered().text,
        html=HTML,
        personalizations=[
            {
                "to": [{"email": ascii_address(email)}],  # the domain in IDNA form
                "substitutions": {
                    UNSUBSCRIBE_URL_PLACEHOLDER: unsubscribe,
                    PREFERENCES_URL_PLACEHOLDER: preferences,
                },
                "headers": list_unsubscribe_headers(unsubscribe, mailto),
                "custom_args": {"issue_id": "2026-W48", "subscriber_id": sid},
            }
            for sid, email, unsubscribe, preferences in people
        ],
        categories=["2026-W48"],
    )
    assert body == expected


def test_batches_outside_1_to_1000_are_refused() -> None:
    """An empty or oversized batch is a DeliveryError, never a request."""
    payload = VariantPayload(
        issue_id="2026-W48",
        rendered=_rendered(),
        identity=Identity("a@example.com", "A", None),
    )
    one = payload.personalization("id", "a@example.com", "https://x/u/t", "https://x/p/t")
    with pytest.raises(DeliveryError, match="1 to 1000"):
        payload.body([])
    with pytest.raises(DeliveryError, match="got 1001"):
        payload.body([one] * 1001)


def test_personal_links_carry_clicktracking_off_when_tracking_clicks() -> None:
    """With click tracking on, only the unsubscribe and preference anchors opt out, before href."""
    marked = untracked_personal_links(HTML)

    assert marked.count("clicktracking=off") == 3
    assert '<a href="https://example.com/r/1"' in marked
    for anchor in re.findall(r"<a [^>]*>", marked):
        if "%%" in anchor:
            assert re.search(r"\sclicktracking=off href=\"%%", anchor), anchor
    tracked = VariantPayload(
        issue_id="2026-W48",
        rendered=_rendered(),
        identity=Identity("a@example.com", "A", None),
        track_clicks=True,
    )
    body = json.loads(tracked.body([tracked.personalization("i", "a@e.com", "u", "p")]))
    assert body["content"][1]["value"] == marked
    assert body["tracking_settings"]["click_tracking"] == {"enable": True, "enable_text": False}


def test_a_sample_send_only_makes_requests_valid_against_the_openapi_description(
    settings: Settings,
    editorial: EditorialConfig,
    engine: sa.Engine,
    standin: StandIn,  # noqa: F811 - the shared fixture
) -> None:
    """Every body of a sample send validates against paths['/v3/mail/send'].post (and is accepted)."""
    frozen_issue(engine)
    add_readers(engine, 1200)
    configured = sendgrid_settings(
        settings, standin, track_clicks=True, unsubscribe_mailto="unsub@example.com"
    )

    send_issue(configured, editorial, engine, WEEK)

    validator = mail_send_validator()
    assert len(standin.accepted) >= 2
    assert standin.rejected == []
    for body in standin.accepted:
        assert list(validator.iter_errors(body)) == []
    # The validator is not a rubber stamp: a body breaking the schema is caught.
    broken = dict(standin.accepted[0], personalizations=[{"cc": []}], categories=["a", "a"])
    assert len(list(validator.iter_errors(broken))) >= 2


def test_categories_and_custom_args_hold_no_personal_data(
    settings: Settings,
    editorial: EditorialConfig,
    engine: sa.Engine,
    standin: StandIn,  # noqa: F811 - the shared fixture
) -> None:
    """categories is the issue id; custom_args the issue id and the opaque subscriber id only."""
    frozen_issue(engine)
    readers = add_readers(engine, 300)

    send_issue(sendgrid_settings(settings, standin), editorial, engine, WEEK)

    by_email = {reader.email: reader for reader in readers}
    sent_ids = {sid for sid, status in ledger_states(engine).items() if status == "sent"}
    for body in standin.accepted:
        assert body["categories"] == [WEEK.id]
        assert "custom_args" not in body
        for item in body["personalizations"]:
            reader = by_email[item["to"][0]["email"]]
            assert item["custom_args"] == {"issue_id": WEEK.id, "subscriber_id": reader.id}
            assert reader.id in sent_ids
            assert "@" not in json.dumps(item["custom_args"])
            assert reader.email.split("@")[0] not in json.dumps(item["custom_args"])


def test_each_personalization_has_its_own_verifiable_links_and_headers(
    settings: Settings,
    editorial: EditorialConfig,
    engine: sa.Engine,
    standin: StandIn,  # noqa: F811 - the shared fixture
) -> None:
    """Substitutions and List-Unsubscribe carry the reader's own https link; one-click POST is set."""
    frozen_issue(engine)
    readers = add_readers(engine, 50)
    configured = sendgrid_settings(settings, standin, unsubscribe_mailto="unsub@example.com")

    send_issue(configured, editorial, engine, WEEK)

    signer = TokenSigner(configured.all_secret_keys())
    by_email = {reader.email: reader for reader in readers}
    for body in standin.accepted:
        for item in body["personalizations"]:
            reader = by_email[item["to"][0]["email"]]
            unsubscribe = item["substitutions"][UNSUBSCRIBE_URL_PLACEHOLDER]
            token = unsubscribe.removeprefix("https://newsletter.test/u/")
            assert signer.verify_manage(token) == reader.id
            assert item["substitutions"][PREFERENCES_URL_PLACEHOLDER] == (
                f"https://newsletter.test/preferences/{token}"
            )
            assert item["headers"] == {
                "List-Unsubscribe": f"<{unsubscribe}>, <mailto:unsub@example.com?subject=unsubscribe>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            }
        assert body["tracking_settings"]["open_tracking"] == {"enable": False}
        assert body["tracking_settings"]["click_tracking"]["enable"] is False


@pytest.mark.parametrize("keys", [["k"], ["current-key-0123456789abcdef", "old-key"], ["x" * 200]])
def test_bulk_links_are_exactly_the_single_links(keys: list[str]) -> None:
    """weekly_links (bulk token minting on the send path) equals links_for, id by id."""
    signer = TokenSigner(keys)
    links = LinkBuilder("https://newsletter.test", signer)
    ids = [secrets.token_urlsafe(16) for _ in range(200)] + ["a", "Z_-9" * 16]

    bulk = links.weekly_links(ids)

    assert bulk == [
        (links.links_for(sid).unsubscribe_url, links.links_for(sid).preferences_url) for sid in ids
    ]
    assert all(
        signer.verify_manage(url.rsplit("/", 1)[1]) == sid
        for (url, _), sid in zip(bulk, ids, strict=True)
    )


FEEDBACK_HTML = HTML + (
    f'<p>Was this call right? <a href="{FEEDBACK_URL_PLACEHOLDER}/ai/yes">Yes</a> · '
    f'<a class="x" href="{FEEDBACK_URL_PLACEHOLDER}/ai/no">No</a></p>'
)


def _with_feedback() -> RenderedEmail:
    rendered = _rendered(FEEDBACK_HTML)
    return RenderedEmail(
        issue_id=rendered.issue_id,
        field_set=rendered.field_set,
        subject=rendered.subject,
        preheader="",
        html=FEEDBACK_HTML,
        text=rendered.text + f"Was this call right? Yes {FEEDBACK_URL_PLACEHOLDER}/ai/yes\n",
    )


def test_feedback_base_is_one_more_substitution_only_when_the_email_has_the_line() -> None:
    """With the feedback line each personalization carries its feedback base; without, nothing."""
    identity = Identity("news@example.com", "News", None)
    row = ("id-1", "ada@example.com", "https://n.test/u/t1", "https://n.test/preferences/t1")
    feedback = "https://n.test/feedback/opaque"
    payload = VariantPayload(issue_id="2026-W48", rendered=_with_feedback(), identity=identity)
    body = json.loads(payload.body_for([(*row, feedback)]))
    expected = mail_body(
        from_email="news@example.com",
        from_name="News",
        subject=_with_feedback().subject,
        text=_with_feedback().text,
        html=FEEDBACK_HTML,
        personalizations=[
            {
                "to": [{"email": "ada@example.com"}],
                "substitutions": {
                    UNSUBSCRIBE_URL_PLACEHOLDER: row[2],
                    PREFERENCES_URL_PLACEHOLDER: row[3],
                    FEEDBACK_URL_PLACEHOLDER: feedback,
                },
                "headers": list_unsubscribe_headers(row[2], None),
                "custom_args": {"issue_id": "2026-W48", "subscriber_id": "id-1"},
            }
        ],
        categories=["2026-W48"],
    )
    assert body == expected
    assert json.loads(payload.personalization(*row, feedback)) == expected["personalizations"][0]
    plain = VariantPayload(issue_id="2026-W48", rendered=_rendered(), identity=identity)
    substitutions = json.loads(plain.body_for([(*row, "")]))["personalizations"][0]["substitutions"]
    assert FEEDBACK_URL_PLACEHOLDER not in substitutions
    # SendGrid's limit: 10,000 bytes of substitutions per personalization.
    assert len(json.dumps(body["personalizations"][0]["substitutions"])) < 10_000


def test_feedback_links_are_never_click_tracked() -> None:
    """Click tracking on: the Yes and No anchors get clicktracking=off like the unsubscribe link."""
    marked = untracked_personal_links(FEEDBACK_HTML)
    assert marked.count("clicktracking=off") == 5
    for anchor in re.findall(r"<a [^>]*feedback_url[^>]*>", marked):
        assert "clicktracking=off href=" in anchor


def test_feedback_urls_are_opaque_and_open_to_their_reader() -> None:
    """LinkBuilder.feedback_urls: one base per id under /feedback/, hiding the id, opening to it."""
    keys = ["links-test-key"]
    tokens = FeedbackTokens(keys)
    links = LinkBuilder("https://newsletter.test/", TokenSigner(keys), tokens)
    ids = [secrets.token_urlsafe(16) for _ in range(5)]
    urls = links.feedback_urls("2026-W48", ids)
    for subscriber_id, url in zip(ids, urls, strict=True):
        assert url.startswith("https://newsletter.test/feedback/")
        assert subscriber_id not in url
        ticket = tokens.verify(url.rsplit("/", 1)[1])
        assert (ticket.issue_id, ticket.subscriber_id) == ("2026-W48", subscriber_id)
    with pytest.raises(SubscriberError, match="FeedbackTokens"):
        LinkBuilder("https://newsletter.test", TokenSigner(keys)).feedback_urls("2026-W48", ids)


@pytest.mark.parametrize("feedback", [True, False])
def test_each_reader_gets_their_own_feedback_base_and_compiles_stay_one_per_field_set(
    settings: Settings,
    editorial: EditorialConfig,
    engine: sa.Engine,
    standin: StandIn,  # noqa: F811 - the shared fixture
    feedback: bool,
) -> None:
    """A send gives each personalization its own opaque feedback base (or none when off); one compile per field-set either way."""
    frozen_issue(engine)
    readers = add_readers(engine, 60)
    configured = sendgrid_settings(settings, standin, verdict_feedback=feedback)
    summary = send_issue(configured, editorial, engine, WEEK)
    assert summary.sent > 0
    assert summary.compiles == summary.variants
    tokens = FeedbackTokens(settings.all_secret_keys())
    seen = 0
    for body in standin.accepted:
        has_line = all(FEEDBACK_URL_PLACEHOLDER in part["value"] for part in body["content"])
        assert has_line is feedback
        for item in body["personalizations"]:
            subscriber_id = item["custom_args"]["subscriber_id"]
            base = item["substitutions"].get(FEEDBACK_URL_PLACEHOLDER)
            if not feedback:
                assert base is None
                continue
            assert base.startswith("https://")
            assert subscriber_id not in base
            assert "@" not in base
            ticket = tokens.verify(base.rsplit("/feedback/", 1)[1])
            assert (ticket.issue_id, ticket.subscriber_id) == (WEEK.id, subscriber_id)
            seen += 1
    assert seen == (summary.sent if feedback else 0)
    assert {r.id for r in readers} >= {
        item["custom_args"]["subscriber_id"]
        for body in standin.accepted
        for item in body["personalizations"]
    }
