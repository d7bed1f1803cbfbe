"""Every reader page and transactional email names the publisher once beside the postal address."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsletter.render.renderer import imprint


@pytest.mark.parametrize("path", ["/subscribe", "/archive", "/healthz/nonexistent-page"])
def test_reader_pages_do_not_repeat_the_publisher_in_the_footer(
    client: TestClient, path: str
) -> None:
    """'Troy-Technical · Troy-Technical, 1 Example Street' is written as the address alone."""
    web = client.app.state.web  # type: ignore[attr-defined]
    publisher = web.editorial.publisher
    address = web.settings.postal_address
    page = client.get(path).text
    assert f"{publisher} · {address}" not in page
    if path == "/subscribe":
        assert imprint(publisher, address) in page


@pytest.mark.parametrize(
    ("publisher", "address", "expected"),
    [
        ("Troy-Technical", "Troy-Technical, 1 Example Street", "Troy-Technical, 1 Example Street"),
        (
            "Troy-Technical",
            "1 Example Street, Springfield",
            "Troy-Technical · 1 Example Street, Springfield",
        ),
        (
            "troy-technical",
            "Troy-Technical Ltd, 1 Example Street",
            "Troy-Technical Ltd, 1 Example Street",
        ),
        ("Troy-Technical", "", "Troy-Technical"),
    ],
)
def test_imprint_names_the_publisher_once(publisher: str, address: str, expected: str) -> None:
    """The sender line names the publisher once, whatever the address starts with."""
    assert imprint(publisher, address) == expected
