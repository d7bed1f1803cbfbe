"""How much a report matters, and how much a field matters this week (pure, deterministic).

Every weight and constant lives in ``ScoringWeights`` below; ``DEFAULT_WEIGHTS`` is what the
newsletter uses. The formula, in short:

**Importance of one report** (0-100)::

    raw        = base + money + cue + priority + freshness
    importance = clamp(raw * source_weight * novelty, 0, 100)

- ``money``: the report's largest amount, converted to USD with the fixed ``FX_TO_USD`` table,
  scored per decade above $1 million (``money_per_decade`` points, capped at ``money_cap``):
  $10M = 8, $100M = 16, $1B = 24, $10B+ = 32. Unknown currencies count as no money.
- ``cue``: the strongest cue word (``CUE_POINTS``; an unlisted cue earns ``other_cue_points``),
  plus ``extra_cue_points`` for each further distinct cue, up to ``extra_cue_cap``.
- ``priority``: the editor's feed-category priority, ``high`` adds and ``low`` subtracts.
- ``freshness``: up to ``freshness_points``, falling linearly over seven days of age measured at
  the end of the week (or at ``now`` if that is earlier); a guessed publish date earns half.
- ``source_weight``: the feed's ``weight`` from the editorial config (1.0 for a feed not in it);
  0 sinks every report of that feed.
- ``novelty``: ``repeat_factor`` when the report retells a story of the previous weeks (Jaccard
  similarity of word ``shingle_size``-grams of title + key finding >= ``repeat_threshold``),
  else 1.

**Score of a field** (0-100): the field's importances sorted high to low are summed with
geometric weights 1, ``depth_decay``, ``depth_decay``², ... (so the best report dominates and
each further report adds less), then squashed: ``score = 100 * (1 - exp(-total / saturation))``,
rounded half up. No reports give 0. Thresholds from the editorial config turn it into a verdict.

**Verdict and reason**: ``[scoring] must_read`` / ``worth_a_skim`` in the editorial config turn
the score into must read / worth a skim / skip this week (an editor's draft may override it),
and ``newsletter.curate.field_reason`` states the evidence in one line: the report count, the
biggest amount, the strongest cue and who is involved, e.g. "3 reports, incl. a $1 billion
US-Japan quantum partnership".

Worked examples with the defaults (reports published Wednesday noon, scored at week end):
one plain report ~ 18.6 importance -> score 31 (skip); two plain reports -> 43 (worth a skim);
the same single report from a ``priority:high`` feed -> 49 (worth a skim); one $1 billion
partnership (52.6) -> 65 (worth a skim); that partnership plus three plain reports -> 75 (must
read). Volume alone saturates near 52: ten plain reports are still only worth a skim.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from newsletter.models import Article, Money

# Approximate USD value of one unit of each currency. Fixed on purpose: scores must not move
# with the market, and only the order of magnitude matters (money is scored on a log scale).
FX_TO_USD: Mapping[str, float] = MappingProxyType(
    {
        "USD": 1.0,
        "EUR": 1.08,
        "GBP": 1.27,
        "JPY": 0.0067,
        "CNY": 0.14,
        "KRW": 0.00073,
        "INR": 0.012,
    }
)

# Points for the strongest cue word a report carries (lower-case). Unlisted cues earn
# ScoringWeights.other_cue_points.
CUE_POINTS: Mapping[str, float] = MappingProxyType(
    {
        "breakthrough": 15.0,
        "first": 12.0,
        "world-first": 15.0,
        "record": 10.0,
        "partnership": 10.0,
        "alliance": 10.0,
        "acquisition": 10.0,
        "merger": 10.0,
        "funding": 8.0,
        "investment": 8.0,
        "launch": 8.0,
        "regulation": 8.0,
        "ban": 8.0,
        "export controls": 8.0,
        "milestone": 8.0,
        "approval": 8.0,
    }
)

# Words too common to tell two stories apart.
# fmt: off
STOPWORDS = frozenset([
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "into",
    "is", "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "were", "will",
    "with", "new", "says", "said", "report", "reports",
])
# fmt: on


@dataclass(frozen=True, slots=True)
class ScoringWeights:
    """All the weights of the scoring formula (see the module docstring)."""

    base: float = 15.0  # every report starts here
    money_floor_usd: float = 1e6  # amounts at or below this earn nothing
    money_per_decade: float = 8.0  # points per factor 10 above the floor
    money_cap: float = 32.0  # reached at $10 billion
    other_cue_points: float = 4.0  # a cue word missing from CUE_POINTS
    extra_cue_points: float = 2.0  # each further distinct cue
    extra_cue_cap: float = 6.0
    high_priority_points: float = 15.0  # feed category priority:high
    low_priority_points: float = -10.0  # feed category priority:low
    freshness_points: float = 10.0  # a report published at the reference time
    guessed_date_freshness: float = 0.5  # share of freshness_points for a guessed date
    default_source_weight: float = 1.0  # a feed missing from the editorial config
    shingle_size: int = 2  # words per shingle for novelty
    repeat_threshold: float = 0.5  # Jaccard similarity at which a story counts as a repeat
    repeat_factor: float = 0.4  # importance multiplier of a repeated story
    depth_decay: float = 0.5  # weight of the n-th best report is depth_decay ** (n-1)
    saturation: float = 50.0  # field total at which the score reaches 63
    cue_points: Mapping[str, float] = field(default_factory=lambda: CUE_POINTS)
    fx_to_usd: Mapping[str, float] = field(default_factory=lambda: FX_TO_USD)


DEFAULT_WEIGHTS = ScoringWeights()

_WORD_RE = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


def usd_value(money: Money, weights: ScoringWeights = DEFAULT_WEIGHTS) -> float:
    """Return the amount in USD via the fixed FX table; 0 for an unknown currency."""
    rate = weights.fx_to_usd.get(money.currency.upper())
    if rate is None or not math.isfinite(money.amount) or money.amount <= 0:
        return 0.0
    return money.amount * rate


def biggest_money(
    articles: Iterable[Article], weights: ScoringWeights = DEFAULT_WEIGHTS
) -> tuple[Money, Article] | None:
    """Return the largest amount (by USD value) among the articles, with its article.

    Ties keep the first in iteration order; amounts worth nothing in USD are ignored.
    """
    best: tuple[float, Money, Article] | None = None
    for article in articles:
        for money in article.money:
            value = usd_value(money, weights)
            if value > 0 and (best is None or value > best[0]):
                best = (value, money, article)
    return None if best is None else (best[1], best[2])


def money_points(article: Article, weights: ScoringWeights = DEFAULT_WEIGHTS) -> float:
    """Points for the report's largest amount on a log scale (see the module docstring)."""
    usd = max((usd_value(money, weights) for money in article.money), default=0.0)
    if usd <= weights.money_floor_usd:
        return 0.0
    decades = math.log10(usd / weights.money_floor_usd)
    return min(weights.money_cap, weights.money_per_decade * decades)


def cue_strength(cue: str, weights: ScoringWeights = DEFAULT_WEIGHTS) -> float:
    """Points of one cue word."""
    return weights.cue_points.get(cue.strip().lower(), weights.other_cue_points)


def strongest_cue(article: Article, weights: ScoringWeights = DEFAULT_WEIGHTS) -> str:
    """Return the report's strongest cue (lower-case; ties by name), or "" if it has none."""
    cues = sorted({cue.strip().lower() for cue in article.cues if cue.strip()})
    if not cues:
        return ""
    return min(cues, key=lambda cue: (-cue_strength(cue, weights), cue))


def cue_points(article: Article, weights: ScoringWeights = DEFAULT_WEIGHTS) -> float:
    """Points for the strongest cue plus a capped bonus for each further distinct cue."""
    cues = sorted({cue.strip().lower() for cue in article.cues if cue.strip()})
    if not cues:
        return 0.0
    strengths = sorted((cue_strength(cue, weights) for cue in cues), reverse=True)
    extra = min(weights.extra_cue_cap, weights.extra_cue_points * (len(strengths) - 1))
    return strengths[0] + extra


def priority_points(article: Article, weights: ScoringWeights = DEFAULT_WEIGHTS) -> float:
    """Points for the editor's feed priority ("high", "low" or "")."""
    priority = article.priority.strip().lower()
    if priority == "high":
        return weights.high_priority_points
    if priority == "low":
        return weights.low_priority_points
    return 0.0


def freshness_points(
    article: Article, reference: dt.datetime, weights: ScoringWeights = DEFAULT_WEIGHTS
) -> float:
    """Points that fall linearly from full (published at ``reference``) to 0 at 7 days old."""
    if article.published_is_guess:
        return weights.freshness_points * weights.guessed_date_freshness
    age = (reference - article.published_at).total_seconds() / dt.timedelta(days=7).total_seconds()
    return weights.freshness_points * (1.0 - min(1.0, max(0.0, age)))


def source_weight(
    article: Article, feed_weights: Mapping[str, float], weights: ScoringWeights = DEFAULT_WEIGHTS
) -> float:
    """Return the configured weight of the report's feed.

    The feed matches exactly, or when one of the two is a path ending with the other (the
    config resolves relative feed paths, a stored article may carry the relative one).
    """
    source = article.source_feed
    if source in feed_weights:
        return feed_weights[source]
    for url in sorted(feed_weights):
        if url.endswith("/" + source.lstrip("./")) or source.endswith("/" + url.lstrip("./")):
            return feed_weights[url]
    return weights.default_source_weight


def shingles(text: str, size: int = DEFAULT_WEIGHTS.shingle_size) -> frozenset[str]:
    """Return the set of ``size``-word shingles of the normalised text (lower-case, no stopwords).

    Text shorter than ``size`` words gives its words as one shingle.
    """
    words = [word for word in _WORD_RE.findall(text.lower()) if word not in STOPWORDS]
    if len(words) < size:
        return frozenset([" ".join(words)]) if words else frozenset()
    return frozenset(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))


def story_shingles(article: Article, weights: ScoringWeights = DEFAULT_WEIGHTS) -> frozenset[str]:
    """Shingles of what identifies a story: its title and key finding."""
    return shingles(f"{article.title}\n{article.key_finding}", weights.shingle_size)


def jaccard(left: frozenset[str], right: frozenset[str]) -> float:
    """Return |left & right| / |left | right| (0 for two empty sets)."""
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)


class StoryHistory:
    """The stories of previous weeks, indexed so a new report finds its look-alikes fast."""

    def __init__(
        self, history: Iterable[Article], weights: ScoringWeights = DEFAULT_WEIGHTS
    ) -> None:
        """Index the shingles of every earlier report."""
        self._weights = weights
        self._stories: list[frozenset[str]] = []
        self._index: dict[str, list[int]] = {}
        for article in sorted(history, key=lambda a: a.id):
            story = story_shingles(article, weights)
            if not story:
                continue
            position = len(self._stories)
            self._stories.append(story)
            for shingle in story:
                self._index.setdefault(shingle, []).append(position)

    def similarity(self, article: Article) -> float:
        """Return the highest Jaccard similarity of the report to any earlier story."""
        story = story_shingles(article, self._weights)
        candidates = sorted({i for shingle in story for i in self._index.get(shingle, ())})
        return max((jaccard(story, self._stories[i]) for i in candidates), default=0.0)

    def is_repeat(self, article: Article) -> bool:
        """Tell whether the report retells a story of the previous weeks."""
        return self.similarity(article) >= self._weights.repeat_threshold


def article_importance(
    article: Article,
    *,
    reference: dt.datetime,
    feed_weights: Mapping[str, float],
    is_repeat: bool,
    weights: ScoringWeights = DEFAULT_WEIGHTS,
) -> float:
    """Return the importance of one report, 0-100 (see the module docstring)."""
    raw = (
        weights.base
        + money_points(article, weights)
        + cue_points(article, weights)
        + priority_points(article, weights)
        + freshness_points(article, reference, weights)
    )
    novelty = weights.repeat_factor if is_repeat else 1.0
    value = raw * source_weight(article, feed_weights, weights) * novelty
    return round(min(100.0, max(0.0, value)), 4)


def field_score(importances: Sequence[float], weights: ScoringWeights = DEFAULT_WEIGHTS) -> int:
    """Combine a field's report importances into a 0-100 score (see the module docstring)."""
    ordered = sorted(importances, reverse=True)
    total = sum(value * weights.depth_decay**rank for rank, value in enumerate(ordered))
    if total <= 0:
        return 0
    score = 100.0 * (1.0 - math.exp(-total / weights.saturation))
    return min(100, max(0, math.floor(score + 0.5)))
