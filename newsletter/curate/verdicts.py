"""A field's score and verdict, led by its best report (pure).

**Score** (0-100): the importance of the field's best report, plus ``VOLUME_POINTS`` for each
further report (at most ``VOLUME_CAP``), rounded half up. Volume never lifts a field over a
threshold its best report does not reach on its own: the editorial rule of the labelled
weeks is that the number of reports never raises a verdict (seven minor AI reports are a
skip; a single approval is a must-read).

**Thresholds** (editorial ``[scoring] must_read`` and ``worth_a_skim``, defaults 70 and 45):
the kind weights in ``importance`` put the major kinds (a rule in force, an approval, a
certified record, a first launch, a multi-billion deal or round) at 70 or more, the notable
ones (research results, a system entering service, an exploited flaw, a draft standard, a
follow-up with news, deals in the hundreds of millions) between 45 and 70, and the minor ones
(webinars, hires, opinion, forecasts, patches, small rounds, follow-ups that add nothing)
under 45. On the three labelled weeks of curation-dev this gives 9 of 24 field-weeks
must-read (37.5%), the share the editor chose; "must read" stays the exception.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from newsletter.editorial import ScoringConfig
from newsletter.models import Verdict

VOLUME_POINTS = 1.0
VOLUME_CAP = 3.0


def verdict_for(score: int, scoring: ScoringConfig) -> Verdict:
    """Turn a 0-100 score into a verdict with the editorial thresholds."""
    if score >= scoring.must_read:
        return Verdict.MUST_READ
    if score >= scoring.worth_a_skim:
        return Verdict.WORTH_A_SKIM
    return Verdict.SKIP


def field_score(importances: Sequence[float], scoring: ScoringConfig) -> int:
    """Combine a field's report importances (any order) into a 0-100 score; 0 with none."""
    if not importances:
        return 0
    ordered = sorted(importances, reverse=True)
    lead = ordered[0]
    volume = min(VOLUME_CAP, VOLUME_POINTS * (len(ordered) - 1))
    best = math.floor(lead + 0.5)
    score = math.floor(lead + volume + 0.5)
    for line in (scoring.worth_a_skim, scoring.must_read):
        if best < line <= score:
            score = line - 1  # volume stops short of the line the best report misses
    return min(100, max(0, score))
