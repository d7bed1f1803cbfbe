"""Tests for curation and scoring on hand-made weeks where the right answer is obvious."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

import pytest

from newsletter.curate import (
    curate_issue,
    deal_parties,
    field_reason,
    short_subject,
    verdict_for,
)
from newsletter.drafts import parse_draft
from newsletter.editorial import EditorialConfig, FeedConfig, ScoringConfig
from newsletter.errors import DraftError
from newsletter.models import Article, FieldVerdict, Issue, Verdict
from newsletter.scoring import (
    StoryHistory,
    field_score,
    jaccard,
    money_points,
    shingles,
    usd_value,
)
from newsletter.weeks import parse_week
from tests.factories import make_article, make_money

WEEK = parse_week("2026-W48")
NOW = dt.datetime(2026, 11, 30, 8, 0, tzinfo=dt.UTC)
PARTNERSHIP = "America and Japan launch $1 billion quantum partnership"


def curate(
    articles: list[Article],
    editorial: EditorialConfig,
    history: list[Article] | None = None,
    draft_text: str | None = None,
) -> Issue:
    """Curate WEEK with a fixed clock."""
    draft = parse_draft(draft_text, editorial) if draft_text is not None else None
    return curate_issue(WEEK, articles, history or [], editorial, draft=draft, now=NOW)


def verdict(issue: Issue, slug: str) -> FieldVerdict:
    """Return a field's verdict, failing the test when it is missing."""
    found = issue.verdict(slug)
    assert found is not None
    return found


def big_deal(**overrides: object) -> Article:
    """A $1 billion US-Japan quantum partnership report."""
    values: dict[str, object] = {
        "id": "deal",
        "title": PARTNERSHIP,
        "money": (make_money(),),
        "cues": ("partnership",),
    }
    values.update(overrides)
    return make_article(**values)


def test_big_partnership_week_beats_one_low_priority_report(editorial: EditorialConfig) -> None:
    """Four reports with a $1bn partnership are a must read; one low-priority report is a skip."""
    quantum = [big_deal(), *(make_article(id=f"q{i}") for i in range(3))]
    ai = [make_article(id="ai1", fields=("ai",), priority="low")]
    issue = curate([*quantum, *ai], editorial)
    assert verdict(issue, "quantum").verdict is Verdict.MUST_READ
    assert verdict(issue, "ai").verdict is Verdict.SKIP
    assert verdict(issue, "quantum").score > verdict(issue, "ai").score


def test_reason_mentions_count_money_cue_and_subject(editorial: EditorialConfig) -> None:
    """The reason names the report count, the biggest amount, the cue and the lead subject."""
    quantum = [make_article(id="q0"), big_deal(), make_article(id="q1")]
    reason = verdict(curate(quantum, editorial), "quantum").reason
    assert reason == "3 reports, incl. a $1 billion US-Japan quantum partnership"


def test_reason_names_a_deal_by_parties_topic_and_cue() -> None:
    """Two named parties make one phrase: amount, parties, the field's word, the cue."""
    deal = make_article(
        title="Japanese and American AI labs pool compute",
        money=(make_money(amount=5e8, text="$500 million"),),
        cues=("partnership",),
    )
    assert field_reason([deal], topics=("ai", "machine learning")) == (
        "1 report, incl. a $500 million Japan-US AI partnership"
    )
    assert field_reason([deal]) == "1 report, incl. a $500 million Japan-US partnership"
    assert field_reason([deal], 1, topics=("ai",)).endswith(
        "AI partnership (1 follows up earlier weeks)"
    )


def test_reason_with_one_party_keeps_the_subject() -> None:
    """A single named party is no deal between parties: the title's subject explains it."""
    article = make_article(
        title="EU funds chip plant",
        money=(make_money(currency="EUR", amount=2e9, text="€2 billion"),),
        cues=("investment",),
    )
    assert field_reason([article]) == "1 report, incl. a €2 billion investment: EU funds chip plant"


@pytest.mark.parametrize(
    ("title", "parties"),
    [
        ("America and Japan launch a $1 billion quantum partnership", ["US", "Japan"]),
        ("The U.S. and the United Kingdom sign a chip pact", ["US", "UK"]),
        ("Let us see what the EU and China agree", ["EU", "China"]),
        ("USAF tests a satellite", []),
        ("Korean and Korea-based fabs", ["Korea"]),
    ],
)
def test_deal_parties_are_case_sensitive_short_forms(title: str, parties: list[str]) -> None:
    """Country and bloc names map to short forms once each; the pronoun "us" is not the US."""
    assert deal_parties(title) == parties


def test_top_reports_ordered_by_importance_and_capped(editorial: EditorialConfig) -> None:
    """The top list holds top_reports reports, the most important first."""
    articles = [
        make_article(id="plain"),
        big_deal(),
        make_article(id="hot", priority="high"),
        make_article(id="cold", priority="low"),
    ]
    fv = verdict(curate(articles, editorial), "quantum")
    assert [s.article.id for s in fv.top] == ["deal", "hot", "plain"]
    assert fv.report_count == 4
    importances = [s.importance for s in fv.top]
    assert importances == sorted(importances, reverse=True)
    assert not any(s.pinned for s in fv.top)


def test_repeated_story_scores_lower_than_fresh_one(editorial: EditorialConfig) -> None:
    """A story already told in a previous week counts less than a new one."""
    earlier = big_deal(
        id="old",
        published_at=dt.datetime(2026, 11, 18, 9, 0, tzinfo=dt.UTC),
        key_finding="The US and Japan commit $1 billion to quantum research.",
    )
    retold = big_deal(key_finding="The US and Japan commit $1 billion to quantum research.")
    fresh = issue_score(curate([retold], editorial), "quantum")
    repeated = curate([retold], editorial, history=[earlier])
    assert issue_score(repeated, "quantum") < fresh
    assert "follows up earlier weeks" in verdict(repeated, "quantum").reason


def test_unrelated_history_does_not_penalise(editorial: EditorialConfig) -> None:
    """History about another story leaves the score unchanged."""
    other = make_article(id="old", title="Chip export controls tighten in the Netherlands")
    assert issue_score(curate([big_deal()], editorial, history=[other]), "quantum") == (
        issue_score(curate([big_deal()], editorial), "quantum")
    )


def issue_score(issue: Issue, slug: str) -> int:
    """Return a field's score."""
    return verdict(issue, slug).score


@pytest.mark.parametrize(("priority", "expected"), [("low", -1), ("", 0), ("high", 1)])
def test_priority_moves_score(editorial: EditorialConfig, priority: str, expected: int) -> None:
    """priority:high raises a field's score and priority:low lowers it."""
    plain = issue_score(curate([make_article()], editorial), "quantum")
    score = issue_score(curate([make_article(priority=priority)], editorial), "quantum")
    assert (score > plain) - (score < plain) == expected


def test_source_weight_zero_sinks_the_feed(editorial: EditorialConfig) -> None:
    """A feed with weight 0 contributes nothing, however big its news."""
    muted = editorial.model_copy(
        update={"feeds": (FeedConfig(url="https://muted.example/feed", weight=0.0),)}
    )
    article = big_deal(source_feed="https://muted.example/feed", priority="high")
    fv = verdict(curate([article], muted), "quantum")
    assert fv.score == 0
    assert fv.verdict is Verdict.SKIP
    assert fv.top[0].importance == 0


def test_source_weight_scales_and_matches_relative_paths(editorial: EditorialConfig) -> None:
    """A heavier feed raises the score; a stored relative path matches the resolved config URL."""
    heavy = editorial.model_copy(
        update={"feeds": (FeedConfig(url="/srv/repo/feeds/main.xml", weight=2.0),)}
    )
    article = make_article(source_feed="feeds/main.xml")
    assert issue_score(curate([article], heavy), "quantum") > issue_score(
        curate([article], editorial), "quantum"
    )


def test_fresher_report_is_more_important(editorial: EditorialConfig) -> None:
    """Within the week a later report outranks an otherwise equal earlier one."""
    monday = make_article(id="mon", published_at=dt.datetime(2026, 11, 23, 8, tzinfo=dt.UTC))
    sunday = make_article(id="sun", published_at=dt.datetime(2026, 11, 29, 8, tzinfo=dt.UTC))
    fv = verdict(curate([monday, sunday], editorial), "quantum")
    assert [s.article.id for s in fv.top] == ["sun", "mon"]


def test_empty_field_scores_zero_and_skips(editorial: EditorialConfig) -> None:
    """A field with no reports scores 0, is skipped and says so."""
    fv = verdict(curate([big_deal()], editorial), "space")
    assert (fv.score, fv.verdict, fv.reason, fv.report_count, fv.top) == (
        0,
        Verdict.SKIP,
        "No reports this week",
        0,
        (),
    )


def test_empty_week(editorial: EditorialConfig) -> None:
    """A week without reports skips every field and says it was quiet."""
    issue = curate([], editorial)
    assert all(v.verdict is Verdict.SKIP and v.score == 0 for v in issue.verdicts)
    assert "quiet" in issue.intro


def test_deterministic_under_shuffled_input(editorial: EditorialConfig) -> None:
    """Shuffling the articles and the history gives the identical Issue."""
    articles = [
        big_deal(),
        *(make_article(id=f"q{i}", fields=("quantum", "ai")) for i in range(6)),
        *(make_article(id=f"u{i}", fields=()) for i in range(3)),
    ]
    history = [make_article(id=f"h{i}", title=f"Old story {i}") for i in range(5)]
    expected = curate(articles, editorial, history)
    rng = random.Random(48)
    for _ in range(5):
        rng.shuffle(articles)
        rng.shuffle(history)
        assert curate(articles, editorial, history) == expected


def test_equal_reports_tie_break_by_id(editorial: EditorialConfig) -> None:
    """Reports with equal importance and time are ordered by id."""
    fv = verdict(curate([make_article(id=i) for i in ("c", "a", "b")], editorial), "quantum")
    assert [s.article.id for s in fv.top] == ["a", "b", "c"]


@pytest.mark.parametrize(
    ("must_read", "worth_a_skim", "expected"),
    [(10, 5, Verdict.MUST_READ), (95, 10, Verdict.WORTH_A_SKIM), (99, 98, Verdict.SKIP)],
)
def test_thresholds_from_config_are_honoured(
    editorial: EditorialConfig, must_read: int, worth_a_skim: int, expected: Verdict
) -> None:
    """The verdict follows the editorial thresholds, not built-in ones."""
    scoring = ScoringConfig(must_read=must_read, worth_a_skim=worth_a_skim, top_reports=1)
    config = editorial.model_copy(update={"scoring": scoring})
    fv = verdict(curate([make_article(id="a"), make_article(id="b")], config), "quantum")
    assert fv.verdict is expected
    assert len(fv.top) == 1


def test_verdict_for_boundaries() -> None:
    """A score equal to a threshold reaches that verdict."""
    scoring = ScoringConfig(must_read=70, worth_a_skim=40)
    assert verdict_for(70, scoring) is Verdict.MUST_READ
    assert verdict_for(69, scoring) is Verdict.WORTH_A_SKIM
    assert verdict_for(40, scoring) is Verdict.WORTH_A_SKIM
    assert verdict_for(39, scoring) is Verdict.SKIP


def test_issue_shape(editorial: EditorialConfig) -> None:
    """Verdicts follow editorial order; unfiled holds reports without fields; title has the week."""
    unfiled = make_article(id="loose", fields=())
    issue = curate([big_deal(), unfiled], editorial)
    assert tuple(v.slug for v in issue.verdicts) == editorial.field_slugs
    assert issue.unfiled == (unfiled,)
    assert issue.id == "2026-W48"
    assert issue.week_start == dt.date(2026, 11, 23)
    assert issue.title == f"{editorial.title} — 2026-W48"
    assert issue.generated_at == NOW
    assert issue.intro == (
        "This week: 0 must-read fields and 1 worth a skim, from 1 report across 1 field."
    )


def test_multi_field_report_counts_in_each(editorial: EditorialConfig) -> None:
    """A report filed under two fields counts in both."""
    issue = curate([big_deal(fields=("quantum", "ai"))], editorial)
    assert verdict(issue, "quantum").report_count == verdict(issue, "ai").report_count == 1


def test_money_is_scale_aware_across_currencies() -> None:
    """Money counts by order of magnitude in USD; unknown currencies count nothing."""
    yen = make_article(money=(make_money(currency="JPY", amount=150e9, text="¥150 billion"),))
    dollars = make_article(money=(make_money(),))
    million = make_article(money=(make_money(amount=10e6, text="$10 million"),))
    mystery = make_article(money=(make_money(currency="XXX", amount=1e12, text="1T credits"),))
    assert usd_value(yen.money[0]) == pytest.approx(1.005e9)
    assert money_points(yen) == pytest.approx(money_points(dollars), abs=0.1)
    assert money_points(dollars) - money_points(million) == pytest.approx(16.0)
    assert money_points(mystery) == 0


def test_biggest_money_leads_the_reason() -> None:
    """The reason quotes the largest amount in USD, not the first one found."""
    small = make_article(id="s", money=(make_money(amount=5e8, text="$500 million"),))
    big = make_article(
        id="b",
        title="EU funds chip plant",
        money=(make_money(currency="EUR", amount=2e9, text="€2 billion"),),
    )
    assert field_reason([small, big]) == "2 reports, incl. €2 billion: EU funds chip plant"


@pytest.mark.parametrize(
    ("cues", "expected"),
    [
        (("breakthrough",), "1 report, incl. a breakthrough: Qubits hold"),
        (("acquisition",), "1 report, incl. an acquisition: Qubits hold"),
        (("export controls",), "1 report, incl. export controls: Qubits hold"),
        ((), "1 report, led by Qubits hold"),
    ],
)
def test_reason_without_money(cues: tuple[str, ...], expected: str) -> None:
    """Without money the strongest cue or just the lead title explains the week."""
    assert field_reason([make_article(title="Qubits hold", cues=cues)]) == expected


def test_reason_skips_adjective_cue_after_money() -> None:
    """'first' never follows an amount; the noun cue names the deal instead."""
    article = big_deal(cues=("first", "partnership"))
    assert field_reason([article]) == "1 report, incl. a $1 billion US-Japan partnership"


def test_short_subject_cuts_long_titles_at_a_word() -> None:
    """Long titles are cut at a word boundary with an ellipsis, under 61 characters."""
    title = "A very long title about quantum error correction " * 3
    subject = short_subject(title)
    assert subject.endswith("…")
    assert len(subject) <= 61
    assert short_subject(PARTNERSHIP, make_money()) == (
        "America and Japan launch quantum partnership"
    )


def test_shingles_and_jaccard() -> None:
    """Shingles ignore case, punctuation and stopwords; Jaccard is 1 for the same story."""
    left = shingles("The US-Japan Quantum Partnership!")
    assert left == shingles("us-japan quantum partnership")
    assert jaccard(left, left) == 1.0
    assert jaccard(left, frozenset()) == 0.0


def test_story_history_finds_near_copies() -> None:
    """A retitled copy of an earlier story is a repeat; a new story is not."""
    history = StoryHistory([big_deal(id="old")])
    assert history.is_repeat(big_deal(title=PARTNERSHIP + " (update)"))
    assert not history.is_repeat(make_article(title="CRISPR trial succeeds"))


def test_field_score_bounds_and_diminishing_returns() -> None:
    """Scores stay in 0-100, and each further report adds less than the one before."""
    assert field_score([]) == 0
    assert field_score([100.0] * 50) <= 100
    one, two, three = (field_score([20.0] * n) for n in (1, 2, 3))
    assert two - one > three - two > 0


def test_volume_alone_is_not_a_must_read(editorial: EditorialConfig) -> None:
    """Ten plain reports are worth a skim, not a must read."""
    fv = verdict(curate([make_article(id=f"p{i}") for i in range(10)], editorial), "quantum")
    assert fv.verdict is Verdict.WORTH_A_SKIM


def test_now_mid_week_measures_freshness_at_now(editorial: EditorialConfig) -> None:
    """Previewing mid-week scores a report published just before 'now' as fully fresh."""
    article = make_article(published_at=dt.datetime(2026, 11, 25, 11, tzinfo=dt.UTC))
    mid = dt.datetime(2026, 11, 25, 12, tzinfo=dt.UTC)
    at_mid = curate_issue(WEEK, [article], [], editorial, now=mid)
    at_end = curate_issue(WEEK, [article], [], editorial, now=NOW)
    assert (
        verdict(at_mid, "quantum").top[0].importance > verdict(at_end, "quantum").top[0].importance
    )


def test_guessed_date_gets_half_freshness(editorial: EditorialConfig) -> None:
    """A report whose date is a guess earns half the freshness, wherever the guess falls."""
    late = dt.datetime(2026, 11, 29, 23, tzinfo=dt.UTC)
    guessed = make_article(published_at=late, published_is_guess=True)
    real = make_article(published_at=late)
    assert issue_score(curate([guessed], editorial), "quantum") < issue_score(
        curate([real], editorial), "quantum"
    )


# --- the editor's draft applied by curate_issue ---


def test_draft_verdict_override_and_note(editorial: EditorialConfig) -> None:
    """A draft verdict overrides the computed one and the note is carried."""
    draft = '[fields.quantum]\nverdict = "skip"\nnote = "Old news, really."\n'
    fv = verdict(curate([big_deal()], editorial, draft_text=draft), "quantum")
    assert fv.verdict is Verdict.SKIP
    assert fv.overridden
    assert fv.editor_note == "Old news, really."
    assert fv.score > 0


def test_draft_note_without_verdict_is_not_an_override(editorial: EditorialConfig) -> None:
    """A note alone keeps the computed verdict and is not flagged as overridden."""
    draft = '[fields.quantum]\nnote = "Read the second one."\n'
    fv = verdict(curate([big_deal()], editorial, draft_text=draft), "quantum")
    assert not fv.overridden
    assert fv.editor_note == "Read the second one."


def test_draft_pin_goes_first(editorial: EditorialConfig) -> None:
    """A pinned report leads the field even when it is the least important."""
    articles = [big_deal(), make_article(id="hot", priority="high"), make_article(id="dull")]
    draft = '[fields.quantum]\npin = ["https://example.com/reports/dull"]\n'
    fv = verdict(curate(articles, editorial, draft_text=draft), "quantum")
    assert [(s.article.id, s.pinned) for s in fv.top] == [
        ("dull", True),
        ("deal", False),
        ("hot", False),
    ]


def test_draft_top_level_pin_applies_to_each_field(editorial: EditorialConfig) -> None:
    """A top-level pin leads every field its report is filed under."""
    articles = [big_deal(fields=("quantum", "ai")), make_article(id="x", fields=("quantum", "ai"))]
    issue = curate(articles, editorial, draft_text='pin = ["x"]\n')
    assert verdict(issue, "quantum").top[0].article.id == "x"
    assert verdict(issue, "ai").top[0].pinned


def test_draft_pin_adds_report_to_another_field(editorial: EditorialConfig) -> None:
    """Pinning an unfiled report into a field files it there and takes it off the unfiled list."""
    loose = make_article(id="loose", fields=())
    issue = curate([loose], editorial, draft_text='[fields.space]\npin = ["loose"]\n')
    assert verdict(issue, "space").report_count == 1
    assert verdict(issue, "space").top[0].pinned
    assert issue.unfiled == ()


def test_draft_drop_removes_report_and_count(editorial: EditorialConfig) -> None:
    """A dropped report disappears from its fields and from their report counts."""
    articles = [big_deal(), make_article(id="q1")]
    issue = curate(articles, editorial, draft_text='drop = ["deal"]\n')
    fv = verdict(issue, "quantum")
    assert fv.report_count == 1
    assert [s.article.id for s in fv.top] == ["q1"]
    assert "$1 billion" not in fv.reason


def test_draft_field_drop_only_affects_that_field(editorial: EditorialConfig) -> None:
    """A field-level drop leaves the report in its other fields."""
    articles = [big_deal(fields=("quantum", "ai"))]
    issue = curate(articles, editorial, draft_text='[fields.ai]\ndrop = ["deal"]\n')
    assert verdict(issue, "ai").report_count == 0
    assert verdict(issue, "ai").reason == "No reports this week"
    assert verdict(issue, "quantum").report_count == 1


def test_draft_intro_replaces_default(editorial: EditorialConfig) -> None:
    """The draft's intro is used verbatim (trimmed)."""
    issue = curate([big_deal()], editorial, draft_text='intro = "  Big week for qubits.  "\n')
    assert issue.intro == "Big week for qubits."


def test_draft_unknown_article_is_reported_with_line(editorial: EditorialConfig) -> None:
    """A pin naming no report of the week raises DraftError with key and line."""
    draft = '\n[fields.quantum]\npin = [\n  "deal",\n  "ghost",\n]\n'
    with pytest.raises(DraftError, match=r"line 5: fields\.quantum\.pin names 'ghost'"):
        curate([big_deal()], editorial, draft_text=draft)


def test_draft_pin_and_drop_same_report_is_an_error(editorial: EditorialConfig) -> None:
    """Pinning and dropping the same report is a mistake, reported with its line."""
    draft = 'drop = ["deal"]\n[fields.quantum]\npin = ["deal"]\n'
    with pytest.raises(DraftError, match="line 3: fields.quantum.pin pins 'deal'.*also drops"):
        curate([big_deal()], editorial, draft_text=draft)


def test_duplicate_ids_are_counted_once(editorial: EditorialConfig) -> None:
    """Two copies of one article id count as one report."""
    article = big_deal()
    issue = curate([article, replace(article, title="Other title")], editorial)
    assert verdict(issue, "quantum").report_count == 1
