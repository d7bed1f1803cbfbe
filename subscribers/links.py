"""Build the personal links of a subscriber: unsubscribe, preferences, confirm, verdict feedback."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from subscribers.errors import SubscriberError
from subscribers.feedback_tokens import FeedbackTokens
from subscribers.tokens import TokenSigner


@dataclass(frozen=True, slots=True)
class RecipientLinks:
    """The two personal links of one weekly message (they share one manage token)."""

    unsubscribe_url: str
    preferences_url: str


class LinkBuilder:
    """Turn subscriber ids into absolute links under ``base_url`` (no trailing slash needed)."""

    def __init__(
        self, base_url: str, signer: TokenSigner, feedback: FeedbackTokens | None = None
    ) -> None:
        """Remember the site's base URL and the signers that mint the tokens.

        ``feedback`` mints the verdict-feedback tokens; without it ``feedback_urls`` raises
        SubscriberError.
        """
        self.base_url = base_url.rstrip("/")
        self.signer = signer
        self.feedback = feedback

    def unsubscribe_url(self, subscriber_id: str) -> str:
        """Return ``{base}/u/{manage token}`` (add ``?field=<slug>`` for one field)."""
        return f"{self.base_url}/u/{self.signer.manage_token(subscriber_id)}"

    def preferences_url(self, subscriber_id: str) -> str:
        """Return ``{base}/preferences/{manage token}``."""
        return f"{self.base_url}/preferences/{self.signer.manage_token(subscriber_id)}"

    def confirm_url(self, subscriber_id: str) -> str:
        """Return ``{base}/confirm/{confirm token}`` for the double opt-in email."""
        return f"{self.base_url}/confirm/{self.signer.confirm_token(subscriber_id)}"

    def links_for(self, subscriber_id: str) -> RecipientLinks:
        """Return both weekly links, minting the manage token once."""
        token = self.signer.manage_token(subscriber_id)
        return RecipientLinks(
            unsubscribe_url=f"{self.base_url}/u/{token}",
            preferences_url=f"{self.base_url}/preferences/{token}",
        )

    def feedback_urls(self, issue_id: str, subscriber_ids: Sequence[str]) -> list[str]:
        """Return ``{base}/feedback/{token}`` for each id: its copy of ``issue_id`` (opaque).

        The email appends ``/<field>/yes`` or ``/no``. Raises SubscriberError when the
        builder has no feedback token maker, InvalidToken for a malformed issue or id.
        """
        if self.feedback is None:
            message = (
                "This LinkBuilder was built without feedback tokens; pass FeedbackTokens(keys)."
            )
            raise SubscriberError(message)
        prefix = f"{self.base_url}/feedback/"
        return [prefix + token for token in self.feedback.tokens(issue_id, subscriber_ids)]

    def weekly_links(self, subscriber_ids: Sequence[str]) -> list[tuple[str, str]]:
        """Return ``(unsubscribe_url, preferences_url)`` for each id: ``links_for`` in bulk."""
        unsubscribe = f"{self.base_url}/u/"
        preferences = f"{self.base_url}/preferences/"
        return [
            (unsubscribe + token, preferences + token)
            for token in self.signer.manage_tokens(subscriber_ids)
        ]
