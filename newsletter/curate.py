"""Curate one week: score every field, explain it in one line, pick its top reports (pure).

The scoring formula and all its weights are in ``newsletter.scoring``. This module assembles
the Issue: fields in editorial order, reports ordered by importance (ties: newer first, then
id), the editor's draft applied on top (drops, pins, verdict overrides, notes, intro).
The result depends only on the arguments; input order does not matter.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType

from newsletter.drafts import Draft, DraftRef, FieldDraft
from newsletter.editorial import EditorialConfig, FieldConfig, ScoringConfig
from newsletter.errors import DraftError
from newsletter.models import Article, FieldVerdict, Issue, Money, ScoredArticle, Verdict
from newsletter.scoring import (
    DEFAULT_WEIGHTS,
    ScoringWeights,
    StoryHistory,
    article_importance,
    biggest_money,
    field_score,
    strongest_cue,
)
from newsletter.weeks import IsoWeek

NO_REPORTS_REASON = "No reports this week"
SUBJECT_MAX_CHARS = 60  # a reason stays one line in the email
ADJECTIVE_CUES = frozenset({"first", "world-first", "record"})  # cannot follow an amount
# Countries and blocs as titles name them, with the short form a reason uses ("US-Japan").
PARTIES: Mapping[str, str] = MappingProxyType(
    {
        "United States": "US",
        "America": "US",
        "American": "US",
        "U.S.": "US",
        "USA": "US",
        "US": "US",
        "European Union": "EU",
        "Europe": "EU",
        "European": "EU",
        "EU": "EU",
        "United Kingdom": "UK",
        "Britain": "UK",
        "British": "UK",
        "UK": "UK",
        "South Korea": "Korea",
        "Korea": "Korea",
        "Korean": "Korea",
        "Japan": "Japan",
        "Japanese": "Japan",
        "China": "China",
        "Chinese": "China",
        "India": "India",
        "Indian": "India",
        "Taiwan": "Taiwan",
        "Germany": "Germany",
        "German": "Germany",
        "France": "France",
        "French": "France",
        "Canada": "Canada",
        "Australia": "Australia",
        "Singapore": "Singapore",
        "Israel": "Israel",
        "Netherlands": "Netherlands",
        "Dutch": "Netherlands",
    }
)
_PARTY_RE = re.compile(
    r"(?<![\w.])("
    + "|".join(re.escape(k) for k in sorted(PARTIES, key=len, reverse=True))
    + r")(?![\w])"
)


@dataclass(frozen=True, slots=True)
class _Ranked:
    article: Article
    importance: float
    is_repeat: bool

    @property
    def order(self) -> tuple[float, float, str]:
        return (-self.importance, -self.article.published_at.timestamp(), self.article.id)


def curate_issue(
    week: IsoWeek,
    articles: Iterable[Article],
    history: Iterable[Article],
    editorial: EditorialConfig,
    *,
    draft: Draft | None = None,
    now: dt.datetime | None = None,
    weights: ScoringWeights = DEFAULT_WEIGHTS,
) -> Issue:
    """Build the Issue of ``week`` from its reports and the previous weeks' ones.

    ``now`` (aware) sets ``generated_at`` and, when inside the week, the moment freshness is
    measured at (else the end of the week). Raises DraftError when the draft names a report
    that is not in ``articles`` or both pins and drops one.
    """
    week_articles = _unique(articles)
    if draft is not None:
        draft.check_refs(week_articles)
    reference = week.end_utc if now is None else min(week.end_utc, max(now, week.start_utc))
    feed_weights = {feed.url: feed.weight for feed in editorial.feeds}
    stories = StoryHistory(history, weights)
    ranked: dict[str, _Ranked] = {}
    for article in week_articles:
        is_repeat = stories.is_repeat(article)
        importance = article_importance(
            article,
            reference=reference,
            feed_weights=feed_weights,
            is_repeat=is_repeat,
            weights=weights,
        )
        ranked[article.id] = _Ranked(article, importance, is_repeat)

    dropped = _resolve(draft.drop if draft else (), week_articles)
    global_pins = _resolve(draft.pin if draft else (), week_articles)
    if draft is not None:
        every_pin = (*draft.pin, *(ref for field in draft.fields for ref in field.pin))
        _check_conflicts(every_pin, dropped, week_articles, draft)
    verdicts = []
    pinned_anywhere: set[str] = set()
    for field in editorial.fields:
        field_draft = draft.field(field.slug) if draft else None
        verdict = _curate_field(
            field,
            [ranked[a.id] for a in week_articles if a.id not in dropped],
            global_pins,
            field_draft,
            draft,
            editorial.scoring,
            weights,
        )
        pinned_anywhere.update(s.article.id for s in verdict.top if s.pinned)
        verdicts.append(verdict)

    unfiled = sorted(
        (ranked[a.id] for a in week_articles if a.is_unfiled),
        key=lambda r: (-r.article.published_at.timestamp(), r.article.id),
    )
    intro = draft.intro if draft and draft.intro else default_intro(verdicts)
    extra: dict[str, dt.datetime] = {}
    if now is not None:
        extra["generated_at"] = now.astimezone(dt.UTC).replace(microsecond=0)
    return Issue(
        id=week.id,
        week_start=week.start,
        title=f"{editorial.title} — {week.id}",
        intro=intro,
        verdicts=tuple(verdicts),
        unfiled=tuple(
            r.article
            for r in unfiled
            if r.article.id not in dropped and r.article.id not in pinned_anywhere
        ),
        **extra,
    )


def _curate_field(
    field: FieldConfig,
    candidates: Sequence[_Ranked],
    global_pins: Sequence[str],
    field_draft: FieldDraft | None,
    draft: Draft | None,
    scoring: ScoringConfig,
    weights: ScoringWeights,
) -> FieldVerdict:
    by_id = {r.article.id: r for r in candidates}
    members = {r.article.id for r in candidates if field.slug in r.article.fields}
    field_pins: list[str] = []
    if field_draft is not None:
        articles = [r.article for r in candidates]
        members -= set(_resolve(field_draft.drop, articles))
        _check_conflicts(
            field_draft.pin, set(_resolve(field_draft.drop, articles)), articles, draft
        )
        field_pins = _resolve(field_draft.pin, articles)
        members |= set(field_pins)  # an editor may pin a report filed elsewhere into this field
    reports = sorted((by_id[i] for i in members), key=lambda r: r.order)
    pins = [i for i in (*field_pins, *global_pins) if i in members]
    pins = list(dict.fromkeys(pins))
    score = field_score([r.importance for r in reports], weights)
    top = [ScoredArticle(by_id[i].article, by_id[i].importance, pinned=True) for i in pins]
    for r in reports:
        if len(top) >= scoring.top_reports:
            break
        if r.article.id not in pins:
            top.append(ScoredArticle(r.article, r.importance))
    verdict = verdict_for(score, scoring)
    overridden = field_draft is not None and field_draft.verdict is not None
    if field_draft is not None and field_draft.verdict is not None:
        verdict = field_draft.verdict
    return FieldVerdict(
        slug=field.slug,
        name=field.name,
        color=field.color,
        description=field.description,
        score=score,
        verdict=verdict,
        reason=field_reason(
            [r.article for r in reports],
            sum(r.is_repeat for r in reports),
            topics=(field.slug, *field.aliases),
        ),
        report_count=len(reports),
        top=tuple(top),
        editor_note=field_draft.note if field_draft else "",
        overridden=overridden,
    )


def verdict_for(score: int, scoring: ScoringConfig) -> Verdict:
    """Turn a 0-100 score into a verdict with the editorial thresholds."""
    if score >= scoring.must_read:
        return Verdict.MUST_READ
    if score >= scoring.worth_a_skim:
        return Verdict.WORTH_A_SKIM
    return Verdict.SKIP


def field_reason(
    reports: Sequence[Article], repeats: int = 0, *, topics: Sequence[str] = ()
) -> str:
    """Explain a field's week in one line from its reports (most important first).

    The evidence is the biggest amount of money (its report leads; else the top report), that
    report's strongest cue and a short subject from its title. A deal between two parties
    named in the title reads as one phrase, with the field's topic word when the title uses
    one of ``topics`` (the field's slug and aliases): ``3 reports, incl. a $1 billion US-Japan
    quantum partnership``. Otherwise the title's subject follows: ``2 reports, incl. €2 billion:
    EU funds chip plant``.
    """
    if not reports:
        return NO_REPORTS_REASON
    count = _plural(len(reports), "report")
    found = biggest_money(reports)
    money: Money | None = found[0] if found else None
    lead = found[1] if found else reports[0]
    cue = strongest_cue(lead)
    if money is not None and cue in ADJECTIVE_CUES:
        # "a $1 billion first" reads wrong: name the deal by its strongest noun cue instead
        nouns = [c for c in lead.cues if c.strip().lower() not in ADJECTIVE_CUES]
        cue = strongest_cue(replace(lead, cues=tuple(nouns))) if nouns else ""
    parties = deal_parties(lead.title)
    if money is not None and cue and len(parties) >= 2:
        topic = topic_word(lead.title, topics, cue)
        deal = " ".join(part for part in (money.text, "-".join(parties[:2]), topic, cue) if part)
        return _with_repeats(f"{count}, incl. a {deal}", repeats)
    subject = short_subject(lead.title, money)
    if money is not None and cue:
        evidence = f"incl. a {money.text} {cue}"
    elif money is not None:
        evidence = f"incl. {money.text}"
    elif cue:
        evidence = f"incl. {_with_article(cue)}"
    else:
        evidence = "led by"
    if subject:
        joiner = " " if evidence == "led by" else ": "
        reason = f"{count}, {evidence}{joiner}{subject}"
    else:
        reason = count if evidence == "led by" else f"{count}, {evidence}"
    return _with_repeats(reason, repeats)


def _with_repeats(reason: str, repeats: int) -> str:
    if not repeats:
        return reason
    follow = "follows" if repeats == 1 else "follow"
    return f"{reason} ({repeats} {follow} up earlier weeks)"


def deal_parties(title: str) -> list[str]:
    """Return the countries or blocs a title names, short forms, in order, once each.

    Matching is case-sensitive so the pronoun "us" never reads as the United States.
    """
    parties: list[str] = []
    for match in _PARTY_RE.finditer(title):
        short = PARTIES[match.group(1)]
        if short not in parties:
            parties.append(short)
    return parties


def topic_word(title: str, topics: Sequence[str], cue: str = "") -> str:
    """Return the first of ``topics`` the title uses as a word, as a reason writes it.

    All-capital matches stay so (``AI``); others are lower-cased (``quantum``). Returns ""
    when none matches or the match is the cue itself.
    """
    lowered = title.lower()
    for topic in topics:
        found = re.search(rf"(?<![\w-]){re.escape(topic.lower())}(?![\w-])", lowered)
        if found is None:
            continue
        written = title[found.start() : found.end()]
        word = written if written.isupper() else written.lower()
        return "" if word.lower() == cue.lower() else word
    return ""


def short_subject(title: str, money: Money | None = None) -> str:
    """Shorten a title for a reason line: drop the amount (said already), cut at a word."""
    text = " ".join(title.split())
    if money is not None and money.text and money.text in text:
        text = " ".join(text.replace(money.text, " ").split())
    text = text.strip(" -–—:;,.")
    if len(text) <= SUBJECT_MAX_CHARS:
        return text
    cut = text[: SUBJECT_MAX_CHARS + 1].rsplit(" ", 1)[0].rstrip(" -–—:;,.")
    return f"{cut}…"


def default_intro(verdicts: Sequence[FieldVerdict]) -> str:
    """Return the intro sentence used when the editor writes none."""
    must = sum(v.verdict is Verdict.MUST_READ for v in verdicts)
    skim = sum(v.verdict is Verdict.WORTH_A_SKIM for v in verdicts)
    with_reports = sum(v.has_content for v in verdicts)
    if not with_reports:
        return "A quiet week: no reports were filed in any field."
    reports = sum(v.report_count for v in verdicts)
    return (
        f"This week: {_plural(must, 'must-read field')} and {skim} worth a skim, "
        f"from {_plural(reports, 'report')} across {_plural(with_reports, 'field')}."
    )


def _unique(articles: Iterable[Article]) -> list[Article]:
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
) -> None:
    gone = set(dropped)
    for ref in pins:
        if any(ref.matches(a) and a.id in gone for a in articles):
            where = f"Draft {draft.path}" if draft and draft.path else "Draft"
            at = f", line {ref.line}" if ref.line else ""
            message = f"{where}{at}: {ref.key} pins {ref.value!r}, which the draft also drops. Keep one of the two; the draft is not used until it is fixed."
            raise DraftError(message)


def _with_article(cue: str) -> str:
    """Put "a"/"an" before a singular cue ("a breakthrough"); plurals go bare ("export controls")."""
    if cue.endswith("s") and not cue.endswith("ss"):
        return cue
    return f"{'an' if cue[:1] in 'aeiou' else 'a'} {cue}"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
