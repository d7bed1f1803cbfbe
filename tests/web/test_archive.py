"""``/archive``: sent issues as pages, all fields, no personal links."""

from __future__ import annotations

import sqlalchemy as sa
from fastapi.testclient import TestClient

from newsletter.editorial import EditorialConfig
from newsletter.issues import freeze_issue, mark_issue_sent
from newsletter.models import PREFERENCES_URL_PLACEHOLDER, UNSUBSCRIBE_URL_PLACEHOLDER
from newsletter.render.sample import sample_issue


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
