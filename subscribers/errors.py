"""The subscriber package's exception family."""

from __future__ import annotations

# What UnknownSubscriber says for an id or link token that matches no stored subscriber.
NO_SUCH_SUBSCRIBER = (
    "No subscriber matches this link or id; it may have been removed. Subscribe again if you wish."
)


class SubscriberError(Exception):
    """Root of every error the subscriber store raises on purpose."""

    exit_code = 1

    def format_message(self) -> str:
        """Return the one line the CLI prints for this error."""
        return str(self)


class StorageError(SubscriberError):  # noqa: N818
    """The subscriber database failed (unreachable, locked, damaged); nothing was changed."""

    exit_code = 3  # the CLI's code for database failures


class InvalidAddress(SubscriberError):  # noqa: N818  (the house names these as nouns)
    """An address failed validation."""

    exit_code = 2


class UndeliverableAddress(InvalidAddress):
    """A valid address the product cannot deliver to (a non-ASCII local part): not accepted."""


class InvalidToken(SubscriberError):  # noqa: N818
    """A link token is forged, truncated, tampered or meant for another purpose."""

    exit_code = 2


class UnknownSubscriber(SubscriberError):  # noqa: N818
    """No subscriber matches."""

    exit_code = 9


class ConsentRequired(SubscriberError):  # noqa: N818
    """The address was erased before; new consent is needed to add it again."""

    exit_code = 10


class InvalidImportFile(SubscriberError):  # noqa: N818
    """An import file cannot be used at all (unreadable, not UTF-8 CSV, columns missing)."""

    exit_code = 2
