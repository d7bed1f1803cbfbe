"""The one exception family of the newsletter package.

Every class carries the process exit code the CLI uses for it, as click's exceptions do,
and every message says what failed, names the value and says what to do next.
"""

from __future__ import annotations


class NewsletterError(Exception):
    """Root of every error this package raises on purpose."""

    exit_code = 1

    def format_message(self) -> str:
        """Return the one line the CLI prints for this error."""
        return str(self)


class ConfigError(NewsletterError):
    """A setting or the editorial config file is missing or invalid."""

    exit_code = 2


class DatabaseError(NewsletterError):
    """The database cannot be reached or migrated."""

    exit_code = 3


class FeedError(NewsletterError):
    """A feed could not be fetched or parsed."""

    exit_code = 4


class DraftError(NewsletterError):
    """The editor's draft file has a mistake."""

    exit_code = 5


class TemplateError(NewsletterError):
    """A template failed to render or compile, or the result breaks a budget."""

    exit_code = 6


class DeliveryError(NewsletterError):
    """Sending failed, or finished with failed or unknown deliveries."""

    exit_code = 7


class DeliveryOutcomeUnknownError(DeliveryError):
    """A batch may or may not have been accepted (no answer after it was handed over).

    Any backend raises it; the job records the batch ``unknown`` and sends it again only with
    ``--retry-unknown``.
    """


class SendLockedError(DeliveryError):
    """Another job holds the send lock of this issue."""

    exit_code = 8
