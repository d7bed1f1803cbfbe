"""SpamAssassin (Debian's ``spamassassin -t -L``, offline rules) on whole MIME messages."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from email.message import EmailMessage
from pathlib import Path

import pytest

from newsletter.deliver.message import build_message, fill_placeholders, list_unsubscribe_headers
from newsletter.editorial import EditorialConfig
from newsletter.models import PREFERENCES_URL_PLACEHOLDER, UNSUBSCRIBE_URL_PLACEHOLDER
from newsletter.render import Renderer
from newsletter.render.sample import sample_issue
from subscribers.links import LinkBuilder
from subscribers.tokens import TokenSigner
from tests.conftest import require_tool

pytestmark = pytest.mark.spamassassin

POSTAL = "Troy-Technical, 1 Example Street, 10115 Berlin, Germany"
BASE_URL = "https://news.example.com"
MAX_SCORE = 1.0
# Rules a newsletter template can trip by itself; none may fire on ours.
TEMPLATE_RULES = ("HTML_FONT_LOW_CONTRAST", "MPART_ALT_DIFF", "MIME_HTML_MOSTLY", "HTML_IMAGE_ONLY")
_SCORE_RE = re.compile(r"^X-Spam-Status: \w+, score=(-?[\d.]+)", re.MULTILINE)
_RULE_RE = re.compile(r"^\s*-?[\d.]+\s+([A-Z][A-Z0-9_]+)\s", re.MULTILINE)


def spam_report(message: EmailMessage, home: Path) -> tuple[float, set[str]]:
    """Run ``spamassassin -t -L`` on the message; return its score and the rules that fired."""
    binary = require_tool("spamassassin")
    home.mkdir(exist_ok=True)
    result = subprocess.run(
        [binary, "-t", "-L"],
        input=message.as_bytes(),
        capture_output=True,
        check=True,
        timeout=120,
        env={"HOME": str(home), "PATH": "/usr/bin:/bin"},  # its user_prefs go to a temp home
    )
    output = result.stdout.decode("utf-8", "replace")
    found = _SCORE_RE.search(output)
    assert found is not None, output[-2000:]
    details = output.partition("Content analysis details:")[2]
    return float(found.group(1)), set(_RULE_RE.findall(details))


def subscriber_message(
    editorial: EditorialConfig, fields: frozenset[str], *, text: str | None = None, html: str = ""
) -> EmailMessage:
    """Build the whole message a sample subscriber of ``fields`` gets, links filled in."""
    renderer = Renderer(editorial, base_url=BASE_URL, postal_address=POSTAL)
    email = renderer.render_variant(sample_issue(editorial), fields)
    links = LinkBuilder(BASE_URL, TokenSigner(["spam-test-secret-0123456789abcdef"])).links_for(
        "sub-0001"
    )
    values = {
        UNSUBSCRIBE_URL_PLACEHOLDER: links.unsubscribe_url,
        PREFERENCES_URL_PLACEHOLDER: links.preferences_url,
    }
    return build_message(
        from_email="newsletter@news.example.com",
        from_name="Troy-Technical Weekly",
        to_email="alice.quantum@example.com",
        subject=email.subject,
        text=text if text is not None else fill_placeholders(email.text, values),
        html=html or fill_placeholders(email.html, values),
        message_id="<2026-W48.7f3a9c2e41b84d07@news.example.com>",
        headers=list_unsubscribe_headers(links.unsubscribe_url, None),
        date=dt.datetime(2026, 11, 30, 7, 0, tzinfo=dt.UTC),
    )


@pytest.mark.parametrize(
    "fields",
    [frozenset({"quantum", "ai"}), None],
    ids=["profile-quantum-ai", "all-fields"],
)
def test_sample_subscriber_message_scores_at_most_one(
    editorial: EditorialConfig, tmp_path: Path, fields: frozenset[str] | None
) -> None:
    """A sample subscriber's whole message scores <= 1.0 and trips no template rule."""
    message = subscriber_message(editorial, fields or frozenset(editorial.field_slugs))
    score, rules = spam_report(message, tmp_path / "home")
    assert score <= MAX_SCORE, (score, sorted(rules))
    assert not rules & set(TEMPLATE_RULES), sorted(rules)


def test_the_check_catches_white_preheader_and_thin_text(
    editorial: EditorialConfig, tmp_path: Path
) -> None:
    """A white-text preheader and a one-line text part do fire the rules this test guards."""
    good = subscriber_message(editorial, frozenset({"quantum", "ai"}))
    html_part = good.get_body(("html",))
    assert html_part is not None
    html = html_part.get_content().replace(
        '<div class="nl-preheader" style="display:none;max-height:0;max-width:0;overflow:hidden;mso-hide:all;font-size:1px;line-height:1px;">',
        '<div style="color:#ffffff;font-size:1px;line-height:1px;">',
    )
    assert "color:#ffffff;font-size:1px" in html  # the preheader really was swapped
    bad = subscriber_message(
        editorial, frozenset({"quantum", "ai"}), text="See the HTML version.", html=html
    )
    score, rules = spam_report(bad, tmp_path / "home")
    assert {"HTML_FONT_LOW_CONTRAST", "MPART_ALT_DIFF"} <= rules
    assert score > MAX_SCORE
