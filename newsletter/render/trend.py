"""A field's trend against its earlier issues: a marker and words, no images.

Built from ``FieldVerdict.history`` (the verdicts readers saw in the earlier frozen issues),
so an email says "must read 3 weeks running" or "▲ up from worth a skim", which reads the
same in text, in HTML with images off and through a screen reader (the arrow is hidden
from it: the words say the same).
"""

from __future__ import annotations

from dataclasses import dataclass

from newsletter.models import FieldVerdict, Verdict

_RANK = {Verdict.MUST_READ: 0, Verdict.WORTH_A_SKIM: 1, Verdict.SKIP: 2}
_WORDS = {
    Verdict.MUST_READ: "must read",
    Verdict.WORTH_A_SKIM: "worth a skim",
    Verdict.SKIP: "skip",
}


@dataclass(frozen=True, slots=True)
class TrendView:
    """How a field compares with its earlier issues; empty words when there is no history."""

    marker: str  # "▲" up, "▼" down, "" same verdict or no history
    words: str  # "must read 3 weeks running", "up from worth a skim", ""
    direction: str  # "up", "down", "same" or ""


NO_TREND = TrendView("", "", "")


def trend_view(verdict: FieldVerdict) -> TrendView:
    """Compare the field's verdict with the previous issue and count its running streak.

    The streak counts this week and the unbroken run of earlier issues with the same verdict
    (history is oldest first, one entry per frozen issue).
    """
    history = verdict.history
    if not history:
        return NO_TREND
    previous = history[-1]
    now, before = _RANK[verdict.verdict], _RANK[previous.verdict]
    if now < before:
        return TrendView("▲", f"up from {_WORDS[previous.verdict]}", "up")
    if now > before:
        return TrendView("▼", f"down from {_WORDS[previous.verdict]}", "down")
    streak = 1
    for past in reversed(history):
        if past.verdict is not verdict.verdict:
            break
        streak += 1
    return TrendView("", f"{_WORDS[verdict.verdict]} {streak} weeks running", "same")
