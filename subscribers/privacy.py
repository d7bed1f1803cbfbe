"""Privacy: export (access request), forget (erasure) and rekey (after a key rotation)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from subscribers.addresses import normalise_address
from subscribers.errors import (
    UnknownSubscriber,
)
from subscribers.masking import mask_address
from subscribers.models import (
    Subscriber,
)
from subscribers.reads import Reads
from subscribers.registration import (
    find_erased,
)
from subscribers.storebase import (
    now_utc,
    storage_errors,
)
from subscribers.tables import consents, erasures, subscriber_fields, subscribers
from subscribers.votes import erase_votes, votes_for_export


class Privacy(Reads):
    """Export, erase and re-hash; reads through ``Reads``."""

    def forget(self, email: str) -> bool:
        """Erase everything personal about ``email``; return whether a subscriber was found.

        The address's erasure hash (a key that never rotates) is recorded in ``erasures`` either way, so the address cannot
        be imported again without fresh consent through the form.
        """
        address = normalise_address(email)
        now = now_utc()
        erasure_key = self._erasure().key(address)
        voters = self._voters()  # read (or made) before the write transaction, like the above
        with storage_errors("erase a subscriber"), self.engine.begin() as connection:
            subscriber_id = self._id_by_address(connection, address)
            if not find_erased(connection, [erasure_key]):
                connection.execute(sa.insert(erasures).values(email_key=erasure_key, erased_at=now))
            if subscriber_id is None:
                return False
            connection.execute(
                sa.delete(subscriber_fields).where(
                    subscriber_fields.c.subscriber_id == subscriber_id
                )
            )
            connection.execute(
                sa.update(consents)
                .where(consents.c.subscriber_id == subscriber_id)
                .values(fields=[], ip_hash=None)
            )
            erase_votes(connection, voters.key(subscriber_id))
            connection.execute(
                sa.update(subscribers)
                .where(subscribers.c.id == subscriber_id)
                .values(
                    email=None,
                    email_key=f"erased:{subscriber_id}",
                    status="erased",
                    updated_at=now,
                )
            )
        return True

    def export(self, email: str) -> dict[str, Any]:
        """Return everything stored about ``email`` as JSON-ready data (GDPR access request).

        Raises UnknownSubscriber when the address is not stored.
        """
        subscriber = self.find_by_email(email)
        if subscriber is None:
            message = f"No subscriber has the address {mask_address(normalise_address(email))}; nothing is stored about it."
            raise UnknownSubscriber(message)
        voter_key = self._voters().key(subscriber.id)
        with storage_errors("read votes"), self.engine.connect() as connection:
            own_votes = votes_for_export(connection, voter_key)
        return {**subscriber_to_json(subscriber), "votes": own_votes}

    def rekey(self) -> int:
        """Re-hash every stored address under the current key; return how many rows changed.

        Run after rotating NEWSLETTER_SECRET_KEY so lookups no longer depend on old keys.
        """
        changed = 0
        last = ""
        while True:
            with storage_errors("re-hash addresses"), self.engine.begin() as connection:
                rows = connection.execute(
                    sa.select(subscribers.c.id, subscribers.c.email, subscribers.c.email_key)
                    .where(subscribers.c.email.is_not(None), subscribers.c.id > last)
                    .order_by(subscribers.c.id)
                    .limit(1000)
                ).all()
                for row in rows:
                    key = self.hasher.email_key(row.email)
                    if key != row.email_key:
                        connection.execute(
                            sa.update(subscribers)
                            .where(subscribers.c.id == row.id)
                            .values(email_key=key)
                        )
                        changed += 1
            if not rows:
                return changed
            last = rows[-1].id


def subscriber_to_json(subscriber: Subscriber) -> dict[str, Any]:
    """Return the subscriber as JSON-ready data (ISO 8601 timestamps, sorted fields)."""

    def iso(value: dt.datetime | None) -> str | None:
        return None if value is None else value.isoformat()

    return {
        "id": subscriber.id,
        "email": subscriber.email,
        "status": subscriber.status,
        "fields": sorted(subscriber.fields),
        "created_at": iso(subscriber.created_at),
        "updated_at": iso(subscriber.updated_at),
        "confirmed_at": iso(subscriber.confirmed_at),
        "unsubscribed_at": iso(subscriber.unsubscribed_at),
        "consents": [
            {
                "given_at": iso(consent.given_at),
                "method": consent.method,
                "fields": list(consent.fields),
                "policy_version": consent.policy_version,
                "ip_hash": consent.ip_hash,
                "source": consent.source,
            }
            for consent in subscriber.consents
        ],
    }
