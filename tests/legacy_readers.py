"""Readers stored before the door refused non-ASCII local parts (``normalise_new_address``).

Such rows may exist in a database from before the rule; lookups, look-alike protection,
privacy and the send must keep handling them. This writes one the way the store used to.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import sqlalchemy as sa

from subscribers.addresses import has_ascii_local_part, normalise_address
from subscribers.models import Subscriber
from subscribers.registration import new_subscriber_id
from subscribers.store import SubscriberStore
from subscribers.tables import subscriber_fields, subscribers


def store_reader(
    store: SubscriberStore, email: str, fields: Iterable[str], *, status: str = "active"
) -> Subscriber:
    """Store a reader: through ``add`` when the door takes the address, else as before the rule."""
    address = normalise_address(email)
    if has_ascii_local_part(address):
        method = "cli" if status == "active" else "form"
        return store.add(address, fields, method=method, policy_version="2026-01", status=status)  # type: ignore[arg-type]
    now = dt.datetime.now(dt.UTC)
    subscriber_id = new_subscriber_id()
    with store.engine.begin() as connection:
        connection.execute(
            sa.insert(subscribers).values(
                id=subscriber_id,
                email=address,
                email_key=store.hasher.email_key(address),
                status=status,
                created_at=now,
                updated_at=now,
                confirmed_at=now if status == "active" else None,
            )
        )
        connection.execute(
            sa.insert(subscriber_fields),
            [{"subscriber_id": subscriber_id, "field_slug": slug} for slug in sorted(set(fields))],
        )
    return store.get(subscriber_id)
