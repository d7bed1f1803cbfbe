"""How much one report matters: kind weight, headline figure, firsts, coverage, novelty (pure).

``assess`` reads a report (``text.read_report``), classifies it (``kinds.classify``), finds
its headline figure (``headline``) and adds up the factors of its importance::

    importance = clamp(
        (kind + first - limited scope + cost overrun + severe - routine - small fine
         + money - figure not the news + coverage + priority)
        * source * novelty, 0, 100
    )

- ``kind``: the kind's weight from the editorial TOML (``[scoring.kinds]``).
- ``first``: ``Weights.first_points`` for a launch (or a report of no particular kind) that
  claims a first of its kind ("the first open-weights model to …", "maiden flight", "makes
  orbit at the first time of asking"), or an approval of a product (a therapy, a device, a
  system): the editorial rule's "approval of a first-of-its-kind product" is major, a
  permission to operate (a route, a service, deliveries) is not, even when it is a first.
- ``cost overrun``: ``Weights.overrun_points`` for a delay that also reports a cost overrun
  ("as costs climb", "$2.7 billion over budget"): a project slipping and costing more is
  notable news, a date moved alone is minor.
- ``severe``: ``Weights.severe_points`` for an incident or a halt of consequence (a launch
  vehicle lost, deaths or serious harm, millions of people's records, a region or a country
  down for hours): notable in the labelled weeks (an independent editor's W36: a rocket
  lost, a 14-hour cloud-region outage, a 31-million-record breach, a phase 3 trial halted
  after a death), where a local incident (a school district, 40,000 homes) is minor.
- ``routine``: ``Weights.routine_points`` off a record that recurs with the weather or the
  calendar ("another solar record on a sunny Saturday"): minor in an independent editor's W30,
  like the dev weeks' "record attendance". A launch of small scale (a student cubesat, a
  university cluster) is of limited scope: minor in two independent editors' weeks.
- Enforcement (a fine, a penalty, an investigation) has a headline figure but earns no
  money points: the editorial rule rates it notable whatever the fine. A lawsuit between
  parties is minor, and its damages claimed earn money points like a deal's (an independent
  editor's W37 rates publishers' €2.1bn claim against an AI lab notable).
- ``limited scope``: ``Weights.limited_points`` off a rule for tests, pilots or guidance
  (or one that applies only later), a research result its authors call incremental (or
  unreviewed, or hedged), a routine step before an approval (an accepted filing, a
  designation), a deal only in talks or one that did not happen, and every other reading
  ``kinds`` marks limited.
- ``small fine``: ``Weights.limited_points`` off an enforcement whose headline figure is
  under ``SMALL_FINE`` (a routine sanction, minor).
- ``money``: only for kinds whose news can be money (deal, round, programme, approval or
  rule with a budget or fine, lawsuit; not an approval that clears a deal, whose figure is
  the deal's) and only the headline figure: ``money_per_decade`` points per
  factor 10 above ``money_floor_usd``, capped at ``money_cap``. With the defaults a
  $2 billion deal or round (40 + 30) reaches the must-read line, $100 million and more are
  worth a skim, tens of millions stay minor: the editorial rule of the labelled weeks ("a
  multi-billion-dollar deal or round" is major, "a deal or contract in the hundreds of
  millions" notable, "small rounds" minor).
- ``figure not the news``: ``incidental_points`` off a minor report (its kind weighs less
  than ``minor_below``) whose title or Key Findings quote money that is not its news (a forecast, a restated deal, a ransom, old programmes):
  among reports of its weight it should not lead, as a reader would take the figure for
  the news.
- ``coverage``: ``coverage_points`` for each further copy of the same story this week (a
  syndicated copy, the same news from another feed), up to ``coverage_cap``.
- ``priority``: the editor's feed category (``priority:high`` / ``priority:low``).
- ``source``: the feed's weight from the editorial config (1.0 when not configured).
- ``novelty``: ``repeat_factor`` when the story was told in the previous weeks.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from newsletter.curate.amounts import (
    FX_TO_USD,
    NEWS_YEAR,
    PRICE_NEWS,
    Role,
    RoledAmount,
    roled_amounts,
    usd_value,
)
from newsletter.curate.kinds import MONEY_KINDS, Kind, KindReading, classify
from newsletter.curate.text import ReportText, read_report
from newsletter.models import Article, Money
from newsletter.sections import HEADLINE_PARTS, KEY_FINDINGS, TITLE

# Points of each kind before any other factor (the editorial TOML may override any of them).
# Major kinds start at the must-read line (70), notable ones between the lines, minor ones
# well under the worth-a-skim line (45), so that only a report's kind and figure decide.
DEFAULT_KIND_WEIGHTS: Mapping[str, float] = MappingProxyType(
    {
        Kind.REGULATION.value: 72.0,
        Kind.ENFORCEMENT.value: 54.0,
        Kind.LAWSUIT.value: 30.0,
        Kind.REVIEW_STEP.value: 48.0,
        Kind.APPROVAL.value: 56.0,
        Kind.RECORD.value: 72.0,
        Kind.LAUNCH.value: 56.0,
        Kind.DEAL.value: 40.0,
        Kind.FUNDING_ROUND.value: 40.0,
        Kind.PROGRAMME.value: 40.0,
        Kind.RESEARCH.value: 56.0,
        Kind.VULNERABILITY.value: 56.0,
        Kind.DRAFT_STANDARD.value: 52.0,
        Kind.FOLLOW_UP_NEWS.value: 52.0,
        Kind.FOLLOW_UP.value: 10.0,
        Kind.PRODUCT_RELEASE.value: 25.0,
        Kind.PATCH_RELEASE.value: 15.0,
        Kind.INCIDENT.value: 25.0,
        Kind.DELAY.value: 25.0,
        Kind.STATISTICS.value: 20.0,
        Kind.EXPLAINER.value: 12.0,
        Kind.HIRING.value: 18.0,
        Kind.EVENT.value: 14.0,
        Kind.FORECAST.value: 15.0,
        Kind.OPINION.value: 12.0,
        Kind.OTHER.value: 30.0,
    }
)
# A fine under this sum is a routine sanction, minor (an independent editor's title bank: a
# £40,000 fine for nuisance calls; the labelled weeks' £4.8m to €310m fines are notable).
SMALL_FINE = 1e6  # US dollars
FIRST_KINDS = frozenset({Kind.LAUNCH, Kind.APPROVAL, Kind.OTHER})
MONEY_POINT_KINDS = frozenset(
    {Kind.DEAL, Kind.FUNDING_ROUND, Kind.PROGRAMME, Kind.APPROVAL, Kind.REGULATION, Kind.LAWSUIT}
)


@dataclass(frozen=True, slots=True)
class Weights:
    """Every constant of the importance formula (see the module docstring)."""

    kinds: Mapping[str, float] = field(default_factory=lambda: DEFAULT_KIND_WEIGHTS)
    first_points: float = 16.0  # a launch or approval that is a first, an approved product
    limited_points: float = 20.0  # subtracted from a rule of limited scope
    overrun_points: float = 28.0  # a delay that reports a cost overrun: notable, not minor
    severe_points: float = 28.0  # an incident or halt that harms many: notable, not minor
    routine_points: float = 40.0  # off a record that recurs with the weather or calendar: minor
    money_floor_usd: float = 5e7  # a headline figure at or below $50 million earns nothing
    money_per_decade: float = 19.0
    money_cap: float = 40.0
    incidental_points: float = 8.0  # off a minor report whose only figures are not its news: more
    # than the gap between minor kinds (a delay 25, a hire 18), so a figure a reader would take
    # for news never leads a quiet field (set C W39: a slip with a $900 million budget)
    minor_below: float = 45.0  # kinds weighing less are minor (the default worth-a-skim line)
    coverage_points: float = 3.0
    coverage_cap: float = 6.0
    high_priority_points: float = 15.0
    low_priority_points: float = -10.0
    repeat_factor: float = 0.4
    fx_to_usd: Mapping[str, float] = field(default_factory=lambda: FX_TO_USD)

    def kind_points(self, kind: Kind) -> float:
        """The weight of a kind: the editorial override, else the default."""
        return float(self.kinds.get(kind.value, DEFAULT_KIND_WEIGHTS[kind.value]))


DEFAULT_WEIGHTS = Weights()


@dataclass(frozen=True, slots=True)
class Assessment:
    """Why a report matters as much as it does: kind, headline figure, points per factor."""

    kind: KindReading
    headline: RoledAmount | None
    amounts: tuple[RoledAmount, ...]  # every amount of the title and Key Findings, with roles
    factors: tuple[tuple[str, float], ...]  # (factor, points or multiplier), in formula order
    importance: float  # 0-100

    @property
    def money(self) -> Money | None:
        """The headline figure, or None."""
        return self.headline.money if self.headline else None


def headline_amounts(report: ReportText, year: int = NEWS_YEAR) -> tuple[RoledAmount, ...]:
    """Return the amounts of the title and Key Findings with their roles, title first.

    ``year`` is the year the report was published (amounts of earlier years are past).
    """
    found = list(roled_amounts(report.title, TITLE, headline_part=True, year=year))
    for sentence in report.key_findings:
        found.extend(roled_amounts(sentence, KEY_FINDINGS, headline_part=True, year=year))
    return tuple(found)


def headline(kind: KindReading, amounts: tuple[RoledAmount, ...]) -> RoledAmount | None:
    """Return the report's headline figure: the first HEADLINE amount, for money kinds only.

    The title's figure wins over Key Findings. A report of no particular kind has a
    headline figure only when its news is a price being set ("prices its therapy at …").
    """
    priced = kind.kind is Kind.OTHER  # a report whose news is a price it sets
    if kind.kind not in MONEY_KINDS and not priced:
        return None
    for amount in amounts:
        if amount.section not in HEADLINE_PARTS or amount.role is not Role.HEADLINE:
            continue
        if priced and not PRICE_NEWS.search(amount.sentence):
            continue
        return amount
    return None


def money_points(money: Money | None, weights: Weights = DEFAULT_WEIGHTS) -> float:
    """Points of a headline figure on a log scale (see the module docstring)."""
    if money is None:
        return 0.0
    usd = usd_value(money, weights.fx_to_usd)
    if usd <= weights.money_floor_usd:
        return 0.0
    return min(
        weights.money_cap, weights.money_per_decade * math.log10(usd / weights.money_floor_usd)
    )


def assess(
    article: Article,
    *,
    copies: int = 0,
    source_weight: float = 1.0,
    is_repeat: bool = False,
    weights: Weights = DEFAULT_WEIGHTS,
) -> Assessment:
    """Return the importance of one report with each factor's points.

    ``copies`` is the number of further copies of its story this week (coverage);
    ``source_weight`` the feed's weight; ``is_repeat`` whether earlier weeks told the story.
    """
    report = read_report(article, full=False)
    kind = classify(report)
    amounts = headline_amounts(report, article.published_at.year)
    lead = headline(kind, amounts)
    factors: list[tuple[str, float]] = [("kind", weights.kind_points(kind.kind))]
    if kind.kind is Kind.APPROVAL and (kind.product or kind.first):
        factors.append(("product" if kind.product else "first", weights.first_points))
    elif kind.kind in FIRST_KINDS - {Kind.APPROVAL} and kind.first:
        factors.append(("first", weights.first_points))
    if kind.limited:
        factors.append(("limited scope", -weights.limited_points))
    if kind.kind is Kind.DELAY and kind.costly:
        factors.append(("cost overrun", weights.overrun_points))
    if kind.kind in (Kind.INCIDENT, Kind.DELAY) and kind.severe:
        factors.append(("severe", weights.severe_points))
    if kind.routine:
        factors.append(("routine", -weights.routine_points))
    if kind.kind is Kind.ENFORCEMENT and lead is not None and usd_value(lead.money) < SMALL_FINE:
        factors.append(("small fine", -weights.limited_points))
    if kind.kind in MONEY_POINT_KINDS and lead is not None and not kind.clearance:
        factors.append(("money", round(money_points(lead.money, weights), 2)))
    minor = weights.kind_points(kind.kind) < weights.minor_below
    if minor and lead is None and any(a.role is not Role.COMPARISON for a in amounts):
        factors.append(("figure not the news", -weights.incidental_points))
    if copies:
        factors.append(("coverage", min(weights.coverage_cap, weights.coverage_points * copies)))
    priority = article.priority.strip().lower()
    if priority == "high":
        factors.append(("priority", weights.high_priority_points))
    elif priority == "low":
        factors.append(("priority", weights.low_priority_points))
    raw = sum(points for _, points in factors)
    multiplier = source_weight * (weights.repeat_factor if is_repeat else 1.0)
    if source_weight != 1.0:
        factors.append(("source ×", source_weight))
    if is_repeat:
        factors.append(("repeat ×", weights.repeat_factor))
    value = round(min(100.0, max(0.0, raw * multiplier)), 2)
    return Assessment(kind, lead, amounts, tuple(factors), value)
