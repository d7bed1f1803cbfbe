"""The articles store: save collected articles once, load a week's worth back.

Two copies are one article when they share an id or a canonical URL (tracking parameters,
fragment and host case removed). The more complete copy wins; saving the same articles
again changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

import sqlalchemy as sa

from newsletter.db.guard import database_errors
from newsletter.db.tables import article_fields, articles
from newsletter.identity import canonical_url, colliding_id, same_report
from newsletter.models import Article
from subscribers.sqltypes import chunked
from subscribers.utc import as_utc, to_utc

# SQLite allows 32766 bound parameters; stay far below it for IN (...) lookups.
_CHUNK = 500


# What saving did with one copy of a report (see SaveResult).
SaveOutcome = Literal["new", "updated", "duplicate", "unchanged"]


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What a save did with each article given: every article is counted exactly once.

    ``new``: stored as a report of its own. ``updated``: its report was stored before and
    this copy changed it (an edit, or a fuller copy of it). ``duplicate``: another copy of
    a report kept from another entry (same id, or same canonical URL once tracking
    parameters are removed: a syndicated copy), merged into it; its own content was not
    kept because the other copy is fuller. ``unchanged``: this entry is already stored as
    it is (or the feed now gives a poorer copy of it, which never overwrites).
    """

    new: int = 0
    updated: int = 0
    duplicates: int = 0
    unchanged: int = 0

    def __add__(self, other: SaveResult) -> SaveResult:
        return SaveResult(
            self.new + other.new,
            self.updated + other.updated,
            self.duplicates + other.duplicates,
            self.unchanged + other.unchanged,
        )

    @classmethod
    def of(cls, outcomes: Iterable[SaveOutcome]) -> SaveResult:
        """Count a sequence of outcomes."""
        listed = list(outcomes)
        return cls(
            new=listed.count("new"),
            updated=listed.count("updated"),
            duplicates=listed.count("duplicate"),
            unchanged=listed.count("unchanged"),
        )


def completeness(article: Article) -> int:
    """Score how complete a copy is: filled parts first, then the length of its text."""
    filled = sum(
        (
            bool(article.title.strip()),
            bool(article.url),
            not article.published_is_guess,
            bool(article.author),
            bool(article.tags),
            bool(article.summary),
            bool(article.body_html),
            bool(article.sections),
            bool(article.key_finding),
        )
    )
    size = min(len(article.body_html) + len(article.summary), 999_999)
    return filled * 1_000_000 + size


def save_articles(engine: sa.Engine, new_articles: Iterable[Article]) -> SaveResult:
    """Insert or update articles, deduplicated by id and canonical URL; count each one.

    Within the batch and against the database, the more complete copy wins; on a tie the
    stored copy stays unless the same feed re-published it with other content (an edit).
    A copy whose published time is a guess never moves a stored time. Every article given
    is counted once (see SaveResult). Raises DatabaseError.
    """
    return sum(save_articles_by_feed(engine, list(new_articles)).values(), SaveResult())


def save_articles_by_feed(
    engine: sa.Engine, new_articles: Sequence[Article]
) -> dict[str, SaveResult]:
    """Save articles from many feeds in one transaction; return the counts per source feed.

    Same rules as ``save_articles``. Every article given is counted once under its own
    ``source_feed``: the copy that was kept counts as new, updated or unchanged; a copy that
    lost to a fuller copy of the same report, from this run or stored before, counts as a
    duplicate. Raises DatabaseError.
    """
    batch = _dedupe_batch(new_articles)
    outcomes = _save_batch(engine, batch)
    per_feed: dict[str, list[SaveOutcome]] = {}
    for position, article in enumerate(new_articles):
        slot = batch.slots[position]
        outcome: SaveOutcome = outcomes[slot] if batch.winners[slot] == position else "duplicate"
        per_feed.setdefault(article.source_feed, []).append(outcome)
    return {feed: SaveResult.of(found) for feed, found in per_feed.items()}


def _save_batch(engine: sa.Engine, batch: _Batch) -> list[SaveOutcome]:
    if not batch.kept:
        return []
    now = dt.datetime.now(dt.UTC)
    with database_errors(f"save {len(batch.kept)} articles"), engine.begin() as connection:
        stored = _load_matches(connection, batch.kept)
        return _write(connection, batch.kept, stored, now)


def load_articles(engine: sa.Engine, start: dt.datetime, end: dt.datetime) -> list[Article]:
    """Return the articles published in ``[start, end)``, oldest first. Raises DatabaseError."""
    return _load_range(engine, start, end, unfiled_only=False)


def load_unfiled(engine: sa.Engine, start: dt.datetime, end: dt.datetime) -> list[Article]:
    """Return the articles published in ``[start, end)`` that match no field, oldest first."""
    return _load_range(engine, start, end, unfiled_only=True)


def _load_range(
    engine: sa.Engine, start: dt.datetime, end: dt.datetime, *, unfiled_only: bool
) -> list[Article]:
    query = (
        sa.select(articles)
        .where(articles.c.published_at >= to_utc(start))
        .where(articles.c.published_at < to_utc(end))
        .order_by(articles.c.published_at, articles.c.id)
    )
    if unfiled_only:
        filed = sa.select(article_fields.c.article_id).where(
            article_fields.c.article_id == articles.c.id
        )
        query = query.where(~filed.exists())
    action = f"load articles from {start.isoformat()} to {end.isoformat()}"
    with database_errors(action), engine.connect() as connection:
        return [row_to_article(row._mapping) for row in connection.execute(query)]


@dataclass(frozen=True, slots=True)
class _Batch:
    """Articles to write, one per id / canonical URL, and where each input article went."""

    kept: list[Article]
    slots: list[int]  # for each input article, the index in ``kept`` of its copy
    winners: list[int]  # for each kept article, the input position whose content was kept


def _dedupe_batch(new_articles: Sequence[Article]) -> _Batch:
    """Keep one copy per id / canonical URL within the batch: the most complete, else the first."""
    kept: list[Article] = []
    slots: list[int] = []
    winners: list[int] = []
    by_key: dict[str, int] = {}
    for position, article in enumerate(new_articles):
        keys = _keys(article)
        slot = next((by_key[key] for key in keys if key in by_key), None)
        if slot is not None and not same_report(kept[slot], article):
            # Another report under the same id (two feeds reusing one guid): keep both.
            article = replace(article, id=colliding_id(article))
            keys = _keys(article)
            slot = next((by_key[key] for key in keys if key in by_key), None)
        if slot is None:
            slot = len(kept)
            kept.append(article)
            winners.append(position)
        elif completeness(article) > completeness(kept[slot]):
            kept[slot] = replace(article, id=kept[slot].id)
            winners[slot] = position
        by_key.update(dict.fromkeys(keys, slot))
        slots.append(slot)
    return _Batch(kept=kept, slots=slots, winners=winners)


def _keys(article: Article) -> list[str]:
    keys = [f"id:{article.id}"]
    if article.url:
        keys.append(f"url:{canonical_url(article.url)}")
    return keys


def _load_matches(
    connection: sa.Connection, batch: Sequence[Article]
) -> dict[str, Mapping[Any, Any]]:
    """Return stored rows that match the batch, keyed by ``id:`` and ``url:`` keys."""
    ids = sorted({article.id for article in batch})
    urls = sorted({canonical_url(article.url) for article in batch if article.url})
    found: dict[str, Mapping[Any, Any]] = {}
    for column, values in ((articles.c.id, ids), (articles.c.canonical_url, urls)):
        for chunk in chunked(values, _CHUNK):
            for row in connection.execute(sa.select(articles).where(column.in_(chunk))):
                mapping = row._mapping
                found[f"id:{mapping['id']}"] = mapping
                if mapping["canonical_url"]:
                    found.setdefault(f"url:{mapping['canonical_url']}", mapping)
    return found


def _write(
    connection: sa.Connection,
    batch: Sequence[Article],
    stored: dict[str, Mapping[Any, Any]],
    now: dt.datetime,
) -> list[SaveOutcome]:
    """Write the batch; return what became of each article (SaveOutcome), in order."""
    inserts: list[dict[str, Any]] = []
    field_rows: list[dict[str, str]] = []
    outcomes: list[SaveOutcome] = []
    for original in batch:
        article = original
        row = stored.get(f"id:{article.id}")
        if row is not None and not same_report(row_to_article(row), article):
            # The feed gave this report's id to an earlier, different report (a reused
            # guid): this one is stored apart, under an id of its own.
            article = replace(article, id=colliding_id(article))
            row = stored.get(f"id:{article.id}") or _load_one(connection, article.id)
        if row is None and article.url:
            row = stored.get(f"url:{canonical_url(article.url)}")
        if row is None:
            values = article_to_row(article, now)
            inserts.append(values)
            field_rows.extend({"article_id": article.id, "field_slug": s} for s in article.fields)
            stored[f"id:{article.id}"] = values
            if values["canonical_url"]:
                stored[f"url:{values['canonical_url']}"] = values
            outcomes.append("new")
            continue
        current = row_to_article(row)
        outcome, candidate = _merge(current, article)
        if candidate is None:
            outcomes.append(outcome)
            continue
        values = article_to_row(candidate, now)
        connection.execute(articles.update().where(articles.c.id == current.id).values(values))
        connection.execute(article_fields.delete().where(article_fields.c.article_id == current.id))
        if candidate.fields:
            connection.execute(
                article_fields.insert(),
                [{"article_id": current.id, "field_slug": s} for s in candidate.fields],
            )
        stored[f"id:{current.id}"] = values
        outcomes.append("updated")
    if inserts:
        connection.execute(articles.insert(), inserts)
    if field_rows:
        connection.execute(article_fields.insert(), field_rows)
    return outcomes


def _load_one(connection: sa.Connection, article_id: str) -> Mapping[Any, Any] | None:
    row = connection.execute(sa.select(articles).where(articles.c.id == article_id)).first()
    return None if row is None else row._mapping


def _merge(current: Article, incoming: Article) -> tuple[SaveOutcome, Article | None]:
    """Return what the incoming copy is and what to store in place of ``current`` (or None).

    "updated" with the article to store; else None with "unchanged" when the stored report
    is this entry (the same content, or a poorer copy from the same feed under the same id)
    or "duplicate" when it is another entry's copy (a syndicated one) that stays.

    A report keeps the time it was first published: a feed that bumps an item's date (an
    ``<updated>`` with no ``<published>``, a re-dated post) never moves it into a later
    week, where it would be mailed a second time. An earlier date (a correction) is taken.
    """
    candidate = replace(incoming, id=current.id)
    if not candidate.published_is_guess and not current.published_is_guess:
        candidate = replace(
            candidate, published_at=min(candidate.published_at, current.published_at)
        )
    if candidate.published_is_guess:
        # A guessed time is the fetch time: it moves on every run, so the first guess stays,
        # and a real date already stored is never replaced by a guess.
        candidate = replace(
            candidate,
            published_at=current.published_at,
            published_is_guess=current.published_is_guess,
        )
    if _content(candidate) == _content(current):
        return "unchanged", None
    better = completeness(candidate) > completeness(current)
    edited = completeness(candidate) == completeness(current) and (
        candidate.source_feed == current.source_feed
    )
    if better or edited:
        return "updated", candidate
    is_same_entry = incoming.id == current.id and incoming.source_feed == current.source_feed
    return ("unchanged" if is_same_entry else "duplicate"), None


def _content(article: Article) -> Article:
    """The article without the fields that change on every fetch."""
    return replace(article, fetched_at=dt.datetime.min.replace(tzinfo=dt.UTC))


def article_to_row(article: Article, now: dt.datetime) -> dict[str, Any]:
    """Map an Article to the column values of the ``articles`` table."""
    return {
        "id": article.id,
        "canonical_url": canonical_url(article.url) if article.url else None,
        "url": article.url,
        "title": article.title,
        "published_at": to_utc(article.published_at),
        "published_is_guess": article.published_is_guess,
        "author": article.author,
        "source_feed": article.source_feed,
        "tags": list(article.tags),
        "fields": list(article.fields),
        "summary": article.summary,
        "body_html": article.body_html,
        "sections": [[name, text] for name, text in article.sections],
        "key_finding": article.key_finding,
        "priority": article.priority,
        "completeness": completeness(article),
        "fetched_at": to_utc(article.fetched_at),
        "updated_at": to_utc(now),
    }


def row_to_article(row: Mapping[Any, Any]) -> Article:
    """Map a row of the ``articles`` table back to an Article."""
    return Article(
        id=row["id"],
        url=row["url"],
        title=row["title"],
        published_at=as_utc(row["published_at"]),
        source_feed=row["source_feed"],
        fetched_at=as_utc(row["fetched_at"]),
        published_is_guess=bool(row["published_is_guess"]),
        author=row["author"] or "",
        tags=tuple(row["tags"] or ()),
        fields=tuple(row["fields"] or ()),
        summary=row["summary"] or "",
        body_html=row["body_html"] or "",
        sections=tuple((str(name), str(text)) for name, text in row["sections"] or ()),
        key_finding=row["key_finding"] or "",
        priority=row["priority"] or "",
    )
