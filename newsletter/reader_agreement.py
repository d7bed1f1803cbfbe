"""Readers' votes as a label source: how often a curation agrees with what readers said.

A vote says that the verdict a field was shown in an issue was right (yes) or wrong (no).
A curation (today's code, re-run on that issue's week) agrees with a *yes* when it gives the
same verdict that was shown, and with a *no* when it gives a different one. Agreement is the
share of votes a curation agrees with, next to the labelled weeks' agreement in
``benchmarks/curation.py``. Votes carry no reader: only counts are read.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from newsletter.editorial import EditorialConfig
from newsletter.issues import build_issue
from newsletter.weeks import parse_week
from subscribers.votes import VerdictTally


@dataclass(frozen=True, slots=True)
class FieldAgreement:
    """One field of one issue: the verdict shown, the one curated now, and the votes agreed with."""

    issue_id: str
    field_slug: str
    shown: str
    curated: str
    votes: int
    agreeing: int


@dataclass(frozen=True, slots=True)
class ReaderAgreement:
    """Votes a curation agrees with, overall and per field-issue (``votes`` 0: nothing to say)."""

    votes: int
    agreeing: int
    fields: tuple[FieldAgreement, ...]

    @property
    def share(self) -> float | None:
        """Return agreeing / votes, or None without votes."""
        return self.agreeing / self.votes if self.votes else None


def reader_agreement(
    tallies: Sequence[VerdictTally], curated: Mapping[tuple[str, str], str]
) -> ReaderAgreement:
    """Score ``curated`` verdicts (by (issue, field), Verdict values) against readers' votes.

    Votes on a field the curation has no verdict for (a field since removed) are left out.
    """
    fields = []
    for tally in tallies:
        verdict = curated.get((tally.issue_id, tally.field_slug))
        if verdict is None:
            continue
        same = verdict == tally.verdict
        fields.append(
            FieldAgreement(
                issue_id=tally.issue_id,
                field_slug=tally.field_slug,
                shown=tally.verdict,
                curated=verdict,
                votes=tally.yes + tally.no,
                agreeing=tally.yes if same else tally.no,
            )
        )
    return ReaderAgreement(
        votes=sum(field.votes for field in fields),
        agreeing=sum(field.agreeing for field in fields),
        fields=tuple(fields),
    )


def curated_verdicts(
    engine: sa.Engine,
    editorial: EditorialConfig,
    issue_ids: Iterable[str],
    *,
    zone: dt.tzinfo = dt.UTC,
) -> dict[tuple[str, str], str]:
    """Re-curate each issue's week from the stored articles, without the editor's drafts.

    Returns Verdict values by (issue, field): what today's code would have said, so an
    editor's override does not count as the code's judgement. Weeks are counted on ``zone``'s
    calendar (``NEWSLETTER_TIMEZONE``), as the issues were. Raises DatabaseError.
    """
    found: dict[tuple[str, str], str] = {}
    with tempfile.TemporaryDirectory() as no_drafts:
        for issue_id in sorted(set(issue_ids)):
            week = parse_week(issue_id, zone)
            issue = build_issue(engine, editorial, week, drafts_dir=Path(no_drafts))
            for verdict in issue.verdicts:
                found[(issue_id, verdict.slug)] = verdict.verdict.value
    return found
