"""Reasons: grammatical by construction, about the report shown first, citing only its own figure."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsletter.curate import curate_issue, default_intro
from newsletter.curate.amounts import find_money
from newsletter.curate.importance import assess
from newsletter.curate.reasons import (
    FUNCTION_WORDS,
    clean_title,
    grammar_flags,
    indefinite_article,
    minor_reason,
    plural,
    report_reason,
)
from newsletter.drafts import parse_draft
from newsletter.editorial import EditorialConfig
from newsletter.models import Article
from newsletter.weeks import parse_week
from tests.factories import make_article

WEEK = parse_week("2026-W48")


@pytest.mark.parametrize(
    ("phrase", "article"),
    [
        ("AI lab", "an"),
        ("FDA decision", "an"),
        ("EU rule", "an"),
        ("US rule", "a"),
        ("UK deal", "a"),
        ("$1 billion deal", "a"),
        ("$8 billion deal", "an"),
        ("$11M round", "an"),
        ("€18m round", "an"),
        ("$80 million contract", "an"),
        ("$800 million contract", "an"),
        ("£700m financing", "a"),
        ("US$450M acquisition", "a"),
        ("A$500 million deal", "an"),
        ("CHF 1.35 billion acquisition", "a"),
        ("opinion column", "an"),
        ("university spin-out", "a"),
        ("hour-long webinar", "an"),
        ("event note", "an"),
        ("one-off", "a"),
    ],
)
def test_indefinite_article_follows_how_the_phrase_is_read(phrase: str, article: str) -> None:
    """'an AI', 'an $8 billion', 'a $1 billion', 'a US$', 'an A$', 'a university', 'an hour'."""
    assert indefinite_article(phrase) == article


@pytest.mark.parametrize(("count", "text"), [(0, "0 reports"), (1, "1 report"), (3, "3 reports")])
def test_counts_are_plural_except_one(count: int, text: str) -> None:
    """'1 report', otherwise 'N reports'."""
    assert plural(count, "report") == text


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("A AI deal: lab signs · 1 report", "should use 'an'"),
        ("An $1 billion deal: lab signs · 1 report", "should use 'a'"),
        ("A an deal · 1 report", "doubled article"),
        ("Deal: lab signs signs a pact · 1 report", "doubled word"),
        ("Deal: lab signs · 1 reports", "singular count"),
        ("Deal: lab signs · 3 report", "plural count"),
        ("A funding: lab raises · 1 report", "mass noun"),
        ("Deal: lab signs pact for the… · 1 report", "cut after function word"),
    ],
)
def test_grammar_check_flags_each_mistake(text: str, flag: str) -> None:
    """The grammar check used by the benchmark catches each kind of mistake."""
    assert any(flag in found for found in grammar_flags(text))


def test_deal_reason_names_figure_noun_and_title() -> None:
    """A figure stated only in Key Findings leads the reason: article, figure, noun, title."""
    findings = "Cloud firm signs a $7.5 billion, six-year deal for accelerators."
    article = make_article(
        title="Cloud firm signs six-year deal for accelerators",
        key_finding=findings,
        sections=(("Key Findings", findings),),
    )
    reason = report_reason(article, assess(article), 3)
    assert reason == (
        "A $7.5 billion deal: Cloud firm signs six-year deal for accelerators · 3 reports"
    )
    assert grammar_flags(reason) == []


@pytest.mark.parametrize(
    ("title", "label"),
    [
        ("Cloud firm signs $7.5 billion, six-year deal for accelerators", "Deal"),
        ("Instruments maker to buy optics supplier for CHF 1.35 billion", "Acquisition"),
        ("Lab raises $6.5 billion at a $95 billion valuation", "Funding round"),
    ],
)
def test_a_figure_the_title_states_is_not_said_twice(title: str, label: str) -> None:
    """When the quoted title states the headline figure, the reason names what it is, once."""
    article = make_article(title=title)
    reason = report_reason(article, assess(article), 2)
    figure = assess(article).headline
    assert figure is not None
    assert reason == f"{label}: {title} · 2 reports"
    assert reason.count(figure.money.text) == 1
    assert grammar_flags(reason) == []


def test_reason_never_cites_a_forecast_or_ransom_in_the_title() -> None:
    """A title's non-headline figure is cut off, at a word that is not a function word."""
    forecast = make_article(title="Forecast: the space economy could reach $1.8 trillion by 2035")
    reason = report_reason(forecast, assess(forecast), 1)
    assert "$1.8 trillion" not in reason
    assert reason.startswith("Forecast: the space economy could reach… ·")
    assert grammar_flags(reason) == []


def test_valuation_beside_the_round_is_kept_as_a_valuation() -> None:
    """'raises $6.5 billion at a $95 billion valuation': the round leads, the valuation is named."""
    article = make_article(title="Lab raises $6.5 billion at a $95 billion valuation")
    reason = report_reason(article, assess(article), 2)
    assert reason.startswith("Funding round: Lab raises $6.5 billion at a $95 billion valuation")


def test_long_titles_are_cut_at_a_word_never_after_a_function_word() -> None:
    """A cut ends on a content word and an ellipsis."""
    title = "Lab keeps a processor running for six hours with reloading of the atoms " * 3
    cut = clean_title(title, limit=60)
    assert cut.endswith("…")
    assert len(cut) <= 61
    assert cut[:-1].split()[-1].lower() not in {"of", "the", "a", "with", "for"}


def test_skip_reason_names_only_minor_kinds_shown() -> None:
    """A field of minor items says so, with articles and plurals right and no figure."""
    shown = [
        assess(make_article(id="w", title="Webinar, 3 December: quantum in HPC")),
        assess(make_article(id="o", title="Opinion: qubit counts are the wrong scoreboard")),
        assess(make_article(id="p", title="Opinion: stop counting qubits")),
    ]
    reason = minor_reason(shown, 5)
    assert reason == "Only minor items: an event note and 2 opinion columns · 5 reports"
    assert grammar_flags(reason) == []


def test_draft_reason_replaces_the_computed_one(editorial: EditorialConfig) -> None:
    """A draft's reason = "..." is the field's reason, marked as the editor's."""
    article = make_article(title="Regulator approves the first gene therapy for a rare disease")
    draft = parse_draft('[fields.quantum]\nreason = "  The approval of the year.  "\n', editorial)
    assert draft.field("quantum") is not None
    issue = curate_issue(WEEK, [article], [], editorial, draft=draft)
    verdict = issue.verdict("quantum")
    assert verdict is not None
    assert verdict.reason == "The approval of the year."
    assert verdict.reason_overridden
    plain = curate_issue(WEEK, [article], [], editorial).verdict("quantum")
    assert plain is not None
    assert not plain.reason_overridden
    assert plain.reason.startswith("Approval: Regulator approves")


def test_draft_reason_must_be_a_string(editorial: EditorialConfig) -> None:
    """A reason that is not a string is a draft error naming its key."""
    from newsletter.errors import DraftError

    with pytest.raises(DraftError, match=r"fields\.quantum\.reason"):
        parse_draft("[fields.quantum]\nreason = 3\n", editorial)


def test_intro_counts_a_cross_listed_report_once(editorial: EditorialConfig) -> None:
    """A report in two fields is one report in the intro."""
    both = make_article(id="both", title="Opinion: chips and qubits", fields=("quantum", "ai"))
    other = make_article(id="other", title="Opinion: qubits again", fields=("quantum",))
    issue = curate_issue(WEEK, [both, other], [], editorial)
    assert "from 2 reports across 2 fields" in issue.intro
    assert default_intro(issue.verdicts, reports=2) == issue.intro


def test_syndicated_copy_counts_once_and_the_fuller_copy_leads(editorial: EditorialConfig) -> None:
    """Two copies of one story (same page without utm_*) are one report with coverage."""
    site = make_article(
        id="site",
        url="https://site.example/2026/11/deal/",
        title="Cloud firm signs $7.5 billion deal for accelerators",
        body_html="<p>" + "long body " * 50 + "</p>",
    )
    copy = make_article(
        id="copy",
        url="https://site.example/2026/11/deal/?utm_source=partner&utm_medium=feed",
        title="Cloud firm signs $7.5 billion deal for accelerators",
        body_html="<p>short</p>",
    )
    issue = curate_issue(WEEK, [site, copy], [], editorial)
    verdict = issue.verdict("quantum")
    assert verdict is not None
    assert verdict.report_count == 1
    assert [s.article.id for s in verdict.top] == ["site"]
    assert ("coverage", 3.0) in verdict.top[0].factors
    assert verdict.reason.endswith("· 1 report")


_AMOUNTS = st.sampled_from(
    ["$3T", "$7.5 billion", "€210 million", "£700m", "US$450M", "¥85 billion", "₩3 trillion",
     "A$500 million", "CHF 1.35 billion", "$14 million", "2.3 billion dollars", "NT$40 billion"]
)  # fmt: skip
_VERBS = st.sampled_from(
    ["signs a {a} deal", "raises {a}", "could reach {a} by 2035", "demands {a} in ransom",
     "raises {a} at a {b} valuation", "wins a {a} contract", "prices its drug at {a}",
     "buys a rival for {a}, a year after raising {b}", "opens an office"]
)  # fmt: skip
_WORDS = st.from_regex(r"[A-Z][a-z]{3,11}", fullmatch=True).filter(
    lambda word: word.lower() not in FUNCTION_WORDS
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    subject=_WORDS,
    verb=_VERBS,
    first=_AMOUNTS,
    second=_AMOUNTS,
    background=_AMOUNTS,
    finding=_VERBS,
)
def test_a_reason_never_cites_a_figure_absent_from_title_and_key_findings(
    subject: str, verb: str, first: str, second: str, background: str, finding: str
) -> None:
    """Every amount in a reason is written in its report's title or Key Findings."""
    title = f"{subject} {verb.format(a=first, b=second)}"
    findings = f"{subject} {finding.format(a=second, b=first)}."
    article: Article = make_article(
        title=title,
        key_finding=findings,
        sections=(
            ("Key Findings", findings),
            ("Background & Context", f"The sector raised {background} last year."),
        ),
    )
    reason = report_reason(article, assess(article), 1)
    allowed = {(m.currency, m.amount) for m in find_money(f"{title}\n{findings}")}
    for money in find_money(reason):
        assert (money.currency, money.amount) in allowed, reason
    head, _, rest = reason.partition(": ")
    ours = f"{head}: Title · {rest.rpartition(' · ')[2]}"  # the words curation wrote itself
    assert grammar_flags(ours) == [], reason


def test_draft_reason_is_shown_everywhere(editorial: EditorialConfig) -> None:
    """The editor's reason is the one in the HTML, the text part and the archive."""
    # The preheader leads with the key finding or the other fields' verdicts, not a reason.
    from newsletter.render import Renderer

    article = make_article(title="Regulator approves the first gene therapy for a rare disease")
    draft = parse_draft('[fields.quantum]\nreason = "The approval of the year"\n', editorial)
    issue = curate_issue(WEEK, [article], [], editorial, draft=draft)
    renderer = Renderer(editorial, base_url="https://news.example.com/", postal_address="1 St")
    email = renderer.render_variant(issue, frozenset({"quantum"}))
    assert "The approval of the year" in email.html
    assert "The approval of the year" in " ".join(email.text.split())
    assert "The approval of the year" in renderer.render_archive(issue)
    assert "Approval: Regulator" not in email.html


def test_the_same_news_from_two_feeds_is_one_story(editorial: EditorialConfig) -> None:
    """A partner brief and a site report of one deal (same kind and figure) count once."""
    site = make_article(
        id="site",
        title="Cloud firm signs $7.5 billion deal for accelerators",
        body_html="<p>" + "long body " * 50 + "</p>",
    )
    brief = make_article(
        id="brief",
        url="https://partner.example/briefs/cloud-accelerators",
        title="Accelerator maker wins $7.5 billion, six-year order from a cloud firm",
        fields=("quantum", "ai"),
    )
    other = make_article(id="other", title="Cloud firm signs $2 billion deal for power")
    issue = curate_issue(WEEK, [site, brief, other], [], editorial)
    quantum = issue.verdict("quantum")
    ai = issue.verdict("ai")
    assert quantum is not None
    assert ai is not None
    assert quantum.report_count == 2
    assert [s.article.id for s in ai.top] == ["site"]  # the fuller copy, in both fields
    assert "from 2 reports" in issue.intro


def test_a_report_without_title_gets_a_reason_with_words() -> None:
    """No title: the key finding's start stands in, never an empty part."""
    article = make_article(
        title="", key_finding="Regulators approved the first gene therapy for a rare disease."
    )
    reason = report_reason(article, assess(article), 1)
    assert reason.startswith("Approval: Regulators approved the first gene therapy")
    assert grammar_flags(reason) == []


def test_a_title_is_cut_at_the_clause_before_a_figure_that_is_not_the_news() -> None:
    """'raises $1.1 billion, a year after its $300 million Series C' ends after the round."""
    article = make_article(
        title="Photonic firm Lumara raises $1.1 billion, a year after its $300 million Series C"
    )
    reason = report_reason(article, assess(article), 1)
    assert reason == ("Funding round: Photonic firm Lumara raises $1.1 billion… · 1 report")


def test_a_superlative_since_a_year_is_still_this_weeks_figure() -> None:
    """'€1.6bn contract, its largest since 2021': the contract is the headline, not the past."""
    article = make_article(
        title="Data-centre builder Corra wins €1.6bn contract, its largest since 2021"
    )
    assessment = assess(article)
    assert assessment.money is not None
    assert assessment.money.text == "€1.6bn"


def test_a_programme_is_named_by_its_own_noun() -> None:
    """'commits A$1.2 billion to a sovereign launch programme' reads 'An A$1.2 billion programme'."""
    article = make_article(title="Government commits A$1.2 billion to a sovereign launch programme")
    reason = report_reason(article, assess(article), 1)
    assert reason.startswith("Programme: Government commits A$1.2 billion")


def test_an_editors_verdict_changes_the_shape_of_the_reason(editorial: EditorialConfig) -> None:
    """A skip the editor raises to must-read describes its first report, not 'only minor items'."""
    article = make_article(title="Opinion: the qubit race needs referees")
    plain = curate_issue(WEEK, [article], [], editorial).verdict("quantum")
    draft = parse_draft('[fields.quantum]\nverdict = "must-read"\n', editorial)
    raised = curate_issue(WEEK, [article], [], editorial, draft=draft).verdict("quantum")
    assert plain is not None
    assert raised is not None
    assert plain.reason.startswith("Only minor items")
    assert raised.reason == "Opinion: the qubit race needs referees · 1 report"


def test_an_editors_skip_of_a_major_report_still_describes_it(editorial: EditorialConfig) -> None:
    """Lowering a $3 billion deal to skip keeps a reason about the deal, never 'a small deal'."""
    article = make_article(title="Qubit maker signs $3 billion supply deal")
    draft = parse_draft('[fields.quantum]\nverdict = "skip"\n', editorial)
    lowered = curate_issue(WEEK, [article], [], editorial, draft=draft).verdict("quantum")
    assert lowered is not None
    assert lowered.reason.startswith("Deal: Qubit maker signs $3 billion")


@pytest.mark.parametrize(
    "title",
    [
        "EXCLUSIVE: Harl Optics to buy Venn Imaging for $2.4 billion",
        "UPDATE 2-Harl Optics to buy Venn Imaging for $2.4 billion",
        "Breaking: Harl Optics to buy Venn Imaging for $2.4 billion",
        "Exclusive - Harl Optics to buy Venn Imaging for $2.4 billion",
    ],
)
def test_wire_slugs_are_not_part_of_the_story(title: str) -> None:
    """'EXCLUSIVE:', 'UPDATE 2-', 'Breaking:' are dropped from the kind's reading and the reason."""
    article = make_article(title=title)
    assessment = assess(article)
    reason = report_reason(article, assessment, 1)
    assert assessment.kind.kind.value == "deal"
    assert reason == ("Acquisition: Harl Optics to buy Venn Imaging for $2.4 billion · 1 report")


@pytest.mark.parametrize(
    ("title", "finding"),
    [
        (
            "Harwick Water, fined £3.1m last year, must now publish leak data",
            "Harwick Water must now publish its leak data every month, the regulator ruled.",
        ),
        (
            "After a £40m round in 2025, Pell Labs opens its quantum foundry in Leeds",
            "Pell Labs has opened a quantum foundry in Leeds that will make 200 chips a year.",
        ),
        (
            "Pell Labs, valued at £400m, quietly opens its quantum foundry in Leeds",
            "Pell Labs has opened a quantum foundry in Leeds that will make 200 chips a year.",
        ),
    ],
)
def test_a_title_cut_to_a_stub_gives_way_to_the_first_key_finding(title: str, finding: str) -> None:
    """A cut that leaves 'Grant body hands Pell Labs…' says nothing: Key Findings speak instead."""
    article = make_article(title=title, sections=(("Key Findings", finding),), key_finding=finding)
    reason = report_reason(article, assess(article), 2)
    quoted = reason.split(": ", 1)[1].split(" · ")[0]
    assert len(quoted.rstrip("…").split()) >= 6
    assert "£" not in reason
    assert not grammar_flags(reason)


@pytest.mark.parametrize(
    "title",
    [
        "Ostrander Micro's new accelerator line reaches volume production at its Dresden fab, "
        "ahead of the schedule it gave investors in the spring",
        "Velt Quantum opens a 200-seat engineering centre in Lisbon, its third outside Finland, "
        "as it hires for error-correction work",
    ],
)
def test_a_long_title_is_shortened_at_a_clause_boundary(title: str) -> None:
    """Too long for one line: the title ends at a comma or clause word, not mid-phrase."""
    shortened = clean_title(title)
    assert shortened.endswith("…")
    kept = shortened.rstrip("…")
    assert title.startswith(kept)
    assert title[len(kept) : len(kept) + 2] == ", "


@pytest.mark.parametrize(
    "title",
    [
        "Harl Optics buys Venn Imaging for $820m (£610m) to add X-ray optics",
        "Orsk Grid wins €1.2bn (about $1.3bn) contract for Baltic cables",
    ],
)
def test_a_converted_figure_in_brackets_is_kept_with_the_headline(title: str) -> None:
    """'$820m (£610m)': the bracketed amount converts the headline; the title is not cut there."""
    article = make_article(title=title)
    reason = report_reason(article, assess(article), 1)
    assert title in reason


@pytest.mark.parametrize(
    "title",
    [
        "Ledgerline starts a payments pilot with four high-street banks",
        "Pollen counts now feed a city's asthma alert service",
    ],
)
def test_a_lone_minor_item_is_named_by_what_it_is(title: str) -> None:
    """A skip with one unclassified item quotes it, never 'a minor report'."""
    article = make_article(title=title, key_finding="")
    editorial = EditorialConfig.model_validate(
        {"fields": [{"slug": "quantum", "name": "Quantum", "color": "#000000"}]}
    )
    verdict = curate_issue(WEEK, [article], [], editorial).verdict("quantum")
    assert verdict is not None
    assert verdict.reason == f"Only a minor item: {title} · 1 report"


@pytest.mark.parametrize(
    ("title", "start"),
    [
        ("Helios Grid closes its storage financing — €2.1bn", "Financing: "),
        ("Orsk and Pell agree a merger — $4.2 billion", "Merger: "),
        ("Orsk wins a Baltic cable contract: €900m", "Contract: "),
    ],
)
def test_a_figure_after_a_dash_takes_the_noun_before_it(title: str, start: str) -> None:
    """'… storage financing — €2.1bn': the figure is the financing's, named by the word before."""
    article = make_article(title=title)
    reason = report_reason(article, assess(article), 1)
    assert reason.startswith(start)
    assert title in reason


@pytest.mark.parametrize(
    ("title", "findings", "start"),
    [
        (
            "Harl agrees to acquire Venn's imaging unit",
            "Harl will pay for the unit in a deal worth up to $640 million.",
            "An acquisition worth up to $640 million: ",
        ),
        (
            "Orsk licenses its enzyme platform to Deltagen",
            "Orsk licenses its platform to Deltagen for up to €300m.",
            "A deal worth up to €300m: ",
        ),
    ],
)
def test_a_ceiling_is_said_as_a_ceiling(title: str, findings: str, start: str) -> None:
    """'up to $640 million' is quoted with its 'up to', never as a plain '$640 million deal'."""
    article = make_article(
        title=title, key_finding=findings, sections=(("Key Findings", findings),)
    )
    assert report_reason(article, assess(article), 1).startswith(start)


@pytest.mark.parametrize(
    ("title", "finding", "says", "never"),
    [
        (
            "Two billion euros for Orla: is Europe's frontier lab finally funded?",
            "Orla, the Paris-based developer of the Ombre models, has raised two billion euros in "
            "a round led by pension funds.",
            "Orla has raised two billion euros",
            "?",
        ),
        (
            "Outage: what took Vantor's Dublin region down for 11 hours?",
            "Vantor's Dublin region, one of the busiest in Europe, was unavailable for 11 hours "
            "on Monday after a cooling fault.",
            "Vantor's Dublin region was unavailable for 11 hours",
            "?",
        ),
    ],
)
def test_a_question_title_gives_way_to_what_key_findings_say_happened(
    title: str, finding: str, says: str, never: str
) -> None:
    """A question asserts nothing: the reason quotes Key Findings, without the subject's aside."""
    article = make_article(title=title, sections=(("Key Findings", finding),), key_finding=finding)
    reason = report_reason(article, assess(article), 3)
    assert says in reason
    assert never not in reason
    assert not grammar_flags(reason)


def test_a_question_before_the_statement_in_a_title_is_dropped() -> None:
    """'Is your supplier covered? UK rules … take effect': the reason states the rule."""
    article = make_article(
        title="Is your IT supplier covered? UK cyber rules for managed service providers take effect"
    )
    reason = report_reason(article, assess(article), 3)
    assert reason.startswith(
        "Rule in force: UK cyber rules for managed service providers take effect"
    )


def test_a_figure_in_words_heads_a_reason_grammatically() -> None:
    """'A round of two billion euros: …', never 'A Two billion euros round'."""
    finding = "Orla has raised two billion euros in a round led by pension funds."
    article = make_article(
        title="Orla closes Europe's largest AI round as pension funds pile in",
        sections=(("Key Findings", finding),),
        key_finding=finding,
    )
    reason = report_reason(article, assess(article), 2)
    assert reason.startswith("A round of two billion euros: Orla closes Europe")
    assert not grammar_flags(reason)


@pytest.mark.parametrize(
    ("title", "bad_end"),
    [
        ("Ferrovia releases Tram-2, the first open-weights model to match closed frontier systems "
         "on agentic coding and long-horizon planning tasks", "agentic…"),
        ("Marsk unveils a battery that keeps 90% of its capacity after 5,000 cycles in hot and "
         "humid conditions across four continents", "humid…"),
    ],
)  # fmt: skip
def test_a_cut_never_ends_on_a_modifier_whose_noun_was_cut(title: str, bad_end: str) -> None:
    """The cut backs off over adjectives as it does over function words."""
    shortened = clean_title(title)
    assert shortened.endswith("…")
    assert not shortened.endswith(bad_end)


def test_a_fines_ceiling_is_no_headline_figure() -> None:
    """'Fines can reach £17m' is a limit of the rule, not the rule's news figure."""
    finding = "From today, providers must report incidents within 24 hours. Fines can reach £17m."
    article = make_article(
        title="UK cyber rules for managed service providers take effect",
        sections=(("Key Findings", finding),),
        key_finding=finding,
    )
    assert assess(article).headline is None
    assert "£17m" not in report_reason(article, assess(article), 3)


@pytest.mark.parametrize(
    ("title", "starts"),
    [
        ("In San Francisco, Orla Labs releases Atlas-4 with open weights that match closed rivals", "Orla Labs releases"),
        ("On Tuesday, the FDA approves Tessaly's TB-2, the first therapy for a rare liver disease", "The FDA approves"),
        ("In Cambridge, Mass., Ferrel Bio names a new chief scientific officer", "Ferrel Bio names"),
        ("On its very first try, Marsk's rocket reached orbit", "On its very first try"),
    ],
)  # fmt: skip
def test_a_dateline_before_the_news_is_left_out_of_the_reason(title: str, starts: str) -> None:
    """'In San Francisco, …' is a dateline; 'On its very first try' is part of the news."""
    article = make_article(title=title)
    quoted = report_reason(article, assess(article), 2).split(": ", 1)[1]
    assert quoted.startswith(starts)


def test_a_cut_never_ends_inside_brackets() -> None:
    """'… by Tessaline (subject to approval…' leaves a bracket open: the cut comes before it."""
    title = (
        "A $4.8 billion deal for photonics chipmaker Arlo was announced by Tessaline "
        "Semiconductor (subject to approval by regulators in three countries)"
    )
    shortened = clean_title(title, find_money(title)[0])
    assert "(" not in shortened
    assert shortened.endswith("Semiconductor…")


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        ("Tokai is to be acquired by Marrowind for ¥2.6 trillion (yen)", "for ¥2.6 trillion"),
        (
            "Kaiyo to buy Brockmann's chip arm for €2.1 billion (euros) in cash",
            "€2.1 billion in cash",
        ),
        ("Carrow takes Tilde private for $820m (£610m)", "$820m (£610m)"),
    ],
)
def test_a_currency_spelled_out_in_brackets_is_not_said_twice(title: str, shown: str) -> None:
    """'¥2.6 trillion (yen)' says the currency twice; a conversion in brackets stays."""
    assert shown in clean_title(title, find_money(title)[0])
