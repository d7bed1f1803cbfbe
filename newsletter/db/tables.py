"""Tables owned by the pipeline: feeds, articles, fields, issues and the delivery ledger.

The subscriber tables live in ``subscribers.tables`` on that package's own metadata (only
it reads or writes addresses); ``ALL_METADATA`` is both, what the migrations describe. The
naming convention and the UTC timestamp type are shared (``subscribers.sqltypes``).
"""

from __future__ import annotations

import sqlalchemy as sa

from subscribers.sqltypes import NAMING_CONVENTION
from subscribers.sqltypes import UtcDateTime as UtcDateTime  # re-exported: the ledger uses it
from subscribers.tables import metadata as subscriber_metadata

metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)

feeds = sa.Table(
    "feeds",
    metadata,
    sa.Column("url", sa.String(2048), primary_key=True),
    sa.Column("etag", sa.String(1024)),
    sa.Column("last_modified", sa.String(128)),
    sa.Column("last_fetched_at", UtcDateTime),
    sa.Column("last_status", sa.String(32)),
    sa.Column("last_error", sa.Text),
    # What the host told us (Retry-After, 410 Gone) or repeated failures decided: no request
    # before next_attempt_at; why in wait_reason (collect/feedstate.py).
    sa.Column("failures", sa.Integer, nullable=False, server_default=sa.text("0")),
    sa.Column("next_attempt_at", UtcDateTime),
    sa.Column("wait_reason", sa.Text),
)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.String(512), primary_key=True),
    sa.Column("canonical_url", sa.String(2048), index=True),
    sa.Column("url", sa.String(2048), nullable=False),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("published_at", UtcDateTime, nullable=False, index=True),
    sa.Column("published_is_guess", sa.Boolean, nullable=False, default=False),
    sa.Column("author", sa.Text, nullable=False, default=""),
    sa.Column("source_feed", sa.String(2048), nullable=False),
    sa.Column("tags", sa.JSON, nullable=False),
    sa.Column("fields", sa.JSON, nullable=False),
    sa.Column("summary", sa.Text, nullable=False, default=""),
    sa.Column("body_html", sa.Text, nullable=False, default=""),
    sa.Column("sections", sa.JSON, nullable=False),
    sa.Column("key_finding", sa.Text, nullable=False, default=""),
    sa.Column("priority", sa.String(16), nullable=False, default=""),
    sa.Column("completeness", sa.Integer, nullable=False, default=0),
    sa.Column("fetched_at", UtcDateTime, nullable=False),
    sa.Column("updated_at", UtcDateTime, nullable=False),
)

article_fields = sa.Table(
    "article_fields",
    metadata,
    sa.Column(
        "article_id",
        sa.String(512),
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("field_slug", sa.String(64), primary_key=True, index=True),
)

fields = sa.Table(
    "fields",
    metadata,
    sa.Column("slug", sa.String(64), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("color", sa.String(7), nullable=False),
    sa.Column("description", sa.Text, nullable=False, default=""),
)

issues = sa.Table(
    "issues",
    metadata,
    sa.Column("id", sa.String(16), primary_key=True),  # ISO week, e.g. 2026-W48
    sa.Column("week_start", sa.Date, nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("snapshot", sa.JSON, nullable=False),  # the curated Issue, frozen at send time
    sa.Column("status", sa.String(16), nullable=False, default="draft"),
    sa.Column("sent_at", UtcDateTime),
    sa.Column("lock_owner", sa.String(128)),
    sa.Column("lock_expires_at", UtcDateTime),
)

deliveries = sa.Table(
    "deliveries",
    metadata,
    sa.Column("issue_id", sa.String(16), primary_key=True),
    sa.Column("subscriber_id", sa.String(64), primary_key=True),
    # pending -> claimed -> sent | failed | unknown
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("field_set", sa.String(512), nullable=False),
    sa.Column("batch_id", sa.String(64), index=True),
    sa.Column("worker", sa.String(128)),
    sa.Column("attempts", sa.Integer, nullable=False, default=0),
    sa.Column("claimed_at", UtcDateTime),
    sa.Column("finished_at", UtcDateTime),
    sa.Column("error", sa.Text),
    # Only rows a worker may claim (``claim_pending``, and ``skip_stale``) are indexed, in
    # the order workers take them, so a claim reads its next rows without sorting every
    # pending one. A full index on status cost every claimed -> sent update an index
    # rewrite; rows a job inserts as ``claimed`` and then marks ``sent`` never enter this one.
    # The predicate must stay textually equal to the queries' ``status IN (...)`` (same
    # values, same order: ``ledger.RESENDABLE``) for planners to prove they may use it.
    sa.Index(
        "ix_deliveries_claimable",
        "issue_id",
        "field_set",
        "subscriber_id",
        sqlite_where=sa.text("status IN ('pending', 'failed')"),
        postgresql_where=sa.text("status IN ('pending', 'failed')"),
    ),
)

# Every table the migrations create: the pipeline's and the subscriber store's.
ALL_METADATA = (metadata, subscriber_metadata)
