"""A field's trend against its earlier issues: a marker, words and a table-cell sparkline.

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


SPARK_WEEKS = 4  # this week and up to three before it
SPARK_MAX_PX = 18  # a week's cell at score 100; score 0 still draws 2 px


@dataclass(frozen=True, slots=True)
class SparkCell:
    """One week of the sparkline: a cell whose height is the week's score."""

    height: int  # pixels, 2 to SPARK_MAX_PX
    gap: int  # pixels of empty space above it, so every cell is SPARK_MAX_PX tall
    is_now: bool  # this week's cell (full color); earlier weeks are drawn lighter


@dataclass(frozen=True, slots=True)
class TrendView:
    """How a field compares with its earlier issues; empty words when there is no history."""

    marker: str  # "▲" up, "▼" down, "" same verdict or no history
    words: str  # "must read 3 weeks running", "up from worth a skim", ""
    direction: str  # "up", "down", "same" or ""
    spark: tuple[SparkCell, ...] = ()  # oldest first; empty without history


NO_TREND = TrendView("", "", "")


def spark_cells(verdict: FieldVerdict) -> tuple[SparkCell, ...]:
    """Return the sparkline of the last ``SPARK_WEEKS`` issues, this week last."""
    scores = [past.score for past in verdict.history[-(SPARK_WEEKS - 1) :]] + [verdict.score]
    cells = []
    for index, score in enumerate(scores):
        height = 2 + round(max(0, min(100, score)) * (SPARK_MAX_PX - 2) / 100)
        cells.append(SparkCell(height, SPARK_MAX_PX - height, index == len(scores) - 1))
    return tuple(cells)


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
    spark = spark_cells(verdict)
    if now < before:
        return TrendView("▲", f"up from {_WORDS[previous.verdict]}", "up", spark)
    if now > before:
        return TrendView("▼", f"down from {_WORDS[previous.verdict]}", "down", spark)
    streak = 1
    for past in reversed(history):
        if past.verdict is not verdict.verdict:
            break
        streak += 1
    return TrendView("", f"{_WORDS[verdict.verdict]} {streak} weeks running", "same", spark)
