"""The erasure key: a random key the database keeps for itself and never rotates.

An erased address is remembered only as a keyed hash, so that an import cannot bring it
back without fresh consent. Hashed with the signing key, the record stopped working once that
key was rotated out of NEWSLETTER_OLD_SECRET_KEYS (the hash can never be recomputed: the
address is gone). So erasures are hashed with a key of their own, created at random the first
time it is needed and stored in ``store_keys``; it has no reason to rotate, since it signs
nothing anyone else sees. Whoever holds the database can test a guessed address against the
erasures, but that person already holds every current subscriber's address in clear.
Erasures recorded before this key existed (under the signing keys) are still checked too.
"""

from __future__ import annotations

import hashlib
import hmac

import sqlalchemy as sa

from subscribers.addresses import fold_address
from subscribers.keystore import load_store_key

ERASURE_KEY_NAME = "erasure"
_CONTEXT = b"newsletter.subscribers.erasure.v1:"


class ErasureHasher:
    """Hash addresses for the ``erasures`` table with the database's erasure key."""

    def __init__(self, secret: str) -> None:
        """Use ``secret`` (the hex key from ``store_keys``)."""
        self._mac = hmac.new(bytes.fromhex(secret), _CONTEXT, digestmod=hashlib.sha256)

    def key(self, address: str) -> str:
        """Return the hex hash of a normalised address (compared by ``fold_address``)."""
        mac = self._mac.copy()
        mac.update(fold_address(address).encode("utf-8"))
        return mac.hexdigest()


def load_erasure_hasher(engine: sa.Engine) -> ErasureHasher:
    """Return the hasher for ``engine``'s database, creating its key the first time.

    Raises SQLAlchemy errors (callers wrap them).
    """
    return ErasureHasher(load_store_key(engine, ERASURE_KEY_NAME))
