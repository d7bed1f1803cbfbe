"""Validate and normalise addresses, and hash them (and IPs) with a key.

Key rotation: the hash of an address is an HMAC-SHA256 under a key derived from the
*current* secret key. Lookups try every configured key (current first, then the old ones),
and a row found under an old key is re-hashed to the current key when it is next written
(``SubscriberStore.rekey`` does all rows at once). Rows keep their address, so nothing is
lost when an old key is later removed — except erasure records, which hold only the hash:
an erasure recorded under a key that is no longer configured stops blocking re-import.
Keep retired keys in NEWSLETTER_OLD_SECRET_KEYS for as long as erasures must hold.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence

from email_validator import EmailNotValidError, validate_email

from subscribers.errors import InvalidAddress, SubscriberError
from subscribers.masking import mask_address

MAX_ADDRESS_LENGTH = 320
# Domain separation: the same secret signs tokens, so derive a distinct key per use.
_ADDRESS_CONTEXT = b"newsletter.subscribers.address-key.v1"
_IP_CONTEXT = b"newsletter.subscribers.ip-key.v1"


def normalise_address(raw: str) -> str:
    """Return the validated, normalised address (domain lower-cased, local part kept).

    Raises InvalidAddress with a masked address in the message.
    """
    candidate = raw.strip()
    if not candidate or len(candidate) > MAX_ADDRESS_LENGTH:
        message = f"Address {mask_address(candidate)!r} is empty or too long; give one valid email address."
        raise InvalidAddress(message)
    try:
        result = validate_email(candidate, check_deliverability=False)
    except EmailNotValidError as exc:
        reason = str(exc).replace(candidate, mask_address(candidate))
        message = (
            f"Address {mask_address(candidate)!r} is not valid: {reason} Check it and try again."
        )
        raise InvalidAddress(message) from exc
    return str(result.normalized)


def _derive(secret: str, context: bytes) -> bytes:
    return hmac.new(secret.encode("utf-8"), context, hashlib.sha256).digest()


class AddressHasher:
    """Keyed hashes of addresses and IPs; ``secret_keys`` lists the current key first."""

    def __init__(self, secret_keys: Sequence[str]) -> None:
        """Derive one address key and one IP key per secret key (current first)."""
        keys = [key for key in secret_keys if key]
        if not keys:
            message = "No secret key configured; set NEWSLETTER_SECRET_KEY."
            raise SubscriberError(message)
        self._address_keys = [_derive(key, _ADDRESS_CONTEXT) for key in keys]
        self._ip_key = _derive(keys[0], _IP_CONTEXT)

    @staticmethod
    def _fold(address: str) -> bytes:
        # Uniqueness ignores case everywhere (most mail systems treat local parts that way).
        return address.casefold().encode("utf-8")

    def email_key(self, address: str) -> str:
        """Return the hex HMAC of the case-folded normalised address under the current key."""
        return hmac.new(self._address_keys[0], self._fold(address), hashlib.sha256).hexdigest()

    def candidate_keys(self, address: str) -> list[str]:
        """Return the address's hash under every configured key, current first (for lookups)."""
        folded = self._fold(address)
        return [hmac.new(key, folded, hashlib.sha256).hexdigest() for key in self._address_keys]

    def ip_hash(self, ip: str) -> str:
        """Return the hex HMAC of an IP address (stored instead of the IP)."""
        return hmac.new(self._ip_key, ip.strip().encode("utf-8"), hashlib.sha256).hexdigest()
