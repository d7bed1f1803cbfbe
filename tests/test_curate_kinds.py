"""Report kinds from how a report is written: title labels, verbs, tense, negation, names."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsletter.curate.importance import Weights, assess
from newsletter.curate.kinds import LABELS, Kind, classify
from newsletter.curate.text import read_report
from newsletter.editorial import load_editorial
from newsletter.errors import ConfigError
from tests.curate_paraphrases import weight_of
from tests.factories import make_article


def _kind(title: str, findings: str = "", tags: tuple[str, ...] = ()) -> Kind:
    sections = (("Key Findings", findings),) if findings else ()
    article = make_article(title=title, tags=tags, sections=sections, key_finding=findings)
    return classify(read_report(article)).kind


def _kind_and_weight(title: str, findings: str = "") -> tuple[Kind, str]:
    """The kind of a one-report article and its editorial weight band (must-read 70, skim 45)."""
    sections = (("Key Findings", findings),) if findings else ()
    assessment = assess(make_article(title=title, sections=sections, key_finding=findings))
    return assessment.kind.kind, weight_of(assessment.importance)


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("EU rule requiring post-quantum migration plans takes effect", Kind.REGULATION),
        ("AI Act duties for general-purpose models come into force", Kind.REGULATION),
        ("Japan bans exports of advanced lithography tools", Kind.REGULATION),
        ("FDA approves Halvane's one-time gene therapy for a rare disease", Kind.APPROVAL),
        ("FDA grants accelerated approval to an Alzheimer's antibody", Kind.APPROVAL),
        (
            "Logical qubit reaches one error in 80,000 cycles, a record for trapped ions",
            Kind.RECORD,
        ),
        ("Solar maker achieves record 34.1% efficiency for a tandem cell", Kind.RECORD),
        ("Rocket maker's Skylark reaches orbit on its maiden flight", Kind.LAUNCH),
        ("Lab releases Cinder-4, the first open-weights model to match closed rivals", Kind.LAUNCH),
        ("Exascale system Borealis comes online in Finland", Kind.LAUNCH),
        ("Cloud firm signs $7.5 billion, six-year deal for accelerators", Kind.DEAL),
        ("Instruments maker to buy optics supplier for CHF 1.35 billion", Kind.DEAL),
        ("Agency awards a €210 million contract for a relay satellite", Kind.DEAL),
        ("Two vertical-farming operators merge as costs bite", Kind.DEAL),
        ("Start-up raises $14 million in seed funding", Kind.FUNDING_ROUND),
        ("Recycler lands €120m to scale its plants", Kind.FUNDING_ROUND),
        ("Korea unveils ₩5 trillion support package for chipmakers", Kind.PROGRAMME),
        ("Study: coding agents introduced flaws in one in six changes", Kind.RESEARCH),
        ("Lab stacks complementary transistors in a working SRAM array", Kind.RESEARCH),
        ("Attackers exploit an authentication bypass in VPN gateways", Kind.VULNERABILITY),
        ("Ransomware gang demands $25 million from a port operator", Kind.INCIDENT),
        ("Standards body publishes a draft standard for a backup algorithm", Kind.DRAFT_STANDARD),
        ("Rocket start-up pushes its first orbital attempt to 2027", Kind.DELAY),
        ("Parallel file system Cairn 5.2 adds erasure coding", Kind.PRODUCT_RELEASE),
        ("Kelpie 2.7.3 fixes a crash in the scheduler", Kind.PATCH_RELEASE),
        ("Lab ships Cinder-4.0.1 to fix a tool-calling bug", Kind.PATCH_RELEASE),
        ("Data-centre developer opens a Dublin engineering hub with 80 jobs", Kind.HIRING),
        ("Dr. Ana Ruiz joins Velt Quantum as chief technology officer", Kind.HIRING),
        ("Webinar, 3 December: integrating quantum processors into HPC centres", Kind.EVENT),
        ("Event recap: five things we heard at the fusion forum", Kind.EVENT),
        ("Highlights from the Helsinki Quantum Days", Kind.EVENT),
        ("Forecast: the space economy could reach $1.8 trillion by 2035", Kind.FORECAST),
        ("Chip sales could reach $975 billion in 2027, forecasters say", Kind.FORECAST),
        ("Global AI chip market to reach $400 billion by 2030", Kind.FORECAST),
        ("Opinion: small reactors need orders, not more designs", Kind.OPINION),
        ("Why quantum advantage claims need independent audits", Kind.OPINION),
        ("Explainer: who is paying for the packaging boom", Kind.EXPLAINER),
        ("Report: ransomware leak-site postings fell 12% in the third quarter", Kind.STATISTICS),
        ("Payments network links Europe with two Asian schemes", Kind.OTHER),
        ("Drone maker's Tern wins type certification in Japan", Kind.APPROVAL),
        ("Record $2 billion round for robotics start-up Ambit", Kind.FUNDING_ROUND),
        ("Chipmaker posts record quarterly revenue on AI demand", Kind.OTHER),
        ("UK law requiring firms to report ransomware payments comes into force", Kind.REGULATION),
        ("Exascale machine Tierra enters full production at a Spanish centre", Kind.LAUNCH),
        ("Quantum computing market could be worth $65 billion by 2034", Kind.FORECAST),
        ("US agencies must submit post-quantum migration plans by mid-2027", Kind.REGULATION),
        ("Rocket fails to reach orbit on its first attempt", Kind.INCIDENT),
        (
            "Senate committee advances a federal framework for autonomous vehicles",
            Kind.DRAFT_STANDARD,
        ),
        ("Foundry opens a $10bn fab in Arizona", Kind.LAUNCH),
        ("Quorra raises Series A from Nordic investors", Kind.FUNDING_ROUND),
        ("Helix snaps up Marrow for $400m", Kind.DEAL),
        ("Lumio banks $30M to scale its sensors", Kind.FUNDING_ROUND),
        ("EU AI rules kick in for general-purpose models", Kind.REGULATION),
        ("Open model tops the reasoning leaderboard", Kind.RECORD),
        ("Survey telescope sees first light in Chile", Kind.LAUNCH),
        ("Council approves the AI Act", Kind.REGULATION),
        ("EU adopts AI liability rules", Kind.REGULATION),
    ],
)
def test_each_kind_from_its_title(title: str, kind: Kind) -> None:
    """The title's label or main verb names the kind."""
    assert _kind(title) is kind


@pytest.mark.parametrize(
    ("title", "not_kind"),
    [
        ("Opinion: agentic AI is not a breakthrough until it can be audited", Kind.RECORD),
        ("Regulator has not approved the drone deliveries", Kind.APPROVAL),
        ("Merger is subject to approval by shareholders", Kind.APPROVAL),
        ("Rocket maker plans to launch its first vehicle in 2028", Kind.LAUNCH),
        ("Vantage Launch Services opens a Glasgow office", Kind.LAUNCH),
        ("Builder pushes its first orbital attempt to the first quarter of 2027", Kind.LAUNCH),
        ("Analyst's track record on chip forecasts questioned", Kind.RECORD),
        ("Recap: record attendance at the packaging forum", Kind.RECORD),
        ("Data-centre operator buys land, a year after raising €2bn", Kind.FUNDING_ROUND),
        ("Quantum market could reach $18bn by 2035", Kind.DEAL),
        ("Chipmaker raises prices by 10%", Kind.FUNDING_ROUND),
        ("Therapy approved in 2023 shows durable results at five years", Kind.APPROVAL),
        ("Lab, in partnership with two universities, opens a Munich office", Kind.DEAL),
        ("Partner brief: banks that adopted zero trust cut breach costs by a third", Kind.INCIDENT),
    ],
)
def test_negation_tense_dates_and_names_do_not_make_a_kind(title: str, not_kind: Kind) -> None:
    """'not a', 'has not', 'subject to', 'plans to', 'first quarter', names and idioms are no cue."""
    assert _kind(title) is not not_kind


def test_first_claims_need_an_affirmed_first() -> None:
    """A first of its kind counts; 'first quarter' and a delayed 'first attempt' do not."""
    first = classify(read_report(make_article(title="Rocket reaches orbit on its maiden flight")))
    assert first.first
    dated = classify(read_report(make_article(title="Lab releases its model in the first quarter")))
    assert not dated.first


@pytest.mark.parametrize(
    ("findings", "kind"),
    [
        (
            "A week after the approval, the maker has set its list price at $2.9 million "
            "and signed agreements with three insurers.",
            Kind.FOLLOW_UP_NEWS,
        ),
        (
            "A week after the release, the developer has not changed the model. "
            "Independent evaluations have not been published.",
            Kind.FOLLOW_UP,
        ),
    ],
)
def test_follow_ups_with_and_without_news(findings: str, kind: Kind) -> None:
    """A follow-up says so in its opening; it adds news unless it says nothing changed."""
    assert _kind("Cinder-4 maker sets its price and signs insurers", findings) is kind


def test_follow_up_title_that_restates_a_figure_has_no_headline() -> None:
    """'… $7.5 billion deal: what we know a week on' restates the figure: no headline, minor."""
    article = make_article(
        title="Corvane–Ostrander $7.5 billion deal: what we know a week on",
        sections=(
            (
                "Key Findings",
                "A week after the two firms announced their $7.5 billion agreement, neither "
                "company has added material detail.",
            ),
        ),
    )
    assessment = assess(article)
    assert assessment.kind.kind is Kind.FOLLOW_UP
    assert assessment.headline is None
    assert assessment.importance < 45


def test_editorial_categories_in_tags_decide_opinion_and_events() -> None:
    """The site's category tags (Opinion, Webinar, Events) name the kind of an unlabelled title."""
    assert _kind("Small reactors need orders", tags=("Opinion", "Nuclear")) is Kind.OPINION
    assert _kind("Three takeaways from the Lisbon summit", tags=("events",)) is Kind.EVENT


def test_partner_brief_subheadings_split_key_findings() -> None:
    """'Context' inside a brief's Key Findings is background: its past round is no headline."""
    article = make_article(
        title="Data-centre developer opens a Dublin hub",
        sections=(
            (
                "Key Findings",
                "Fenlake is opening an engineering hub in Dublin with 80 staff.\nContext\n"
                "Fenlake signed a €2bn financing deal with banks.",
            ),
        ),
    )
    report = read_report(article)
    assert report.key_findings == (
        "Fenlake is opening an engineering hub in Dublin with 80 staff.",
    )
    assert report.part("background") == ("Fenlake signed a €2bn financing deal with banks.",)


def test_every_kind_has_a_label_and_a_default_weight() -> None:
    """Each kind maps to the labels' vocabulary and has a weight the editorial TOML can set."""
    editorial = load_editorial(None)
    labels = {
        "deal", "funding-round", "regulation", "approval", "record", "launch", "research-result",
        "product-release", "patch-release", "webinar-event", "hiring", "opinion", "forecast",
        "follow-up", "other",
    }  # fmt: skip
    for kind in Kind:
        assert LABELS[kind] in labels
        assert kind.value in editorial.scoring.kinds


def test_kind_weights_are_editable() -> None:
    """An editor's kind weight changes a report's importance."""
    article = make_article(title="Opinion: small reactors need orders")
    default = assess(article).importance
    edited = assess(article, weights=Weights(kinds={"opinion": 60.0})).importance
    assert (default, edited) == (12.0, 60.0)


def test_unknown_kind_in_the_editorial_toml_is_refused(tmp_path: Path) -> None:
    """A misspelt kind under [scoring.kinds] is a config error naming the known kinds."""
    config = tmp_path / "newsletter.toml"
    config.write_text(
        '[scoring.kinds]\nwebinars = 5\n\n[[fields]]\nslug = "ai"\nname = "AI"\ncolor = "#000000"\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match="unknown report kind"):
        load_editorial(config)


def test_bulleted_key_findings_read_as_sentences() -> None:
    """Key Findings written as a list (no lead paragraph) give clean sentences and the figure."""
    article = make_article(
        title="Brackwell Grid signs a deal for storage",
        sections=(
            (
                "Key Findings",
                "- Brackwell Grid has signed a £320m contract for three batteries\n"
                "- Construction starts in January\n- The first site opens in 2028",
            ),
        ),
    )
    report = read_report(article)
    assert report.key_findings == (
        "Brackwell Grid has signed a £320m contract for three batteries",
        "Construction starts in January",
        "The first site opens in 2028",
    )
    assessment = assess(article)
    assert assessment.money is not None
    assert assessment.money.text == "£320m"


# The news words of each kind, as reports write them: each must be read by a kind rule (a
# first as a first claim). Regulator words name who acts: a rule only beside one.
NEWS_WORDS: dict[str, tuple[str, ...]] = {
    "first": ("first", "world's first", "first-ever"),
    "breakthrough": ("breakthrough", "breakthroughs"),
    "partnership": (
        "partnership",
        "partnerships",
        "partner with",
        "partners with",
        "partnered",
        "alliance",
        "alliances",
        "joint venture",
    ),
    "regulation": (
        "regulation",
        "regulations",
        "legislation",
        "export control",
        "export controls",
        "sanction",
        "sanctions",
    ),
    "launch": (
        "launch",
        "launches",
        "launched",
        "launching",
        "unveil",
        "unveils",
        "unveiled",
        "debut",
        "debuts",
    ),
    "record": ("record", "record-breaking", "record-setting"),
    "funding": (
        "funding",
        "raises",
        "raised",
        "investment",
        "invest",
        "invests",
        "grant",
        "grants",
    ),
    "acquisition": ("acquisition", "acquisitions", "acquire", "acquires", "acquired", "merger"),
    "milestone": ("milestone", "milestones"),
    "approval": ("approval", "approves", "approved", "clearance"),
}


@pytest.mark.parametrize(
    ("word", "cue"), [(word, cue) for cue, words in NEWS_WORDS.items() for word in words]
)
def test_every_news_word_is_read_by_a_kind_rule(word: str, cue: str) -> None:
    """Each word or phrase that signals news gives a kind (firsts a first claim), whole and hyphenated."""
    if cue == "first":
        reading = classify(read_report(make_article(title=f"Acme launches the {word} reactor")))
        assert reading.first, word
        return
    frame = (
        "Acme wins {} of $20 million"
        if cue == "funding"
        else "Acme {} the Initech $2 billion project"
    )
    assert _kind(frame.format(word)) is not Kind.OTHER, word


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("A breakthrough in error correction", Kind.RESEARCH),
        ("IBM partners with RIKEN", Kind.DEAL),
        ("Acme partners with Initech on a joint venture", Kind.DEAL),
        ("New export controls on chips", Kind.REGULATION),
        ("SpaceX launched the satellite", Kind.LAUNCH),
        ("A record 1,000 qubits", Kind.RECORD),
    ],
)
def test_news_words_in_their_usual_forms_give_their_kind(title: str, kind: Kind) -> None:
    """A news word in a plain sentence gives its kind."""
    assert _kind(title) is kind


def test_words_that_only_contain_a_news_word_are_no_news() -> None:
    """ "Firstly", "recorder", "relaunchable", "record_keeping", "unfirst", "prelaunched" are no news words."""
    for title in (
        "Firstly, the recorder was relaunchable",
        "record_keeping, unfirst, prelaunched, export-controlled",
    ):
        reading = classify(read_report(make_article(title=title)))
        assert (reading.kind, reading.first) == (Kind.OTHER, False), title


def test_regulator_words_are_a_rule_only_beside_one() -> None:
    """ "Regulators said" is no rule; "regulators set rules" is; funding drying up is no round."""
    assert _kind("Regulators said the project is safe") is Kind.OTHER
    assert _kind("Regulators set rules for drone flights") is Kind.REGULATION
    assert _kind("Fusion funding dries up as investors turn cautious") is not Kind.FUNDING_ROUND


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Europe must build its own chips, says a former minister", Kind.OPINION),
        ("Chipmaker posts its highest quarterly revenue ever", Kind.OTHER),
        ("Biggest acquisition ever in chip tools: Harl buys Venn for $9 billion", Kind.DEAL),
        ("Satellite operator plans to go live with its service in 2028", Kind.OTHER),
        ("Competition authority fines a cloud provider €45m over bundling", Kind.ENFORCEMENT),
        ("Advisory committee recommends approval of a malaria vaccine", Kind.REVIEW_STEP),
    ],
)
def test_wording_that_looks_like_a_major_kind_but_is_not(title: str, kind: Kind) -> None:
    """Advocacy is no rule, business superlatives no record, a plan no launch, a fine no new rule."""
    reading = _kind(title)
    if kind is Kind.OPINION:
        assert reading is not Kind.REGULATION
    else:
        assert reading is kind


@pytest.mark.parametrize(
    "findings",
    [
        "A week after the round closed, the company has disclosed nothing further.",
        "Two weeks after the merger was announced, the terms remain undisclosed.",
        "A week after the launch, the price and the customers are still unknown.",
    ],
)
def test_follow_up_that_discloses_nothing_further_adds_no_news(findings: str) -> None:
    """'nothing further', 'remain undisclosed', 'still unknown': a follow-up with no news."""
    assert _kind("Loomis round, a week later: the questions still open", findings) is Kind.FOLLOW_UP


@pytest.mark.parametrize(
    "findings",
    [
        "The vendor released a fix on Monday, a week after the attacks were first reported.",
        "Regulators fined the operator on Friday, two weeks after the outage was disclosed.",
    ],
)
def test_key_findings_that_date_the_news_from_an_earlier_report_make_a_follow_up(
    findings: str,
) -> None:
    """'… a week after X was first reported' continues an earlier story (with its new fact)."""
    assert _kind("Vendor ships its gateway fix as exposure lingers", findings) is (
        Kind.FOLLOW_UP_NEWS
    )


@pytest.mark.parametrize(
    "title",
    [
        "Harl agrees to acquire Venn's imaging unit in a deal worth up to $640 million",
        "Orsk licenses its enzyme platform to Deltagen for up to €300m",
    ],
)
def test_a_deal_worth_up_to_an_amount_has_that_headline(title: str) -> None:
    """'worth up to $640 million' is the deal's value with milestones, not a limit."""
    assessment = assess(make_article(title=title))
    assert assessment.kind.kind is Kind.DEAL
    assert assessment.money is not None
    assert 45 <= assessment.importance < 70


@pytest.mark.parametrize(
    ("title", "findings", "kind"),
    [
        (
            "Has Orsk finally cracked orbit?",
            "Orsk's Vela rocket reached orbit on its maiden flight on Tuesday.",
            Kind.LAUNCH,
        ),
        (
            "Is this the deal that remakes chip tools?",
            "Harl Optics has agreed to buy Venn Imaging for $2.4 billion in cash.",
            Kind.DEAL,
        ),
        (
            "Is the quantum bubble about to burst?",
            "Valuations of listed quantum firms have halved since January.",
            Kind.OPINION,
        ),
    ],
)
def test_a_question_headline_is_answered_by_key_findings(
    title: str, findings: str, kind: Kind
) -> None:
    """A question asserts nothing; Key Findings say what happened, else it is commentary."""
    assert _kind(title, findings) is kind


@pytest.mark.parametrize(
    ("title", "findings"),
    [
        (
            "The quiet revolution in grid batteries",
            "Grid-forming rules took effect in the Nordic countries this year.",
        ),
        (
            "A long road to orbit",
            "Europe's first orbital launch from the mainland reached orbit in 2025.",
        ),
    ],
)
def test_key_findings_speak_for_an_oblique_title_only_about_its_story(
    title: str, findings: str
) -> None:
    """A column's first finding about someone else's news does not make the column that news."""
    assert _kind(title, findings) in {Kind.OTHER, Kind.OPINION, Kind.EXPLAINER}


@pytest.mark.parametrize(
    "title",
    [
        "Could quantum networking spend reach $4.7 billion by 2032?",
        "Will the edge-AI chip market top $90bn by 2031?",
    ],
)
def test_a_question_about_a_future_figure_is_a_forecast(title: str) -> None:
    """'Could X reach $Y by 2032?' asks about a forecast; it is neither news nor a column."""
    assert _kind(title, "Consultants expect steady growth through the decade.") is Kind.FORECAST


def test_a_clause_after_a_comma_is_not_negated_by_an_earlier_after() -> None:
    """'X, valued at $4bn after its last round, switches on …': the launch verb is affirmed."""
    title = "Orsk Energy, valued at $4bn after its last round, switches on a 400 MWh battery"
    assert _kind(title) is Kind.LAUNCH


@pytest.mark.parametrize(
    "findings",
    [
        "The $900m price and the $40m break fee are unchanged since last week's announcement.",
        "Terms are still unchanged and the regulators have not ruled.",
        "Sign-ups rose, but little else has changed since the launch.",
        "No new versions or evaluations have been published since last week.",
        "No new terms were disclosed at Tuesday's briefing.",
    ],
)
def test_a_follow_up_that_says_terms_are_unchanged_adds_no_news(findings: str) -> None:
    """'Unchanged', 'little else' and 'no new <thing>' mark a follow-up that adds nothing."""
    assert _kind("Orrin–Pell $900m merger, one week on", findings) is Kind.FOLLOW_UP


@pytest.mark.parametrize(
    "findings",
    [
        "Analyst firm Marrow projects cumulative spending of $300 billion by 2035.",
        "The consultancy forecasts installations worth €40bn through 2031.",
        "Researchers at a bank estimate the segment at $12 billion by 2030.",
    ],
)
def test_a_question_headline_answered_by_a_projection_is_a_forecast(findings: str) -> None:
    """A question headline whose Key Findings project a figure to a horizon year is a forecast."""
    assert _kind("Heat pumps: the next big thing?", findings) is Kind.FORECAST


@pytest.mark.parametrize(
    "title",
    [
        "Lab puts its Corvid-3 weights online under an MIT licence",
        "Start-up publishes the full weights of its 300B reasoning model",
        "Research group makes the weights of its code model public",
        "Lab posts model weights for Tessel-2 on its site",
    ],
)
def test_an_open_weights_release_in_other_words_is_a_launch(title: str) -> None:
    """Publishing, posting or putting a model's weights online is a model release."""
    assert _kind(title) is Kind.LAUNCH


def test_an_open_weights_release_said_to_match_closed_models_is_a_first() -> None:
    """An open-weights release that tests close to the best closed models counts as a first."""
    findings = (
        "The lab has published the full weights under the Apache 2.0 licence. "
        "Testers put it within a point of the best closed models."
    )
    article = make_article(
        title="Lab puts Corvid-3 weights online",
        sections=(("Key Findings", findings),),
        key_finding=findings,
    )
    assert classify(read_report(article)).first


@pytest.mark.parametrize(
    "title",
    [
        "'Highest ever certified': a lab's tandem cell hits 34.9%",
        "“Fastest ever measured”: Orla's photonic chip switches in 2 ps",
        "World best: a fusion start-up holds plasma for 40 seconds",
    ],
)
def test_a_claim_before_the_colon_carries_the_news(title: str) -> None:
    """A quoted or bare claim before the colon ('Highest ever certified': …) decides the kind."""
    assert _kind(title) is Kind.RECORD


@pytest.mark.parametrize(
    "findings",
    [
        "The system entered service on Monday. The first 40 research projects start this week.",
        "The cluster went live on Tuesday; its first 1,200 users have accounts.",
        "The satellite network switched on; the first two ground stations are linked.",
    ],
)
def test_the_first_few_of_something_is_not_a_first_of_its_kind(findings: str) -> None:
    """'The first 40 projects' counts things; it is no first-of-its-kind claim."""
    article = make_article(
        title="National centre's new supercomputer switches on",
        sections=(("Key Findings", findings),),
        key_finding=findings,
    )
    reading = classify(read_report(article))
    assert reading.kind is Kind.LAUNCH
    assert not reading.first


@pytest.mark.parametrize(
    "title",
    [
        "Logical qubit outlives its physical qubits tenfold",
        "New anode lasts three times longer than graphite in cycling tests",
        "Photonic accelerator runs inference 4x faster on the same power",
        "Enzyme variant outperforms the natural one in lab assays",
    ],
)
def test_a_measured_gain_stated_as_a_multiple_is_a_research_result(title: str) -> None:
    """'Tenfold', 'three times longer', '4x faster', 'outperforms' state a measured result."""
    assert _kind(title) is Kind.RESEARCH


@pytest.mark.parametrize(
    ("title", "findings", "kind"),
    [
        (
            "More details emerge on Harl's $3bn purchase of Venn",
            "Harl will pay $40 a share in cash, filings show.",
            Kind.FOLLOW_UP_NEWS,
        ),
        (
            "Cinder-5, one month on: the reviews are in",
            "A month after its release, independent tests put Cinder-5 behind two rivals.",
            Kind.FOLLOW_UP_NEWS,
        ),
        (
            "The fallout from Orsk's data leak, a week later",
            "A week after the leak, Orsk has disclosed nothing further.",
            Kind.FOLLOW_UP,
        ),
    ],
)
def test_follow_up_markers_anywhere_in_the_title(title: str, findings: str, kind: Kind) -> None:
    """'More details emerge', 'the fallout from', '…, one month on': a follow-up, news or not."""
    assert _kind(title, findings) is kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        # a product made available is a product release; a vehicle, a model or a first is a launch
        ("Marsk Robotics' new power chip ships this week to a carmaker", Kind.PRODUCT_RELEASE),
        ("Payments start-up Ledra launches instant payouts in 12 states", Kind.PRODUCT_RELEASE),
        ("Quillon Studio reaches general availability", Kind.PRODUCT_RELEASE),
        ("Vantor unveils a faster inference card for data centres", Kind.PRODUCT_RELEASE),
        ("Orrin launches its Kestrel satellite constellation", Kind.LAUNCH),
        ("Pelagic releases Atlas-5, its largest language model", Kind.LAUNCH),
        ("Hollis unveils the first room-temperature maser for hospitals", Kind.LAUNCH),
        # a superlative the subject holds over itself is no record
        ("Vertical-farm operator Leafwise opens its largest site yet", Kind.HIRING),
        ("Ion-trap lab keeps a qubit coherent for the longest time yet measured", Kind.RECORD),
        # a certificate of a measured best is a record; of a product, an approval
        ("NIST certifies Tessaly's gate at 99.98% fidelity, the highest yet measured", Kind.RECORD),
        ("Regulator certifies Aerolis' air taxi for passenger flights", Kind.APPROVAL),
        # a firm hired for a job is a contract; a person hired is a hire
        ("For $380 million, a Texas lab hires Quillon to build its next supercomputer", Kind.DEAL),
        ("Space agency taps Orrin Grid to supply power for its lunar base", Kind.DEAL),
        ("Marsk hires a former NASA official to lead safety", Kind.HIRING),
        ("Quillon names Ana Ruiz to run its Munich lab", Kind.HIRING),
        # a figure something could cost or bring by a horizon year; a projection attributed
        (
            "Cyberattacks could cost insurers $9 trillion a year by 2031, brokers estimate",
            Kind.FORECAST,
        ),
        ("Heat pumps could save households €9bn a year by 2035", Kind.FORECAST),
        (
            "Data-centre demand will add 40 GW of load this decade, grid operators estimate",
            Kind.FORECAST,
        ),
        # money clinched or secured as such is a round; secured to build a project, a deal
        (
            "Fusion start-up Corra clinches $2.1 billion, the largest round in the sector",
            Kind.FUNDING_ROUND,
        ),
        ("Tessaly attracts €40m from a sovereign fund", Kind.FUNDING_ROUND),
        ("Orrin secures £600m to build two grid batteries in Wales", Kind.DEAL),
        ("Orrin secures $450 million contract for grid batteries", Kind.DEAL),
        ("Marsk draws 2,000 visitors to its open day", Kind.OTHER),
        ("Government grant awarded: £6m for a Cardiff chip-security lab", Kind.FUNDING_ROUND),
        # a rule that forces, obliges or compels
        ("EU rule forces banks to report breaches within a day", Kind.REGULATION),
        ("New law obliges grid operators to disclose outages", Kind.REGULATION),
    ],
)
def test_wording_of_independent_editors_weeks(title: str, kind: Kind) -> None:
    """Product releases, own bests, certified records, contractors, forecasts, rounds, rules."""
    assert _kind(title) is kind


@pytest.mark.parametrize(
    ("title", "findings", "kind"),
    [
        # a title dated from a recent story is a follow-up; what it found is news
        (
            "A week after its release, Atlas-5 gets an outside safety audit",
            "An independent audit of Pelagic's Atlas-5 found it refused 91% of harmful requests.",
            Kind.FOLLOW_UP_NEWS,
        ),
        (
            "Days after the breach, Hollis adds two-factor sign-in for all staff",
            "Hollis added a second sign-in step. These are new facts since the breach.",
            Kind.FOLLOW_UP_NEWS,
        ),
        ("A year after raising €2bn, Orrin buys land in Texas", "", Kind.DEAL),
        # a feature added for someone; a conformity mark; the label's kind with the title's flags
        ("Edtech firm Brightdesk adds tutoring for 30 school districts", "", Kind.PRODUCT_RELEASE),
        ("Pulsewear wins CE mark for a cuffless blood-pressure band", "", Kind.APPROVAL),
        ("Cardiac sensor from Vantor gets FDA 510(k) clearance", "", Kind.APPROVAL),
        # a physical loss is no business figure; an unreviewed record claim is a research result
        ("Photonic chip beats the previous best for optical loss", "", Kind.RECORD),
        ("Preprint claims photonic chip 'beats previous best' for optical loss", "", Kind.RESEARCH),
        ("Chipmaker posts record loss of $2bn", "", Kind.OTHER),
        # a fix for an exploited flaw continues the flaw's story
        (
            "Gatekeep ships patch for exploited VPN flaw, says 900 devices were hit",
            "",
            Kind.FOLLOW_UP_NEWS,
        ),
        ("Attackers exploit an unpatched flaw in Gatekeep VPNs", "", Kind.VULNERABILITY),
    ],
)
def test_follow_ups_features_marks_losses_claims_and_fixes(
    title: str, findings: str, kind: Kind
) -> None:
    """Dated follow-ups, features for users, CE marks, optical loss, preprint claims, fixes."""
    assert _kind(title, findings) is kind


def test_a_label_keeps_what_the_whole_title_says_of_its_kind() -> None:
    """'Cleared: FDA approves X, the first …' is an approval of a product and a first."""
    article = make_article(
        title="Cleared: FDA approves Orlo's OR-3, the first gene therapy for a rare disease"
    )
    reading = classify(read_report(article))
    assert (reading.kind, reading.first, reading.product) == (Kind.APPROVAL, True, True)


def test_a_deal_tag_on_a_title_that_only_hedges_is_a_deal_of_limited_weight() -> None:
    """'Reportedly in talks to buy X for about $4bn' tagged M&A: notable talks, not a major deal."""
    article = make_article(
        title="Marsk reportedly in talks to buy Vantor Labs for about $4bn", tags=("M&A",)
    )
    reading = classify(read_report(article))
    assert (reading.kind, reading.limited) == (Kind.DEAL, True)
    signed = make_article(title="Marsk agrees to buy Vantor Labs for $4bn", tags=("M&A",))
    assert assess(signed).importance - assess(article).importance >= 20


def test_a_question_title_over_a_round_written_in_words_is_a_round() -> None:
    """Key Findings saying 'has raised two billion euros' answer 'is X finally funded?'."""
    assert (
        _kind(
            "Two billion euros for Orla: is Europe's frontier lab finally funded?",
            "Orla has raised two billion euros in a round led by pension funds.",
        )
        is Kind.FUNDING_ROUND
    )


@pytest.mark.parametrize(
    ("title", "findings", "kind", "weight"),
    [
        # incidents and halts of consequence are notable; local ones minor
        (
            "Launch failure: Orla's Tern rocket lost a minute into its third flight",
            "",
            Kind.INCIDENT,
            "notable",
        ),
        (
            "Outage: what took Vantor's Dublin cloud region down for 11 hours?",
            "",
            Kind.INCIDENT,
            "notable",
        ),
        (
            "Breach: Hollis Health confirms 12 million patient records stolen",
            "",
            Kind.INCIDENT,
            "notable",
        ),
        (
            "Trial halted: Tessaly pauses its phase 3 study after a patient death",
            "",
            Kind.DELAY,
            "notable",
        ),
        (
            "Ransomware gang demands $3 million from a Leeds school trust",
            "",
            Kind.INCIDENT,
            "minor",
        ),
        ("Substation fire cuts power to 30,000 homes in Devon", "", Kind.INCIDENT, "minor"),
        (
            "Marsk now aims to launch next year after an engine test failure",
            "Marsk pushed its first flight into 2027 after an engine failed during a ground test.",
            Kind.DELAY,
            "minor",
        ),
        # deals that did not happen are notable at most
        (
            "Called off: Orrin walks away from its $1.1bn purchase of Pelagic",
            "",
            Kind.DEAL,
            "notable",
        ),
        ("Blocked: regulator stops Vantor's £1.2bn takeover of Hollis", "", Kind.DEAL, "notable"),
        # post-mortems give the cause; "still investigating" adds nothing
        (
            "Vantor's post-mortem: why a cooling fault took down two zones",
            "",
            Kind.FOLLOW_UP_NEWS,
            "notable",
        ),
        (
            "Tern failure: Orla still investigating, no date for return to flight",
            "",
            Kind.FOLLOW_UP,
            "minor",
        ),
        # a record of a figure; a platform unveiled is a product
        (
            "Certified: Quillon's ions set a fidelity record of 99.97 per cent",
            "",
            Kind.RECORD,
            "major",
        ),
        (
            "Orla unveils a 300 kg satellite platform at its launch event",
            "",
            Kind.PRODUCT_RELEASE,
            "minor",
        ),
        ("Marsk investigates its own rocket anomaly", "", Kind.INCIDENT, "minor"),
    ],
)
def test_incidents_failed_deals_post_mortems_and_their_weight(
    title: str, findings: str, kind: Kind, weight: str
) -> None:
    """Severe incidents and halts are notable, failed deals notable at most, post-mortems news."""
    assert _kind_and_weight(title, findings) == (kind, weight)


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Lawsuit: European publishers sue Orla for €2.1bn over training data", Kind.LAWSUIT),
        ("Authors file class action against Pelagic over scraped books", Kind.LAWSUIT),
        ("Marsk countersues Vantor in chip patent fight", Kind.LAWSUIT),
        ("FTC sues Marsk to block its takeover of Vantor", Kind.ENFORCEMENT),
        ("Data breach: Hollis Health confirms 9 million patient records stolen", Kind.INCIDENT),
    ],
)
def test_claims_in_court_and_breach_labels(title: str, kind: Kind) -> None:
    """A claim between parties is a lawsuit, by an authority enforcement; 'Data breach:' no statistics."""
    assert _kind(title) is kind


def test_a_lawsuit_weighs_by_the_damages_claimed() -> None:
    """A €2.1bn claim is notable news, a patent suit with no figure minor."""
    article = make_article(title="Publishers sue Orla for €2.1bn over training data")
    assessment = assess(article)
    assert assessment.headline is not None
    assert assessment.headline.money.amount == 2.1e9
    assert 45 <= assessment.importance < 70
    assert assess(make_article(title="Marsk sues Vantor over a chip patent")).importance < 45


@pytest.mark.parametrize(
    ("title", "kind", "weight"),
    [
        ("Dutch government grants Marsk Lithography export licence for scanners", Kind.APPROVAL, "notable"),
        ("Gut microbe may reduce anxiety-like behaviour, in mice", Kind.RESEARCH, "minor"),
        ("Preprint: protein model may predict antibody binding, in a small study", Kind.RESEARCH, "minor"),
        ("Nature paper: cat qubits hold bit-flips off for 10 minutes, an incremental step", Kind.RESEARCH, "minor"),
        ("Study: coding agents introduced flaws in one in six changes", Kind.RESEARCH, "notable"),
        ("Spain's grid sets another wind record on a blustery Sunday", Kind.RECORD, "minor"),
        ("Lumio's tandem module hits a certified 29.1% efficiency, a world record", Kind.RECORD, "major"),
        ("University cubesat reaches orbit on a rideshare launch", Kind.LAUNCH, "minor"),
        ("Student-built cluster goes live in Tartu", Kind.LAUNCH, "minor"),
        ("First six Nordlys weather satellites launched on a rideshare", Kind.LAUNCH, "notable"),
        ("Orrin ships first scanners under last week's export licence", Kind.PRODUCT_RELEASE, "minor"),
    ],
)  # fmt: skip
def test_licences_tentative_science_routine_records_and_small_launches(
    title: str, kind: Kind, weight: str
) -> None:
    """Export licences are approvals; hedged or animal findings, recurring records and student launches are minor."""
    assert _kind_and_weight(title) == (kind, weight)


@pytest.mark.parametrize(
    ("title", "kind", "weight"),
    [
        # a column name before the colon is no event: "Deal watch", "Chip watch"
        ("Deal watch: Marsk to buy Vantor for $9.2B in cash", Kind.DEAL, "major"),
        ("Watch: our chief executive on the fab deal", Kind.EVENT, "minor"),
        # raising guidance, prices or a target is no round
        ("Koru Silicon beats on earnings, raises guidance to $4.1B", Kind.OTHER, "minor"),
        ("Orla raises $40M Series B", Kind.FUNDING_ROUND, "minor"),
        # a launch after last week's scrub is the launch; a title dated from the scrub too
        ("Hollis reaches orbit on second try after last week's scrub", Kind.LAUNCH, "notable"),
        ("Days after the scrub, Hollis's rocket reaches orbit on its maiden flight", Kind.LAUNCH, "major"),
    ],
)  # fmt: skip
def test_investor_newsletter_wording(title: str, kind: Kind, weight: str) -> None:
    """Column names, guidance raised and launches after a scrub read as their news."""
    assert _kind_and_weight(title) == (kind, weight)


@pytest.mark.parametrize(
    "title",
    [
        "FDA rejects Tessaly's AUR-7, asks for another trial",
        "EMA's CHMP issues negative opinion on Orla's antibody",
        "Regulator declines to approve Marsk's implant",
    ],
)
def test_a_regulators_refusal_is_a_review_outcome_not_research(title: str) -> None:
    """A refusal is notable news of a review, neither an approval nor a trial result."""
    assessment = assess(make_article(title=title))
    assert assessment.kind.kind is Kind.REVIEW_STEP
    assert 45 <= assessment.importance < 70


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Quillon Systems Agrees To Acquire Pelagic Data For US$1.2 Billion", Kind.DEAL),
        ("India's Vayu Energy Raises ₹1,200 Crore In Series D Led By Sovereign Fund", Kind.FUNDING_ROUND),
        ("Tessaly Bio Announces Positive Topline Results From Phase 3 Trial Of TB-201", Kind.RESEARCH),
        ("Ministry Publishes Final Rules On AI Labelling, Effective 1 January", Kind.REGULATION),
        ("NCSC Warns Of Active Exploitation Of Flaw In Widely Used VPN", Kind.VULNERABILITY),
        ("Hollis Instruments Appoints Dr. Mei Tanaka As Chief Technology Officer", Kind.HIRING),
        ("Vantor Labs Launches Vantor Cloud 3.0 With New GPU Instances", Kind.PRODUCT_RELEASE),
        ("Government Opens Consultation On Mandatory Cyber Incident Reporting", Kind.DRAFT_STANDARD),
    ],
)  # fmt: skip
def test_title_case_press_release_headlines_read_like_sentence_case(title: str, kind: Kind) -> None:
    """In Title Case every word is capitalised: capitals are no sign of a name there."""
    assert _kind(title) is kind


def test_a_capitalised_cue_inside_a_name_still_says_nothing_in_sentence_case() -> None:
    """'Vantage Launch Services opens an office' is an office, in either case."""
    assert _kind("Vantage Launch Services opens a Glasgow office") is Kind.HIRING
    assert _kind("Vantage Launch Services Opens Glasgow Office") is Kind.HIRING


@pytest.mark.parametrize(
    ("title", "kind", "weight"),
    [
        ("CISA adds Marsk router flaw to Known Exploited Vulnerabilities catalog", Kind.VULNERABILITY, "notable"),
        ("Advisory: critical remote code execution bug in Hollis PLCs, no exploitation seen", Kind.VULNERABILITY, "minor"),
        ("Hollis patches critical flaw that has not been exploited", Kind.PATCH_RELEASE, "minor"),
        ("Satellite operator Vantor loses contact with weather satellite", Kind.INCIDENT, "minor"),
    ],
)  # fmt: skip
def test_exploited_flaws_are_notable_and_unexploited_ones_minor(
    title: str, kind: Kind, weight: str
) -> None:
    """The editorial rule's notable flaw is one under attack; a critical bug nobody exploits is minor."""
    assert _kind_and_weight(title) == (kind, weight)


@pytest.mark.parametrize(
    ("title", "kind", "weight"),
    [
        ("Orwell Robotics in talks to buy Dutch rival Veenstra for £300m", Kind.DEAL, "minor"),
        ("EXCLUSIVE-Halden in advanced talks to buy a chip tester for about $6 bln -sources", Kind.DEAL, "notable"),
        ("Tessaro in talks to raise $400M-$500M", Kind.FUNDING_ROUND, "minor"),
        ("Kestrel Compute closes its $9.4B acquisition of Vardell Networks", Kind.FOLLOW_UP_NEWS, "notable"),
        ("Arcwright completes previously announced acquisition of Fenmoor", Kind.FOLLOW_UP, "minor"),
        ("Room-temperature superconductor claim fails replication in three labs", Kind.RESEARCH, "notable"),
        ("First patients to receive a CRISPR therapy for high cholesterol next year", Kind.OTHER, "minor"),
        ("Meeting report: highlights from the gene-editing congress in Lyon", Kind.EVENT, "minor"),
        ("Registration opens for Seoul AI Week in March", Kind.EVENT, "minor"),
        ("Chip Talk: Korea's memory makers must stop chasing capacity", Kind.OPINION, "minor"),
        ("EU Data Act: cloud-switching rules apply from today", Kind.REGULATION, "major"),
        ("Regulator clears Pellmore's £4.2bn acquisition of Harcourt with conditions", Kind.APPROVAL, "notable"),
        ("FCC grants Helix Orbital an experimental licence for direct-to-device tests", Kind.APPROVAL, "minor"),
        ("ICO fines Kestrel Recruitment £40,000 for nuisance calls", Kind.ENFORCEMENT, "minor"),
        ("Ransomware halts production at all 40 Vellacourt plants", Kind.INCIDENT, "notable"),
        ("Selenara lander loses contact minutes before lunar touchdown", Kind.INCIDENT, "notable"),
        ("Advisory: critical flaw in Arbour CMS plugin; no evidence of exploitation", Kind.VULNERABILITY, "minor"),
        ("Finnish supercomputer Revontuli goes into operation with 380 petaflops", Kind.LAUNCH, "notable"),
        ("Tern, one week on: investigators blame a valve for a lower-than-planned orbit", Kind.FOLLOW_UP_NEWS, "notable"),
        ("Hoshikage Devices posts record ¥120 billion quarterly sales", Kind.OTHER, "minor"),
    ],
)  # fmt: skip
def test_wording_of_an_independent_editors_title_bank(title: str, kind: Kind, weight: str) -> None:
    """Talks, completions, replications, plans, meetings, column names, clearances, small fines, severe incidents."""
    assert _kind_and_weight(title) == (kind, weight)


@pytest.mark.parametrize(
    ("title", "kind", "weight"),
    [
        ("*MARSK SAID TO WEIGH SALE OF CHIP UNIT FOR $2 BILLION", Kind.OTHER, "minor"),
        ("*MARSK AGREES TO BUY VANTOR FOR $9.2 BILLION IN CASH", Kind.DEAL, "major"),
        # a keynote is a venue: what is said or shown there decides the kind
        ("Keynote: Vantor's chief executive says quantum advantage is five years away", Kind.OTHER, "minor"),
        ("Keynote: Ferrant releases Mistwood-3 as open weights, matching closed frontier models", Kind.LAUNCH, "major"),
        ("Case study: how Orla Bank cut fraud losses 40% with Vantor's AI", Kind.OTHER, "minor"),
        ("Think tank: Europe needs €500bn to stay in the chip race", Kind.OTHER, "minor"),
        ("8-K: Marsk discloses cybersecurity incident affecting billing systems", Kind.INCIDENT, "minor"),
        ("Government opens consultation on mandatory cyber incident reporting", Kind.DRAFT_STANDARD, "notable"),
        ("Marsk selected by Orla Telecom for nationwide 5G core upgrade", Kind.DEAL, "minor"),
    ],
)  # fmt: skip
def test_flashes_keynotes_case_studies_and_filings(title: str, kind: Kind, weight: str) -> None:
    """Rumour flashes hedge, keynotes are events, case studies marketing, a need is no deal."""
    assert _kind_and_weight(title) == (kind, weight)


@pytest.mark.parametrize(
    ("title", "kind", "weight"),
    [
        ("Researchers report the longest coherence yet for a spin qubit in silicon", Kind.RECORD, "notable"),
        ("Logical qubit reaches one error in 80,000 cycles, a record for trapped ions", Kind.RECORD, "major"),
        ("University team proposes a faster decoder for colour codes", Kind.RESEARCH, "notable"),
        ("Air Force plans $400 million HPC procurement; draft RFP expected in March", Kind.OTHER, "minor"),
        ("Navy issues solicitation for magnetometer prototypes; awards expected next spring", Kind.OTHER, "minor"),
        ("Firm denies report it is in talks to sell its quantum unit", Kind.OTHER, "minor"),
        ("Miharu announced that it has started cloud service for its 256-qubit computer", Kind.LAUNCH, "notable"),
        ("Hanseong announced that it has signed a $6.8 billion memory supply contract", Kind.DEAL, "major"),
        ("Today we're opening Meridian-1, the first commercially available error-corrected quantum computer", Kind.LAUNCH, "major"),
        ("This week: is quantum advantage a moving goalpost?", Kind.OPINION, "minor"),
        ("Ep. 112 — Are AI agents overhyped?", Kind.OPINION, "minor"),
        ("Is hydrogen the biggest flop in energy? Our columnist thinks so", Kind.OPINION, "minor"),
        ("Now in beta: multi-agent orchestration in Relaywise", Kind.PRODUCT_RELEASE, "minor"),
        ("Tessera 2.4.1 is out: fixes a transpiler regression", Kind.PATCH_RELEASE, "minor"),
        ("Industry day: agency to brief suppliers on its trusted-foundry programme", Kind.EVENT, "minor"),
        ("Our five predictions for HPC in 2027", Kind.FORECAST, "minor"),
        ("Regarding the previously announced data centre plan: Nishimura gives progress update", Kind.FOLLOW_UP, "minor"),
        ("This week: Orvane–Pellico, a month on — China clears the deal with conditions", Kind.FOLLOW_UP_NEWS, "notable"),
        ("Pallas supercomputer back online, a week on — and the root cause of the cooling failure", Kind.FOLLOW_UP_NEWS, "notable"),
        ("Agency awards Corvid an IDIQ with a $450 million ceiling; first task order $6 million", Kind.DEAL, "minor"),
        ("Cooling failure knocks a top-10 supercomputer offline for a week", Kind.INCIDENT, "notable"),
        ("Grid failure leaves 2 million without power in Valdoria", Kind.INCIDENT, "notable"),
        ("Regulator approves a second oral GLP-1 pill for obesity", Kind.APPROVAL, "notable"),
        ("DCGI approves a biosimilar of a blockbuster cancer drug", Kind.APPROVAL, "notable"),
        ("Swedish regulator approves first small modular reactor construction licence", Kind.APPROVAL, "major"),
        ("University of Lowmarsh switches on its 120-petaflop Cedar supercomputer", Kind.LAUNCH, "notable"),
        ("Scientists have reversed liver fibrosis in mice with an mRNA therapy", Kind.RESEARCH, "notable"),
        ("We're opening our first office in Taipei", Kind.HIRING, "minor"),
    ],
)  # fmt: skip
def test_wording_of_an_independent_editors_second_bank(title: str, kind: Kind, weight: str) -> None:
    """Claimed bests, proposals, bids, denials, reported speech, segments, betas, ceilings, incremental approvals."""
    assert _kind_and_weight(title) == (kind, weight)


@pytest.mark.parametrize(
    ("title", "kind", "weight"),
    [
        ("Reusable booster smashes its own reuse record with 31st flight", Kind.RECORD, "minor"),
        ("Ep. 76 — Recorded live at the Fusion Industry Days", Kind.EVENT, "minor"),
        ("Ep. 100 — Our 2027 threat predictions", Kind.FORECAST, "minor"),
        ("Ministry notifies AI labelling rules; platforms get six months to comply", Kind.REGULATION, "notable"),
        ("EU rule requiring post-quantum migration plans takes effect", Kind.REGULATION, "major"),
        ("Student-built CubeSat returns first images", Kind.LAUNCH, "minor"),
        ("Regulator grants Nordstern spectrum licence for a 300-satellite constellation", Kind.APPROVAL, "notable"),
        ("Tallis Cloud receives FedRAMP High authorisation", Kind.APPROVAL, "minor"),
        ("Security agency publishes final technical guideline on post-quantum migration", Kind.REGULATION, "notable"),
        ("Shinwa Telecom announced that it has started commercial post-quantum VPN service nationwide", Kind.LAUNCH, "notable"),
        ("This week: Pyrexa's failure report — a fuel valve, and a new date", Kind.FOLLOW_UP_NEWS, "notable"),
    ],
)  # fmt: skip
def test_own_records_podcasts_later_rules_compliance_marks_and_failure_reports(
    title: str, kind: Kind, weight: str
) -> None:
    """A record over oneself is minor, a rule applying later notable, a compliance mark routine."""
    assert _kind_and_weight(title) == (kind, weight)


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        (
            "A week after its launch, Hollis's rocket reaches orbit on its maiden flight",
            Kind.LAUNCH,
        ),
        ("Ep. 55 — OTV-101, a month after approval", Kind.FOLLOW_UP),
        ("Marsk enters service provider market", Kind.OTHER),
        ("Ostvik supercomputer enters service in Tromsø", Kind.LAUNCH),
    ],
)
def test_time_after_an_event_yields_to_major_news_and_service_providers_are_no_service(
    title: str, kind: Kind
) -> None:
    """'A week after its launch, X reaches orbit' is the orbit; 'enters service provider market' no launch."""
    assert _kind(title) is kind


@pytest.mark.parametrize(
    ("title", "tags", "kind"),
    [
        ("*MERIDEX SAID TO EXPLORE SALE OF VISION-AI UNIT FOR ABOUT $3BN", ("M&A",), Kind.OTHER),
        (
            "*ORBITRA DENIES REPORT IT IS IN TALKS TO BUY SATELLITE MAKER VESKA",
            ("M&A",),
            Kind.OTHER,
        ),
        ("Kestrel reportedly in talks to buy Fennmoor Labs for about $4bn", ("M&A",), Kind.DEAL),
        ("Tarnwell ships Loom 2.4.1 with faster long-context inference", (), Kind.PATCH_RELEASE),
        ("Cairn 5.2.1 adds erasure coding for flash tiers", (), Kind.PRODUCT_RELEASE),
        ("Harvo puts fruit-picking robots on sale to UK growers", (), Kind.PRODUCT_RELEASE),
        ("Vantor shareholders back $3.2 billion sale to Quillon", (), Kind.DEAL),
    ],
)
def test_rumours_denials_point_releases_and_products_on_sale(
    title: str, tags: tuple[str, ...], kind: Kind
) -> None:
    """A rumoured sale or a denial tagged M&A is no deal; a point release is a patch; 'on sale' a product."""
    assert _kind(title, tags=tags) is kind


@pytest.mark.parametrize(
    ("title", "kind", "weight"),
    [
        ("At MWC, Vantor demos a 6G radio prototype", Kind.PRODUCT_RELEASE, "minor"),
        ("Researchers demonstrate a prototype quantum repeater", Kind.RESEARCH, "notable"),
        ("Hollis selects Marsk's AI platform for its 40 hospitals", Kind.DEAL, "minor"),
        (
            "Pelagic pilots Vantor's quantum optimisation in a proof of concept",
            Kind.RESEARCH,
            "minor",
        ),
        ("Marsk trading update: full-year revenue to beat forecasts", Kind.OTHER, "minor"),
        (
            "Update: Marsk confirms breach affected 2 million customers",
            Kind.FOLLOW_UP_NEWS,
            "notable",
        ),
    ],
)
def test_show_floor_demos_customer_choices_pocs_and_trading_updates(
    title: str, kind: Kind, weight: str
) -> None:
    """A demo at a show is a product item, a customer's choice a small deal, a trading update no follow-up."""
    assert _kind_and_weight(title) == (kind, weight)


@pytest.mark.parametrize(
    ("title", "kind", "weight"),
    [
        ("Keynote: Ostrava group shows a 48-qubit surface code operating below threshold", Kind.RESEARCH, "notable"),
        ("At ASH, Verdane's gene therapy clears transfusion needs in 29 of 31 thalassaemia patients", Kind.RESEARCH, "notable"),
        ("FDA clears Orla's insulin pump", Kind.APPROVAL, "notable"),
        ("*US EXPANDS CHIP EXPORT CURBS TO 14 MORE CHINESE ENTITIES", Kind.REGULATION, "notable"),
        ("Notice of annual general meeting: Kaldera Semiconductor", Kind.OTHER, "minor"),
        ("8-K: Orvena Bio halts phase 3 trial after safety signal", Kind.DELAY, "notable"),
        ("S-1/A: Kestrel Launch sets IPO terms to raise up to $700 million", Kind.FUNDING_ROUND, "notable"),
        ("8-K Item 1.05: Havenlink reports material cybersecurity incident", Kind.INCIDENT, "notable"),
        ("Brief: governments should mandate AI incident reporting, think tank says", Kind.OPINION, "minor"),
        ("Report: grid investment must reach €800 billion by 2035, think tank says", Kind.FORECAST, "minor"),
        ("Call to action: researchers urge EuroHPC to open access to small labs", Kind.OPINION, "minor"),
        ("Vantor's chief executive says quantum advantage is five years away", Kind.OTHER, "minor"),
        ("Marsk names Ana Ruiz as its new chief executive", Kind.HIRING, "minor"),
    ],
)  # fmt: skip
def test_keynotes_trial_results_widened_rules_filings_and_policy_briefs(
    title: str, kind: Kind, weight: str
) -> None:
    """Venues yield to what is said; filings, safety signals and policy arguments read as what they are."""
    assert _kind_and_weight(title) == (kind, weight)
