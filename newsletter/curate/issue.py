"""Assemble one week's Issue: stories, importance, fields, verdicts, reasons, the draft (pure).

Fields come in editorial order; a field's reports are ordered by importance (ties: newer
first, then id); the editor's draft is applied on top (drops, pins, verdict and reason
overrides, notes, intro). The result depends only on the arguments; input order does not
matter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from newsletter.curate.importance import Assessment, Weights, assess
from newsletter.curate.kinds import Kind
from newsletter.curate.reasons import (
    NO_REPORTS_REASON,
    has_minor_noun,
    minor_reason,
    plural,
    report_reason,
    single_minor_reason,
)
from newsletter.curate.stories import StoryHistory, group_stories
from newsletter.curate.verdicts import field_score, verdict_for
from newsletter.drafts import Draft, DraftRef, FieldDraft
from newsletter.editorial import EditorialConfig, FieldConfig, ScoringConfig
from newsletter.errors import DraftError
from newsletter.models import Article, FieldVerdict, Issue, ScoredArticle, Verdict
from newsletter.weeks import IsoWeek


@dataclass(frozen=True, slots=True)
class Ranked:
    """One report of the week (the lead copy of its story) with its assessment."""

    article: Article
    assessment: Assessment

    @property
    def importance(self) -> float:
        """The report's importance, 0-100."""
        return self.assessment.importance

    @property
    def order(self) -> tuple[float, float, str]:
        """Sort key: most important first, then newer, then by id."""
        return (-self.importance, -self.article.published_at.timestamp(), self.article.id)

    def scored(self, *, pinned: bool = False) -> ScoredArticle:
        """The report as shown in a field."""
        return ScoredArticle(
            self.article,
            self.importance,
            pinned=pinned,
            kind=self.assessment.kind.kind.value,
            headline=self.assessment.money,
            factors=self.assessment.factors,
        )


def weights_for(editorial: EditorialConfig) -> Weights:
    """Return the importance weights with the editor's kind weights applied."""
    return Weights(kinds=dict(editorial.scoring.kinds)) if editorial.scoring.kinds else Weights()


def rank_week(
    articles: Iterable[Article],
    history: Iterable[Article],
    editorial: EditorialConfig,
    *,
    weights: Weights | None = None,
) -> tuple[list[Ranked], dict[str, str]]:
    """Assess the week's reports, one per story.

    Returns the ranked story leads (by id) and a map from every copy's id to its lead's id.
    """
    chosen = weights or weights_for(editorial)
    week_articles = unique(articles)
    feed_weights = {feed.url: feed.weight for feed in editorial.feeds}
    stories = StoryHistory(history)
    repeats = {a.id: stories.is_repeat(a) for a in week_articles}

    def assessed(article: Article, copies: int) -> Assessment:
        return assess(
            article,
            copies=copies,
            source_weight=source_weight(article, feed_weights),
            is_repeat=repeats[article.id],
            weights=chosen,
        )

    alone = {a.id: assessed(a, 0) for a in week_articles}
    news_keys = {
        article_id: (a.kind.kind, a.money.currency, a.money.amount)
        for article_id, a in alone.items()
        if a.money is not None
    }
    ranked: list[Ranked] = []
    copy_of: dict[str, str] = {}
    for story in group_stories(week_articles, news_keys):
        lead = story.lead
        for copy in story.copies:
            copy_of[copy.id] = lead.id
        fields = (*lead.fields, *(f for c in story.copies for f in c.fields))
        merged_fields = tuple(dict.fromkeys(fields))
        if merged_fields != lead.fields:
            lead = replace(lead, fields=merged_fields)
        assessment = assessed(lead, len(story.copies)) if story.copies else alone[lead.id]
        ranked.append(Ranked(lead, assessment))
    return ranked, copy_of


def curate_issue(
    week: IsoWeek,
    articles: Iterable[Article],
    history: Iterable[Article],
    editorial: EditorialConfig,
    *,
    draft: Draft | None = None,
    now: dt.datetime | None = None,
    weights: Weights | None = None,
) -> Issue:
    """Build the Issue of ``week`` from its reports and the previous weeks' ones.

    ``now`` (aware) sets ``generated_at``. Raises DraftError when the draft names a report
    that is not in ``articles`` or both pins and drops one.
    """
    week_articles = unique(articles)
    if draft is not None:
        draft.check_refs(week_articles)
    ranked_list, copy_of = rank_week(week_articles, history, editorial, weights=weights)

    def lead_ids(refs: Iterable[DraftRef]) -> list[str]:
        return list(dict.fromkeys(copy_of.get(i, i) for i in _resolve(refs, week_articles)))

    dropped = set(lead_ids(draft.drop if draft else ()))
    global_pins = lead_ids(draft.pin if draft else ())
    if draft is not None:
        every_pin = (*draft.pin, *(ref for field in draft.fields for ref in field.pin))
        _check_conflicts(every_pin, dropped, week_articles, draft, copy_of)
    candidates = [r for r in ranked_list if r.article.id not in dropped]
    verdicts = []
    pinned_anywhere: set[str] = set()
    for field in editorial.fields:
        field_draft = draft.field(field.slug) if draft else None
        verdict = _curate_field(
            field,
            candidates,
            global_pins,
            field_draft,
            draft,
            editorial.scoring,
            week_articles,
            copy_of,
        )
        pinned_anywhere.update(s.article.id for s in verdict.top if s.pinned)
        verdicts.append(verdict)

    unfiled = sorted(
        (r for r in ranked_list if r.article.is_unfiled),
        key=lambda r: (-r.article.published_at.timestamp(), r.article.id),
    )
    shown = tuple(
        r.article
        for r in unfiled
        if r.article.id not in dropped and r.article.id not in pinned_anywhere
    )
    filed = {
        r.article.id
        for r in ranked_list
        if r.article.id not in dropped and any(v.slug in r.article.fields for v in verdicts)
    }
    filed |= {s.article.id for v in verdicts for s in v.top}
    intro = draft.intro if draft and draft.intro else default_intro(verdicts, reports=len(filed))
    extra: dict[str, dt.datetime] = {}
    if now is not None:
        extra["generated_at"] = now.astimezone(dt.UTC).replace(microsecond=0)
    return Issue(
        id=week.id,
        week_start=week.start,
        title=f"{editorial.title} — {week.id}",
        intro=intro,
        intro_by_editor=bool(draft and draft.intro),
        verdicts=tuple(verdicts),
        unfiled=shown,
        **extra,
    )


def _curate_field(
    field: FieldConfig,
    candidates: Sequence[Ranked],
    global_pins: Sequence[str],
    field_draft: FieldDraft | None,
    draft: Draft | None,
    scoring: ScoringConfig,
    week_articles: Sequence[Article],
    copy_of: Mapping[str, str],
) -> FieldVerdict:
    by_id = {r.article.id: r for r in candidates}
    members = {r.article.id for r in candidates if field.slug in r.article.fields}
    field_pins: list[str] = []
    if field_draft is not None:
        field_drops = {copy_of.get(i, i) for i in _resolve(field_draft.drop, week_articles)}
        members -= field_drops
        _check_conflicts(field_draft.pin, field_drops, week_articles, draft, copy_of)
        field_pins = [
            i
            for i in dict.fromkeys(
                copy_of.get(i, i) for i in _resolve(field_draft.pin, week_articles)
            )
            if i in by_id
        ]
        members |= set(field_pins)  # an editor may pin a report filed elsewhere into this field
    reports = sorted((by_id[i] for i in members), key=lambda r: r.order)
    pins = list(dict.fromkeys(i for i in (*field_pins, *global_pins) if i in members))
    score = field_score([r.importance for r in reports], scoring)
    top = [by_id[i].scored(pinned=True) for i in pins]
    for r in reports:
        if len(top) >= scoring.top_reports:
            break
        if r.article.id not in pins:
            top.append(r.scored())
    verdict = verdict_for(score, scoring)
    minor = verdict is Verdict.SKIP  # the field's best report is minor
    overridden = field_draft is not None and field_draft.verdict is not None
    if field_draft is not None and field_draft.verdict is not None:
        verdict = field_draft.verdict
    first = by_id[top[0].article.id] if top else None
    # the reason agrees with the verdict shown: an editor's must-read is not "only minor
    # items", and an editor's skip of a major report does not call it minor
    skip = minor and verdict is Verdict.SKIP
    shown = [by_id[s.article.id] for s in top]
    reason = field_reason(
        first, shown, len(reports), Verdict.SKIP if skip else Verdict.WORTH_A_SKIM
    )
    reason_overridden = bool(field_draft is not None and field_draft.reason)
    if field_draft is not None and field_draft.reason:
        reason = field_draft.reason
    return FieldVerdict(
        slug=field.slug,
        name=field.name,
        color=field.color,
        description=field.description,
        score=score,
        verdict=verdict,
        reason=reason,
        report_count=len(reports),
        report_ids=tuple(r.article.id for r in reports),
        top=tuple(top),
        editor_note=field_draft.note if field_draft else "",
        overridden=overridden,
        headline=first.assessment.money if first else None,
        lead_kind=first.assessment.kind.kind.value if first else "",
        reason_overridden=reason_overridden,
    )


def field_reason(
    first: Ranked | None, shown: Sequence[Ranked], count: int, verdict: Verdict
) -> str:
    """Return a field's one-line reason from the report shown first (see ``reasons``).

    A skip whose best report is minor names the kinds of the reports shown instead; any
    other verdict describes the first report.
    """
    if first is None or count == 0:
        return NO_REPORTS_REASON
    if verdict is Verdict.SKIP:
        if len(shown) == 1 and not has_minor_noun(first.assessment):
            return single_minor_reason(first.article, first.assessment, count)
        return minor_reason([r.assessment for r in shown], count)
    return report_reason(first.article, first.assessment, count)


def default_intro(verdicts: Sequence[FieldVerdict], *, reports: int | None = None) -> str:
    """Return the intro sentence used when the editor writes none.

    ``reports`` is the number of distinct reports in the fields (a report filed under two
    fields is one report); without it, it is estimated from the verdicts
    (``distinct_report_count``).
    """
    must = sum(v.verdict is Verdict.MUST_READ for v in verdicts)
    skim = sum(v.verdict is Verdict.WORTH_A_SKIM for v in verdicts)
    with_reports = sum(v.has_content for v in verdicts)
    if not with_reports:
        return "A quiet week: no reports were filed in any field."
    if reports is None:
        reports = distinct_report_count(verdicts)
    return (
        f"This week: {plural(must, 'must-read field')} and {skim} worth a skim, "
        f"from {plural(reports, 'report')} across {plural(with_reports, 'field')}."
    )


def distinct_report_count(verdicts: Sequence[FieldVerdict]) -> int:
    """Count the distinct reports of the fields (a report in two fields counts once).

    Reports beyond each field's top list are not in the verdicts; their number is known
    only per field, so the count is: distinct shown reports + the fields' unshown reports.
    """
    shown = {s.article.id for v in verdicts for s in v.top}
    unshown = sum(max(0, v.report_count - len(v.top)) for v in verdicts)
    return len(shown) + unshown


def source_weight(article: Article, feed_weights: Mapping[str, float]) -> float:
    """Return the configured weight of the report's feed (1.0 when not configured).

    The feed matches exactly, or when one of the two is a path ending with the other (the
    config resolves relative feed paths, a stored article may carry the relative one).
    """
    source = article.source_feed
    if source in feed_weights:
        return feed_weights[source]
    for url in sorted(feed_weights):
        if url.endswith("/" + source.lstrip("./")) or source.endswith("/" + url.lstrip("./")):
            return feed_weights[url]
    return 1.0


def unique(articles: Iterable[Article]) -> list[Article]:
    """Sort by id and keep the first copy of each id, so input order never matters."""
    seen: dict[str, Article] = {}
    for article in sorted(articles, key=lambda a: (a.id, a.published_at, a.url, a.title)):
        seen.setdefault(article.id, article)
    return list(seen.values())


def _resolve(refs: Iterable[DraftRef], articles: Sequence[Article]) -> list[str]:
    """Return the ids the references name, in reference order, without repeats."""
    ids: list[str] = []
    for ref in refs:
        for article in articles:
            if ref.matches(article) and article.id not in ids:
                ids.append(article.id)
    return ids


def _check_conflicts(
    pins: Iterable[DraftRef],
    dropped: Iterable[str],
    articles: Sequence[Article],
    draft: Draft | None,
    copy_of: Mapping[str, str],
) -> None:
    gone = set(dropped)
    for ref in pins:
        if any(ref.matches(a) and copy_of.get(a.id, a.id) in gone for a in articles):
            where = f"Draft {draft.path}" if draft and draft.path else "Draft"
            at = f", line {ref.line}" if ref.line else ""
            message = f"{where}{at}: {ref.key} pins {ref.value!r}, which the draft also drops. Keep one of the two; the draft is not used until it is fixed."
            raise DraftError(message)


__all__ = ["Kind", "Ranked", "curate_issue", "default_intro", "field_reason", "rank_week"]
