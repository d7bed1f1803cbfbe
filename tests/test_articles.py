"""The articles store on a real SQLite database."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
import sqlalchemy as sa

from newsletter.articles import (
    SaveResult,
    load_articles,
    load_unfiled,
    save_articles,
    save_articles_by_feed,
)
from newsletter.db.tables import article_fields
from tests.factories import DEFAULT_PUBLISHED, make_article

WEEK_START = dt.datetime(2026, 11, 23, tzinfo=dt.UTC)
WEEK_END = dt.datetime(2026, 11, 30, tzinfo=dt.UTC)


def test_round_trip_keeps_every_attribute(engine: sa.Engine) -> None:
    """An article saved and loaded back is equal to the original, sections and priority included."""
    article = make_article(
        sections=(("Key Findings", "A deal."), ("Source", "https://example.com")),
        priority="high",
        fields=("quantum", "ai"),
        tags=("Quantum", "AI"),
        body_html="<p>A deal.</p>",
    )
    assert save_articles(engine, [article]) == SaveResult(new=1)
    assert load_articles(engine, WEEK_START, WEEK_END) == [article]


def test_saving_twice_changes_nothing(engine: sa.Engine) -> None:
    """Re-saving the same articles, even with a later fetch time, is a no-op."""
    batch = [make_article(id="a1"), make_article(id="a2")]
    assert save_articles(engine, batch) == SaveResult(new=2)
    later = [replace(a, fetched_at=a.fetched_at + dt.timedelta(days=1)) for a in batch]
    assert save_articles(engine, later) == SaveResult(unchanged=2)
    assert [a.fetched_at for a in load_articles(engine, WEEK_START, WEEK_END)] == [
        a.fetched_at for a in batch
    ]


def test_same_canonical_url_is_one_article(engine: sa.Engine) -> None:
    """Copies whose URLs differ only by tracking parameters, fragment or host case are one article."""
    first = make_article(id="feed-a-1", url="https://Example.com/r/1?utm_source=x#top", summary="")
    second = make_article(id="feed-b-9", url="https://example.com/r/1", summary="Longer summary.")
    assert save_articles(engine, [first]) == SaveResult(new=1)
    assert save_articles(engine, [second]) == SaveResult(updated=1)
    (stored,) = load_articles(engine, WEEK_START, WEEK_END)
    assert stored.id == "feed-a-1"
    assert stored.summary == "Longer summary."


def test_less_complete_copy_never_overwrites(engine: sa.Engine) -> None:
    """A poorer copy from another feed leaves the stored one alone and counts as a duplicate."""
    rich = make_article(body_html="<p>Full body</p>", source_feed="a.xml")
    poor = make_article(body_html="", summary="", source_feed="b.xml")
    save_articles(engine, [rich])
    assert save_articles(engine, [poor]) == SaveResult(duplicates=1)
    assert load_articles(engine, WEEK_START, WEEK_END) == [rich]


def test_batch_duplicates_keep_the_most_complete(engine: sa.Engine) -> None:
    """Within one batch, duplicates collapse onto the first id with the richest content; each copy is counted."""
    poor = make_article(id="x", summary="")
    rich = make_article(id="y", url=poor.url, summary="Has a summary.", body_html="<p>b</p>")
    assert save_articles(engine, [poor, rich]) == SaveResult(new=1, duplicates=1)
    (stored,) = load_articles(engine, WEEK_START, WEEK_END)
    assert (stored.id, stored.summary) == ("x", "Has a summary.")
    assert save_articles(engine, [poor, rich]) == SaveResult(duplicates=1, unchanged=1)
    assert save_articles(engine, [rich]) == SaveResult(unchanged=1)


def test_same_feed_edit_updates(engine: sa.Engine) -> None:
    """The same feed re-publishing an article with new text updates it."""
    save_articles(engine, [make_article(title="Draft title")])
    assert save_articles(engine, [make_article(title="Final title")]) == SaveResult(updated=1)
    assert load_articles(engine, WEEK_START, WEEK_END)[0].title == "Final title"


def test_guessed_date_never_moves(engine: sa.Engine) -> None:
    """An undated entry keeps its first guessed time on later runs."""
    first = make_article(published_is_guess=True)
    later = replace(first, published_at=first.published_at + dt.timedelta(hours=5))
    save_articles(engine, [first])
    assert save_articles(engine, [later]) == SaveResult(unchanged=1)
    assert load_articles(engine, WEEK_START, WEEK_END)[0].published_at == first.published_at


def test_fields_are_mirrored_in_article_fields(engine: sa.Engine) -> None:
    """The article_fields rows follow the article's fields on insert and update."""
    save_articles(engine, [make_article(fields=("quantum",))])
    save_articles(
        engine,
        [
            make_article(
                fields=("quantum", "ai"), summary="A much longer summary than the default one."
            )
        ],
    )
    with engine.connect() as connection:
        rows = connection.execute(sa.select(article_fields.c.field_slug)).scalars().all()
    assert sorted(rows) == ["ai", "quantum"]


def test_load_range_is_half_open_and_utc(engine: sa.Engine) -> None:
    """load_articles includes start, excludes end and returns aware UTC times."""
    tokyo = dt.timezone(dt.timedelta(hours=9))
    inside = make_article(id="in", published_at=WEEK_START.astimezone(tokyo))
    outside = make_article(id="out", published_at=WEEK_END)
    save_articles(engine, [inside, outside])
    loaded = load_articles(engine, WEEK_START, WEEK_END)
    assert [a.id for a in loaded] == ["in"]
    assert loaded[0].published_at == WEEK_START
    assert loaded[0].published_at.tzinfo == dt.UTC


def test_load_unfiled_lists_only_articles_without_fields(engine: sa.Engine) -> None:
    """load_unfiled returns the articles whose tags matched no field."""
    filed = make_article(id="filed")
    unfiled = make_article(id="loose", fields=(), tags=("Gardening",))
    save_articles(engine, [filed, unfiled])
    assert load_unfiled(engine, WEEK_START, WEEK_END) == [unfiled]


def test_naive_range_is_refused(engine: sa.Engine) -> None:
    """A naive datetime is a programming error, not silently local time."""
    with pytest.raises(ValueError, match="naive"):
        load_articles(engine, DEFAULT_PUBLISHED.replace(tzinfo=None), WEEK_END)


def test_empty_save_is_a_no_op(engine: sa.Engine) -> None:
    """Saving nothing returns zero counts."""
    assert save_articles(engine, []) == SaveResult()


def test_save_by_feed_counts_every_article_under_its_own_feed(engine: sa.Engine) -> None:
    """One transaction for many feeds: each feed's counts add up to its articles, copies as duplicates."""
    a1 = make_article(id="a1", source_feed="a.xml")
    a2 = make_article(id="a2", source_feed="a.xml")
    copy = make_article(
        id="b-7", url=a1.url + "?utm_source=b", source_feed="b.xml", summary="", body_html=""
    )
    fuller = make_article(id="c-1", url=a2.url, source_feed="c.xml", body_html="<p>Full</p>")
    counts = save_articles_by_feed(engine, [a1, a2, copy, fuller])
    assert counts == {
        "a.xml": SaveResult(new=1, duplicates=1),
        "b.xml": SaveResult(duplicates=1),
        "c.xml": SaveResult(new=1),
    }
    stored = {article.id: article for article in load_articles(engine, WEEK_START, WEEK_END)}
    assert set(stored) == {"a1", "a2"}
    assert stored["a2"].body_html == "<p>Full</p>"
    again = save_articles_by_feed(engine, [a1, a2, copy, fuller])
    assert again == {
        "a.xml": SaveResult(duplicates=1, unchanged=1),
        "b.xml": SaveResult(duplicates=1),
        "c.xml": SaveResult(unchanged=1),
    }
