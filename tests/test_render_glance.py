"""The at-a-glance rows: each fact said once (counts, reasons), in the text and HTML parts."""

from __future__ import annotations

import pytest

from newsletter.editorial import EditorialConfig
from newsletter.render import Renderer
from tests.factories import make_article, make_issue, make_scored, make_verdict


@pytest.fixture
def renderer(editorial: EditorialConfig) -> Renderer:
    """A renderer over the built-in templates."""
    return Renderer(editorial, base_url="https://news.example.com", postal_address="1 Example St")


@pytest.mark.parametrize(
    ("reason", "count", "glance"),
    [
        ("A $2bn deal: Chips merge · 2 reports", 2, "A $2bn deal: Chips merge"),
        ("Approval: first agentic AI system · 1 report", 1, "Approval: first agentic AI system"),
        # A count that is not the field's own, or none at all, is left as written.
        ("Three launches · 3 reports", 2, "Three launches · 3 reports"),
        ("Chosen by the editor", 2, "Chosen by the editor"),
    ],
)
def test_glance_rows_do_not_repeat_the_report_count(
    renderer: Renderer, reason: str, count: int, glance: str
) -> None:
    """The glance row prints "2 reports" once; the section keeps the whole reason."""
    reports = tuple(make_scored(make_article(id=f"g{n}")) for n in range(1, count + 1))
    verdict = make_verdict("quantum", score=80, top=reports, reason=reason)
    other = make_verdict("ai", score=50, reason="Another field")
    issue = make_issue(verdicts=(verdict, other))
    email = renderer.render_variant(issue, frozenset({"quantum", "ai"}))
    noun = "report" if count == 1 else "reports"
    at_a_glance, sections = email.text.split("=" * 72, 1)
    flat = " ".join(at_a_glance.split())
    assert f"({count} {noun}) " in flat
    assert glance in flat
    assert flat.count(reason) == (1 if glance == reason else 0)
    assert "Why: " + reason in " ".join(sections.split())
    html = " ".join(email.html.split())
    assert (
        f'class="nl-reason" style="padding:4px 0 0;font-size:13px;line-height:1.4;">{glance}<'
        in html
    )


@pytest.mark.parametrize("quiet", [(), ("space",), ("space", "cybersecurity")])
def test_one_field_email_gives_its_reason_once(renderer: Renderer, quiet: tuple[str, ...]) -> None:
    """With one field with reports, the glance keeps its bar and badge; the reason is in its section only."""
    reason = "Approval: Regulator clears the first agentic AI system"
    verdicts = (
        make_verdict("biotech", score=80, reason=reason),
        *(make_verdict(slug, score=0, top=(), report_count=0) for slug in quiet),
    )
    email = renderer.render_variant(make_issue(verdicts=verdicts), frozenset({"biotech", *quiet}))
    assert " ".join(email.text.split()).count(reason) == 1
    assert "Why: " + reason in " ".join(email.text.split())
    html = " ".join(email.html.split())
    assert html.count(reason) == 1
    assert 'class="nl-reason"' not in html
    assert '<tr class="nl-row" data-field="biotech"' in html  # the row and its bar stay
    assert 'data-score="80"' in html
