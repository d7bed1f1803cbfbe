"""Validate and normalise addresses, and hash them (and IPs) with a key.

Which addresses are the same person: as mail systems see it. The domain is IDNA-normalised
(UTS-46, non-transitional, as ``email-validator`` does: ``STRAẞE.de`` and
``xn--strae-oqa.de`` are ``straße.de``) and lower-cased; the local part is kept exactly,
except that ASCII letters compare case-insensitively (RFC 5321 section 2.4 lets the receiving
host decide; practically every host ignores ASCII case, and none folds anything else). No
Unicode case folding: ``hans@straße.de`` and ``hans@strasse.de``, ``ılker`` and ``ilker``,
fullwidth ``ｈａｎｓ`` and ``hans`` are different people. ``fold_address`` is that comparison
key, and the keyed hashes below are taken over it.

Hash versions: the first version hashed ``str.casefold()`` of the address, which made
look-alikes one person. Version 2 hashes ``fold_address`` under a key of its own, so the two
never collide; ``legacy_keys`` still finds rows written under version 1, and callers accept
such a row only when its stored address folds to the same key (``is_same_mailbox``). Erasure
records under version 1 hold only the hash, so they still block their whole casefold class
(erring towards not mailing). ``SubscriberStore.rekey`` moves every row to version 2.

Key rotation: the hash of an address is an HMAC-SHA256 under a key derived from the
*current* secret key. Lookups try every configured key (current first, then the old ones),
and a row found under an old key is re-hashed to the current key when it is next written
(``SubscriberStore.rekey``, ``newsletter subscribers rekey``, does all rows at once). Rows
keep their address, so nothing is lost when an old key is later removed. Erasure records
hold only a hash, so they use a key of their own that never rotates (``subscribers.erasure``).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence

from email_validator import EmailNotValidError, ValidatedEmail, validate_email

from subscribers.errors import InvalidAddress, SubscriberError, UndeliverableAddress
from subscribers.masking import mask_address

MAX_ADDRESS_LENGTH = 320
# Domain separation: the same secret signs tokens, so derive a distinct key per use.
_ADDRESS_CONTEXT = b"newsletter.subscribers.address-key.v2"
_LEGACY_ADDRESS_CONTEXT = b"newsletter.subscribers.address-key.v1"  # casefold: see above
_IP_CONTEXT = b"newsletter.subscribers.ip-key.v1"
_MAILBOX_CONTEXT = b"newsletter.subscribers.mailbox-key.v1"


# Why an address whose local part is not ASCII is refused (no address in it: it is also the
# delivery ledger's reason for such an address stored before the rule).
NON_ASCII_LOCAL_PART = (
    "the part before the @ has characters outside ASCII, and mail to such an address needs "
    "SMTPUTF8 (RFC 6531), which SendGrid and many SMTP relays (Amazon SES among them) do not "
    "offer, and it has no ASCII form to fall back on; use an address that is ASCII before the "
    "@ (letters a-z, digits, . _ + -), such as an alias from the same provider (a non-ASCII "
    "domain is fine)"
)


def _validated(raw: str) -> ValidatedEmail:
    """Validate ``raw`` (stripped); raise InvalidAddress with a masked address in the message."""
    candidate = raw.strip()
    if not candidate or len(candidate) > MAX_ADDRESS_LENGTH:
        message = f"Address {mask_address(candidate)!r} is empty or too long; give one valid email address."
        raise InvalidAddress(message)
    try:
        return validate_email(candidate, check_deliverability=False)
    except EmailNotValidError as exc:
        reason = str(exc).replace(candidate, mask_address(candidate))
        message = (
            f"Address {mask_address(candidate)!r} is not valid: {reason} Check it and try again."
        )
        raise InvalidAddress(message) from exc


def normalise_address(raw: str) -> str:
    """Return the validated, normalised address (domain lower-cased, local part kept).

    For finding a stored subscriber (export, forget, lookups): it also accepts a non-ASCII
    local part, which ``normalise_new_address`` refuses. Raises InvalidAddress with a masked
    address in the message.
    """
    return str(_validated(raw).normalized)


def normalise_new_address(raw: str) -> str:
    """Return the normalised address of a reader joining; refuse one we cannot deliver to.

    What the product promises: every address it accepts can be delivered by every backend.
    A non-ASCII domain can (it travels in IDNA form, RFC 5891); a non-ASCII local part needs
    SMTPUTF8 end to end (RFC 6531), which the SendGrid API does not support (it accepts the
    request and drops the message as invalid) and relays offer or not, with no downgrade
    (RFC 6530). email-validator reports that need as ``ValidatedEmail.smtputf8``. Raises
    UndeliverableAddress for such an address, InvalidAddress for an invalid one (messages
    masked, saying what to do).
    """
    result = _validated(raw)
    normalized = str(result.normalized)
    if result.smtputf8:
        check_new_address(normalized)
    return normalized


def has_ascii_local_part(address: str) -> bool:
    """Tell whether a normalised address is ASCII before its last @ (no SMTPUTF8 needed)."""
    return address.isascii() or address.rpartition("@")[0].isascii()


def check_new_address(address: str) -> None:
    """Raise UndeliverableAddress unless a normalised address may join (see ``normalise_new_address``)."""
    if not has_ascii_local_part(address):
        message = f"Address {mask_address(address)!r} cannot be subscribed: {NON_ASCII_LOCAL_PART}."
        raise UndeliverableAddress(message)


def fold_address(address: str) -> str:
    """Return the comparison key of a normalised address: ASCII letters lower-cased, nothing else.

    ``address`` must come from ``normalise_address`` (domain already IDNA-normalised).
    ``Hans@Example.COM`` and ``hans@example.com`` fold alike; ``HANß@x`` folds to ``hanß@x``.
    """
    return address.translate(_ASCII_LOWER)


def is_same_mailbox(stored: str | None, address: str) -> bool:
    """Tell whether a stored (normalised) address and ``address`` are the same person."""
    return stored is not None and fold_address(stored) == fold_address(address)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


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
        # One HMAC state per key, keyed once: ``copy()`` and update per address (stdlib hmac).
        self._address_macs = [
            hmac.new(_derive(key, _ADDRESS_CONTEXT), digestmod=hashlib.sha256) for key in keys
        ]
        self._legacy_macs = [
            hmac.new(_derive(key, _LEGACY_ADDRESS_CONTEXT), digestmod=hashlib.sha256)
            for key in keys
        ]
        self._ip_key = _derive(keys[0], _IP_CONTEXT)
        self._mailbox_mac = hmac.new(_derive(keys[0], _MAILBOX_CONTEXT), digestmod=hashlib.sha256)

    @staticmethod
    def _digest(mac: hmac.HMAC, data: bytes) -> str:
        copy = mac.copy()
        copy.update(data)
        return copy.hexdigest()

    def email_key(self, address: str) -> str:
        """Return the hex HMAC of ``fold_address(address)`` under the current key (64 characters)."""
        return self._digest(self._address_macs[0], fold_address(address).encode("utf-8"))

    def candidate_keys(self, address: str) -> list[str]:
        """Return the address's hash under every configured key, current first (for lookups).

        Followed by its version-1 hashes (``legacy_keys``): a row found by one of those is the
        same person only if ``is_same_mailbox`` says so.
        """
        folded = fold_address(address).encode("utf-8")
        return [self._digest(mac, folded) for mac in self._address_macs] + self.legacy_keys(address)

    def legacy_keys(self, address: str) -> list[str]:
        """Return the address's version-1 (casefold) hash under every configured key."""
        folded = address.casefold().encode("utf-8")
        return [self._digest(mac, folded) for mac in self._legacy_macs]

    def mailbox_key(self, mailbox: str) -> str:
        """Return the hex HMAC of a mailbox (``subscribers.mailbox.mailbox_of``) for rate limits."""
        return self._digest(self._mailbox_mac, mailbox.encode("utf-8"))

    def ip_hash(self, ip: str) -> str:
        """Return the hex HMAC of an IP address (stored instead of the IP)."""
        return hmac.new(self._ip_key, ip.strip().encode("utf-8"), hashlib.sha256).hexdigest()
