"""Issues in the database: build a week's Issue from stored articles, freeze it, load it back.

An issue is curated afresh on every preview. The send job freezes it: the first send stores a
snapshot (the curated Issue as JSON) with status ``sending``, and every later run of the same
week (a re-run after a crash, another worker) sends that snapshot, so no subscriber of one
issue ever sees different content from another. The archive reads the same snapshots.
The SQL lives in ``newsletter.db.issuestore``; this module turns its JSON into Issues.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from newsletter.articles import (
    article_to_row,
    load_articles,
    row_to_article,
)
from newsletter.curate import curate_issue, default_intro
from newsletter.db import issuestore
from newsletter.drafts import draft_path, load_draft
from newsletter.editorial import EditorialConfig
from newsletter.errors import DatabaseError
from newsletter.models import (
    Article,
    FieldVerdict,
    Issue,
    Money,
    PastVerdict,
    ScoredArticle,
    Verdict,
)
from newsletter.weeks import IsoWeek

HISTORY_WEEKS = 4  # novelty: a story seen in the previous four weeks counts as a repeat
TREND_WEEKS = 6  # the trend marker looks at most this many earlier issues back


def week_articles(engine: sa.Engine, week: IsoWeek) -> list[Article]:
    """Return the stored articles published inside ``week``."""
    return load_articles(engine, week.start_utc, week.end_utc)


def history_articles(engine: sa.Engine, week: IsoWeek) -> list[Article]:
    """Return the stored articles of the ``HISTORY_WEEKS`` weeks before ``week`` (novelty)."""
    return load_articles(engine, week.previous(HISTORY_WEEKS).start_utc, week.start_utc)


def build_issue(
    engine: sa.Engine,
    editorial: EditorialConfig,
    week: IsoWeek,
    *,
    drafts_dir: Path | None = None,
    now: dt.datetime | None = None,
) -> Issue:
    """Curate ``week`` from the stored articles, with the editor's draft applied if any.

    Raises DraftError when the draft file has a mistake: the draft is never half-used.
    """
    articles = week_articles(engine, week)
    history = history_articles(engine, week)
    folder = editorial.drafts_dir if drafts_dir is None else drafts_dir
    draft = load_draft(draft_path(folder, week.id), editorial, articles=articles)
    issue = curate_issue(week, articles, history, editorial, draft=draft, now=now)
    return with_history(issue, past_verdicts(engine, week))


def past_verdicts(engine: sa.Engine, week: IsoWeek) -> dict[str, tuple[PastVerdict, ...]]:
    """Return each field's verdicts in the frozen issues of the ``TREND_WEEKS`` before ``week``.

    Only issues whose send began (``sending`` or ``sent``) count: readers saw those. Oldest
    first, per field slug. Raises DatabaseError.
    """
    rows = issuestore.frozen_snapshots(engine, week.previous(TREND_WEEKS).id, week.id)
    found: dict[str, list[PastVerdict]] = {}
    for issue_id, snapshot in rows:
        for verdict in snapshot.get("verdicts", ()):
            past = PastVerdict(issue_id, Verdict(verdict["verdict"]), int(verdict["score"]))
            found.setdefault(verdict["slug"], []).append(past)
    return {slug: tuple(values) for slug, values in found.items()}


def with_history(issue: Issue, history: Mapping[str, tuple[PastVerdict, ...]]) -> Issue:
    """Return ``issue`` with each field's earlier verdicts attached (frozen with the issue)."""
    verdicts = tuple(
        dataclasses.replace(v, history=history.get(v.slug, ())) for v in issue.verdicts
    )
    return dataclasses.replace(issue, verdicts=verdicts)


def issue_to_snapshot(issue: Issue) -> dict[str, Any]:
    """Return the Issue as plain JSON data (articles in their database row form)."""

    def article(value: Article) -> dict[str, Any]:
        row = article_to_row(value, value.fetched_at)
        for key, item in row.items():
            if isinstance(item, dt.datetime):
                row[key] = item.isoformat()
        return row

    return {
        "id": issue.id,
        "week_start": issue.week_start.isoformat(),
        "title": issue.title,
        "intro": issue.intro,
        "intro_by_editor": issue.intro_by_editor,
        "generated_at": issue.generated_at.isoformat(),
        "unfiled": [article(a) for a in issue.unfiled],
        "verdicts": [
            {
                "slug": v.slug,
                "name": v.name,
                "color": v.color,
                "description": v.description,
                "score": v.score,
                "verdict": v.verdict.value,
                "reason": v.reason,
                "report_count": v.report_count,
                "editor_note": v.editor_note,
                "overridden": v.overridden,
                "reason_overridden": v.reason_overridden,
                "lead_kind": v.lead_kind,
                "headline": _money(v.headline),
                "report_ids": list(v.report_ids),
                "history": [[p.issue_id, p.verdict.value, p.score] for p in v.history],
                "top": [
                    {
                        "article": article(s.article),
                        "importance": s.importance,
                        "pinned": s.pinned,
                        "kind": s.kind,
                        "headline": _money(s.headline),
                        "factors": [[name, points] for name, points in s.factors],
                    }
                    for s in v.top
                ],
            }
            for v in issue.verdicts
        ],
    }


def issue_from_snapshot(data: Mapping[str, Any]) -> Issue:
    """Rebuild an Issue from ``issue_to_snapshot``'s output."""

    def article(row: Mapping[str, Any]) -> Article:
        values = dict(row)
        for key in ("published_at", "fetched_at", "updated_at"):
            if isinstance(values.get(key), str):
                values[key] = dt.datetime.fromisoformat(values[key])
        return row_to_article(values)

    verdicts = tuple(
        FieldVerdict(
            slug=v["slug"],
            name=v["name"],
            color=v["color"],
            description=v["description"],
            score=int(v["score"]),
            verdict=Verdict(v["verdict"]),
            reason=v["reason"],
            report_count=int(v["report_count"]),
            editor_note=v.get("editor_note", ""),
            overridden=bool(v.get("overridden", False)),
            reason_overridden=bool(v.get("reason_overridden", False)),
            lead_kind=str(v.get("lead_kind", "")),
            headline=_money_from(v.get("headline")),
            report_ids=tuple(v.get("report_ids", ())),
            history=tuple(
                PastVerdict(str(issue_id), Verdict(value), int(score))
                for issue_id, value, score in v.get("history", ())
            ),
            top=tuple(
                ScoredArticle(
                    article(s["article"]),
                    float(s["importance"]),
                    bool(s["pinned"]),
                    kind=str(s.get("kind", "")),
                    headline=_money_from(s.get("headline")),
                    factors=tuple((str(n), float(p)) for n, p in s.get("factors", ())),
                )
                for s in v["top"]
            ),
        )
        for v in data["verdicts"]
    )
    return Issue(
        id=data["id"],
        week_start=dt.date.fromisoformat(data["week_start"]),
        title=data["title"],
        intro=data["intro"],
        # Issues frozen before the flag existed: an intro other than the summary is the editor's.
        intro_by_editor=bool(data.get("intro_by_editor", data["intro"] != default_intro(verdicts))),
        verdicts=verdicts,
        unfiled=tuple(article(row) for row in data["unfiled"]),
        generated_at=dt.datetime.fromisoformat(data["generated_at"]),
    )


def _money(value: Money | None) -> dict[str, Any] | None:
    """A headline figure as its snapshot JSON ``{"currency", "amount", "text"}``, or None."""
    if value is None:
        return None
    return {"currency": value.currency, "amount": value.amount, "text": value.text}


def _money_from(data: Mapping[str, Any] | None) -> Money | None:
    """Read back what ``_money`` wrote. Raises KeyError for a malformed snapshot."""
    if not data:
        return None
    return Money(
        currency=str(data["currency"]), amount=float(data["amount"]), text=str(data["text"])
    )


def content_hash(snapshot: Mapping[str, Any]) -> str:
    """Hash what readers see (not when it was generated): equal content, equal hash."""
    visible = {key: value for key, value in snapshot.items() if key != "generated_at"}
    encoded = json.dumps(visible, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(encoded).hexdigest()


def load_issue(engine: sa.Engine, issue_id: str) -> Issue | None:
    """Return the stored snapshot of an issue, or None when it was never stored."""
    snapshot = issuestore.read_snapshot(engine, issue_id)
    return None if snapshot is None else issue_from_snapshot(snapshot)


def current_issue(
    engine: sa.Engine, editorial: EditorialConfig, week: IsoWeek
) -> tuple[Issue, str | None]:
    """Return the issue a send of ``week`` uses and its stored status (None when absent).

    Once sending has begun that is the frozen snapshot; before, a fresh build (not stored).
    """
    stored = issuestore.read_issue(engine, week.id)
    if stored is None:
        return build_issue(engine, editorial, week), None
    if stored.status in issuestore.FROZEN:
        return issue_from_snapshot(stored.snapshot), stored.status
    return build_issue(engine, editorial, week), stored.status


def freeze_issue(engine: sa.Engine, issue: Issue, *, now: dt.datetime | None = None) -> Issue:
    """Store ``issue`` for sending, or return the one already frozen for its week.

    A draft row is replaced; a row already ``sending`` or ``sent`` wins over ``issue`` so
    every run of one week's send delivers the same content.
    """
    try:
        return _freeze_once(engine, issue, now)
    except DatabaseError as exc:
        if not isinstance(exc.__cause__, sa.exc.IntegrityError):
            raise
    # Another worker froze the same week a moment ago: its snapshot wins.
    return _freeze_once(engine, issue, now)


def _freeze_once(engine: sa.Engine, issue: Issue, now: dt.datetime | None) -> Issue:
    snapshot = issue_to_snapshot(issue)
    frozen = issuestore.freeze_snapshot(
        engine,
        issue.id,
        issue.week_start,
        snapshot,
        content_hash(snapshot),
        now or dt.datetime.now(dt.UTC),
    )
    return issue if frozen is None else issue_from_snapshot(frozen)
