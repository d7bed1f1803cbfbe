"""Subscriber tables, on this package's own ``metadata``. Only ``subscribers`` code touches them.

The migrations (``newsletter/db/migrations``) gather these and the pipeline's tables.
"""

from __future__ import annotations

import sqlalchemy as sa

from subscribers.sqltypes import NAMING_CONVENTION, UtcDateTime

metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)

subscribers = sa.Table(
    "subscribers",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),  # opaque random id, safe in links
    sa.Column("email", sa.String(320)),  # normalised; NULL once erased
    sa.Column("email_key", sa.String(64), nullable=False, unique=True),  # keyed hash, case-folded
    # pending, active, paused, unsubscribed, bounced, complained, erased
    sa.Column("status", sa.String(16), nullable=False, index=True),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("updated_at", UtcDateTime, nullable=False),
    sa.Column("confirmed_at", UtcDateTime),
    sa.Column("unsubscribed_at", UtcDateTime),
    # Covers the send's recipient pages (``SubscriberStore.iter_recipient_rows``): id ranges
    # walked in id order, reading status and address. Without it each row costs a table
    # lookup in random order (ids are random, the table is in insertion order): seconds on a
    # large list. id first: the pages are id ranges.
    sa.Index("ix_subscribers_id_status_email", "id", "status", "email"),
)

subscriber_fields = sa.Table(
    "subscriber_fields",
    metadata,
    sa.Column(
        "subscriber_id",
        sa.String(32),
        sa.ForeignKey("subscribers.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("field_slug", sa.String(64), primary_key=True),
    # When the reader chose the field: the time of the consent that added it (an import's
    # consented_at), or of the preferences change. The audience log's join is dated by it
    # (migration 0008); NULL for fields stored before that migration.
    sa.Column("chosen_at", UtcDateTime),
)

consents = sa.Table(
    "consents",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "subscriber_id",
        sa.String(32),
        sa.ForeignKey("subscribers.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("given_at", UtcDateTime, nullable=False),
    sa.Column("method", sa.String(16), nullable=False),  # form, import, cli
    sa.Column("fields", sa.JSON, nullable=False),
    sa.Column("policy_version", sa.String(32), nullable=False),
    sa.Column("ip_hash", sa.String(64)),  # keyed hash of the IP, never the IP itself
    sa.Column(
        "source", sa.String(32)
    ),  # imports only: how the reader first consented, per the file
)

erasures = sa.Table(
    "erasures",
    metadata,
    # keyed hash of an erased address: blocks re-import without new consent
    sa.Column("email_key", sa.String(64), primary_key=True),
    sa.Column("erased_at", UtcDateTime, nullable=False),
)

votes = sa.Table(
    "votes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("issue_id", sa.String(16), nullable=False),
    sa.Column("field_slug", sa.String(64), nullable=False),
    # Keyed hash of the subscriber id, only to keep one vote per reader per field and issue;
    # NULL once the reader is erased (the vote still counts, nobody's any more).
    sa.Column("voter_key", sa.String(64)),
    sa.Column("verdict", sa.String(16), nullable=False),  # the verdict the reader was shown
    sa.Column("vote", sa.String(3), nullable=False),  # yes (the call was right) or no
    sa.Column("comment", sa.Text),  # plain text, length-capped, None when not given
    sa.Column("voted_at", UtcDateTime, nullable=False),
    sa.UniqueConstraint("issue_id", "field_slug", "voter_key"),
    sa.Index("ix_votes_voter_key", "voter_key"),
)

# Per-field audience changes, written by database triggers (migrations 0004 and 0008) on every
# path that starts or stops a reader's field, so no store method can forget one. Each is dated
# when it happened for the reader: a join at the consent's time (subscriber_fields.chosen_at,
# or the confirmed_at the activating update wrote), an unsubscribe at its unsubscribed_at,
# anything else when stored. No subscriber id: only aggregate counts are ever read from it.
field_events = sa.Table(
    "field_events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", UtcDateTime, nullable=False, index=True),
    sa.Column("field_slug", sa.String(64), nullable=False),
    # joined, left (unsubscribed from the field or everything, or erased), bounced, complained
    sa.Column("kind", sa.String(16), nullable=False),
)

applied_events = sa.Table(
    "applied_events",
    metadata,
    # a provider's unique event id (SendGrid's sg_event_id): a replayed event is skipped
    sa.Column("event_id", sa.String(128), primary_key=True),
    sa.Column("applied_at", UtcDateTime, nullable=False, index=True),
)

confirmation_limits = sa.Table(
    "confirmation_limits",
    metadata,
    # keyed hash of a mailbox (address without +tag, and without dots where the provider
    # ignores them): how many subscribe emails it got in the current window
    sa.Column("mailbox_key", sa.String(64), primary_key=True),
    sa.Column("window_start", UtcDateTime, nullable=False, index=True),
    sa.Column("sent", sa.Integer, nullable=False),
)

store_keys = sa.Table(
    "store_keys",
    metadata,
    # random keys kept by the database itself, never rotated (the erasure key)
    sa.Column("name", sa.String(32), primary_key=True),
    sa.Column("secret", sa.String(128), nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
)
