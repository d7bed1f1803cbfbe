"""Verdict votes: one per reader per field per issue, kept without saying whose it is.

A vote records the issue, the field, the verdict the reader was shown, yes (the call was
right) or no, an optional one-line comment and the time. The reader appears only as a
*voter key*, an HMAC-SHA256 of the opaque subscriber id under the database's own voter key
(``subscribers.keystore``: random, made once, never rotated), there only so a second vote
replaces the first. ``SubscriberStore.forget`` sets the
key to NULL (``erase_votes``): the vote still counts in the totals, and nothing ties it to
anyone any more. ``SubscriberStore.export`` lists the reader's own votes (``votes_for_export``).

The voter key does not depend on NEWSLETTER_SECRET_KEY: after every signing key is rotated
away, a reader's new vote still replaces their old one, and export and erasure still find it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal, cast

import sqlalchemy as sa

from subscribers.dberrors import storage_errors
from subscribers.errors import SubscriberError
from subscribers.keystore import load_store_key
from subscribers.tables import votes

VoteValue = Literal["yes", "no"]
VOTE_VALUES: tuple[VoteValue, ...] = ("yes", "no")
# One line of feedback, about a tweet: enough to say why, too short to paste a document.
MAX_COMMENT_LENGTH = 280
_VOTER_CONTEXT = b"newsletter.subscribers.voter-key.v1:"
VOTER_KEY_NAME = "voter"  # its row in store_keys


@dataclass(frozen=True, slots=True)
class Vote:
    """One reader's vote on one field's verdict of one issue (``voted_at`` in UTC)."""

    issue_id: str
    field_slug: str
    verdict: str
    vote: VoteValue
    comment: str | None
    voted_at: dt.datetime


@dataclass(frozen=True, slots=True)
class VoteTally:
    """The votes of one field in one issue: counts only, never who."""

    issue_id: str
    field_slug: str
    yes: int
    no: int
    comments: int


def clean_comment(raw: str | None) -> str | None:
    """Return the comment as one line of plain text, at most ``MAX_COMMENT_LENGTH`` characters.

    Control and format characters (newlines, bidi overrides, NUL) become spaces, runs of
    whitespace one space, the text NFC-normalised; markup is kept as typed (it is text, and
    pages escape it). An empty result is None.
    """
    if raw is None:
        return None
    text = unicodedata.normalize("NFC", raw)
    text = "".join(" " if unicodedata.category(char).startswith("C") else char for char in text)
    text = " ".join(text.split())[:MAX_COMMENT_LENGTH].strip()
    return text or None


class VoterKeys:
    """Keyed hashes of subscriber ids for the votes table, under the database's voter key."""

    def __init__(self, secret: str) -> None:
        """Use ``secret``, the hex voter key from ``store_keys`` (``load_voter_keys``)."""
        self._mac = hmac.new(bytes.fromhex(secret), _VOTER_CONTEXT, hashlib.sha256)

    def key(self, subscriber_id: str) -> str:
        """Return the subscriber's voter key (64 hex characters)."""
        mac = self._mac.copy()
        mac.update(subscriber_id.encode("utf-8"))
        return mac.hexdigest()


def load_voter_keys(engine: sa.Engine) -> VoterKeys:
    """Return the voter-key hasher of ``engine``'s database, creating its key the first time.

    Raises SubscriberError when the database fails.
    """
    with storage_errors("read the voter key"):
        return VoterKeys(load_store_key(engine, VOTER_KEY_NAME))


@dataclass(frozen=True, slots=True)
class VerdictTally:
    """The yes / no votes on one verdict shown for one field in one issue."""

    issue_id: str
    field_slug: str
    verdict: str  # the Verdict value the readers were shown: must-read, worth-a-skim, skip
    yes: int
    no: int


def verdict_tallies(
    engine: sa.Engine, issue_ids: Iterable[str] | None = None
) -> list[VerdictTally]:
    """Return the votes per (issue, field, verdict shown), for ``issue_ids`` or every issue.

    Needs no key: a label source for evaluating the judgement (``newsletter.reader_agreement``).
    Raises SubscriberError when the database fails.
    """
    query = (
        sa.select(
            votes.c.issue_id,
            votes.c.field_slug,
            votes.c.verdict,
            sa.func.sum(sa.case((votes.c.vote == "yes", 1), else_=0)),
            sa.func.sum(sa.case((votes.c.vote == "no", 1), else_=0)),
        )
        .group_by(votes.c.issue_id, votes.c.field_slug, votes.c.verdict)
        .order_by(votes.c.issue_id, votes.c.field_slug, votes.c.verdict)
    )
    if issue_ids is not None:
        query = query.where(votes.c.issue_id.in_(list(issue_ids)))
    with storage_errors("count votes"), engine.connect() as connection:
        rows = connection.execute(query).all()
    return [
        VerdictTally(issue, field, verdict, int(yes or 0), int(no or 0))
        for issue, field, verdict, yes, no in rows
    ]


def erase_votes(connection: sa.Connection, voter_key: str) -> int:
    """Drop ``voter_key`` from every vote stored under it; return how many.

    Runs in the caller's transaction (``SubscriberStore.forget``).
    """
    result = connection.execute(
        sa.update(votes).where(votes.c.voter_key == voter_key).values(voter_key=None)
    )
    return result.rowcount


def votes_for_export(connection: sa.Connection, voter_key: str) -> list[dict[str, Any]]:
    """Return the votes stored under ``voter_key`` as JSON-ready dicts (oldest issue first)."""
    rows = connection.execute(
        sa.select(votes)
        .where(votes.c.voter_key == voter_key)
        .order_by(votes.c.issue_id, votes.c.field_slug)
    ).all()
    return [
        {
            "issue_id": row.issue_id,
            "field": row.field_slug,
            "verdict_shown": row.verdict,
            "vote": row.vote,
            "comment": row.comment,
            "voted_at": row.voted_at.isoformat(),
        }
        for row in rows
    ]


def _vote_from(row: Any) -> Vote:
    return Vote(
        issue_id=row.issue_id,
        field_slug=row.field_slug,
        verdict=row.verdict,
        vote=cast(VoteValue, row.vote),
        comment=row.comment,
        voted_at=row.voted_at,
    )


class VoteStore:
    """Record and count verdict votes over a SQLAlchemy engine (schema already migrated)."""

    def __init__(self, engine: sa.Engine) -> None:
        """Use ``engine``; the voter key is read from its database on first use."""
        self.engine = engine
        self._keys: VoterKeys | None = None

    @property
    def keys(self) -> VoterKeys:
        """The database's voter-key hasher (SubscriberError when the database fails)."""
        if self._keys is None:
            self._keys = load_voter_keys(self.engine)
        return self._keys

    def current(self, issue_id: str, field_slug: str, subscriber_id: str) -> Vote | None:
        """Return the reader's vote on this field of this issue, or None."""
        with storage_errors("read a vote"), self.engine.connect() as connection:
            row = self._find(connection, issue_id, field_slug, subscriber_id)
        return None if row is None else _vote_from(row)

    def record(
        self,
        issue_id: str,
        field_slug: str,
        subscriber_id: str,
        *,
        verdict: str,
        vote: VoteValue,
        comment: str | None = None,
        now: dt.datetime | None = None,
    ) -> Vote:
        """Store the reader's vote, replacing any earlier one on the same field and issue.

        Idempotent: the same vote again changes nothing but the time. ``comment`` is cleaned
        (``clean_comment``) and replaces the earlier comment. Raises SubscriberError for a
        vote other than yes or no, or when the database fails.
        """
        if vote not in VOTE_VALUES:
            message = f"A vote is 'yes' or 'no', not {vote!r}."
            raise SubscriberError(message)
        stored = Vote(
            issue_id=issue_id,
            field_slug=field_slug,
            verdict=verdict[:16],
            vote=vote,
            comment=clean_comment(comment),
            voted_at=now or dt.datetime.now(dt.UTC),
        )
        values = {
            "verdict": stored.verdict,
            "vote": vote,
            "comment": stored.comment,
            "voted_at": stored.voted_at,
            "voter_key": self.keys.key(subscriber_id),
        }
        with storage_errors("record a vote"):
            for attempt in range(2):
                try:
                    with self.engine.begin() as connection:
                        row = self._find(connection, issue_id, field_slug, subscriber_id)
                        if row is None:
                            connection.execute(
                                sa.insert(votes).values(
                                    issue_id=issue_id, field_slug=field_slug, **values
                                )
                            )
                        else:
                            connection.execute(
                                sa.update(votes).where(votes.c.id == row.id).values(**values)
                            )
                    break
                except sa.exc.IntegrityError:
                    # Two first votes at once: the other one is stored now; replace it.
                    if attempt:
                        raise
        return stored

    def tallies(self, issue_ids: Iterable[str] | None = None) -> list[VoteTally]:
        """Return yes, no and comment counts per (issue, field), for ``issue_ids`` or all."""
        query = (
            sa.select(
                votes.c.issue_id,
                votes.c.field_slug,
                sa.func.sum(sa.case((votes.c.vote == "yes", 1), else_=0)),
                sa.func.sum(sa.case((votes.c.vote == "no", 1), else_=0)),
                sa.func.count(votes.c.comment),
            )
            .group_by(votes.c.issue_id, votes.c.field_slug)
            .order_by(votes.c.issue_id, votes.c.field_slug)
        )
        if issue_ids is not None:
            query = query.where(votes.c.issue_id.in_(list(issue_ids)))
        with storage_errors("count votes"), self.engine.connect() as connection:
            rows = connection.execute(query).all()
        return [
            VoteTally(issue, field, int(yes or 0), int(no or 0), int(comments or 0))
            for issue, field, yes, no, comments in rows
        ]

    def _find(
        self, connection: sa.Connection, issue_id: str, field_slug: str, subscriber_id: str
    ) -> Any:
        return connection.execute(
            sa.select(votes)
            .where(
                votes.c.issue_id == issue_id,
                votes.c.field_slug == field_slug,
                votes.c.voter_key == self.keys.key(subscriber_id),
            )
            .limit(1)
        ).first()
