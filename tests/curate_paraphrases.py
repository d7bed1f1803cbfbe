"""Invented paraphrases of news titles, by kind and weight, to test curation's wording rules.

Each template is one way an editor might write a kind of news; ``expand`` fills it with
invented organisations, products and amounts in several spellings, so a rule that only knows
one phrasing, one name or one currency fails. Nothing here comes from the labelled weeks.
Run ``python -m tests.curate_paraphrases`` to print each template's readings.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

ORGS = ("Quillon Systems", "Marsk Robotics", "Tessaly Bio", "Orrin Grid")
OTHERS = ("Vantor Labs", "Pelagic Data", "Hollis Instruments")
PRODUCTS = ("Kestrel", "Lumen-3", "Atlas Prime")
BIG_MONEY = ("$3.2 billion", "€2.4bn", "£1.9 billion", "¥480 billion", "US$2.6bn")
MID_MONEY = ("$420 million", "€310m", "£260m", "C$500 million")

MAJOR = "major"
NOTABLE = "notable"
MINOR = "minor"


def weight_of(importance: float, must_read: float = 70.0, worth_a_skim: float = 45.0) -> str:
    """The editorial weight band of an importance (0-100): major from the must-read line,
    notable from the worth-a-skim line, else minor (defaults: the editorial ``[scoring]``)."""
    if importance >= must_read:
        return MAJOR
    return NOTABLE if importance >= worth_a_skim else MINOR


@dataclass(frozen=True, slots=True)
class Paraphrase:
    """A title (and optional Key Findings) with the kind and weight an editor would give it."""

    title: str
    kind: str  # a ``newsletter.curate.kinds.Kind`` value
    weight: str  # major, notable or minor
    findings: str = ""


# (template, kind, weight, findings template); slots: {a} {b} organisations, {p} a product,
# {m} an amount of money (multi-billion for major templates), {M} always a multi-billion one.
TEMPLATES: tuple[tuple[str, str, str, str], ...] = (
    # deals: verbs, passive voice, nominal forms
    ("{a} agrees to buy {b} for {m}", "deal", MAJOR, ""),
    ("{b} is to be acquired by {a} for {m}", "deal", MAJOR, ""),
    ("{a} takes {b} private in a {m} buyout", "deal", MAJOR, ""),
    ("{a} and {b} agree a {m} merger of equals", "deal", MAJOR, ""),
    ("{a} buys {b} in an all-share deal worth {m}", "deal", MAJOR, ""),
    ("{a} takes a 30% stake in {b} for {m}", "deal", MAJOR, ""),
    ("{a} snaps up {b} for {m}", "deal", MAJOR, ""),
    ("{a} clinches the {m} takeover of {b}", "deal", MAJOR, ""),
    ("{a} sells its sensor unit to {b} for {m}", "deal", MAJOR, ""),
    ("{a}'s $3.2 billion bet on {b}", "deal", NOTABLE, ""),  # a figure, no verb: notable at most
    # funding: debt, extensions, listings
    ("{a} lands a {m} debt facility", "funding-round", MAJOR, ""),
    ("{a} closes a {m} Series B extension", "funding-round", MAJOR, ""),
    ("{a}'s IPO raises {m}", "funding-round", MAJOR, ""),
    ("{a} secures {m} in venture debt from two banks", "funding-round", MAJOR, ""),
    ("{a} raises {m} in a Series C led by {b}", "funding-round", MAJOR, ""),
    ("{a} draws a {m} loan from a state bank", "funding-round", MAJOR, ""),
    # rules in force, however the start is said
    ("From today, cloud providers must report outages within 24 hours", "regulation", MAJOR, ""),
    ("Battery passport requirement becomes binding across the EU", "regulation", MAJOR, ""),
    ("Data-centre efficiency rules enter into force", "regulation", MAJOR, ""),
    ("Router makers may no longer ship default passwords", "regulation", MAJOR, ""),
    ("Chip-export licensing rule is now in force", "regulation", MAJOR, ""),
    ("As of Monday, drone operators are required to broadcast their identity", "regulation", MAJOR, ""),
    # enforcement: notable, not a new rule
    ("Data watchdog fines {a} €30m over leaked patient records", "enforcement", NOTABLE, ""),
    ("{a} fined £8m for late outage reports", "enforcement", NOTABLE, ""),
    ("Regulator opens an investigation into {a}'s cloud contracts", "enforcement", NOTABLE, ""),
    ("Securities regulator orders {a} to pay $40 million over AI claims", "enforcement", NOTABLE, ""),
    # steps before an approval
    ("Medicines agency recommends approval of {a}'s gene therapy", "review-step", NOTABLE, ""),
    ("Advisory panel backs approval of {a}'s vaccine", "review-step", NOTABLE, ""),
    ("Regulator accepts {a}'s filing for its heart drug", "review-step", MINOR, ""),
    ("{a}'s antibody wins priority review", "review-step", MINOR, ""),
    # approvals: of a product (major) and of an operation (not major)
    ("Regulator approves {a}'s {p}, the first gene therapy for a rare anaemia", "approval", MAJOR, ""),
    ("Health ministry authorises {a}'s bioengineered cornea implant", "approval", MAJOR, ""),
    ("Aviation authority clears {a}'s drone deliveries over towns", "approval", NOTABLE, ""),
    ("Regulator clears the first crewless cargo route for {a}", "approval", NOTABLE, ""),
    # records, without the word "record"
    ("{a}'s ion trap posts the highest two-qubit fidelity ever measured", "record", MAJOR, ""),
    ("{a}'s tandem cell beats the previous best efficiency", "record", MAJOR, ""),
    ("Metrology lab confirms the lowest error rate reported on any chip", "record", MAJOR, ""),
    ("{a}'s module reaches a certified 27.9% efficiency", "record", MAJOR, ""),
    # launches: orbit, go-live, service, open weights
    ("{a}'s {p} rocket makes orbit on its first flight", "launch", MAJOR, ""),
    ("{a}'s {p} launcher reaches orbit at the first attempt", "launch", MAJOR, ""),
    ("{a} releases {p} as an open-weights model that rivals frontier systems", "launch", MAJOR, ""),
    ("{a}'s translation service goes live in 40 countries", "launch", NOTABLE, ""),
    ("{a} switches on a 200-petaflop cluster", "launch", NOTABLE, ""),
    # a product made available is a product release (two editors' weeks label "reaches general
    # availability" and "new chip ships this week" product-release, minor)
    ("{p} from {a} reaches general availability", "product-release", MINOR, ""),
    ("{a} launches {p} instant payments in 12 states", "product-release", MINOR, ""),
    ("{a} unveils {p}, a faster power chip for electric cars", "product-release", MINOR, ""),
    # research the authors call small
    ("{a} researchers report an incremental gain in battery cycle life", "research-result", MINOR, ""),
    ("Study shows {p} cuts training energy by a third", "research-result", NOTABLE, ""),
    # patches without a version number
    ("{a} ships a patch for the login flaw in {p}", "patch-release", MINOR, ""),
    ("{a} issues a hotfix for its router firmware", "patch-release", MINOR, ""),
    # a report's or survey's finding
    ("Fewer firms plan AI pilots next year, a {b} survey finds", "forecast", MINOR, ""),
    ("Cloud spending slowed in the summer, an industry report from {b} shows", "forecast", MINOR, ""),
    ("Ransom payments fell by a third, {b}'s quarterly index shows", "forecast", MINOR, ""),
    # plans and slips are not launches
    ("{a} now aims to fly {p} in 2028 after a test failure", "delay", MINOR,
     "{a} has pushed the maiden flight of {p} back by a year."),
    # wire slugs, figures after a dash, questions
    ("EXCLUSIVE: {a} to buy {b} for {m}", "deal", MAJOR, ""),
    ("UPDATE 1-{a} agrees {m} takeover of {b}", "deal", MAJOR, ""),
    ("{a} raises funds for its {p} fabs — {m}", "funding-round", MAJOR, ""),
    ("{a} and {b} agree to merge — {m}", "deal", MAJOR, ""),
    ("Has {a} finally cracked orbit?", "launch", MAJOR,
     "{a}'s {p} rocket reached orbit on its maiden flight on Tuesday."),
    ("Is {a} the next chip-tools giant?", "opinion", MINOR,
     "Analysts have doubled their revenue estimates for {a} this year."),
    # more wordings: shareholders' votes, authorities' lawsuits, software approvals, rankings
    ("{b} shareholders back {m} sale to {a}", "deal", MAJOR, ""),
    ("Competition regulator sues to block {a}'s purchase of {b}", "enforcement", NOTABLE, ""),
    ("Prosecutors charge {a}'s former finance chief with fraud", "enforcement", NOTABLE, ""),
    ("{a} sues {b} over a chip patent", "lawsuit", MINOR, ""),
    ("Publishers sue {a} for {M} over training data", "lawsuit", NOTABLE, ""),
    ("Regulator clears {a}'s AI stroke-detection software", "approval", MAJOR, ""),
    ("{a} sets a new benchmark for quantum volume", "record", MAJOR, ""),
    ("{a}'s {p} supercomputer retakes the top spot in the world ranking", "record", MAJOR, ""),
    ("{a} to cut 2,000 jobs as demand slows", "other", MINOR, ""),
    ("Critical flaw in {a} firewalls under active exploitation", "vulnerability", NOTABLE, ""),
    ("Standards body finalises its post-quantum signature standard", "regulation", MAJOR, ""),
    ("{a} breaks ground on its {p} battery plant", "launch", NOTABLE, ""),
    ("{a} files for a {m} IPO", "other", MINOR, ""),
    ("Ministry mandates local storage of payment data from January", "regulation", MAJOR, ""),
    # look like major news but are not: advocacy, business bests, talks, failures, dates
    ("Investors must stop chasing AI valuations, {b}'s fund manager warns", "other", MINOR, ""),
    ("{a} hits 10 million users, its highest ever", "other", MINOR, ""),
    ("{a}'s quarterly revenue beats the previous record", "other", MINOR, ""),
    ("{a} weighs a {m} bid for {b}", "other", MINOR, ""),
    # talks keep their kind, a weight below the signed deal (two independent editors' weeks)
    ("{a} in talks to buy {b} for {m}", "deal", MINOR, ""),
    ("{a} in advanced talks to buy {b} for about {M}", "deal", NOTABLE, ""),
    # a deal that did not happen is news of the deal, notable at most (an independent editor's
    # W37 rates a called-off $1.1bn purchase and a blocked £1.2bn takeover notable deals)
    ("{a} abandons its {m} bid for {b}", "deal", MINOR, ""),
    ("{a}'s {m} takeover of {b} collapses", "deal", MINOR, ""),
    ("{a} walks away from its {M} purchase of {b}", "deal", NOTABLE, ""),
    # a launch vehicle lost is notable (the same editor's W36), a ground-test slip minor
    ("{a}'s {p} rocket fails during its maiden flight", "incident", NOTABLE, ""),
    ("{a} scrubs the maiden flight of its {p} rocket", "delay", MINOR, ""),
    ("{a}'s {p} maiden flight set for March", "other", MINOR, ""),
    # ordinary news in plain verbs
    ("{a} begins shipping its {p} chips to customers", "product-release", MINOR, ""),
    ("{a}'s new {p} chip ships this week, with a carmaker as launch customer", "product-release",
     MINOR, ""),
    ("{a} lands its first customer for {p}", "deal", MINOR, ""),
    ("{a} doubles the qubit count of {p} to 2,000", "research-result", NOTABLE, ""),
    ("{a} adds voice mode to {p}", "product-release", MINOR, ""),
    ("{a} updates {p} firmware to fix a Wi-Fi bug", "patch-release", MINOR, ""),
    # regulators' nods, trials, police actions, blacklists, mission milestones
    ("{a} wins EU nod for its obesity pill", "approval", MAJOR, ""),
    ("{a}'s heart drug slows decline by 30% in a late-stage trial", "research-result", NOTABLE, ""),
    ("Police take down a ransomware gang that hit {a}", "enforcement", NOTABLE, ""),
    # one more name on an existing list widens a rule: notable (an independent editor's bank)
    ("Commerce department adds {a} to its entity list", "regulation", NOTABLE, ""),
    ("{a} commissions a 1.2GW offshore wind farm", "launch", NOTABLE, ""),
    ("{a}'s {p} probe arrives at its asteroid", "launch", NOTABLE, ""),
    ("{a}'s model scores 90% on a graduate science test", "other", MINOR, ""),
    ("{a} prices its gene therapy at {m} per patient", "other", MINOR, ""),
    ("{p} from {a}: what you need to know", "explainer", MINOR, ""),
    # a slip that costs money is notable; a slip alone is minor
    ("{a} pushes its {p} fab to 2029 as costs climb", "delay", NOTABLE, ""),
    ("{a} delays {p} by a year", "delay", MINOR, ""),
    ("{a} postpones its {p} plant", "delay", NOTABLE,
     "The project is now $1.2 billion over its original budget."),
    # nominal forms and dated starts
    # completing a deal already told is its follow-up (an independent editor's title bank)
    ("{a} completes the acquisition of {b} for {m}", "follow-up-news", NOTABLE, ""),
    ("{a} completes previously announced acquisition of {b}", "follow-up", MINOR, ""),
    ("{a}'s module posts the highest ever certified efficiency", "record", MAJOR, ""),
    ("New battery rules binding from 1 January for {a} and its rivals", "regulation", MAJOR, ""),
    ("{a}'s lunar lander makes a soft landing, a first for a private firm", "launch", MAJOR, ""),
    # minor pieces named by their label or frame
    ("Meet the team: {a}'s new safety lead", "hiring", MINOR, ""),
    ("Join us on 12 March: a masterclass with {a}", "event", MINOR, ""),
    ("In pictures: {a}'s {p} factory floor", "event", MINOR, ""),
    ("On the record: {a}'s chief executive on open models", "opinion", MINOR, ""),
    ("Analysis: what the {m} deal means for {b}", "opinion", MINOR, ""),
    ("Quantum investment fell 20% this year, {b} data show", "forecast", MINOR, ""),
    ("{p} 3.0 from {a} is out", "product-release", MINOR, ""),
    ("{a} firmware 4.1.7: security fixes", "patch-release", MINOR, ""),
    # oblique titles: Key Findings say what happened
    ("A new chapter for {a}", "deal", MAJOR, "{a} has agreed to buy {b} for {m}."),
    ("{a} makes history over the Atlantic", "launch", MAJOR,
     "{a}'s {p} rocket reached orbit on its maiden flight on Tuesday."),
)  # fmt: skip


def expand(limit_per_template: int = 3) -> Iterator[Paraphrase]:
    """Yield each template filled with invented names and amounts (at most ``limit`` each)."""
    for template, kind, weight, findings in TEMPLATES:
        money = BIG_MONEY if weight == MAJOR else MID_MONEY
        combos = itertools.islice(
            zip(
                itertools.cycle(ORGS),
                itertools.cycle(OTHERS),
                PRODUCTS,
                money,
                itertools.cycle(BIG_MONEY),
                strict=False,
            ),
            limit_per_template,
        )
        seen: set[str] = set()
        for a, b, p, m, big in combos:
            values = {"a": a, "b": b, "p": p, "m": m, "M": big}
            title = template.format(**values)
            if title not in seen:
                seen.add(title)
                yield Paraphrase(title, kind, weight, findings.format(**values))


if __name__ == "__main__":  # pragma: no cover - a tool for editors
    from newsletter.curate.importance import assess
    from tests.factories import make_article

    for item in expand(1):
        sections = (("Key Findings", item.findings),) if item.findings else ()
        article = make_article(title=item.title, sections=sections, key_finding=item.findings)
        result = assess(article)
        print(f"{result.kind.kind.value:16} {result.importance:5.1f}  {item.title}")
