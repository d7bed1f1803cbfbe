"""Report dates in the email and the archive are days in NEWSLETTER_TIMEZONE, the zone weeks are cut in."""

from __future__ import annotations

import datetime as dt

import pytest

from newsletter.demo import demo_settings, demo_week
from newsletter.editorial import EditorialConfig
from newsletter.models import Issue
from newsletter.render import Renderer
from newsletter.render.views import published_label
from newsletter.weeks import load_zone, parse_week
from tests.factories import make_article, make_issue, make_scored, make_verdict

POSTAL = "Troy-Technical, 1 Example Street, 10115 Berlin, Germany"
SHANGHAI = load_zone("Asia/Shanghai")
LOS_ANGELES = load_zone("America/Los_Angeles")


@pytest.mark.parametrize(
    ("moment", "zone", "expected"),
    [
        # Monday 04:00 in Shanghai is Sunday 20:00 UTC: the week's first day, not the one before.
        (dt.datetime(2026, 11, 22, 20, 0, tzinfo=dt.UTC), SHANGHAI, "23 Nov"),
        (dt.datetime(2026, 11, 22, 20, 0, tzinfo=dt.UTC), dt.UTC, "22 Nov"),
        # Sunday 19:00 in Los Angeles is Monday 03:00 UTC: still the Sunday that ends its week.
        (dt.datetime(2026, 11, 30, 3, 0, tzinfo=dt.UTC), LOS_ANGELES, "29 Nov"),
        # A date given with its own offset is converted, not read as written.
        (
            dt.datetime(2026, 12, 1, 1, 0, tzinfo=dt.timezone(dt.timedelta(hours=9))),
            dt.UTC,
            "30 Nov",
        ),
        # Across the month end and a DST change (Los Angeles left DST on 1 Nov 2026).
        (dt.datetime(2026, 11, 1, 7, 30, tzinfo=dt.UTC), LOS_ANGELES, "1 Nov"),
        (dt.datetime(2026, 11, 1, 6, 30, tzinfo=dt.UTC), LOS_ANGELES, "31 Oct"),
    ],
)
def test_published_label_is_the_day_in_the_zone(
    moment: dt.datetime, zone: dt.tzinfo, expected: str
) -> None:
    """published_label names the calendar day the moment falls on in the given zone."""
    assert published_label(moment, zone) == expected


def _issue_with(published: dt.datetime) -> Issue:
    article = make_article(id="early", title="Early Monday report", published_at=published)
    return make_issue(verdicts=(make_verdict("quantum", top=(make_scored(article),)),))


@pytest.mark.parametrize(
    ("zone", "published", "expected", "wrong"),
    [
        (SHANGHAI, dt.datetime(2026, 11, 22, 20, 0, tzinfo=dt.UTC), "23 Nov", "22 Nov"),
        (LOS_ANGELES, dt.datetime(2026, 11, 30, 3, 0, tzinfo=dt.UTC), "29 Nov", "30 Nov"),
    ],
)
def test_email_and_archive_print_report_dates_in_the_configured_zone(
    editorial: EditorialConfig,
    zone: dt.tzinfo,
    published: dt.datetime,
    expected: str,
    wrong: str,
) -> None:
    """The email's text and HTML and the web version date a report by its local day."""
    issue = _issue_with(published)
    renderer = Renderer(
        editorial, base_url="https://news.example.com", postal_address=POSTAL, zone=zone
    )
    email = renderer.render_variant(issue, frozenset({"quantum"}))
    archive = renderer.render_archive(issue)
    for part in (email.text, email.html, archive):
        assert f"· {expected}" in part
        assert f"· {wrong}" not in part


def test_renderer_defaults_to_utc(editorial: EditorialConfig) -> None:
    """Without a zone the renderer keeps UTC days (what it printed before the setting was used)."""
    issue = _issue_with(dt.datetime(2026, 11, 22, 20, 0, tzinfo=dt.UTC))
    renderer = Renderer(editorial, base_url="https://news.example.com", postal_address=POSTAL)
    email = renderer.render_variant(issue, frozenset({"quantum"}))
    assert "· 22 Nov" in email.text


def test_demo_counts_its_week_in_the_configured_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo's week starts at local midnight of NEWSLETTER_TIMEZONE, like send's week."""
    monkeypatch.setenv("NEWSLETTER_TIMEZONE", "Asia/Shanghai")
    week = demo_week(parse_week("2026-W48"), demo_settings())
    assert week.id == "2026-W48"
    assert week.start_utc == dt.datetime(2026, 11, 22, 16, 0, tzinfo=dt.UTC)
    monkeypatch.setenv("NEWSLETTER_TIMEZONE", "UTC")
    assert demo_week(parse_week("2026-W48"), demo_settings()).start_utc == dt.datetime(
        2026, 11, 23, tzinfo=dt.UTC
    )
