"""Value types of the subscriber store: Subscriber, ConsentRecord, Recipient, AddResult, Registration."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final, Literal, get_args

from subscribers.errors import SubscriberError

SubscriberStatus = Literal[
    "pending", "active", "paused", "unsubscribed", "bounced", "complained", "erased"
]
ConsentMethod = Literal["form", "import", "cli"]
SuppressionStatus = Literal["bounced", "complained", "unsubscribed"]
NewStatus = Literal["active", "pending"]

STATUSES: Final[tuple[SubscriberStatus, ...]] = get_args(SubscriberStatus)
CONSENT_METHODS: Final[tuple[ConsentMethod, ...]] = get_args(ConsentMethod)
# Statuses in which the subscriber asked (or the mail system told us) to stop: only fresh
# consent through the web form brings them back.
STOPPED_STATUSES: Final[frozenset[str]] = frozenset({"unsubscribed", "bounced", "complained"})


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    """One act of consent: when, how, for which fields, under which privacy-policy version.

    ``ip_hash`` is a keyed hash of the IP address the consent came from (web form only),
    never the IP itself; it is removed when the subscriber is forgotten. ``source`` is, for
    imports, how the reader originally consented according to the import file.
    """

    given_at: dt.datetime
    method: ConsentMethod
    fields: tuple[str, ...]
    policy_version: str
    ip_hash: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Subscriber:
    """A subscriber as stored: opaque id, normalised address (None once erased), fields, status."""

    id: str
    email: str | None
    status: SubscriberStatus
    fields: frozenset[str]
    created_at: dt.datetime
    updated_at: dt.datetime
    confirmed_at: dt.datetime | None = None
    unsubscribed_at: dt.datetime | None = None
    consents: tuple[ConsentRecord, ...] = ()

    @property
    def is_active(self) -> bool:
        """Tell whether the weekly send goes to this subscriber (active with a field)."""
        return self.status == "active" and bool(self.fields)

    @property
    def is_erased(self) -> bool:
        """Tell whether this subscriber's personal data was erased."""
        return self.status == "erased"


@dataclass(frozen=True, slots=True)
class Recipient:
    """What the send path needs for one message: the id (for links), the address, the fields."""

    id: str
    email: str
    fields: frozenset[str]


@dataclass(frozen=True, slots=True)
class SubscriberSummary:
    """One line of a subscriber listing (no consent history)."""

    id: str
    email: str | None
    status: SubscriberStatus
    fields: frozenset[str]
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class AddResult:
    """Outcome of ``SubscriberStore.register``: the subscriber and whether it is new."""

    subscriber: Subscriber
    created: bool


@dataclass(frozen=True, slots=True)
class Registration:
    """One address for ``SubscriberStore.register_many``, with the consent it comes with.

    ``email`` must already be normalised (``subscribers.addresses.normalise_address``): the
    importer validates every row as it reads it, and the store does not pay for it twice.
    """

    email: str
    fields: frozenset[str]
    policy_version: str
    consented_at: dt.datetime | None = None
    consent_source: str | None = None
    ip: str | None = None


@dataclass(frozen=True, slots=True)
class RegisterOutcome:
    """What ``register_many`` did with one Registration: added, updated, or refused and why."""

    subscriber_id: str | None
    created: bool = False
    error: SubscriberError | None = None

    @property
    def is_refused(self) -> bool:
        """Tell whether the registration was refused (``error`` says why; nothing was stored)."""
        return self.error is not None
