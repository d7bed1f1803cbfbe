"""Limit the subscribe emails one mailbox receives, however its address is spelled.

Subscribe-bombing sends a victim's mailbox confirmation after confirmation through address
variants that all land in it: ``ann+1@``, ``ann+2@``, and at Gmail ``a.n.n@``. The limit is
kept per *mailbox*: the address folded as for matching (``fold_address``), without its
``+tag`` (sub-addressing, RFC 5233; Gmail, Outlook, iCloud, Fastmail, Proton and most hosts
deliver ``local+tag`` to ``local``), and, for the providers that ignore dots in the local part
(Gmail: ``gmail.com`` and its old name ``googlemail.com``), without dots. Counting a few
distinct mailboxes as one errs towards fewer emails, never more.

The count lives in the database (``confirmation_limits``: a keyed hash of the mailbox, the
window's start, the emails sent in it), so it holds across restarts and workers. Each check
is one or two single-row statements that decide atomically, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from subscribers.addresses import AddressHasher, fold_address
from subscribers.errors import StorageError
from subscribers.tables import confirmation_limits

MAILS_PER_MAILBOX = 3  # subscribe emails (confirm or manage link) per mailbox and window
WINDOW = dt.timedelta(days=1)
# Providers whose mailboxes ignore dots in the local part; the first is the canonical name.
DOTLESS_DOMAINS = {"gmail.com": "gmail.com", "googlemail.com": "gmail.com"}


def mailbox_of(address: str) -> str:
    """Return the mailbox a normalised address delivers to: ``A.nn+x@GoogleMail.com`` -> ``ann@gmail.com``."""
    local, _, domain = fold_address(address).rpartition("@")
    base = local.split("+", 1)[0] or local  # "+tag" alone is a local part of its own
    canonical = DOTLESS_DOMAINS.get(domain)
    if canonical is not None:
        base = base.replace(".", "") or base
        domain = canonical
    return f"{base}@{domain}"


class MailboxLimiter:
    """Allow at most ``limit`` subscribe emails per mailbox within ``window`` (database-backed)."""

    def __init__(
        self,
        engine: sa.Engine,
        hasher: AddressHasher,
        *,
        limit: int = MAILS_PER_MAILBOX,
        window: dt.timedelta = WINDOW,
    ) -> None:
        """Count in ``engine``'s ``confirmation_limits``; mailboxes are stored as keyed hashes."""
        self.engine = engine
        self.hasher = hasher
        self.limit = limit
        self.window = window

    def try_send(self, address: str, *, now: dt.datetime | None = None) -> bool:
        """Count one email to ``address``'s mailbox; return False (nothing counted) when over the limit.

        Raises StorageError when the database fails.
        """
        moment = now or dt.datetime.now(dt.UTC)
        key = self.hasher.mailbox_key(mailbox_of(address))
        table = confirmation_limits
        try:
            with self.engine.begin() as connection:
                # Within the window and under the limit: count it.
                counted = connection.execute(
                    sa.update(table)
                    .where(
                        table.c.mailbox_key == key,
                        table.c.window_start > moment - self.window,
                        table.c.sent < self.limit,
                    )
                    .values(sent=table.c.sent + 1)
                ).rowcount
                if counted:
                    return True
                # The window is over: start a new one with this email.
                restarted = connection.execute(
                    sa.update(table)
                    .where(
                        table.c.mailbox_key == key,
                        table.c.window_start <= moment - self.window,
                    )
                    .values(window_start=moment, sent=1)
                ).rowcount
                if restarted:
                    return True
                exists = connection.execute(
                    sa.select(table.c.sent).where(table.c.mailbox_key == key)
                ).first()
                if exists is not None:
                    return False  # the window is on and full
                connection.execute(
                    sa.insert(table).values(mailbox_key=key, window_start=moment, sent=1)
                )
                return self.limit >= 1
        except sa.exc.IntegrityError:
            # A concurrent first email to the same mailbox inserted the row: count against it.
            return self.try_send(address, now=moment)
        except sa.exc.SQLAlchemyError as exc:
            message = f"The subscriber database failed while counting subscribe emails: {type(exc).__name__}. Retry later."
            raise StorageError(message) from exc

    def forget_old(self, *, now: dt.datetime | None = None) -> int:
        """Delete the counts of windows that are over; return how many (raises StorageError)."""
        moment = now or dt.datetime.now(dt.UTC)
        try:
            with self.engine.begin() as connection:
                return connection.execute(
                    sa.delete(confirmation_limits).where(
                        confirmation_limits.c.window_start <= moment - self.window
                    )
                ).rowcount
        except sa.exc.SQLAlchemyError as exc:
            message = f"The subscriber database failed while clearing old counts: {type(exc).__name__}. Retry later."
            raise StorageError(message) from exc
