"""SubscriberStore: the only code that reads or writes subscriber addresses (SQLAlchemy Core).

Rules for ``add``/``register`` when the address is already known (matched as mail systems
do, ``subscribers.addresses.fold_address``: ASCII case ignored, nothing else folded; through
its keyed hash, under any configured key):

- erased before (its hash is in ``erasures``): only ``method="form"`` (fresh consent on the
  web form) may add it again, which clears the erasure; import and CLI raise ConsentRequired.
- unsubscribed, bounced or complained: the same — only the form brings them back (fields
  replaced by the new choice, status as requested, normally ``pending`` for double opt-in);
  an operator's import or CLI add never overrides a reader's decision to stop.
- pending: the new fields replace the old ones (the latest unconfirmed request wins); the
  status becomes ``active`` only if ``status="active"`` is asked for.
- active or paused: the new fields are added to the existing ones (a re-subscription never
  silently drops a field), the status is kept (a pause is the reader's choice).
Every accepted add records a new consent row, and dates what it starts at the consent's time
(an import's ``consented_at``, else now): ``confirmed_at`` when it activates the reader and
``subscriber_fields.chosen_at`` of each field it adds, from which the audience log dates the
joins. Nothing is ever duplicated. These rules live in
one place, ``subscribers.registration.plan_registration``, which ``register`` (one address)
and ``register_many`` (an import, a chunk of addresses per transaction) both apply.

Other state changes are idempotent and never raise for a status they do not apply to: they
return the subscriber unchanged (``confirm`` only moves pending to active, ``pause`` only
active to paused, ``resume`` only paused to active). ``get`` returns erased subscribers too
(``email`` None, status ``erased``); mutating methods other than ``unsubscribe`` and
``suppress`` raise UnknownSubscriber for them.

``forget`` keeps the row (id, status ``erased``, timestamps) so the delivery ledger still
makes sense, sets the address to NULL, replaces ``email_key`` by a meaningless placeholder,
deletes the fields, keeps a minimal consent audit (when, method, policy version) with the
fields and IP hash removed, and drops the voter key from the reader's verdict votes (they
still count, as nobody's). The address's hash under the database's erasure key (``subscribers.erasure``, never rotated) goes to ``erasures``.
"""

from __future__ import annotations

from subscribers.enrolment import REGISTER_CHUNK as REGISTER_CHUNK  # re-exported
from subscribers.enrolment import Enrolment
from subscribers.privacy import Privacy
from subscribers.privacy import subscriber_to_json as subscriber_to_json
from subscribers.registration import new_subscriber_id as new_subscriber_id
from subscribers.transitions import Transitions


class SubscriberStore(Privacy, Transitions, Enrolment):
    """Subscribers, their fields, consents and erasures, over a SQLAlchemy engine.

    The parts, one job each: ``Reads`` (``subscribers.reads``), ``Transitions``
    (``subscribers.transitions``), ``Enrolment`` (``subscribers.enrolment``), ``Privacy``
    (``subscribers.privacy``: export, forget, rekey), over ``StoreBase``
    (``subscribers.storebase``). ``SubscriberStore(engine, secret_keys)`` as before.
    """
