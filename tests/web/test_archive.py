"""``/archive``: sent issues as pages, all fields, no personal links."""

from __future__ import annotations

import dataclasses
import re
from xml.etree import ElementTree

import sqlalchemy as sa
from fastapi.testclient import TestClient

from newsletter.db.issuestore import mark_issue_sent
from newsletter.editorial import EditorialConfig
from newsletter.issues import freeze_issue
from newsletter.models import PREFERENCES_URL_PLACEHOLDER, UNSUBSCRIBE_URL_PLACEHOLDER, Issue
from newsletter.render.sample import sample_issue
from newsletter.weeks import parse_week
from tests.web.conftest import BASE_URL


def test_empty_archive_says_so(client: TestClient) -> None:
    """With nothing sent, the archive explains and links to the form."""
    response = client.get("/archive")
    assert response.status_code == 200
    assert "No issue has been sent yet" in response.text


def test_unsent_issue_is_not_published(
    client: TestClient, engine_of_app: sa.Engine, editorial: EditorialConfig
) -> None:
    """A frozen but unsent issue is neither listed nor served."""
    issue = freeze_issue(engine_of_app, sample_issue(editorial))
    assert issue.id not in client.get("/archive").text
    assert client.get(f"/archive/{issue.id}").status_code == 404


def test_sent_issue_is_listed_and_served_without_personal_links(
    client: TestClient, engine_of_app: sa.Engine, editorial: EditorialConfig
) -> None:
    """A sent issue is listed and served with every field and no personal link."""
    issue = freeze_issue(engine_of_app, sample_issue(editorial))
    mark_issue_sent(engine_of_app, issue.id)
    index = client.get("/archive").text
    assert f'href="/archive/{issue.id}"' in index
    response = client.get(f"/archive/{issue.id}")
    assert response.status_code == 200
    html = response.text
    for verdict in issue.verdicts:
        assert editorial.field(verdict.slug).name in html
    assert UNSUBSCRIBE_URL_PLACEHOLDER not in html
    assert PREFERENCES_URL_PLACEHOLDER not in html
    assert "/u/" not in html
    assert "/preferences/" not in html
    assert "script-src" not in response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert client.get(f"/archive/{issue.id}").text == html  # cached render, same page


def test_unknown_or_malformed_issue_gets_404(client: TestClient) -> None:
    """Ids that are not published, or not issue ids at all, get the friendly 404."""
    for issue_id in ("2020-W01", "x" * 300, "2026-W48%00"):
        response = client.get(f"/archive/{issue_id}")
        assert response.status_code == 404
        assert "No such issue" in response.text
    assert client.get("/archive/..%2F..%2Fetc%2Fpasswd").status_code == 404


def publish(engine: sa.Engine, issue: Issue) -> Issue:
    """Freeze and mark ``issue`` sent, as the send job does; return the frozen issue."""
    frozen = freeze_issue(engine, issue)
    mark_issue_sent(engine, frozen.id)
    return frozen


def earlier_week(issue: Issue, weeks: int = 1) -> Issue:
    """Return ``issue`` moved ``weeks`` earlier (id and Monday), with its lead titles marked."""
    week = parse_week(issue.id).previous(weeks)
    return dataclasses.replace(issue, id=week.id, week_start=week.start)


def test_archive_lists_each_issue_with_date_headline_and_verdicts(
    client: TestClient, engine_of_app: sa.Engine, editorial: EditorialConfig
) -> None:
    """Newest first; each entry has its week in words, the lead story and a chip per field."""
    issue = sample_issue(editorial)
    publish(engine_of_app, earlier_week(issue))
    publish(engine_of_app, issue)
    page = client.get("/archive")
    assert page.status_code == 200
    html = page.text
    assert html.index("Week of 23 November 2026") < html.index("Week of 16 November 2026")
    assert "America and Japan launch a $1 billion quantum partnership" in html
    chips = re.findall(r'<li class="chip chip-([a-z-]+)">.*?href="/archive/field/([a-z]+)"', html)
    week = chips[: len(issue.fields_with_content)]
    assert [slug for _verdict, slug in week][:3] == ["quantum", "energy", "hpc"]  # by verdict
    assert ("must-read", "quantum") in week
    assert "Nothing new in Cybersecurity." in html
    assert "/u/" not in html
    assert "/preferences/" not in html


def test_web_version_sits_in_the_site_frame_with_every_report(
    client: TestClient, engine_of_app: sa.Engine, editorial: EditorialConfig
) -> None:
    """Header, back link, the email (no personal link), every report, subscribe box, meta."""
    issue = publish(engine_of_app, sample_issue(editorial))
    html = client.get(f"/archive/{issue.id}").text
    assert '<a href="/archive"><span aria-hidden="true">←</span> All issues</a>' in html
    assert 'class="nl-overview' in html  # the email's infographic
    assert 'id="reports-ai"' in html  # "+1 more" in the email lands here
    assert "/archive/2026-W48#reports-ai" in html
    assert '<a class="button" href="/subscribe">' in html
    assert html.count("<html") == 1
    assert html.count("<h1") == 1
    assert '<meta property="og:type" content="article">' in html
    assert f'<meta property="og:url" content="{BASE_URL}/archive/2026-W48">' in html
    assert '<meta name="twitter:card" content="summary">' in html
    assert "og:title" in html
    assert "noindex" not in html  # the archive is public
    for forbidden in ("/u/", "/preferences/", "%%", "Stop Quantum"):
        assert forbidden not in html


def test_field_page_shows_the_field_week_by_week(
    client: TestClient, engine_of_app: sa.Engine, editorial: EditorialConfig
) -> None:
    """/archive/field/quantum lists the published weeks with verdict, score, trend, reports."""
    issue = sample_issue(editorial)
    publish(engine_of_app, earlier_week(issue))
    publish(engine_of_app, issue)
    page = client.get("/archive/field/quantum")
    assert page.status_code == 200
    html = page.text
    assert "Quantum Computing, week by week" in html
    assert html.count('href="/archive/2026-W') >= 2
    assert "must read 4 weeks running" in html  # the trend frozen with the sample issue
    assert "Logical qubits pass the break-even point" in html
    quiet = client.get("/archive/field/cybersecurity").text
    assert "Nothing new that week." in quiet
    for slug in ("nope", "x" * 100, "AI", "ai%00"):
        assert client.get(f"/archive/field/{slug}").status_code == 404


def test_atom_feed_lists_the_issues(
    client: TestClient, engine_of_app: sa.Engine, editorial: EditorialConfig
) -> None:
    """/archive/feed.xml is Atom: one entry per published issue, newest first, with links."""
    issue = sample_issue(editorial)
    publish(engine_of_app, earlier_week(issue, 2))
    publish(engine_of_app, issue)
    response = client.get("/archive/feed.xml")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    root = ElementTree.fromstring(response.content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    entries = root.findall("a:entry", ns)
    assert [e.findtext("a:id", namespaces=ns) for e in entries] == [
        f"{BASE_URL}/archive/2026-W48",
        f"{BASE_URL}/archive/2026-W46",
    ]
    first = entries[0]
    assert "America and Japan" in (first.findtext("a:title", namespaces=ns) or "")
    assert first.find("a:link", ns).get("href") == f"{BASE_URL}/archive/2026-W48"  # type: ignore[union-attr]
    assert first.findtext("a:updated", namespaces=ns)
    assert "fields this week" in (first.findtext("a:summary", namespaces=ns) or "")
    assert root.find("a:link[@rel='self']", ns) is not None


def test_feed_of_an_empty_archive_is_valid(client: TestClient) -> None:
    """With nothing sent the feed still parses, with no entry."""
    root = ElementTree.fromstring(client.get("/archive/feed.xml").content)
    assert root.findall("{http://www.w3.org/2005/Atom}entry") == []


def test_web_version_names_the_publisher_once(
    client: TestClient, engine_of_app: sa.Engine, editorial: EditorialConfig
) -> None:
    """The postal address appears once on the web version (the email's footer carries it)."""
    issue = publish(engine_of_app, sample_issue(editorial))
    html = client.get(f"/archive/{issue.id}").text
    postal = client.app.state.web.settings.postal_address  # type: ignore[attr-defined]
    assert html.count(postal) == 1
    assert client.get("/archive").text.count(postal) == 1
