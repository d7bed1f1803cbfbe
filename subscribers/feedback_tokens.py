"""Opaque tokens for the verdict-feedback links: (issue, subscriber), encrypted and authenticated.

A feedback link must reveal nothing: no address, and unlike the manage token, not even the
subscriber id in clear (a forwarded email should not let anyone link a vote to a person).
So the token is the AES-SIV encryption (RFC 5297, deterministic authenticated encryption,
from the ``cryptography`` package) of ``<issue id>:<subscriber id>``, base64url without
padding: tampering with any character fails authentication, and the same reader and issue
always get the same link, so a re-sent message carries the same one.

The field and the vote travel in clear in the link's path (``/feedback/<token>/<field>/no``):
they are the same for every reader of a variant, so the email is compiled once per field-set
and the token is the one per-recipient substitution. The route accepts a field only when the
ledger says it was in that reader's email.

Keys: ``secret_keys`` lists the current key first (``Settings.all_secret_keys()``); tokens are
made with the current key, and any configured key opens them. Each AES-SIV key is derived from
its secret key with HKDF-SHA256 (RFC 5869) under a purpose label of its own.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESSIV
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from subscribers.errors import InvalidToken, SubscriberError

_PURPOSE = b"newsletter.subscribers.feedback.v1"
_ISSUE_PATTERN = re.compile(r"[0-9]{4}-W[0-9]{2}")
_ID_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,64}")
# 16-byte SIV tag + "YYYY-Www:" + an id of at most 64 characters, base64url: at most 120.
_TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{36,120}")
INVALID_LINK = (
    "This feedback link is not valid (it may be mistyped or cut short); "
    "use the Yes or No link from the email itself."
)


@dataclass(frozen=True, slots=True)
class FeedbackTicket:
    """What a valid feedback token stands for: one reader's copy of one issue."""

    issue_id: str
    subscriber_id: str


def _cipher(secret_key: str) -> AESSIV:
    key = HKDF(algorithm=hashes.SHA256(), length=64, salt=None, info=_PURPOSE).derive(
        secret_key.encode("utf-8")
    )
    return AESSIV(key)  # a 64-byte key: AES-256 in SIV mode


class FeedbackTokens:
    """Make and open feedback tokens; ``secret_keys`` lists the current key first."""

    def __init__(self, secret_keys: Sequence[str]) -> None:
        """Derive one AES-SIV key per configured secret key (current first).

        Raises SubscriberError when no key is configured.
        """
        keys = [key for key in secret_keys if key]
        if not keys:
            message = "No secret key configured; set NEWSLETTER_SECRET_KEY."
            raise SubscriberError(message)
        self._ciphers = [_cipher(key) for key in keys]

    def token(self, issue_id: str, subscriber_id: str) -> str:
        """Return the token of ``subscriber_id``'s copy of ``issue_id`` (at most 120 characters).

        Raises InvalidToken when the issue id is not ``YYYY-Www`` or the id is not URL-safe.
        """
        return self.tokens(issue_id, [subscriber_id])[0]

    def tokens(self, issue_id: str, subscriber_ids: Iterable[str]) -> list[str]:
        """Return ``token(issue_id, id)`` for each id (the send path mints a batch at once)."""
        if not _ISSUE_PATTERN.fullmatch(issue_id):
            message = f"Issue id {issue_id!r} is not an ISO week like 2026-W48."
            raise InvalidToken(message)
        cipher = self._ciphers[0]
        prefix = issue_id + ":"
        associated = [_PURPOSE]
        encode = base64.urlsafe_b64encode
        tokens = []
        for subscriber_id in subscriber_ids:
            if not _ID_PATTERN.fullmatch(subscriber_id):
                message = "A feedback token can only carry a subscriber id (URL-safe letters, digits, - and _)."
                raise InvalidToken(message)
            sealed = cipher.encrypt((prefix + subscriber_id).encode("ascii"), associated)
            tokens.append(encode(sealed).rstrip(b"=").decode("ascii"))
        return tokens

    def verify(self, token: object) -> FeedbackTicket:
        """Return the issue and subscriber a token stands for.

        Raises InvalidToken when it is malformed, not base64url as we write it, or does not
        authenticate under any configured key (tampered, forged, or made with a removed key).
        """
        if not isinstance(token, str) or not _TOKEN_PATTERN.fullmatch(token):
            raise InvalidToken(INVALID_LINK)
        try:
            sealed = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        except ValueError as exc:  # binascii.Error: a length base64 cannot have
            raise InvalidToken(INVALID_LINK) from exc
        # Only the one spelling we write is a link: the last character's spare bits must be 0.
        if base64.urlsafe_b64encode(sealed).rstrip(b"=").decode("ascii") != token:
            raise InvalidToken(INVALID_LINK)
        for cipher in self._ciphers:
            try:
                plain = cipher.decrypt(sealed, [_PURPOSE])
            except InvalidTag:
                continue
            issue_id, _, subscriber_id = plain.decode("ascii", "replace").partition(":")
            if _ISSUE_PATTERN.fullmatch(issue_id) and _ID_PATTERN.fullmatch(subscriber_id):
                return FeedbackTicket(issue_id, subscriber_id)
        raise InvalidToken(INVALID_LINK)
