"""Random keys the database keeps for itself (``store_keys``), made once and never rotated.

For hashes that must stay comparable for ever whatever happens to the signing keys: the
erasure records (``subscribers.erasure``) and the voter keys of verdict votes
(``subscribers.votes``). Each use has its own key, by name.
"""

from __future__ import annotations

import datetime as dt
import secrets

import sqlalchemy as sa

from subscribers.tables import store_keys


def load_store_key(engine: sa.Engine, name: str) -> str:
    """Return the hex key called ``name`` in ``engine``'s database, creating it the first time.

    Two processes creating it at once agree: the second insert fails on the primary key and
    the first one's key is read back. Raises SQLAlchemy errors (callers wrap them).
    """
    query = sa.select(store_keys.c.secret).where(store_keys.c.name == name)
    with engine.connect() as connection:
        secret: str | None = connection.execute(query).scalar_one_or_none()
    if secret is not None:
        return secret
    try:
        with engine.begin() as connection:
            connection.execute(
                sa.insert(store_keys).values(
                    name=name, secret=secrets.token_hex(32), created_at=dt.datetime.now(dt.UTC)
                )
            )
    except sa.exc.IntegrityError:
        pass  # another process created it first: use theirs
    with engine.connect() as connection:
        found: str = connection.execute(query).scalar_one()
    return found
