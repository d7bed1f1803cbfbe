"""Tests for curation and scoring on hand-made weeks where the right answer is obvious."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

import pytest

from newsletter.curate import curate_issue, field_score, verdict_for
from newsletter.curate.amounts import usd_value
from newsletter.curate.importance import money_points
from newsletter.curate.stories import StoryHistory, jaccard, shingles
from newsletter.drafts import parse_draft
from newsletter.editorial import EditorialConfig, FeedConfig, ScoringConfig
from newsletter.errors import DraftError
from newsletter.models import Article, FieldVerdict, Issue, Verdict
from newsletter.weeks import parse_week
from tests.factories import make_article, make_money

WEEK = parse_week("2026-W48")
NOW = dt.datetime(2026, 11, 30, 8, 0, tzinfo=dt.UTC)
PARTNERSHIP = "America and Japan sign $1 billion quantum partnership deal"


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
    }
    values.update(overrides)
    return make_article(**values)


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


def test_a_major_deal_is_a_must_read_and_a_low_priority_report_a_skip(
    editorial: EditorialConfig,
) -> None:
    """A $1bn-plus deal among plain reports is at least worth a skim; one low-priority report is a skip."""
    quantum = [
        big_deal(title="Qubit maker signs $3 billion supply deal"),
        *(make_article(id=f"q{i}") for i in range(3)),
    ]
    ai = [make_article(id="ai1", fields=("ai",), priority="low")]
    issue = curate([*quantum, *ai], editorial)
    assert verdict(issue, "quantum").verdict is Verdict.MUST_READ
    assert verdict(issue, "ai").verdict is Verdict.SKIP
    assert verdict(issue, "quantum").score > verdict(issue, "ai").score


def test_repeated_story_scores_lower_than_fresh_one(editorial: EditorialConfig) -> None:
    """A story already told in a previous week counts less than a new one."""
    finding = "The US and Japan commit $1 billion to quantum research."
    earlier = big_deal(
        id="old", published_at=dt.datetime(2026, 11, 18, 9, 0, tzinfo=dt.UTC), key_finding=finding
    )
    retold = big_deal(key_finding=finding)
    fresh = issue_score(curate([retold], editorial), "quantum")
    repeated = curate([retold], editorial, history=[earlier])
    assert issue_score(repeated, "quantum") < fresh
    assert ("repeat ×", 0.4) in verdict(repeated, "quantum").top[0].factors


def test_headline_money_is_scale_aware_across_currencies() -> None:
    """Yen, dollars and unknown currencies are valued through the one FX table."""
    yen = make_money(currency="JPY", amount=150e9, text="¥150 billion")
    dollars = make_money()
    hundred = make_money(amount=100e6, text="$100 million")
    mystery = make_money(currency="XXX", amount=1e12, text="1T credits")
    assert usd_value(yen) == pytest.approx(1.005e9)
    assert money_points(yen) == pytest.approx(money_points(dollars), abs=0.1)
    assert money_points(dollars) - money_points(hundred) == pytest.approx(19.0)
    assert money_points(mystery) == 0
    assert money_points(None) == 0


def test_field_score_is_led_by_the_best_report_and_volume_adds_little(
    editorial: EditorialConfig,
) -> None:
    """Scores stay in 0-100; volume adds at most 3 points and never crosses a threshold."""
    scoring = editorial.scoring
    assert field_score([], scoring) == 0
    assert field_score([100.0] * 50, scoring) <= 100
    assert field_score([20.0], scoring) == 20
    assert field_score([20.0] * 10, scoring) == 23
    assert field_score([44.0] * 10, scoring) == scoring.worth_a_skim - 1
    assert field_score([69.0, 60.0, 60.0], scoring) == scoring.must_read - 1


def test_volume_alone_is_not_worth_a_skim(editorial: EditorialConfig) -> None:
    """Ten plain minor reports stay a skip: the number of reports never raises a verdict."""
    fv = verdict(
        curate(
            [make_article(id=f"p{i}", title=f"Opinion: take {i}") for i in range(10)], editorial
        ),
        "quantum",
    )
    assert fv.verdict is Verdict.SKIP


def test_a_single_major_report_is_a_must_read(editorial: EditorialConfig) -> None:
    """One approval, alone in its field, is a must read."""
    approval = make_article(title="Regulator approves the first gene therapy for a rare disease")
    fv = verdict(curate([approval], editorial), "quantum")
    assert fv.verdict is Verdict.MUST_READ
    assert fv.reason.startswith("Approval: Regulator approves")
    assert fv.reason.endswith("· 1 report")


def test_a_minor_report_quoting_money_that_is_not_its_news_does_not_lead(
    editorial: EditorialConfig,
) -> None:
    """A hire that restates last month's deal figure ranks below a plain patch release."""
    office = make_article(
        id="office",
        title="Chip designer opens a Penang design centre with 200 engineers",
        key_finding="The designer, which signed a $7.5 billion supply deal this month, is opening a centre.",
        sections=(
            (
                "Key Findings",
                "The designer, which signed a $7.5 billion supply deal this month, is opening a centre.",
            ),
        ),
    )
    patch = make_article(id="patch", title="Verilint 6.2.1 fixes false alarms in checks")
    fv = verdict(curate([office, patch], editorial), "quantum")
    assert [s.article.id for s in fv.top] == ["patch", "office"]
    assert ("figure not the news", -8.0) in fv.top[1].factors
    assert fv.verdict is Verdict.SKIP
    assert "$7.5 billion" not in fv.reason
