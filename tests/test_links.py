"""Personal links: the URL shapes the web app serves, one token per recipient."""

from __future__ import annotations

from subscribers.links import LinkBuilder, RecipientLinks
from subscribers.tokens import TokenSigner

SIGNER = TokenSigner(["links-test-key"])
SUBSCRIBER_ID = "abcDEF123_-xyz"


def test_links_use_the_contract_paths() -> None:
    """Unsubscribe, preferences and confirm links have the agreed paths and verify back."""
    links = LinkBuilder("https://news.example.org/", SIGNER)
    unsubscribe = links.unsubscribe_url(SUBSCRIBER_ID)
    preferences = links.preferences_url(SUBSCRIBER_ID)
    confirm = links.confirm_url(SUBSCRIBER_ID)
    assert unsubscribe.startswith("https://news.example.org/u/")
    assert preferences.startswith("https://news.example.org/preferences/")
    assert confirm.startswith("https://news.example.org/confirm/")
    assert SIGNER.verify_manage(unsubscribe.rsplit("/", 1)[1]) == SUBSCRIBER_ID
    assert SIGNER.verify_manage(preferences.rsplit("/", 1)[1]) == SUBSCRIBER_ID
    assert SIGNER.verify_confirm(confirm.rsplit("/", 1)[1], 60) == SUBSCRIBER_ID


def test_links_for_shares_one_token() -> None:
    """links_for() gives both weekly links with the same manage token as the single calls."""
    links = LinkBuilder("http://localhost:8000", SIGNER)
    both = links.links_for(SUBSCRIBER_ID)
    assert both == RecipientLinks(
        unsubscribe_url=links.unsubscribe_url(SUBSCRIBER_ID),
        preferences_url=links.preferences_url(SUBSCRIBER_ID),
    )
    assert both.unsubscribe_url.rsplit("/", 1)[1] == both.preferences_url.rsplit("/", 1)[1]


def test_links_carry_no_address() -> None:
    """A link never contains an address or an @."""
    both = LinkBuilder("http://localhost:8000", SIGNER).links_for(SUBSCRIBER_ID)
    assert "@" not in both.unsubscribe_url + both.preferences_url
