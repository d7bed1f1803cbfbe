"""What kind of news a report is, read from its title, its Key Findings and its tags (pure).

The classifier reads how a report is written, never who it is about:

1. **A title label** before a colon ("Opinion:", "Webinar, 3 December:", "Event recap:",
   "Forecast:", "Analyst note:", "Explainer:", "Study:", "Report:", "Beta:" a product
   release, "Case study:" or "Sponsored:" marketing, ``other``) names the kind outright,
   after a segment marker ("This week:", "Ep. 112 —") is set aside; a label that says what
   happened ("Trial halted:", "Deal blocked:") is news, not a category. So do editorial
   categories among the tags ("Opinion", "Webinar", "Events"), event wording ("takeaways
   from", "what we heard at", "registration opens", "recorded live"), argument-style titles
   ("Why …", "The case for …", "our columnist") and question-style ones ("What is …").
2. **A version number** with a fix verb is a patch release ("Larkspur 0.9.2 fixes …"); a
   version with "adds"/"brings" is a product release.
3. **A follow-up** says so: "one week on", "a week later", "what we know", "the questions
   still open", "post-mortem", "root cause", "still no date", Key Findings opening with "A
   week after …" or dating the news from an earlier report ("…, a week after the attacks
   were first reported"); a title dated from a recent story ("Days after the scrub, X
   reaches orbit") is a follow-up unless the rest states a launch, an approval, a record or
   a rule. It adds news when it carries a figure or a new fact ("has set", "signs", "has
   ordered", a cause found) and does not say that nothing changed ("has not changed",
   "nothing further", "remain undisclosed").
4. **The title's wording**, affirmed: not negated ("not a breakthrough", "has not
   approved", "denies"), not hedged or future ("could reach", "plans to launch", "subject
   to approval", "in talks"), not after "after"/"since" ("a year after raising"), not a
   date ("first quarter") or an idiom ("track record", "record revenue"), not part of a
   company name (a capitalised "Launch" inside "Vantage Launch Services", unless the whole
   headline is in Title Case). Verb families with their inflections and nominal forms, in
   this order: a version with fixes or features; a survey's or report's finding ("…, an
   insurer's report finds"); an enforcement action (a fine, a penalty, an investigation, or
   a charge or lawsuit brought by an authority: the rule already existed); a lawsuit between
   parties that are not authorities (``lawsuit``); a rule in force ("takes effect", "binding
   from", "From today, X must …", "may no longer", a notified rule; not when someone argues
   for it: "says", "urges", "we must"; limited for tests, pilots or guidance, or when it
   applies only later: "six months to comply"); guidance published (a rule of limited
   scope); a flaw on CISA's known-exploited list; a critical flaw with no exploit (limited);
   an exploited flaw (limited when "no exploitation seen"; a patch for one is follow-up
   news); an incident (severe when it harms many: a launch vehicle lost, deaths, millions
   of records, a region down for hours); a draft or bill; a delay ("pushes to 2028", "now
   aims to"; costly with an overrun, severe like an incident); a forecast ("could reach …
   by 2035", "…, analysts estimate", predictions); a regulator's refusal (a step of review);
   a step before an approval (an agency's recommendation; an accepted filing or a
   designation, minor); other rules ("sets rules"); an IT compliance mark (FedRAMP, SOC 2:
   an approval of limited scope); an approval (of a product unless one more of its kind, or
   of an operation: a route, a service, exports, spectrum; limited when for tests only; a
   clearance of a deal earns no money points; a certificate of a measured best is a
   record); a record (the word, or a measured superlative: "the highest fidelity measured on
   any platform", "beats the previous best", "a certified 27.9%", "sets a new benchmark",
   "retakes the top spot"; never about money or business, nor a best the subject holds over
   itself: "its largest site yet"; a preprint's claim is a limited research result, a
   record that recurs with the weather or calendar is routine, a best claimed without a
   record stated or certified is limited); a funding round (also debt: "a debt facility",
   "secures financing", an IPO, a Series B extension); a public programme with its figure;
   job cuts (``other``); a firm hired for a job is a contract, a deal ("hires X to build");
   hires and offices; a call for bids (``other``); a known deal completed (follow-up news,
   a follow-up when "as planned"); talks on a deal or round (limited); a deal ("is to be
   acquired by", "takes private", "merger of equals", "takes a 30% stake", "snaps up";
   limited when it failed: "collapses", "abandons", "blocks"); a patch with no version
   ("ships a patch"); a launch ("makes orbit", "goes live", "enters service", first images,
   an open-weights model said to rival the best, which counts as a first; ``other`` when
   only a date is set: "maiden flight set for March"; a product launched, shipped or made
   generally available is a product release unless it is a vehicle, a mission, a model or
   a first; a small-scale one, a student cubesat, is limited); a feature added without a
   version ("adds voice mode to …", a product release); a research result (limited when its
   authors call it incremental or modest, when a preprint, hedged ("may predict",
   "suggests") or in mice or a small study; ``other`` when its figure is a business one:
   users, revenue); a tentative finding; a replication, failed or not.
   An obligation someone argues for ("Investors must …, fund manager warns") is no rule
   unless an authority speaks.
   A title that is a question ("Has X cracked orbit?") asserts nothing: its kind is what
   Key Findings' first sentence states (else its label's: "Outage: what took … down?"),
   else a forecast when it asks about a future figure, else commentary (opinion). A claim
   before a colon that names no kind ("Tie-up worth ¥120bn: …") is read as wording; when
   the whole title states the same kind, the whole title's reading counts.
5. Else the tags' categories (of limited weight when a deal or round tag meets a hedged
   title); else the same wording rules on Key Findings' first sentence (an oblique title:
   "A new chapter for …"), unless the title states a plan ("aims to", "could", "next
   year"); else a title whose figure is a headline amount is a deal of limited weight
   (notable at most: the figure says something happened, but not what); else ``other``
   (which still earns the first-of-its-kind points when the title claims a first).

Each kind maps to the editor's label vocabulary in ``LABELS`` (several of ours are "other").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from newsletter.curate.amounts import NEWS_YEAR, PRICE_NEWS, Role, roled_amounts
from newsletter.curate.text import ReportText


class Kind(StrEnum):
    """The kinds of report curation tells apart; each has a weight in the editorial TOML."""

    REGULATION = "regulation"  # a rule or law in force, a ban, export controls
    ENFORCEMENT = "enforcement"  # a fine, penalty or investigation under an existing rule
    LAWSUIT = "lawsuit"  # a claim in court between parties who are not authorities
    REVIEW_STEP = "review-step"  # an agency recommends, a filing is accepted: not yet approved
    APPROVAL = "approval"  # a regulator approves a product, a government a programme
    RECORD = "record"  # a certified record or benchmark result
    LAUNCH = "launch"  # a launch, a model release, a system entering service
    DEAL = "deal"  # an acquisition, a contract, a supply deal, project financing
    FUNDING_ROUND = "funding-round"  # a company raises money
    PROGRAMME = "programme"  # a public funding package, fund or budget announced
    RESEARCH = "research-result"  # a study, a lab result, a trial readout
    VULNERABILITY = "vulnerability"  # an actively exploited flaw
    DRAFT_STANDARD = "draft-standard"  # a draft rule or standard open for comment
    FOLLOW_UP_NEWS = "follow-up-news"  # a follow-up that adds facts
    FOLLOW_UP = "follow-up"  # a follow-up that adds nothing
    PRODUCT_RELEASE = "product-release"  # a feature release of a product
    PATCH_RELEASE = "patch-release"  # a bug-fix release
    INCIDENT = "incident"  # an attack, breach or outage at one organisation
    DELAY = "delay"  # a slip, postponement or cancellation
    STATISTICS = "statistics"  # a count or survey of past activity
    EXPLAINER = "explainer"  # background on old news
    HIRING = "hiring"  # hires, appointments, offices
    EVENT = "event"  # webinars, event recaps, conference notes
    FORECAST = "forecast"  # forecasts, market sizing, surveys of intentions
    OPINION = "opinion"  # columns and commentary
    OTHER = "other"


# The editor's label vocabulary (curation-dev's labels.toml ``kinds``).
LABELS: Mapping[Kind, str] = MappingProxyType(
    {
        Kind.REGULATION: "regulation",
        Kind.ENFORCEMENT: "regulation",
        Kind.LAWSUIT: "other",
        Kind.REVIEW_STEP: "other",
        Kind.APPROVAL: "approval",
        Kind.RECORD: "record",
        Kind.LAUNCH: "launch",
        Kind.DEAL: "deal",
        Kind.FUNDING_ROUND: "funding-round",
        Kind.PROGRAMME: "deal",
        Kind.RESEARCH: "research-result",
        Kind.VULNERABILITY: "other",
        Kind.DRAFT_STANDARD: "other",
        Kind.FOLLOW_UP_NEWS: "follow-up",
        Kind.FOLLOW_UP: "follow-up",
        Kind.PRODUCT_RELEASE: "product-release",
        Kind.PATCH_RELEASE: "patch-release",
        Kind.INCIDENT: "other",
        Kind.DELAY: "other",
        Kind.STATISTICS: "other",
        Kind.EXPLAINER: "other",
        Kind.HIRING: "hiring",
        Kind.EVENT: "webinar-event",
        Kind.FORECAST: "forecast",
        Kind.OPINION: "opinion",
        Kind.OTHER: "other",
    }
)

# Kinds whose news can be an amount of money (a deal's value, a round's size, a programme's
# budget, a price set); the others never have a headline figure.
MONEY_KINDS = frozenset(
    {
        Kind.DEAL,
        Kind.FUNDING_ROUND,
        Kind.PROGRAMME,
        Kind.REGULATION,
        Kind.ENFORCEMENT,
        Kind.LAWSUIT,
        Kind.APPROVAL,
        Kind.FOLLOW_UP_NEWS,
    }
)


@dataclass(frozen=True, slots=True)
class KindReading:
    """The kind of a report, the rule that decided, and the marks ``importance`` weighs."""

    kind: Kind
    first: bool = False  # "the first …", "maiden flight", "world-first": a first-of-its-kind
    rule: str = ""
    product: bool = False  # an approval of a product (a therapy, a drug, a device, a system)
    # of limited weight: a rule for tests, pilots or guidance (or applying later), a modest,
    # unreviewed or hedged result, a routine filing, a deal in talks or one that failed, a
    # claimed best, a small launch, a compliance mark, a flaw not exploited
    limited: bool = False
    costly: bool = False  # a delay that also reports a cost overrun
    severe: bool = False  # an incident or a halt that harms many: lives, a launch, millions
    routine: bool = False  # a record that recurs ("another solar record on a sunny day")
    clearance: bool = False  # an approval of a deal: the deal's figure is not the approval's

    @property
    def label(self) -> str:
        """The editor's label for this kind."""
        return LABELS[self.kind]


_UPPER_LITERAL = re.compile(r"(?<!\\)[A-Z]")


class Words:
    """A case-blind pattern, matched against lower-cased text when it can be.

    CPython's ``re`` runs a long IGNORECASE alternation several times slower than the same
    pattern on lower-cased text (measured on the labelled weeks' titles: 2-20x), and the
    kind rules run a few dozen of them per report. A pattern written with a capital letter
    (``[A-Z]``, ``CHF``) keeps IGNORECASE, as does text whose lower-casing changes its
    length (so match positions always index the caller's text). Matches found on the
    lower-cased text return lower-cased groups.
    """

    __slots__ = ("_blind", "_lower")

    def __init__(self, pattern: str) -> None:
        self._blind = re.compile(pattern, re.IGNORECASE)
        self._lower = None if _UPPER_LITERAL.search(pattern) else re.compile(pattern)

    def _pick(self, text: str) -> tuple[re.Pattern[str], str]:
        if self._lower is not None:
            lowered = text.lower()
            if len(lowered) == len(text):
                return self._lower, lowered
        return self._blind, text

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """Like ``re.Pattern.search``, case-blind."""
        pattern, target = self._pick(text)
        return pattern.search(target, pos)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """Like ``re.Pattern.match``, case-blind."""
        pattern, target = self._pick(text)
        return pattern.match(target, pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Like ``re.Pattern.finditer``, case-blind."""
        pattern, target = self._pick(text)
        return pattern.finditer(target)


def _rx(pattern: str) -> Words:
    return Words(pattern)


_LABEL = re.compile(r"^(?P<label>[^:|\s][^:|]{1,40}?)\s?[:|]\s")
# A newsletter's or podcast's segment marker before the headline: "This week:", "Ep. 112 —".
_SEGMENT = re.compile(
    r"^(?:this week|today|this month|in brief|briefly|quick take|ep(?:isode)?\.? ?\d+|no\. ?\d+|"
    r"keynote|on stage at [^:]{1,30}|show-floor demo)"
    r"\s*[:—–-]\s+",
    re.IGNORECASE,
)
_LABEL_MAX_WORDS = 5  # "Webinar, 24 November", "Event recap", "Tramontana-2, one week on"
# A label that says what happened ("Trial halted:", "Deal blocked:") is news, not a category.
_LABEL_EVENT = _rx(
    r"\b(?:halted|paused|suspended|stopped|blocked|called off|scrapped|cancell?ed|delayed|"
    r"failed|fails|failure|missed|misses|lost|done|sealed|signed|closed|cleared|approved|rejected|"
    r"breach|breached|hack|hacked|attack|outage|leak|leaked|ransomware|fire|recall)\b"
)
_LABEL_KINDS: tuple[tuple[Words, Kind], ...] = (
    (
        _rx(
            r"\b(?:opinion|column|comment|commentary|viewpoint|editorial|op-ed|view|guest post|interview|letter|"
            r"analysis|on the record|in conversation|essay|perspective|our take|the big read|long read|"
            r"talk|mailbag|musings|notebook|diary)\b"
        ),
        Kind.OPINION,
    ),
    (
        _rx(
            r"\b(?:webinar|event|recap|conference|summit|forum|workshop|livestream|podcast|panel|notes|meetup|session|"
            r"masterclass|join us|register|in pictures|gallery|photos|video|^watch|^listen|episode|ama|"
            r"save the date|live blog|liveblog|(?<!general )meeting|congress|symposium|expo|trade show|hackathon|"
            r"fireside|industry day|town hall|open day|briefing)\b"
        ),
        Kind.EVENT,
    ),
    (_rx(r"\bexplainer|explained|primer|q&a|faq|guide|backgrounder\b"), Kind.EXPLAINER),
    (
        _rx(r"\b(?:now in beta|beta|early access|preview|changelog|release notes)\b"),
        Kind.PRODUCT_RELEASE,
    ),
    # marketing: "Case study:", "Customer story:", "Sponsored:" tell no news of the field
    (
        _rx(
            r"\b(?:case study|customer story|success story|sponsored|partner content|advertorial|"
            r"white paper|promoted)\b"
        ),
        Kind.OTHER,
    ),
    (_rx(r"\b(?:study|paper|preprint|research|trial|experiment)\b"), Kind.RESEARCH),
    (
        _rx(
            r"\b(?:forecast|forecasts|outlook|survey|analysts?|analyst note|projection|prediction|predictions|market|consultancy|estimate)\b"
        ),
        Kind.FORECAST,
    ),
    (
        _rx(r"\b(?:meet the team|meet|people moves|appointments?|on the move|new hires?)\b"),
        Kind.HIRING,
    ),
    (
        _rx(
            r"^(?:\S+ ){0,2}(?:report|data|statistics|figures|numbers|index|ranking|chart)s?"
            r"(?: of the (?:week|month))?$"
        ),
        Kind.STATISTICS,
    ),
    (
        # "Trading update:" and its kin are a company's results, not a story's follow-up
        _rx(
            r"\b(?<!trading )(?<!business )(?<!operational )(?<!market )(?<!investor )(?<!quarterly )"
            r"update|follow-up|follow up|one week on|a week on\b"
        ),
        Kind.FOLLOW_UP,
    ),
)
_TAG_KINDS: tuple[tuple[frozenset[str], Kind], ...] = (
    (frozenset({"opinion", "column", "commentary", "op-ed", "viewpoint"}), Kind.OPINION),
    (
        frozenset({"webinar", "webinars", "events", "event", "conference", "event recap"}),
        Kind.EVENT,
    ),
    (frozenset({"explainer", "explainers"}), Kind.EXPLAINER),
)
_WEAK_TAG_KINDS: tuple[tuple[frozenset[str], Kind], ...] = (
    (
        frozenset({"forecast", "forecasts", "market forecast", "market sizing", "market outlook"}),
        Kind.FORECAST,
    ),
    (frozenset({"jobs", "careers", "appointments", "people", "offices", "hiring"}), Kind.HIRING),
    (frozenset({"m&a", "acquisitions", "mergers"}), Kind.DEAL),
    (frozenset({"funding", "venture capital", "startups funding"}), Kind.FUNDING_ROUND),
    (frozenset({"release", "releases"}), Kind.PRODUCT_RELEASE),
)

# A cue is not the report's own news when one of these comes just before it.
_NEGATED = _rx(
    r"\b(?:not|no|never|nor|without|isn't|aren't|wasn't|hasn't|haven't|hadn't|won't|didn't|"
    r"doesn't|don't|yet to|fails? to|failed to|rather than|instead of|subject to|pending|awaiting|"
    r"denies|denied|deny|dismisses|dismissed|"
    r"seeks?|seeking|applies for|applied for|files for|ahead of|before|after|since|following|"
    r"having)\s+(?:[$€£¥₩₹]?\w[\w.'’]*(?:,\d[\w.]*)*[\s-]+){0,3}$"
)
# Talks, not yet a deal: "in talks", "in advanced talks" (hedges a verb; ``_IN_TALKS``).
_IN_TALKS_WORDS = r"in (?:advanced |early |exclusive |final |late-stage |preliminary )?talks"
_HEDGED = _rx(
    r"\b(?:could|would|will|may|might|should|plans? to|planning to|aims? to|expects? to|expected to|"
    r"intends? to|set to|hopes? to|wants? to|to be|ready to|prepares? to|preparing to|"
    r"promises? to|considers?|considering|talks to|(?:is |are )?said to|weigh(?:s|ing)?|"
    r"mull(?:s|ing)?|explor(?:e|es|ing)|" + _IN_TALKS_WORDS + r"|would-be|"
    r"eyes|eyeing|nears|nearing|close to|closer to|mooted|rumou?red|"
    r"reportedly|sources say)\s+(?:[$€£¥₩₹]?\w[\w.']*(?:,\d[\w.]*)*[\s-]+){0,3}$"
)
# A deal that did not happen: abandoned, rejected, collapsed, blocked.
_FAILED_DEAL = _rx(
    r"\b(?:collapses?|collapsed|falls? (?:through|apart)|fell (?:through|apart)|called off|calls off|"
    r"abandons?|abandoned|scraps?|scrapped|walks? away|walked away|pulls? out|pulled out|"
    r"terminates?|terminated|rejects?|rejected|blocked|blocks|stops|stopped|vetoe?s|vetoed|"
    r"prohibits|prohibited|drops?|dropped|withdraws?|withdrawn|fails?|failed)\b"
)
# A date set for something that has not happened: "maiden flight set for March".
_SCHEDULED = _rx(
    r"\b(?:set|scheduled|slated|planned|penciled|pencilled|due|targeted|pushed|moved) "
    r"(?:for|in|on|to|back to)\b|\bno earlier than\b|\bnet (?:january|february|march|april|"
    r"may|june|july|august|september|october|november|december)\b"
)

_VERSION = re.compile(
    r"(?<![\d$€£¥₩₹.,])(?:v|version\s)?\d{1,4}\.\d{1,3}(?:\.\d{1,4})+(?![\d%])"
    r"|(?<=-)\d{1,3}\.\d{1,3}\.\d{1,4}\b"
)
_MINOR_VERSION = re.compile(
    r"(?<![\d$€£¥₩₹.,])(?:v|version\s)?\d{1,4}\.\d{1,3}(?![\d%.])(?!\s?(?:%|percent|nm|µm|mm|"
    r"cm|m|km|gw|gwh|mw|mwh|kw|kwh|tw|twh|tb|gb|pb|tbps|gbps|ghz|mhz|billion|million|trillion|"
    r"bn|tn|x|times|kg|tonnes?|°c|k\b|per|a\b|of)\b)",
    re.IGNORECASE,
)
# A point release: a third version number that is not zero, with nothing said to be added.
_POINT_RELEASE = re.compile(
    r"(?<![\d.])\d{1,4}\.\d{1,3}\.[1-9]\d{0,3}\b(?!.*\b(?:adds?|introduces?|brings|new)\b)",
    re.IGNORECASE,
)
_FIX = _rx(
    r"\b(?:fix|fixes|fixed|fixing|patch|patches|patched|bug|bugs|bugfix|hotfix|security update|maintenance release)\b"
)
_RELEASE = _rx(
    r"\b(?:adds|add|ships|released?|releases|introduces|brings|gains|supports|reaches version|arrives|lands|update|upgrade|"
    r"is out|is here|now available|available now|rolls out)\b"
)

_FOLLOW_UP_TITLE = _rx(
    r"\b(?:(?:one|a|two|three|four|\d+) (?:weeks?|months?|days?) (?:on|later)|what we know|"
    r"what we still don't know|revisited|the story so far|latest on|still waiting|where (?:things|it) "
    r"stands?|questions? (?:still )?(?:open|remain|unanswered)|(?:weeks?|months?|days?) later|"
    r"(?:more|new|fresh|further) details (?:emerge|surface)|details emerge|the fallout (?:from|of)|"
    r"the aftermath of|post-?mortem|root[- ]cause|after-action report|still (?:investigating|no|"
    r"without|unclear|unknown|silent|under investigation)|no date for|no update|no news on|"
    r"whatever happened to|what happened to|traced to|blamed on|previously announced|progress update|"
    r"schedule unchanged|no change to|^regarding|"
    r"(?:failure|incident|accident|investigation|inquiry|operator['’]s) report)\b"
)
# Time after a known event, anywhere in a title: "OTV-101, a month after approval".
_TIME_AFTER_EVENT = _rx(
    r"\b(?:a|one|two|three|\d+) (?:days?|weeks?|months?) after (?:its |the )?(?:approval|launch|"
    r"release|deal|acquisition|announcement|outage|breach|attack|failure|listing|ipo)\b"
)
# A Key Findings opening that dates its news from an earlier report: "…, a week after
# attacks on its servers were first reported".
_FOLLOW_UP_DATED = _rx(
    r"\b(?:a|one|two|three|four|\d+|several|a few) (?:days?|weeks?|months?) (?:after|since) "
    r"(?:\S+ ){0,10}?(?:was|were|had been|first) (?:first )?(?:reported|disclosed|revealed|"
    r"announced|discovered|made public)\b"
)
_FOLLOW_UP_OPENING = _rx(
    r"^(?:(?:(?:a|one|two|three|four|\d+|several|a few|some)\s)?(?:weeks?|days?|months?) "
    r"(?:after|since)|(?:following|after|since) (?:last|its|their|the) (?:week|month)'s|"
    r"last (?:week|month)'s|last (?:week|month),)"
)
# Kinds whose news, stated in a title, outweighs the title's dating it from an earlier story.
_NEWS_OVER_FOLLOW_UP = frozenset({Kind.LAUNCH, Kind.APPROVAL, Kind.RECORD, Kind.REGULATION})
# A title that opens by dating its news from a recent one: "A week after its release, X gets
# an audit", "Days after the breach, …" (a year or months after a round is background, not a
# follow-up: "A year after raising €2bn, X buys land").
_FOLLOW_UP_TITLE_OPENING = _rx(
    r"^(?:(?:a|one|two|three|\d+|several|a few)\s)?(?:days?|weeks?) (?:after|since) "
    r"(?:its|the|their|last|this)\b"
)
_NOTHING_NEW = _rx(
    r"\bnothing (?:material|substantive|significant|much|of (?:note|substance)) (?:has )?changed\b|"
    r"\b(?:(?:has|have|had) not (?:yet )?(?:changed|added|published|disclosed|announced|released|"
    r"been (?:published|released|disclosed|confirmed))|no (?:new|material|further|fresh) "
    r"(?:details?|information|facts|news|figures|updates?|terms|versions?|data)|nothing new|nothing (?:has )?changed|"
    r"neither \w+ (?:\w+ ){0,4}(?:has|have) added|little (?:new|has changed)|adds? little|"
    r"(?:has|have) yet to (?:publish|add|disclose|announce|release)|remains? unchanged|"
    r"(?:is|are|was|were|stays?|stayed) (?:still )?unchanged|unchanged since|little else|"
    r"(?:mostly|largely|only) restate|restated|repeated (?:at|that|the)|reiterated|no change|"
    r"nothing (?:further|more|else)|disclosed nothing|no further (?:details?|information|news|"
    r"disclosures?|comment)|(?:remain|remains|are still|is still) (?:private|undisclosed|unknown|"
    r"unclear|secret|unanswered|unconfirmed))\b"
)
_NEW_FACT = _rx(
    r"\b(?:has|have) (?:set|signed|agreed|won|launched|priced|treated|started|begun|opened|"
    r"raised|closed|filed|delivered|shipped|published results|reported|ordered|released|issued|"
    r"confirmed|named|charged|arrested|fined|recalled)\b|\b(?:prices|signs|ships|releases|issues|"
    r"orders|sets|confirms|names|charges|arrests|fines|recalls)\b|"
    r"\b(?:tests|evaluations|reviews|benchmarks|results|filings|documents|audit|audits|"
    r"investigation|inquiry|probe)\b(?: (?!(?:has|have|had|did|does) not\b)\S+){0,6}? "
    r"(?:put|puts|show|showed|shows|found|finds|find|suggest|rank|place|reveal|revealed)\b|"
    r"\bthe reviews are in\b|\b(?:are|is|brings|bring|with|adds|add) (?:\w+ )?new (?:facts?|details|"
    r"information|data|figures)\b|\badded (?!nothing|little|no\b)(?:a|an|the|two|three|\d)\b|"
    r"\b(?:will|has agreed to|agreed to) pay\b|"
    r"\b(?:clears|cleared|approves|approved|blocks|blocked|rejects|rejected|back online|restored|"
    r"resumes|resumed|root cause|new date|names (?:a|the) (?:cause|culprit|failed))\b|"
    # a post-mortem's cause: "why a cooling fault took down two zones", "traced to a fault"
    r"\b(?:why|what caused|caused by|cause (?:was|is)|traced (?:\S+ ){0,3}to|blamed? (?:\S+ ){0,3}on|"
    r"blames?|blamed|(?:investigators|inspectors|auditors) (?:say|said|found|find|conclude|concluded))\b"
)

_VULNERABILITY = _rx(
    r"\b(?:exploit|exploits|exploited|exploiting|zero-day|0-day|cve-\d|actively attacked|"
    r"authentication bypass|remote code execution|under (?:active )?attack|in the wild|"
    r"(?:active|actively|mass|ongoing) exploitation|exploitation)\b"
)
_INCIDENT = _rx(
    r"\b(?:ransomware|breach(?:ed)?(?! (?:costs?|risks?|rates?|data))|hack|hacked|hackers|cyberattack|"
    r"attack on|attacked|hit by|outage|leak|leaks|leaked|stolen|gang|extortion|ddos|intrusion|"
    r"(?:cyber(?:security)?|security|ransomware|data) incident(?! (?:reporting|response|rules?|plans?|"
    r"disclosures?|laws?|regimes?|notification))|"
    r"fails? to reach orbit|explodes|exploded|anomaly|crash(?:es|ed)?|lost contact|loses? contact|"
    r"(?:fails|failed|is lost|was lost|breaks up|broke up|ends in failure) (?:during|on|after|in) "
    r"(?:its |the |a )?(?:\S+ )?(?:flight|launch|mission|test|ascent|landing)|"
    r"(?:rocket|launcher|booster|spacecraft|satellite|lander|probe|mission) (?:\S+ ){0,3}?"
    r"(?:fails|failed|is lost|was lost|lost|destroyed|breaks up|broke up)|"
    r"(?:launch|mission|flight|cooling|power|grid) failure|failed launch|blackouts?|power cuts?|"
    r"cuts power to|knocks out power|(?:fire|blaze|explosion|flood|flooding) (?:at|hits|cuts|knocks|"
    r"shuts|forces|destroys|damages))\b"
)
_DRAFT = _rx(
    r"\b(?:(?:draft|proposed|proposes|proposal for|proposals for)(?= (?:(?:a|an|the|new|its|\S+-\S+) )?"
    r"(?:\S+ ){0,3}?(?:rules?|regulations?|laws?|bills?|standards?|directives?|guidance|guidelines|"
    r"framework|code|act|legislation|ban|cap|tax|levy|changes to|amendments?|specification|"
    r"protocol|recommendations?))|"
    r"consultation|consults|open for comment|"
    r"call for comments?|advances (?:a |the )?(?:\w+ ){0,2}(?:bill|framework|law|act)|"
    r"tables (?:a |the )?(?:\w+ ){0,2}(?:bill|law)|introduces (?:a |the )?(?:\w+ ){0,2}bill)\b"
)
_DELAY = _rx(
    r"\b(?:delays?|delayed|postpones?|postponed|pushes (?:\S+ ){0,4}(?:to|back|into)|pushed back|slips?|slipped|pauses?|paused|cancels?|cancelled|canceled|scraps?|scrapped|halts?|halted|shelves|shelved|withdraws|"
    r"scrubs?|scrubbed|stands? down|stood down|aborts?|aborted|"
    r"now (?:aims|plans|expects|hopes|targets|intends)|(?:later|longer) than (?:planned|expected)|"
    r"behind schedule|misses (?:its |a |the )?(?:\S+ )?(?:deadline|target|date|window))\b"
)
# A plan is not yet news: a title whose verb is hedged is not read again in Key Findings.
_PLANNED = _rx(
    r"\b(?:aims?|plans?|hopes?|intends?|expects?|wants?|prepares?|is set|are set|is due|are due|"
    r"is expected|are expected|seeks?|seeking|considers?|weighs?|mulls?|eyes|eyeing) to\b|"
    r"\b(?:could|would|might|may|will)\s\w+|\b(?:files|filed|applies|applied) for\b|"
    r"\b(?:in talks|weighs?|mulls?|eyes|explores?|nears|considers?|sources say|reportedly|said to)\b|"
    r"\bnext (?:year|month|week|quarter|spring|summer|autumn|fall|winter)\b|\blater this (?:year|month)\b"
)
# An incident or a halt of consequence (notable, not minor): a launch vehicle lost, lives
# lost or harmed, millions of people's records, a whole region or country down for hours.
# A local incident ("a school district", "40,000 homes", "ten days" of a council's
# services) stays minor.
_SEVERE = _rx(
    r"\b(?:rocket|launcher|booster|launch vehicle|spacecraft|lander|probe|rover)\b[^.;]{0,60}?\b(?:lost|"
    r"destroyed|explod\w*|broke up|breaks up|loses contact|lost contact|crash(?:es|ed)?)\b|"
    r"\b(?:halts?|halted|stops?|stopped|shuts?|shut|suspends?|suspended|disrupts?|disrupted) "
    r"(?:\S+ ){0,2}?(?:production|operations|services|flights|trading) (?:at|across|in) "
    r"(?:all|every)\b|\b(?:offline|down|out of action|out of service) for (?:a|one|two|three|\d+) "
    r"(?:weeks?|months?)\b|\bleaves? (?:\S+ ){0,2}\d[\d.,]*\s?(?:million|m)\b[^.;]{0,30}?\bwithout\b|\blaunch failure\b|\bfail(?:s|ed)? to reach orbit\b|"
    r"\bfail(?:s|ed|ure)? (?:during|on|after|in) (?:its |the |a )?(?:\S+ )?(?:flight|launch|ascent)\b|"
    r"\b(?:deaths?|died|dies|killed|fatal|fatalit(?:y|ies)|serious adverse events?|safety signal|"
    r"material (?:cyber(?:security)? )?incident|"
    r"life-threatening)\b|"
    r"\b\d[\d.,]*\s?(?:million|m|bn|billion)\s(?:[\w-]+\s)?(?:records|customers|users|accounts|"
    r"patients|people|members|subscribers|citizens|households|homes)\b|"
    r"\b(?:cloud region|region|nationwide|national|global|worldwide|country-?wide)\b[^.;]{0,60}?"
    r"\b\d+\s?(?:hours|days)\b|\b\d+\s?(?:hours|days)\b[^.;]{0,60}?\b(?:cloud region|"
    r"nationwide|worldwide|country-?wide)\b"
)
# A slip that costs money: "as costs climb", "$2.7 billion over its budget", "overrun".
_OVERRUN = _rx(
    r"\b(?:over budget|overruns?|costs? (?:climb|climbs|climbing|rise|rises|rising|soar|soars|"
    r"soaring|balloon|balloons|jump|jumps|swell|swells|surge|surges|mount|mounts|spiral)|"
    r"more expensive than (?:planned|expected)|over (?:its |the )?(?:original )?budget|"
    r"costs? more than (?:planned|expected|budgeted))\b"
)
_FORECAST_VERB = _rx(
    r"\b(?:could|will|would|may|might|must|needs? to|set to|expected to|on track to|projected to|"
    r"forecast to)\s+(?:\w+\s){0,2}?(?:reach|hit|top|exceed|double|triple|overtake|grow|rise|climb|fall|surpass|"
    r"pass|be worth|be valued|more than double|shrink|decline)\b|"
    r"\b(?:market|revenues?|spend|spending|sales|demand|installations|shipments|capacity|economy|"
    r"prices)\b[^.;:]*\b(?:could|will|would|may|might|set to|expected to|projected to)\b[^.;:]*"
    r"\b(?:by|in) 20\d\d\b|"
    r"^(?:could|will|can)\s(?:\S+\s){1,5}?(?:reach|hit|top|exceed|double|triple|overtake|grow|"
    r"surpass|be worth)\b[^?]*\b20\d\d\b|"
    # a figure something will cost or bring by a horizon year: "could cost $13 trillion by 2030"
    r"\b(?:could|will|would|may|might|set to|expected to|projected to|forecast to|on track to)\s+"
    r"(?:\w+\s){0,2}?(?:cost|costs|save|add|generate|create|lose|unlock|contribute|need|require|"
    r"attract|wipe|drain)\b[^.;:]*\b(?:by|in|until|through) 20\d\d\b|"
    # a projection attributed at the end: "…, insurers estimate", "…, analysts reckon"
    r",\s(?:(?:an?|the|some|most|many)\s)?(?:[\w'’-]+\s){0,3}?(?:estimates?|predicts?|forecasts?|"
    r"projects?|reckons?)\s*[.!]?$"
)
_FORECAST_WORDS = _rx(
    r"^(?:[\w-]+\s){0,3}(?:survey|poll)s?\s(?:finds|shows|says|suggests|of)\b|\b(?:survey|poll|study of buyers) (?:finds|shows|says|suggests)\b|"
    r"\banalysts? (?:expect|predict|forecast|see)\b|\bforecasters?\b|\bpredictions\b|"
    r"\bprediction (?:for|about)\b|"
    r"\b(?:trends|things) to watch (?:in|for)\b|\bto (?:reach|hit|top|exceed|double|"
    r"triple|surpass|overtake|grow to)\b(?=.*\b(?:by|in|until) 20\d\d\b)|"
    # Someone projects a figure to a horizon year: "X projects investment of $1 trillion by 2040".
    r"\b(?:projects?|forecasts?|predicts?|estimates?|expects?)\b[^.;]*\b(?:by|until|through) 20\d\d\b"
)
_SURVEY_FRAME = _rx(
    r"(?:^|[,:;—–]\s)(?:(?:an?|the|its|their|new)\s)?(?:[\w'’-]+\s){0,4}?(?:report|survey|poll|"
    r"index|barometer|tracker|census|data|figures|statistics|analysis of \S+ data)(?:e?s)?(?:\s(?:from|by|of|for)(?:\s\S+){1,4}?)?"
    r"\s(?:finds?|found|shows?|showed|says|say|suggests?|reveals?|"
    r"suggests|reveals|claims)\b"
)
_EVENT_WORDS = _rx(
    r"\b(?:highlights from|takeaways from|what we (?:learned|heard|saw) at|notes from|recap of|"
    r"report from the|live from|webinar|webinars|livestream|roundtable|fireside chat|keynote|"
    r"(?:things|lessons|themes) (?:we heard|from the)|registrations? (?:opens?|is open|are open)|"
    r"call for (?:papers|proposals|speakers)|recorded live|live at)\b"
)
_QUESTION = re.compile(r"^[^:;—–?]{3,}\?\s*$")
# An argument a think tank or lobby makes: "X should …, think tank says".
_POLICY_ARGUMENT = _rx(
    r"\b(?:should|must|needs? to|ought to|would slow|would hurt|needs a)\b.{0,90},\s(?:an? |the )?"
    r"(?:think tank|policy group|policy institute|lobby group|campaign group|trade body|ngo|"
    r"advocacy group|economists?|researchers?) (?:says|argues|urges|warns|writes|contends)\s*$|"
    r"^call to action\b"
)
_OPINION_WORDS = _rx(r"\b(?:columnist|op-ed|our view|my take|i think|we think)\b")
_OPINION_OPENING = _rx(
    r"^(?:why|the case (?:for|against)|in defen[cs]e of|it'?s time|stop|let'?s|we need|don'?t|"
    r"enough|against)\b"
)
_EXPLAINER_OPENING = _rx(
    r"^(?:what is|what are|how (?:does|do|to)|who is|who pays|explained|a guide to)\b|"
    r"\b(?:what you need to know|everything you need to know|what to know|what it means|"
    r"what we know so far|explained)\s*[.?!]?$"
)
_REGULATION = _rx(
    r"\b(?:takes? effect|took effect|comes? into force|came into force|enters? into force|entered into force|"
    r"in force|sets? (?:\w+ ){0,2}rules|adopts? (?:a |new |the )?(?:law|rule|rules|regulation|directive)|"
    r"passes (?:a |the )?(?:law|bill|act)|signs? (?:\w+ ){0,2}(?:into law|law|executive order)|bans?|banned|"
    r"export controls?|sanctions|mandates?|requires|requiring|(?:orders|forces|obliges|compels) "
    r"(?:\w+ ){0,3}to)\b"
)
# A rule enforced against one party: a fine, a penalty, an investigation (notable, not a new rule).
_ENFORCEMENT = _rx(
    r"\b(?:fines|fined|fining|fine (?:of|for|over|against|on)|(?:m|bn|k|million|billion) fine|"
    r"penalt(?:y|ies)|penali[sz](?:es|ed)|reprimands?|reprimanded|censures?|censured|"
    r"orders? (?:\S+ ){0,4}to pay|ordered (?:\S+ ){0,4}to pay|settles? with (?:the )?(?:\S+ )?"
    r"(?:regulator|watchdog|agency|commission|authority|sec|ftc|doj)|enforcement (?:action|notice|"
    r"order)|opens? (?:\w+ ){0,3}(?:investigation|probe|inquiry)|launch(?:es|ed)? (?:\w+ ){0,3}"
    r"(?:investigation|probe|inquiry)|investigat(?:es|ed|ing)|probes|charges? (?:\S+ ){0,6}with|"
    r"charged with|sues|sued|lawsuit against|takes (?:\S+ ){0,3}to court|moves to block|"
    r"(?:seeks|sues|suing|acts) to block|blocks|takes? down|took down|dismantles?|dismantled|"
    r"arrests?|arrested|seizes?|seized|raids?|raided|shuts? down (?:\S+ ){0,3}?(?:gang|botnet|market|"
    r"network|forum|service))\b"
)
# A claim in court that no authority brings: "publishers sue X for €2.1bn", "class action".
_LAWSUIT = _rx(
    r"\b(?:sues?|sued|suing|lawsuits?|class[- ]action|files? (?:a )?suit|filed (?:a )?suit|"
    r"takes? (?:\S+ ){0,3}to court|took (?:\S+ ){0,3}to court|seeks? (?:\S+ ){0,3}damages|"
    r"(?:patent|copyright|antitrust) (?:suit|claim|case)|countersues|countersued)\b"
)
# Who enforces: a claim or lawsuit is enforcement only when an authority brings it.
_ENFORCER = _rx(
    r"\b(?:regulators?|watchdogs?|authorit(?:y|ies)|commission|agency|ministry|government|"
    r"prosecutors?|attorneys? general|doj|justice department|ftc|sec|fca|cma|ico|cnil|dpc|"
    r"competition|antitrust|data protection|privacy|brussels|eu|ec|police|europol|interpol|fbi|"
    r"nca|law enforcement|government|ministry|us|uk)\b"
)
_ENFORCER_ONLY = _rx(
    r"\b(?:investigat(?:es|ed|ing|ion)|probes?|inquiry|"
    r"charges?|charged|sues|sued|lawsuit|court|block|blocks|takes? down|took down|dismantles?|"
    r"dismantled|arrests?|arrested|seizes?|seized|raids?|raided|shuts? down)\b"
)
# Steps before an approval: a recommendation, an accepted filing, a designation.
_REVIEW_STEP = _rx(
    r"\brecommend(?:s|ed)? (?:\S+ ){0,5}?(?:approval|approving|authori[sz]ation|marketing|licensing|"
    r"for use)|\bbacks? (?:\S+ ){0,4}?(?:approval|authori[sz]ation)|\bpositive opinion\b|"
    r"\b(?:accepts?|accepted) (?:\S+ ){0,5}?(?:filing|application|submission|dossier|for review)|"
    r"\b(?:filing|application|submission|dossier) (?:is |was |has been )?accepted\b|"
    r"\bpriority review\b|\b(?:fast[- ]track|breakthrough(?:[- ]therapy)?|orphan(?:[- ]drug)?|"
    r"prime) (?:designation|status)\b|\bgrants? (?:\S+ ){0,3}designation\b|"
    r"\b(?:files|filed|submits|submitted) (?:\S+ ){0,4}?for (?:approval|authori[sz]ation)"
)
# A regulator's refusal: "rejects", "complete response letter", "declines to approve".
_REJECTION = _rx(
    r"\b(?:rejects?|rejected|refuses? to (?:approve|authori[sz]e|clear|license)|declines? to "
    r"(?:approve|authori[sz]e|clear)|complete response letter|turns? down|turned down|"
    r"negative opinion)\b"
)
_REVIEWER = _rx(
    r"\b(?:fda|ema|mhra|pmda|nmpa|tga|chmp|health canada|regulators?|agency|watchdog|"
    r"authorit(?:y|ies)|medicines (?:agency|regulator))\b"
)
_REVIEW_ROUTINE = _rx(
    r"\b(?:accept|accepts|accepted|designation|status|priority review|files|filed|submits|"
    r"submitted)\b"
)
# An existing rule widened: "expands chip export curbs to 14 more entities".
_WIDENED_RULE = _rx(
    r"\b(?:expands?|expanded|extends?|extended|widens?|widened|adds? (?:\S+ ){0,3}to)\b[^.;]{0,40}?"
    r"\b(?:curbs|controls|sanctions|ban|blacklist|entity list|restrictions)\b"
)
# A rule adopted now that applies later.
_APPLIES_LATER = _rx(
    r"\b(?:get|gets|given|have|has) (?:\S+ ){0,2}(?:months?|years?) to comply\b|"
    r"\bwill (?:take effect|apply|come into force|enter into force|become binding)\b|"
    r"\beffective (?:from )?(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december|\d{1,2} [a-z]+|next)\b"
)
# A rule that applies from now on: "From today, … must", "binding from", "now mandatory".
_IN_FORCE = _rx(
    r"\b(?:now|becomes?|became|is|are) (?:legally )?(?:binding|mandatory|compulsory|enforceable)\b|"
    r"\bbinding (?:from|since|as of|on)\b|\b(?:applies|apply|applied) (?:from|since|as of)\b|"
    r"\b(?:now|starts? to|begins? to|started to) apply\b|\b(?:now|is|are) in force\b|"
    r"\benters? (?:its |the )?(?:definitive|final|full|binding|enforcement) (?:phase|stage)\b|"
    r"\bin force (?:from|since|as of)\b|\beffective immediately\b|\bbecomes? law\b"
)
_FROM_NOW = _rx(
    r"\b(?:from|as of|starting|beginning|since|effective)\s(?:today|tomorrow|now on|now|this week|"
    r"midnight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}\s[a-z]+|(?:jan|feb|mar|apr|may|jun|"
    r"jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d{1,2}|(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december|next month|next year|20\d\d))\b|\bnow (?:must|have to|has to|need to|needs to)\b|"
    r"\bmust now\b|\b(?:are|is) now (?:required|obliged|banned|barred|prohibited)\b"
)
_OBLIGATION = _rx(
    r"\bmust(?![- ](?:read|have|see|win|know|watch))\b|\b(?:are|is) (?:now )?(?:required|obliged|"
    r"obligated) to\b|\b(?:can|may) no longer\b|\bno longer "
    r"(?:allowed|permitted)\b|\b(?:banned|barred|prohibited|forbidden) from\b"
)
_MANDATES = _rx(
    r"\b(?:mandates?|mandated|requires|required|bans?|banned|orders|obliges|compels|forces)\b"
)
_MUST = _rx(r"\bmust\b")
_ADVOCACY = _rx(
    r"\b(?:says?|said|argues?|argued|warns?|warned|urges?|urged|calls? for|insists?|we|our)\b"
)
_REGULATION_STRONG = _rx(
    r"\bmust (?:\w+ ){0,2}(?:submit|comply|report|file|disclose|adopt|replace|migrate|register|notify|"
    r"remove|stop|meet|phase out|label)\b|"
    r"\b(?:takes? effect|took effect|comes? into force|came into force|enters? into force|"
    r"kicks? in|kicked in|goes into effect|went into effect|becomes law|became law|enacts|enacted|"
    r"signed into law|"
    r"entered into force|bans?|banned|export controls?|export curbs|sanctions?|blacklists?|outlaws?|"
    r"entity list|sanctions list|trade blacklist|"
    r"finali[sz]e[sd]? (?:\S+ ){0,4}(?:standards?|rules?|regulations?)|final (?:standards?|rules?)|"
    r"(?:notif(?:y|ies|ied)|gazett(?:es|ed)) (?:\S+ ){0,4}(?:rules?|regulations?|norms|amendments?)|"
    r"new (?:regulations?|legislation)|regulation|regulations|legislation|"
    r"(?:approves|adopts|adopted|passes|passed|enacts) (?:\S+ ){0,3}(?:law|act|regulation|directive|rules)|"
    r"fines|fined)\b"
)
_REGULATION_SUBJECT = _rx(
    r"\b(?:rule|rules|law|act|regulation|directive|regulators?|regulatory|ministry|government|parliament|commission|ban|mandate|agency)\b"
)
_APPROVAL = _rx(
    r"\b(?:approves|approved|approval|(?:clears|cleared)(?! (?:\S+ )?(?:needs?|hurdles?|backlogs?|debts?|"
    r"tumou?rs?|infections?|the virus|plaques?|the way|its|their|cells))|authori[sz]es|authori[sz]ed|"
    r"authori[sz]ation|"
    r"green-lights|greenlights|licen[cs]es(?!(?:\s\S+){0,4}\sto\s)|certifies|(?:type |safety )?certification|go-ahead|clearance|"
    r"ce[- ]mark(?:ing)?|ukca[- ]mark(?:ing)?|510\(k\)|de novo (?:clearance|authori[sz]ation|grant)|"
    r"green light|gets the nod|wins the nod|(?:wins|gets|receives|secures|earns|won|got|received|"
    r"secured|earned) (?:\S+ ){0,2}?(?:nod|approval|green light|go-ahead|clearance|authori[sz]ation|"
    r"marketing authori[sz]ation)|"
    r"grants? (?:[\w-]+ ){0,4}(?:approval|clearance|licen[cs]e|authori[sz]ation))\b"
)
_RECORD = _rx(
    r"\b(?:world record|new record|all-time record|record-breaking|record-setting|sets? a record|"
    r"breaks? (?:the|a) record|a record for|record for|a record|record|"
    r"tops (?:the |a )?(?:[\w-]+ ){0,3}(?:leaderboard|ranking|rankings|benchmark))\b"
)
# A measured best: "the highest fidelity measured on any platform", "beats the previous best".
_SUPERLATIVE_RECORD = _rx(
    r"\b(?:highest|lowest|fastest|longest|best|smallest|largest|biggest|strongest|brightest|"
    r"coldest|most (?:accurate|efficient|precise|powerful|stable|sensitive|energy-efficient))"
    r"(?:[- ]ever)?\b[^.;:]{0,60}?\b(?:ever|yet|to date|on record|on any|of any|in history|"
    r"measured|recorded|certified|reported|achieved|demonstrated)\b|"
    r"\b(?:highest|lowest|fastest|best|longest)-ever\b|\bworld[- ]best\b|"
    r"\b(?:beats?|beat|breaks?|broke|smash(?:es|ed)?|shatters?|shattered|eclipses?|eclipsed|"
    r"surpass(?:es|ed)?|tops?|topped|betters?|bettered|exceeds?|exceeded|improves? on|improved on) "
    r"(?:the |its |a |their )?(?:previous|prior|old|existing|standing|world|all-time) "
    r"(?:best|record|high|mark|benchmark)\b|"
    r"\bcertif(?:ied|ies|y)\b[^.;:]{0,40}?\d[\d.,]*\s?(?:%|per ?cent)|"
    r"\d[\d.,]*\s?(?:%|per ?cent)[^.;:]{0,40}?\bcertified\b|"
    r"\b(?:sets?|setting|establish(?:es|ed)?|posts?|posted|achieves?|achieved|claims?|claimed) "
    r"(?:a |the )?new (?:benchmark|high|best|mark|world best|high-water mark)\b|"
    r"\b(?:takes?|took|retakes?|retook|claims?|claimed|regains?|regained|keeps?|kept|holds?|held|"
    r"tops?|topped) (?:the )?(?:top spot|first place|number[- ]one spot|no\.? ?1 spot)\b|"
    r"\d[\d.,]*\s?%[^.;:]{0,60}?\b(?:a |the )?world[- ]first\b"
)
# A superlative about money, business or weather is no record of science or engineering.
_BUSINESS = _rx(
    r"\b(?:deal|deals|acquisition|takeover|merger|round|funding|raise|valuation|revenues?|"
    r"sales|profits?|(?:net|operating|pre-?tax|quarterly|annual|half-year|full-year|first-half|"
    r"widening|wider|narrower|bigger|smaller|record) loss(?:es)?|loss(?:es)? (?:of|widens|narrows)\s"
    r"(?=[$€£¥₩₹\d])|(?:posts|reports|narrows|widens|swings to) (?:a |its )?loss|"
    r"prices?|quarter|quarterly|shares?|stock|ipo|investment|"
    r"attendance|turnout|demand|orders|bookings|inflation|temperatures?|heat|since|users|customers|"
    r"subscribers|downloads|visitors|traffic|market share|shipments|deliveries|earnings|margins?|"
    r"dividend|payout)\b"
)
_SUPERLATIVE_NOT = _rx(r"[$€£¥₩₹]")
_RECORD_NOT = _rx(
    r"(?:track|on the|for the|off the|public|the full|matter of|criminal|service|safety|voting|patient|"
    r"medical|health)\s+record\b|\brecord(?:s|ed|ing|ings|er|ers)?\s(?:of(?!\s(?:about |around |nearly "
    r"|just over |over |more than )?\d)|attendance|year|quarter|"
    r"month|week|numbers?|crowd|turnout|high|low|levels?|profits?|revenues?|sales|demand|keeping|label|"
    r"company|quarterly|annual|yearly|monthly|first-half|full-year|orders?|bookings|funding|investment|"
    r"inflows?|round|deal|ipo|valuation|share|shares|stock)\b|\brecord\s(?:[$€£¥₩₹]|[A-Z]{1,2}\$|CHF)"
)
_FUNDING = _rx(
    r"\b(?:(?:raises|raised|raising)\b(?!\s(?:its\s|their\s|full-year\s|annual\s|sales\s|revenue\s)?"
    r"(?:guidance|outlook|forecasts?|prices?|price target|targets?|estimates?|dividends?|rates?|"
    r"concerns?|questions?|doubts?|fears?|the bar|the stakes|stakes)\b)"
    r"(?=(?:\s\S+){0,3}?\s(?:[$€£¥₩₹]|[A-Z]{1,2}\$|CHF|RM|"
    r"\d[\d.,]*\s?(?:[kmbt]n?|mln|million|billion|trillion)\b|(?:million|billion|trillion) "
    r"(?:dollars|euros|pounds|yen|francs|won|rupees|yuan)\b|funding|round|capital|money|cash|"
    r"investment|equity|seed|series|funds|financing|debt|loans?))|series [a-h]\b|seed round|seed funding|funding round|pre-seed|"
    r"seed\b|growth round|venture round|closes (?:\w+ ){0,3}(?:round|fund)|"
    r"(?:funding|grants?)(?=\s(?:of\s)?(?:[$€£¥₩₹]|[A-Z]{1,2}\$|\d))|"
    r"(?:wins|receives|gets|awarded|secures|lands) (?:a |an )?(?:\S+ ){0,2}grants?|"
    r"grants? (?:is |was |has been )?(?:awarded|approved|won|secured|given)|"
    r"(?:lands|bags|nets|picks up|pulls in|attracts|secures|gets|wins) (?:\S+ ){0,3}?(?:in )?"
    r"(?:funding|investment|backing|venture|equity)|"
    r"(?:lands|bags|nets|picks up|pulls in|banks|scores|grabs|hauls in|rakes in|(?:clinch(?:es|ed)|"
    r"secures|secured|attracts|attracted|draws|drew|pockets|pocketed|takes in|brings in)"
    r"(?=\s(?:[$€£¥₩₹]|[A-Z]{1,2}\$|CHF|\d[\d.,]*\s?(?:[kmb]n?|million|billion|trillion)\b))"
    # money secured to build a project is project financing, a deal ("secures £700m to build
    # three grid batteries"); money secured as such is a round ("clinches $2.6 billion")
    r"(?!\s(?:\S+\s){1,3}(?:to|for) (?:build|construct|finance|develop|complete|expand)\b))\s(?=\S*\d)"
    r"(?![\d.,]+\s?(?:%|percent|per cent|points|out of))"
    r"(?!(?:\S+ ){0,5}(?:contract|deal|order|award)s?\b)|"
    r"(?:\d(?:[\d.,]*)\s?(?:[kmbt]n?|mln|million|billion|trillion))\s(?:[\w-]+\s)?(?:round|raise)\b|"
    r"(?:secures|secured|lands|landed|closes|closed|obtains|obtained|arranges|arranged|signs|signed|"
    r"raises|raised|agrees|gets|wins|draws|taps|extends|completes|completed)\s(?:\S+\s){0,4}?"
    r"(?:financing|refinancing|debt|loans?|debt facility|credit facility|credit line|revolving "
    r"facility|venture debt|convertible notes?|bonds?|notes offering)\b|"
    r"(?:\d(?:[\d.,]*)\s?(?:[kmbt]n?|mln|million|billion|trillion|crore|lakh))\s(?:[\w-]+\s)?"
    r"(?:financing|loan|debt facility|credit facility|bond|bond issue|private placement)\b|"
    r"series [a-h](?:[- ]?\d|\+)?(?: extension)?\b|"
    r"\bipo\b|initial public offering|(?:stock market|market) (?:debut|listing)|goes public|"
    r"private placement|rights issue)"
)
PROGRAMME = _rx(
    r"(?:[$€£¥₩₹]|\b(?:US|A|C|HK|S|NT)\$|\bCHF|\bRM)\s?\d[\d.,]*\s?(?:[A-Za-z]+\s)?"
    r"(?:[\w-]+\s){0,4}(?P<noun>package|programme|program|fund|scheme|stimulus|subsidy|subsidies|"
    r"budget|plan)\b"
)
_DEAL = _rx(
    r"\b(?:deal|deals|agreement|contract|contracts|to buy|buys|bought|acquires|acquired|acquisition|"
    r"(?:selects|selected|chooses|chose|picks|picked|adopts|adopted) (?:\S+ ){1,4}?(?:platform|system|"
    r"systems|software|chips?|technology|solution|provider|supplier|cloud|service|network)|"
    r"to acquire|takeover|takes over|merge|merges|merger|merging|signs|signed|partnership|partners with|"
    r"joint venture|awards?|awarded|wins|won|secures|secured|order|orders|invests|investment|"
    r"licensing|licences|licenses|supply|financing|stake|buyout|spin-off|spins off|commits|pledges|"
    r"earmarks|allocates|injects|commit|pledge|earmark|allocate|invest|inject|snaps up|inks|pact|"
    r"partnerships|partner with|partnered|alliances|acquire|acquisitions|"
    r"tie-up|alliance|teams up|joins forces|takes a stake|selected to build|chosen to build|"
    r"(?:selected|chosen|picked|tapped) by|"
    r"takes? (?:\S+ ){0,2}private|take-private|merger of equals|all-(?:share|stock|cash|paper)|"
    r"buy-?outs?|takes? (?:a |an )?(?:[\d.]+% |majority |minority |controlling |strategic |"
    r"\S+ )?(?:stake|holding)|(?:is|are) to be (?:acquired|bought|taken over|merged|sold)|"
    r"agrees? to be (?:acquired|bought|taken over)|to buy|purchases?|purchased|sells? (?:\S+ ){0,4}?to|"
    r"sold to|(?<!\bon )sale (?:of|to)|divests?|divested|combines? with|combination|bid for|offer for|tender offer|"
    r"clinch(?:es|ed)?|seals?|sealed|strikes? (?:a |an )?(?:\S+ )?deal|scoops? up|snapped up|"
    r"acquire|acquiring|buying|merges? with|lands? (?:a |an )?(?:\S+ ){0,3}?(?:contract|order|deal)|"
    r"wins? (?:a |an )?(?:\S+ ){0,3}?(?:contract|order|deal|tender)|"
    r"(?:lands|wins|signs|secures|bags|adds) (?:its |a |an )?(?:first |biggest |largest |new |"
    r"anchor |launch )?(?:\S+ ){0,2}?customers?)\b"
)
# A deal completed: "closes its acquisition of", "completes the $9.4B purchase", "finalises merger".
_COMPLETED_DEAL = _rx(
    r"\b(?:closes|closed|completes|completed|finali[sz]es|finali[sz]ed|wraps up|seals) "
    r"(?:its |the |a |an )?(?:previously announced |planned |proposed |\S+ ){0,3}?"
    r"(?:acquisition|merger|takeover|purchase|buyout|sale|divestiture|combination)\b"
)
_SOLICITATION = _rx(
    r"\b(?:solicitation|request for (?:proposals|information|quotes)|rfp|rfi|call for (?:bids|tenders)|"
    r"invites (?:bids|tenders|proposals)|(?:opens|issues|launches|publishes) (?:a )?tender)\b"
)
_AS_PLANNED = _rx(r"\b(?:previously announced|as planned|as expected|on schedule|as agreed)\b")
_IN_TALKS = _rx(
    r"\b(?:" + _IN_TALKS_WORDS + r"|nears?|nearing|"
    r"close to (?:a |an )?(?:deal|agreement))\b"
)
_DENIED = _rx(r"\b(?:denies|denied|deny|dismisses|dismissed|rejects reports?)\b")
_FUNDING_TALKS = _rx(r"\b(?:raise|raising|round|funding|financing)\b")
_DEAL_ONLY = _rx(
    r"\b(?:to buy|buys|acquires|acquisition|to acquire|takeover|merger|contract|awards?|"
    r"to be acquired|stake)\b"
)
_HIRING = _rx(
    r"\b(?:hires|hired|hiring|to hire|appoints|appointed|names (?:a |an |its |new )?(?:\w+[\s-]){0,3}"
    r"(?:chief|ceo|cto|cfo|coo|head|president|director|officer|chair|lead)|new (?:ceo|cto|cfo|chief)|"
    r"(?:opens?|opening) (?:a |an |its |our |their |new )?(?:[\w-]+ ){0,3}(?:office|offices|hub|centre|center|lab|laboratory|"
    r"campus|site|headquarters|base|studio)|relocates|jobs|\d[\d,]* (?:hires|engineers|staff|employees|jobs|roles)|"
    r"joins (?:\S+ ){1,4}as|(?:taps|names|picks) (?:\S+ ){1,4}(?:as|to (?:lead|run|head|"
    r"oversee|chair|steer))|poaches|steps down|to step down|resigns|"
    r"promotes (?:\S+ ){1,4}to|(?:new|as|its|a) (?:chief executive|chief [a-z]+ officer))\b"
)
# A firm (not a person) hired for a job is a contract: "hires Basalt Compute to build its next
# supercomputer", "taps Orrin to supply turbines", "picks a foundry to make its chips".
_CONTRACTOR = _rx(
    r"\b(?:hires|hired|taps|tapped|picks|picked|selects|selected|chooses|chose|engages|engaged|"
    r"retains|retained|brings in|enlists|enlisted|commissions|commissioned|contracts|contracted) "
    r"(?:\S+ ){1,5}?to (?:build|supply|design|develop|deliver|provide|operate|construct|"
    r"install|make|manufacture|launch|host|upgrade|replace|decommission|maintain|fabricate|produce)\b"
)
_LAYOFFS = _rx(
    r"\b(?:cuts?|cutting|axes|axing|sheds?|shedding|lays? off|laid off|laying off|layoffs?|"
    r"redundanc(?:y|ies)|job cuts|slashes) (?:\S+ ){0,3}?(?:jobs|staff|roles|workers|employees|"
    r"positions|workforce|headcount)\b|\blayoffs?\b|\bjob cuts\b"
)
# Something goes into orbit, into service or into production: a launch in the editor's sense.
_LAUNCH = _rx(
    r"\b(?:goes live|went live|(?:enters|entered) service(?! (?:provider|providers|company|market))|"
    r"(?:goes|go|went|gone) into (?:full |"
    r"regular |commercial )?(?:operation|service|production)|"
    r"(?:first|maiden|inaugural|debut) (?:\w+ ){0,2}(?:flight|launch|mission)|completes (?:\w+ ){0,3}flight|"
    r"begins operations|goes operational|is inaugurated|inaugurates|switched on|"
    r"enters? (?:\w+ ){0,2}(?:operation|production|service(?! (?:provider|providers|company|market)))|"
    r"comes online|switches on|reaches orbit|"
    r"reached orbit|maiden|"
    r"come off|comes off|roll off|rolls off|starts production|begins production|"
    r"opens? (?:a |an |its |the )?(?:\S+ ){0,3}(?:fab|fabs|plant|factory|gigafactory|facility|"
    r"data cent(?:re|er)|production line|mine|refinery|foundry)|"
    r"lifts off|lifted off|first light|powers up|(?:returns|sends back|beams back|captures) (?:its )?"
    r"first (?:images|pictures|data)|"
    r"goes online|makes? orbit|made orbit|reach(?:es|ed)? (?:low[- ]earth |geostationary |lunar |"
    r"polar )?orbit|(?:goes|go|went|gone) live|switch(?:es|ed)? on|"
    r"open[- ]weights? (?:release|model)|"
    r"releases? (?:the |its )?(?:model )?weights|(?:publish(?:es|ed)?|puts?|posts?|makes?) (?:\S+ ){0,4}?weights\b|"
    r"blasts? off|takes? (?:its )?first flight|flies for the first time|"
    r"(?:begins|starts|enters|began|started|entered) (?:\S+ ){0,4}?(?:service|operations?)\b(?! "
    r"(?:provider|providers|company|firm|team|unit))|breaks? ground|broke ground|"
    r"(?:starts|begins|started|began) (?:construction|building|volume production|mass production|"
    r"commercial production)|"
    r"commissions (?:\S+ ){0,4}?(?:plant|farm|reactor|line|unit|station|"
    r"facility|fab|park|array|system|supercomputer)|arrives? at|arrived at|enters? orbit|"
    r"entered orbit|lands? on|landed on|touches down|touched down|docks? with|docked with|"
    r"returns? (?:\S+ ){0,3}?samples|(?:makes|made|completes|completed) (?:a |an |its )?(?:\S+ )?"
    r"landing)\b"
)
# Verbs any product announcement uses ("launches", "ships", "now available"): a launch only
# when what is launched is a vehicle, a mission, a model or a first of its kind; otherwise a
# product release (the labelled weeks: "new power chip ships this week", "launches instant
# pay in 12 states", "reaches general availability" are product releases, minor).
_RELEASE_VERB = _rx(
    r"\b(?:launches|launched|launching|launch|unveils|unveiled|unveil|debut|debuts|debuted|"
    r"demos|demoed|showcases|showcased|shows off|showed off|exhibits|previews|teases|teased|"
    r"releases|released|introduces|introduced|rolls out|rolled out|ships|shipped|shipping|"
    r"open-sources|open sources|premieres?|is here|has arrived|is out|general availability|"
    r"generally available|now available|becomes? available|commercially available|"
    r"(?:puts?|goes|go|went) (?:\S+ ){0,4}?on sale|on sale (?:now|today|from)|"
    r"makes? (?:its |a )?debut|deploys|"
    r"installs|(?:starts|begins|started|began) (?:shipping|selling|deliveries|delivering)|"
    r"opens? (?:\S+ ){0,3}to (?:the public|everyone|all users|customers))\b"
)
# What a launch in the editor's sense sends out: a vehicle or a mission (launched, not
# unveiled: "unveils a satellite platform at its launch event" is a product), or a model.
_SPACECRAFT = _rx(
    r"\b(?:rockets?|launch(?:er|ers| vehicles?)|boosters?|satellites?|spacecraft|probes?|landers?|"
    r"rovers?|telescopes?|capsules?|space ?stations?|missions?|constellations?)\b"
)
_LAUNCHES = _rx(r"\b(?:launches|launched|launching|lofts|lofted)\b")
_MODEL = _rx(
    r"\b(?:(?:language |foundation |frontier |ai |reasoning |open[- ]weights? )?models?|llms?|"
    r"supercomputers?|exascale)\b"
)


def _launched(text: str) -> bool:
    """Tell whether a release verb in ``text`` sends out a spacecraft or releases a model."""
    return bool(_MODEL.search(text)) or bool(
        _SPACECRAFT.search(text) and _affirmed_match(_LAUNCHES, text)
    )


# A model whose weights anyone can download, said to rival the best: the open/closed balance.
_OPEN_FRONTIER = _rx(
    r"\bopen[- ](?:weights?|sources?d?|sourcing)\b|\bweights (?:online|public|openly)\b|"
    r"\b(?:full|model) weights\b|\bunder (?:an? |the )?(?:apache|mit|open)\b"
)
_FRONTIER = _rx(
    r"\b(?:frontier|match(?:es|ing)?|rivals?|rivalling|on par|state-of-the-art|beats?|"
    r"outperforms?|closes? the gap|most capable|largest|first|best closed|closed[- ]models?|"
    r"proprietary models?)\b"
)
# A release that only repairs: "ships a patch", "issues a fix", "pushes a security update".
_PATCH_OBJECT = _rx(
    r"\b(?:ships|shipped|releases|released|issues|issued|pushes|pushed|rolls out|rolled out|"
    r"publishes|published)\s(?:\S+\s){0,3}?(?:patch|patches|fix|fixes|hotfix|security update|"
    r"bug-fix|bugfix)\b|\bupdates? (?:\S+ ){0,3}?to fix\b|\bpatch(?:es|ed)? (?:a |the |an |its |two |"
    r"three |\d+ )?(?:\S+ ){0,2}?(?:bugs?|flaws?|vulnerabilit(?:y|ies)|holes?|zero-days?)\b|"
    r"\bfix(?:es|ed)? (?:a |the |an )?"
    r"(?:\S+ ){0,2}?(?:bugs?|crash|crashes|glitch|flaw|vulnerability)\b"
)
_CRITICAL_FLAW = _rx(
    r"\b(?:critical|severe|high-severity|serious|zero-click|unpatched) (?:\S+ ){0,3}?"
    r"(?:flaws?|vulnerabilit(?:y|ies)|bugs?|holes?)\b"
)
_KNOWN_EXPLOITED = _rx(r"\bknown exploited vulnerabilit(?:y|ies)\b|\bkev (?:list|catalog(?:ue)?)\b")
_NOT_EXPLOITED = _rx(
    r"\bno (?:known |sign of |evidence of |reported )?(?:exploitation|exploits?|attacks?)\b|"
    r"\bnot (?:yet |been |known to (?:have )?been |believed to (?:have )?been )*exploited\b|"
    r"\bno (?:one|customers?) (?:has|have) been (?:attacked|hit|affected)\b"
)
# A fix named as the news: "patch for exploited flaw", "fixes the zero-day".
_PATCH_FOR_FLAW = _rx(
    r"\b(?:patch|patches|fix|fixes|hotfix|update) (?:for|to) (?:the |an? |its )?(?:\S+ ){0,3}?"
    r"(?:flaw|bug|vulnerability|zero-day|exploit)\b|\b(?:patches|patched|fixes|fixed|closes|closed) "
    r"(?:the |an? |its )?(?:\S+ ){0,3}?(?:zero-day|exploited (?:\S+ )?(?:flaw|bug|vulnerability|hole))\b"
)
# A feature shipped without a version number: "adds voice mode to its assistant".
_FEATURE = _rx(
    r"\badds? (?:\S+ ){1,4}?(?:to|for) \S|\bnow (?:supports|speaks|runs|works with|handles|"
    r"offers|lets)\b|\bgains? (?:\S+ ){1,3}?(?:mode|support|feature|features|integration)\b|"
    r"\bbrings (?:\S+ ){1,3}?to (?:its |their |the )"
)
_RESEARCH = _rx(
    r"\b(?:researchers|scientists|study|studies|lab|laboratory|university|institute|demonstrates?|"
    r"demonstrated|shows|showed|achieves?|achieved|measures?|measured|observes?|observed|discovers?|"
    r"discovered|finds|found that|trial results|phase [123i]+|paper|published in|preprint|experiment|"
    r"prototype|simulation|runs? (?:a|an|its|the first|first)|trial|keeps? (?:a|an|its) [\w,-]+(?: [\w-]+){0,4} running|"
    r"builds? (?:a |an )?working|stacks?|claims|publishes (?:its |the )?(?:\S+ )?(?:data|results)|"
    r"pilots|trials|tests|field-tests|breakthroughs?|milestones?|"
    r"(?:passes|tops|exceeds|surpasses|crosses|reaches|hits) (?:the |a )?[\d.,]+|"
    r"(?:cut|cuts|reduce|reduces|halve|halves|lower|lowers) (?:\S+ ){0,4}by|doubles|triples|"
    r"quadruples|halves|outlives?|outlasts?|outperforms?|"
    # a measured gain stated as a multiple: "tenfold", "ten times longer", "3x faster"
    r"in \d+ of \d+ (?:\S+ ){0,2}?(?:patients|participants|subjects|people|children|adults)|"
    r"\w+fold|\d+(?:\.\d+)?x|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred|"
    r"\d+) times (?:longer|faster|more|higher|lower|better|smaller|denser|cheaper))\b"
)
_PRODUCT = _rx(
    r"\b(?:treatments?|therap(?:y|ies)|drugs?|medicines?|vaccines?|antibod(?:y|ies)|gene|cell|"
    r"crispr|devices?|implants?|diagnostics?|tests? for|models?|systems?|aircraft|reactors?|"
    r"chips?|vehicles?|robotaxis?|satellites?|rockets?|products?|software|algorithms?|apps?|"
    r"scanners?|assays?|wearables?|monitors?|pacemakers?|prosthe\w+|robots?|prototypes?|"
    r"machines?|tools?|equipment|batter(?:y|ies)|engines?|processors?|sensors?|pills?|tablets?|"
    r"injections?|jabs?|shots?|inhalers?)\b"
)
# Authors who call their own result small: an incremental step, a modest gain. (A preprint
# alone is not: the held-out editors' weeks rate an unreviewed 99.1% gate result notable.)
_MODEST_RESULT = _rx(
    r"\b(?:incremental|"
    r"modest (?:gain|improvement|step|advance|progress)|small (?:step|gain|improvement)|"
    r"early[- ]stage results?)\b"
)
# An approval to run a service is a permission to operate, not a product's approval.
_OPERATION = _rx(
    r"\b(?:routes?|services?|deliveries|operations?|operate|operating|flights?|licen[cs]e to|"
    r"exports?|exporting|imports?|spectrum|frequenc(?:y|ies)|"
    r"permits?|trials?|testing|tests|pilots?|sandbox|expansion|sale of|merger|deal|acquisition|"
    r"takeover|plan)\b"
)
_COMPLIANCE_MARK = _rx(
    r"\b(?:fedramp|ismap|soc ?2|iso ?(?:27001|9001|14001|42001)|common criteria|fips ?140|cmmc|"
    r"iec ?62443|pci[- ]dss|hipaa compliance|c5 attestation)\b"
)
# An approval of one more of something: "a second oral GLP-1 pill", "a biosimilar of".
_INCREMENTAL = _rx(
    r"\b(?:second|third|another|biosimilar|generic|copycat|follow-on|new indication|expanded|"
    r"expands?|label expansion|additional)\b"
)
_SCIENCE = _rx(
    r"\b(?:researchers|scientists|study|studies|paper|trial|trials|lab|laboratory|experiment|"
    r"university|institute|qubits?|fidelity|efficiency|accuracy)\b"
)
_LIMITED_SCOPE = _rx(
    r"\b(?:test|tests|testing|trial|trials|pilot|pilots|experimental|sandbox|sandboxes|voluntary|"
    r"guidance|guidelines?|code of practice|recommendations?)\b"
)
# Guidance published by an authority: a rule of limited scope.
_GUIDANCE = _rx(
    r"\b(?:publishes|published|issues|issued|releases|released|updates|updated|finali[sz]es|finali[sz]ed) "
    r"(?:\S+ ){0,3}?(?:guidance|guidelines?|code of practice|technical guideline)\b"
)
_FIRST = _rx(
    r"\b(?:world's first|world-first|industry-first|first-ever|first-of-its-kind|maiden|inaugural|"
    r"(?:the|a) first|first time of asking|(?:its|their) (?:first|debut) (?:flight|launch|mission|"
    r"attempt|try)|at the first attempt|on (?:its )?debut|debut flight|first orbital "
    r"(?:flight|launch|mission))\b"
)
_FIRST_NOT = _rx(
    r"^\s*(?:quarter|half|week|month|year|day|time since|time in|phase|round|stage|batch|of|two|three|"
    r"four|five|six|seven|eight|nine|ten|dozen|few|hundred|thousand|\d[\d,.]*|orbital attempt|attempt|step|steps|results?|impressions|look|community|customers?|users|"
    r"tenants|patients|orders|units|shipments|deliveries|science|data|buyers|residents|signs|"
    r"quarter's)\b"
)


_TAG_SEPARATORS = re.compile(r"[-_\s]+")


def classify(report: ReportText) -> KindReading:
    """Return the kind of a report (see the module docstring for the rules, in order)."""
    title = report.title
    findings = report.key_findings
    opening = findings[0] if findings else ""
    title = _SEGMENT.sub("", title, count=1) or title
    label_match = _LABEL.match(title)
    label = label_match.group("label") if label_match else ""
    body = title[label_match.end() :] if label_match else title
    tags = {" ".join(_TAG_SEPARATORS.split(tag.strip().lower())) for tag in report.tags}

    if label and len(label.split()) <= _LABEL_MAX_WORDS and not _LABEL_EVENT.search(label):
        for pattern, kind in _LABEL_KINDS:
            if pattern.search(label):
                if kind is Kind.FOLLOW_UP:
                    return _follow_up(report, "title label")
                if kind is Kind.RESEARCH:
                    return _research(title, " ".join(findings[:3]), f"title label {label!r}")
                if kind is Kind.STATISTICS and (
                    _FORECAST_VERB.search(body) or _FORECAST_WORDS.search(body)
                ):
                    # "Report: AI could add $4 trillion by 2035": a report's forecast
                    return KindReading(Kind.FORECAST, rule=f"a report's forecast ({label!r})")
                return KindReading(kind, rule=f"title label {label!r}")
    if label and not _QUESTION.search(body):
        body = title  # not a label but the headline's own first part: "Kelpie 4.1.7: fixes"
    for names, kind in _TAG_KINDS:
        if tags & names:
            return KindReading(kind, rule="editorial category tag")
    if _EVENT_WORDS.search(title):
        return KindReading(Kind.EVENT, rule="event wording")
    if (
        _OPINION_OPENING.search(body)
        or _OPINION_WORDS.search(title)
        or _POLICY_ARGUMENT.search(title)
    ):
        return KindReading(Kind.OPINION, rule="argument-style title")
    if _EXPLAINER_OPENING.search(body):
        return KindReading(Kind.EXPLAINER, rule="question-style title")
    if _FOLLOW_UP_TITLE.search(title):
        return _follow_up(report, "follow-up wording")
    if _FOLLOW_UP_TITLE_OPENING.search(body) or _TIME_AFTER_EVENT.search(title):
        # A title dated from a recent story ("Days after the scrub, X reaches orbit", "A week
        # after its launch, …"): a follow-up, unless the title states news of a major kind.
        stated = _by_wording(body, " ".join((title, *findings[:3])))
        if stated is not None and stated.kind in _NEWS_OVER_FOLLOW_UP:
            return stated
        return _follow_up(report, "follow-up wording")
    if _FOLLOW_UP_OPENING.search(opening):
        return _follow_up(report, "follow-up wording")
    if _FOLLOW_UP_DATED.search(opening):
        return _follow_up(report, "Key Findings date the news from an earlier report")
    support = " ".join((title, *findings[:3]))
    if _QUESTION.search(body):
        # A question asserts nothing: Key Findings' first sentence says whether anything
        # happened ("Has Tern cracked orbit?" — "Tern reached orbit on its first flight").
        reading = _by_wording(opening, support, source="Key Findings") if opening else None
        if reading is None and label:
            # "Outage: what took X's cloud region down for 14 hours?": the label is the news
            reading = _by_wording(label, support)
        if reading is None and (_FORECAST_VERB.search(body) or _FORECAST_WORDS.search(body)):
            reading = KindReading(Kind.FORECAST, rule="a question about a future figure")
        return reading or KindReading(Kind.OPINION, rule="a question with no news in Key Findings")
    if label and not _VERSION.search(label):
        # A claim before the colon that names no kind carries the news itself ("'Highest
        # ever certified': X's cell hits 35.2%", "Tie-up worth ¥120bn: …").
        reading = _by_wording(label, support)
        if reading is not None:
            # "Cleared: FDA approves X, the first gene therapy for …": the label names the
            # kind, the rest of the title says whether it is a product and a first.
            whole = _by_wording(title, support)
            return whole if whole is not None and whole.kind is reading.kind else reading
    reading = _by_wording(body, support)
    if reading is not None:
        return reading
    for names, kind in _WEAK_TAG_KINDS:
        if tags & names:
            if kind in (Kind.DEAL, Kind.FUNDING_ROUND) and _PLANNED.search(body):
                if _DENIED.search(body) or not _IN_TALKS.search(body):
                    # "said to explore a sale", "denies report it is in talks": a rumour
                    return KindReading(Kind.OTHER, rule="category tag; a rumour or a denial")
                # "reportedly in talks to buy X for about $4bn", tagged M&A: talks, not a deal
                return KindReading(kind, rule="category tag; the title only hedges", limited=True)
            return KindReading(kind, rule="category tag")
    if opening and not _PLANNED.search(body) and _shares_a_name(body, opening):
        # An oblique title ("Tern makes history", "A new chapter for …"): Key Findings'
        # first sentence says what happened in plain words.
        reading = _by_wording(opening, support, source="Key Findings")
        if reading is not None:
            return reading
    if (
        not _PLANNED.search(body)
        and not PRICE_NEWS.search(body)
        and any(
            amount.role is Role.HEADLINE
            for amount in roled_amounts(body, "title", headline_part=True)
        )
    ):
        return KindReading(Kind.DEAL, rule="a headline figure with no other wording", limited=True)
    return KindReading(Kind.OTHER, rule="no rule matched", first=_first(body))


def _by_wording(text: str, support: str, source: str = "title") -> KindReading | None:
    """Return the kind ``text`` (a title or a Key Findings sentence) states, or None.

    ``support`` is the title and its first Key Findings sentences: it can mark a rule's
    limited scope or later start, a research result the authors call incremental, a launch's
    first, a delay's overrun, an incident's severity or a flaw not exploited.
    """
    where = "" if source == "title" else f" ({source})"
    if _VERSION.search(text) and not _affirmed_match(_DEAL, text):
        if _FIX.search(text) or not _RELEASE.search(text) or _POINT_RELEASE.search(text):
            # a fix, or a point release ("ships Loom 2.4.1 with faster inference") unless it
            # says it adds something new
            return KindReading(Kind.PATCH_RELEASE, rule=f"version with fixes{where}")
        return KindReading(Kind.PRODUCT_RELEASE, rule=f"version with a release verb{where}")
    if _MINOR_VERSION.search(text) and _RELEASE.search(text) and not _affirmed_match(_DEAL, text):
        if _FIX.search(text):
            return KindReading(Kind.PATCH_RELEASE, rule=f"version with fixes{where}")
        return KindReading(Kind.PRODUCT_RELEASE, rule=f"version with a release verb{where}")
    if _SURVEY_FRAME.search(text):
        return KindReading(Kind.FORECAST, rule=f"a survey or report's finding{where}")
    if _enforcement(text):
        return KindReading(Kind.ENFORCEMENT, rule=f"fine or investigation{where}")
    if _affirmed_match(_LAWSUIT, text):
        return KindReading(Kind.LAWSUIT, rule=f"a lawsuit between parties{where}")
    if (_affirmed_match(_REGULATION_STRONG, text) and not _argued(text)) or _in_force(text):
        # a rule for tests or pilots, guidance, or one that applies only later ("platforms get
        # six months to comply", "effective April 1") weighs less than one in force today
        limited = bool(
            _LIMITED_SCOPE.search(text)
            or _APPLIES_LATER.search(f"{text} {support}")
            or _WIDENED_RULE.search(text)
        )
        return KindReading(
            Kind.REGULATION, rule=f"rule in force{where}", first=_first(text), limited=limited
        )
    if _affirmed_match(_GUIDANCE, text) and not _DRAFT.search(text):
        return KindReading(Kind.REGULATION, rule=f"guidance published{where}", limited=True)
    if _KNOWN_EXPLOITED.search(text):
        # CISA's catalogue is a list of flaws exploited in the wild (its name is capitalised)
        return KindReading(Kind.VULNERABILITY, rule=f"listed as exploited{where}")
    if (
        _CRITICAL_FLAW.search(text)
        and not _affirmed_match(_VULNERABILITY, text)
        and not _affirmed_match(_PATCH_OBJECT, text)
    ):
        # "critical flaw in X's plugin; no evidence of exploitation": to patch, minor
        return KindReading(Kind.VULNERABILITY, rule=f"a flaw not exploited{where}", limited=True)
    if _affirmed_match(_VULNERABILITY, text):
        if _NOT_EXPLOITED.search(f"{text} {support}"):
            # "critical bug …, no exploitation seen": a flaw to patch, not one under attack
            return KindReading(
                Kind.VULNERABILITY, rule=f"a flaw not exploited{where}", limited=True
            )
        if _affirmed_match(_PATCH_OBJECT, text) or _PATCH_FOR_FLAW.search(text):
            # "X ships patch for exploited firewall flaw": the next chapter of a flaw's story
            return KindReading(Kind.FOLLOW_UP_NEWS, rule=f"a fix for an exploited flaw{where}")
        return KindReading(Kind.VULNERABILITY, rule=f"exploited flaw{where}")
    if _affirmed_match(_INCIDENT, text):
        severe = bool(_SEVERE.search(f"{text} {support}"))
        return KindReading(Kind.INCIDENT, rule=f"incident{where}", severe=severe)
    if _affirmed_match(_DRAFT, text):
        return KindReading(Kind.DRAFT_STANDARD, rule=f"draft or proposal{where}")
    if _affirmed_match(_DELAY, text):
        costly = bool(_OVERRUN.search(f"{text} {support}"))
        severe = bool(_SEVERE.search(f"{text} {support}"))
        return KindReading(Kind.DELAY, rule=f"delay{where}", costly=costly, severe=severe)
    if _FORECAST_VERB.search(text) or _FORECAST_WORDS.search(text):
        return KindReading(Kind.FORECAST, rule=f"hedged future figure{where}")
    if _affirmed_match(_REJECTION, text) and _REVIEWER.search(text):
        # "FDA rejects X, asks for another trial": a review's outcome, notable, no approval
        return KindReading(Kind.REVIEW_STEP, rule=f"a regulator's refusal{where}")
    if _affirmed_match(_REVIEW_STEP, text):
        match = _REVIEW_STEP.search(text)
        routine = bool(match and _REVIEW_ROUTINE.search(match.group(0)))
        return KindReading(
            Kind.REVIEW_STEP,
            rule=f"recommendation or filing, not an approval{where}",
            limited=routine,
        )
    if _affirmed_match(_REGULATION, text) and _REGULATION_SUBJECT.search(text):
        limited = bool(_LIMITED_SCOPE.search(text))
        return KindReading(
            Kind.REGULATION, rule=f"rule in force{where}", first=_first(text), limited=limited
        )
    if _COMPLIANCE_MARK.search(text):
        # "receives FedRAMP High authorisation", "obtained ISMAP registration": an audit passed
        return KindReading(Kind.APPROVAL, rule=f"a compliance mark{where}", limited=True)
    if _affirmed_match(_APPROVAL, text):
        if _CERTIFIED_FIGURE.search(text) and _record(text):
            # "NIST certifies X's gate at 99.97% fidelity, the highest yet measured": the
            # certificate is of a measurement, and the measurement is a record.
            return KindReading(Kind.RECORD, rule=f"a certified record{where}", first=_first(text))
        operation = _OPERATION.search(text) is not None
        product = bool(_PRODUCT.search(text)) and not operation and not _INCREMENTAL.search(text)
        first = _first(text) and not operation
        return KindReading(
            Kind.APPROVAL,
            rule=f"approval{where}",
            first=first,
            product=product,
            limited=bool(_EXPERIMENTAL.search(text)),
            clearance=bool(_DEAL_ONLY.search(text)),
        )
    if _record(text):
        if _UNREVIEWED.search(text):
            # "Preprint claims chip 'beats previous best'": a claim awaiting review
            return KindReading(
                Kind.RESEARCH, rule=f"an unreviewed claim of a record{where}", limited=True
            )
        if _ROUTINE_RECORD.search(text):
            # "Britain's grid sets another solar record on a sunny Saturday": a record that
            # recurs with the weather or the calendar is an item, not a milestone
            return KindReading(Kind.RECORD, rule=f"a routine record{where}", routine=True)
        if not _RECORD_STATED.search(text):
            # "the longest coherence yet", "the largest array yet": a best its authors claim,
            # not a record stated or certified (notable in an independent editor's bank)
            return KindReading(Kind.RECORD, rule=f"a claimed best{where}", limited=True)
        return KindReading(Kind.RECORD, rule=f"record{where}", first=_first(text))
    if _affirmed_match(_FUNDING, text):
        return KindReading(Kind.FUNDING_ROUND, rule=f"raises money{where}")
    if PROGRAMME.search(text) and not _affirmed_match(_DEAL_ONLY, text):
        return KindReading(Kind.PROGRAMME, rule=f"a figure for a package or fund{where}")
    if _affirmed_match(_LAYOFFS, text):
        return KindReading(Kind.OTHER, rule=f"job cuts{where}")
    if _affirmed_match(_CONTRACTOR, text):
        return KindReading(Kind.DEAL, rule=f"a firm hired for a job: a contract{where}")
    if _affirmed_match(_HIRING, text):
        return KindReading(Kind.HIRING, rule=f"hire or office{where}")
    if _SOLICITATION.search(text):
        # "Navy issues solicitation for prototypes; awards expected next spring": a call for
        # bids, no deal yet
        return KindReading(Kind.OTHER, rule=f"a call for bids{where}")
    if _affirmed_match(_COMPLETED_DEAL, text):
        # "closes its $9.4B acquisition of Y", "completes previously announced acquisition":
        # the next step of a deal already told (news, unless it only happens as planned)
        if _AS_PLANNED.search(text):
            return KindReading(Kind.FOLLOW_UP, rule=f"a known deal completed as planned{where}")
        return KindReading(Kind.FOLLOW_UP_NEWS, rule=f"a known deal completed{where}")
    if _affirmed_match(_IN_TALKS, text):
        # "in talks to buy X for £300m", "in advanced talks to raise $400M": the deal or
        # round in prospect, a weight below the signed one
        if _FUNDING_TALKS.search(text):
            return KindReading(
                Kind.FUNDING_ROUND, rule=f"talks, not yet a deal{where}", limited=True
            )
        if _DEAL.search(text):
            return KindReading(Kind.DEAL, rule=f"talks, not yet a deal{where}", limited=True)
    if _affirmed_match(_DEAL, text):
        if _FAILED_DEAL.search(text):
            # "Called off: X walks away from its $1.1bn purchase", "CMA blocks £1.2bn
            # takeover": news of the deal, notable at most, whatever its figure
            return KindReading(Kind.DEAL, rule=f"a deal that did not happen{where}", limited=True)
        return KindReading(Kind.DEAL, rule=f"deal verb{where}")
    if _affirmed_match(_PATCH_OBJECT, text):
        return KindReading(Kind.PATCH_RELEASE, rule=f"a patch without a version{where}")
    launch = _affirmed_match(_LAUNCH, text)
    release = not launch and _affirmed_match(_RELEASE_VERB, text)
    if (launch or release) and _SCHEDULED.search(text):
        return KindReading(Kind.OTHER, rule=f"a date set, not yet news{where}")
    if release and not _launched(text) and not _first(text):
        return KindReading(Kind.PRODUCT_RELEASE, rule=f"a product launched or shipped{where}")
    if launch or release:
        first = _first(text) or _first(support)
        rule = f"launch verb{where}"
        if _OPEN_FRONTIER.search(text) and _FRONTIER.search(f"{text} {support}"):
            first, rule = True, f"open-weights model said to rival the best{where}"
        small = bool(_SMALL_SCALE.search(text)) and not _SIZE.search(text)  # "University cubesat"
        return KindReading(Kind.LAUNCH, rule=rule, first=first and not small, limited=small)
    if _affirmed_match(_FEATURE, text):
        return KindReading(Kind.PRODUCT_RELEASE, rule=f"a feature added{where}")
    if _affirmed_match(_RESEARCH, text):
        if _BUSINESS.search(text) and not _SCIENCE.search(text):
            return KindReading(Kind.OTHER, rule=f"a business figure{where}")
        return _research(text, support, f"research words{where}")
    if _TENTATIVE_SCIENCE.search(text):
        return _research(text, support, f"a tentative finding{where}")
    if _REPLICATION.search(text):
        return KindReading(Kind.RESEARCH, rule=f"a replication, failed or not{where}")
    return None


_WORD = re.compile(r"(?<![\w'’])\w[\w'’&.-]*\w|\b\w\b")


_NOT_NAMES = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "our",
        "my",
        "its",
        "their",
        "his",
        "her",
        "we",
        "it",
        "in",
        "on",
        "at",
        "for",
        "of",
        "to",
        "and",
        "or",
        "but",
        "as",
        "after",
        "before",
        "when",
        "why",
        "how",
        "what",
        "who",
        "which",
        "new",
        "first",
        "one",
        "two",
        "three",
        "four",
        "five",
    ]
)


def _names(text: str) -> set[str]:
    """The capitalised words of ``text`` (names, acronyms), without a possessive ("Orsk's")."""
    words = {re.sub(r"['’]s$", "", word) for word in _WORD.findall(text) if word[:1].isupper()}
    return {word for word in words if word.lower() not in _NOT_NAMES}


def _shares_a_name(title: str, sentence: str) -> bool:
    """Tell whether a Key Findings sentence is about the title's story.

    A name in common, or at least two words of four letters or more ("Logical qubit outlives
    its physical qubits" / "A logical qubit lived …").

    A column titled "The quiet revolution in grid batteries" whose Key Findings start with
    an old rule taking effect is not news of that rule; "A new chapter for Quillon" whose
    Key Findings say "Quillon has agreed to buy Vantor" is.
    """
    if not title.strip() or _names(title) & _names(sentence):
        return True
    shared = _content_words(title) & _content_words(sentence)
    return len(shared) >= _SHARED_WORDS


_SHARED_WORDS = 2  # "Logical qubit outlives …" / "A logical qubit lived …": logical, qubit
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def _content_words(text: str) -> set[str]:
    """The words of four letters or more, lower-cased, function words left out."""
    return {w.lower() for w in _CONTENT_WORD.findall(text)} - _NOT_NAMES - _FILLER_WORDS


_FILLER_WORDS = frozenset(
    ["that", "this", "with", "from", "into", "over", "about", "after", "their", "there", "have",
     "been", "will", "would", "could", "more", "than", "year", "years", "week", "weeks"]
)  # fmt: skip


def _enforcement(text: str) -> bool:
    """Tell whether ``text`` reports a rule enforced: a fine, a probe, an authority's lawsuit."""
    for match in _ENFORCEMENT.finditer(text):
        if not affirmed(text, match.start(), match.end()):
            continue
        if _ENFORCER_ONLY.search(match.group(0)) and not _ENFORCER.search(text):
            continue  # a lawsuit between companies, a charge for a service
        return True
    return False


def _in_force(text: str) -> bool:
    """Tell whether ``text`` states a rule that applies now ("From today, X must …").

    An obligation stated as fact ("must", "are required to", "may no longer") is a rule in
    force unless someone argues for it ("says", "urges", "we must").
    """
    if _affirmed_match(_IN_FORCE, text):
        return True
    if _FROM_NOW.search(text) and _affirmed_match(_MANDATES, text):
        return True
    return _affirmed_match(_OBLIGATION, text) and not _argued(text)


def _argued(text: str) -> bool:
    """Tell whether an obligation in ``text`` is argued for rather than imposed.

    "Investors must stop chasing valuations, fund manager warns" and "we must …" argue;
    "Banks must report breaches within a day, regulator says" reports a rule: an authority
    is the one speaking.
    """
    if not _MUST.search(text) or not _ADVOCACY.search(text):
        return False
    return not _ENFORCER.search(text) and not _REGULATION_SUBJECT.search(text)


def _research(text: str, support: str, rule: str) -> KindReading:
    """A research result, of limited weight when its authors or the text hold it back.

    Limited: called incremental or modest, a preprint not yet reviewed, a hedged finding
    ("may predict", "suggests") or one in animals or a small study ("in mice", "in a small
    study"): the labelled weeks of two independent editors rate these minor.
    """
    both = f"{text} {support}"
    limited = bool(
        _MODEST_RESULT.search(both)
        or _UNREVIEWED.search(text)
        or _TENTATIVE_SCIENCE.search(text)
        or _PROOF_OF_CONCEPT.search(text)
    )
    return KindReading(Kind.RESEARCH, rule=rule, limited=limited)


def _follow_up(report: ReportText, rule: str) -> KindReading:
    """A follow-up adds news when it states a new fact and does not say nothing changed."""
    findings = " ".join(report.key_findings[:3])
    figures = [
        amount
        for amount in roled_amounts(report.title, "title", headline_part=True)
        if amount.role in (Role.HEADLINE, Role.PRICE)
    ]
    if _NOTHING_NEW.search(findings):
        return KindReading(Kind.FOLLOW_UP, rule=f"{rule}; says nothing changed")
    if figures or _NEW_FACT.search(report.title) or _NEW_FACT.search(findings):
        return KindReading(Kind.FOLLOW_UP_NEWS, rule=f"{rule}; states a new fact")
    return KindReading(Kind.FOLLOW_UP, rule=f"{rule}; no new fact")


def _affirmed_match(pattern: Words, text: str) -> bool:
    """Tell whether ``pattern`` occurs in ``text`` as a stated fact (see ``affirmed``)."""
    return any(affirmed(text, match.start(), match.end()) for match in pattern.finditer(text))


def affirmed(text: str, start: int, end: int) -> bool:
    """Tell whether the words at ``text[start:end]`` state a fact.

    Not when negated or hedged just before ("not a", "could", "plans to", "subject to"), not
    when dated in an earlier year right after ("approved in 2023"), not as a manner ("in
    partnership with"), and not when written as part of a proper name: a capitalised word
    in mid-sentence between other capitalised words ("Vantage Launch Services", "Record
    Labs"). A headline in Title Case ("Marsk Raises ₹1,200 Crore In Series D", the press
    release style) capitalises every word, so there capitals say nothing about names.
    """
    before = text[max(0, start - 40) : start]
    if _NEGATED.search(before) or _HEDGED.search(before):
        return False
    dated = _DATED_AFTER.match(text, end)
    if dated and int(dated.group("year")) < NEWS_YEAR:
        return False
    word = text[start:end]
    if _MANNER_BEFORE.search(before) and _MANNER_NOUN.fullmatch(word):
        return False
    if start > 0 and word[:1].isupper() and not title_case(text):
        prev = re.search(r"(\S+)\s+$", text[:start])
        nxt = re.match(r"\s+(\S+)", text[end:])
        capital_before = prev is not None and prev.group(1)[:1].isupper()
        capital_after = nxt is not None and nxt.group(1)[:1].isupper()
        if capital_before or capital_after:
            return False
    return True


_CASED_WORD = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]{3,}")
_TITLE_CASE_MIN_WORDS = 3
_TITLE_CASE_SHARE = 0.8


@functools.lru_cache(maxsize=4096)
def title_case(text: str) -> bool:
    """Tell whether ``text`` is written in Title Case: its words of four letters or more
    after the first are nearly all capitalised (at least three of them, 80% or more).

    Press releases and some wire services write every headline so ("Quillon Completes
    Acquisition Of Pelagic For US$1.2 Billion"); sentence-case headlines capitalise only
    names, which is what ``affirmed`` relies on elsewhere.
    """
    words = _CASED_WORD.findall(text)[1:]
    if len(words) < _TITLE_CASE_MIN_WORDS:
        return False
    capitals = sum(1 for word in words if word[:1].isupper())
    return capitals >= _TITLE_CASE_SHARE * len(words)


_DATED_AFTER = re.compile(
    r"\s+(?:\w+\s){0,2}?(?:in|since|back in)\s(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE
)
_MANNER_BEFORE = re.compile(r"\bin\s$", re.IGNORECASE)
_MANNER_NOUN = re.compile(r"partnership|collaboration|alliance|cooperation", re.IGNORECASE)


_CERTIFIED_FIGURE = _rx(
    r"\bcertif(?:ies|ied|y|ication)\b[^.;:]{0,60}?\b(?:at|to|with|reaching|of)\s\d[\d.,]*\s?"
    r"(?:%|percent|per cent)"
)
_UNREVIEWED = _rx(
    r"\b(?:preprints?|unreviewed|not (?:yet )?peer[- ]reviewed|yet to be peer[- ]reviewed)\b"
)
# A replication: "claim fails replication in three labs", "fail to reproduce the signal".
_REPLICATION = _rx(
    r"\bfails? (?:\S+ ){0,2}?replication\b|\bfail(?:s|ed)? to (?:replicate|reproduce)\b|"
    r"\breplication (?:fails|failed|failure|succeeds|confirms)\b|\b(?:replicated|reproduced) by\b"
)
# A record stated as one: the word, a certificate, a previous best beaten, a top spot.
_RECORD_STATED = _rx(
    r"\brecords?\b|\bcertif|\b(?:confirm(?:s|ed)|verif(?:y|ies|ied)|independently)\b|"
    r"\bworld[- ](?:best|first)\b|\b(?:previous|prior|old|standing|"
    r"all-time) (?:best|high|mark|benchmark)\b|\btop spot\b|\bfirst place\b|\bleaderboard\b|"
    r"\bnew (?:benchmark|high|best|mark)\b|-ever\b|\bever (?:measured|recorded|achieved)\b"
)
# A trial of someone else's product: "pilots X's optimisation in a proof of concept".
_PROOF_OF_CONCEPT = _rx(r"\bproofs? of concept\b|\bpoc\b|\bpilots (?:\S+ ){1,3}?(?:['’]s|its)\b")
# A record that recurs with the weather or the calendar: "another", "daily", "on a sunny day".
_ROUTINE_RECORD = _rx(
    r"\b(?:another|latest|(?:new )?(?:daily|weekly|monthly|seasonal|summer|winter))\b"
    r"(?:\s[\w-]+){0,2}\s(?:record|high|peak)\b|\bon an? (?:sunny|windy|hot|cold|calm|clear|"
    r"bright|blustery|still)\b|\b(?:its|their|his|her) own (?:\S+ ){0,2}record\b|\boverclock"
)
# A launch of small scale: a student, university or amateur payload or system.
_SMALL_SCALE = _rx(
    r"\b(?:cubesats?|nanosat(?:ellite)?s?|student|students|university|universities|school|"
    r"amateur|hobbyist|campus|college)\b"
)
# A permission for tests only: "an experimental licence for direct-to-device tests".
_EXPERIMENTAL = _rx(
    r"\b(?:experimental|trial|test|testing|pilot|sandbox|temporary)\s(?:\S+\s)?(?:licen[cs]e|permit|approval|authori[sz]ation)\b|\bfor (?:\S+ ){0,3}tests?\b"
)
# A system's size: a university machine of this scale is no small launch.
_SIZE = _rx(
    r"\b(?:peta|exa)flops?\b|\d[\d.,]*-(?:peta|exa)flop|\bexascale\b|\btop-?\d+\b|\blargest\b"
)
# A finding held back by its own words: hedged, in animals or cells, in a small study.
_TENTATIVE_SCIENCE = _rx(
    r"\b(?:may|might|could) (?:help |one day )?(?:predict|reduce|cut|slow|treat|cure|prevent|"
    r"improve|boost|explain|reverse|protect|lower|raise|increase|extend|detect)\b|"
    r"\b(?:study|studies|research|data|trial|results?|findings?) suggests?\b|"
    r"\bin (?:a |one )?(?:small|pilot|tiny|early) (?:study|trial|group)\b"
)
# A superlative owned by its subject ("opens its largest site yet", "Marsk's fastest chip to
# date") compares the subject with itself: no record of the field.
_OWN_BEST = re.compile(
    r"(?:\b(?:its|their|our|his|her|my)|\w['’]s)\s+(?:own\s+|very\s+)?$", re.IGNORECASE
)


def _record(text: str) -> bool:
    if _SUPERLATIVE_NOT.search(text) or _BUSINESS.search(text):
        return False  # a record quarter, record users, a record fine: business, not science
    for match in _SUPERLATIVE_RECORD.finditer(text):
        if _OWN_BEST.search(text[max(0, match.start() - 30) : match.start()]):
            continue  # "its largest site yet": a best of its own, not of the field
        if affirmed(text, match.start(), match.end()):
            return True
    for match in _RECORD.finditer(text):
        window = text[max(0, match.start() - 20) : match.end() + 25]
        if _RECORD_NOT.search(window):
            continue
        if affirmed(text, match.start(), match.end()):
            return True
    return False


def _first(text: str) -> bool:
    """Tell whether a title claims a first of its kind (not "first quarter", not negated)."""
    for match in _FIRST.finditer(text):
        if _FIRST_NOT.match(text[match.end() :]):
            continue
        if affirmed(text, match.start(), match.end()):
            return True
    return False
