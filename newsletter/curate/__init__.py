"""Curation: what each report is, how much it matters, and each field's verdict (pure).

Signals in, judgement out: every function here depends only on its arguments (reports,
earlier weeks' reports, the editorial config and the editor's draft); nothing reads a
clock, a file or the network. This docstring is the whole method; each module holds the
detail of one step.

1. **Read** (``text``): a report is its title (wire slugs such as "EXCLUSIVE:" or "UPDATE
   2-" removed) plus its sentences by part: Key Findings, details, background, outlook
   (partner briefs' own "Details"/"Context"/"Why it matters" headings are recognised inside
   a section).
2. **Amounts by role** (``amounts``): every amount in the title and Key Findings gets a role
   from the words of its clause: headline (this week's deal value, round size, budget, a
   price being set) versus forecast, market size, valuation, past round or deal, cost
   estimate, sector total, ransom, price, deal component, revenue, comparison. Amounts
   outside the title and Key Findings are never headline. One vocabulary of currencies,
   scales and FX rates serves collect and curate alike.
3. **Kind** (``kinds``): the report's kind from its title label ("Opinion:", "Webinar, 3
   December:"), version numbers, follow-up wording and the title's wording as an affirmed
   fact (not negated, hedged, dated, argued for or part of a name): verb families with their
   inflections, passive and nominal forms ("is to be acquired by", "a £x financing", "From
   today, X must …", "makes orbit"); then its tags; then, for an oblique title that names
   the same subject, or a question, Key Findings' first sentence; a bare headline figure
   makes a deal of limited weight. ``tests/curate_paraphrases.py`` holds invented phrasings
   of each kind with the weight an editor would give them.
4. **Importance** (``importance``): the kind's weight from the editorial TOML
   (``[scoring.kinds]``) plus a bonus for a launch that is a first of its kind (a maiden
   orbital flight, an open-weights model said to rival the best) or an approved product
   (not a permission to operate), less for a rule of limited scope or one that applies
   later, a research result its authors call incremental (or a preprint's, or a hedged
   one), a routine filing, a deal only in talks or one that did not happen, a record that
   recurs ("another solar record on a sunny Saturday") and a fine under $1 million, more
   for a delay with a cost overrun and for an incident or halt of consequence (a launch
   vehicle lost, deaths, millions of records, a region down for hours), plus the headline
   figure on a log scale for deals, rounds, programmes, approvals (not a deal's clearance:
   the figure is the deal's), rules and lawsuits (a fine or investigation is enforcement:
   notable whatever the figure), plus coverage (further copies of the story this week),
   then the feed's weight and a novelty factor for stories told in earlier weeks. Copies of
   one story, and the same news from two feeds, count once (``stories``).
5. **Verdict** (``verdicts``): a field's score is its best report's importance; volume adds
   at most 3 points and never crosses a threshold. Must read at 70, worth a skim at 45
   (editorial ``[scoring]``), calibrated so that major kinds are must-read and about 40% of
   field-weeks of the labelled weeks are (the editor's share: 9 of 24).
6. **Reason** (``reasons``): one line about the report shown first, with its kind and its
   headline figure, grammatical by construction; a title that would be cut to a stub, or
   that asks a question, gives way to its first Key Finding, a long one ends at a clause
   (never on a function word or an adjective); a skip names only the minor
   kinds shown (a lone unclassified item by its title).
7. **Issue** (``issue``): fields in editorial order, reports by importance, the editor's draft
   on top (pins, drops, verdict, reason, note, intro); the intro counts distinct reports.
8. **Explain** (``explain``): per field, each report's kind, headline figure, points per
   factor and total, for ``newsletter preview --explain``.
"""

from __future__ import annotations

from newsletter.curate.issue import (
    Ranked,
    curate_issue,
    default_intro,
    distinct_report_count,
    field_reason,
    rank_week,
)
from newsletter.curate.reasons import NO_REPORTS_REASON
from newsletter.curate.verdicts import field_score, verdict_for

__all__ = [
    "NO_REPORTS_REASON",
    "Ranked",
    "curate_issue",
    "default_intro",
    "distinct_report_count",
    "field_reason",
    "field_score",
    "rank_week",
    "verdict_for",
]
