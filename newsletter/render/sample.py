"""A hand-made fixture week (2026-W48) for unit tests and the render benchmark.

Every value is fixed (no clock, no randomness), so a render of it is byte-for-byte stable,
and tests rely on its exact values (a report shared by two fields, "+1 more report", a
3-week trend). Its reasons are hand-written, not the product's: what a reader really gets,
shown in the README's screenshots and the golden files, is ``newsletter.sample_week``
(the sample feeds collected and curated by ``newsletter.curate``).
"""

from __future__ import annotations

import datetime as dt

from newsletter.editorial import EditorialConfig
from newsletter.models import (
    Article,
    FieldVerdict,
    Issue,
    PastVerdict,
    ScoredArticle,
    Verdict,
)

SAMPLE_WEEK_ID = "2026-W48"
SAMPLE_WEEK_START = dt.date(2026, 11, 23)
SAMPLE_GENERATED = dt.datetime(2026, 11, 30, 8, 0, tzinfo=dt.UTC)
SAMPLE_FEED = "samples/feeds/troy-technical.rss.xml"

# slug -> (score, reason, [(title, key finding, author)])
_WEEK: dict[str, tuple[int, str, list[tuple[str, str, str]]]] = {
    "quantum": (
        88,
        "3 reports, incl. a $1 billion US-Japan quantum partnership",
        [
            (
                "America and Japan launch a $1 billion quantum partnership",
                "The US and Japan commit $500 million each over five years to a joint frontier research platform for quantum computing, AI and advanced computing.",
                "Troy-Technical Research",
            ),
            (
                "Logical qubits pass the break-even point on a neutral-atom machine",
                "Error-corrected logical qubits outlived their physical qubits for the first time on a 256-atom array, a milestone for fault tolerance.",
                "M. Okafor",
            ),
            (
                "Quantum networking testbed links three cities",
                "An entanglement-distribution link now spans 120 km of deployed fibre with automated polarisation compensation.",
                "L. Brandt",
            ),
        ],
    ),
    "ai": (
        64,
        "3 reports, incl. a new open-weights reasoning model",
        [
            (
                "Open-weights reasoning model matches closed rivals on maths benchmarks",
                "A 70B-parameter model released under a permissive licence scores within two points of the best closed systems on competition maths.",
                "R. Iyer",
            ),
            (
                "EU publishes the first codes of practice for general-purpose AI",
                "Providers must document training data sources and run adversarial testing before release from August 2027.",
                "Troy-Technical Research",
            ),
            (
                "Agents that write their own tools cut coding costs",
                "Self-extending agents reduced developer time on routine maintenance by 31% in a six-month field study.",
                "S. Nakamura",
            ),
        ],
    ),
    "hpc": (
        72,
        "2 reports, incl. the first exascale system in Japan",
        [
            (
                "Japan's first exascale supercomputer enters service",
                "The machine reached 1.1 exaflops on HPL while drawing 29 MW, placing it third on the efficiency ranking.",
                "K. Sato",
            ),
            (
                "Liquid cooling becomes the default for new AI data centres",
                "Two thirds of racks ordered this quarter use direct-to-chip cooling, up from a fifth a year ago.",
                "Troy-Technical Research",
            ),
        ],
    ),
    "semiconductors": (
        45,
        "2 reports on High-NA EUV and packaging",
        [
            (
                "High-NA EUV tools ship to a second foundry",
                "The 0.55-NA scanners print 8 nm half-pitch lines in a single exposure, removing costly multi-patterning steps.",
                "A. de Vries",
            ),
            (
                "Advanced packaging capacity doubles in Southeast Asia",
                "New plants in Malaysia and Vietnam add chiplet packaging lines worth $7 billion.",
                "Troy-Technical Research",
            ),
        ],
    ),
    "biotech": (
        57,
        "2 reports, incl. a base-editing trial readout",
        [
            (
                "Base editing lowers cholesterol for two years after one dose",
                "A single infusion cut LDL cholesterol by 55% in a phase 1b trial, with the effect holding at 24 months.",
                "E. Moreau",
            ),
            (
                "AI-designed antibodies enter the clinic",
                "Three antibodies designed without animal immunisation start phase 1 trials in the UK.",
                "Troy-Technical Research",
            ),
        ],
    ),
    "energy": (
        76,
        "3 reports, incl. a fusion net-gain repeat",
        [
            (
                "Laser fusion repeats net energy gain at higher yield",
                "The facility reported 5.2 MJ out for 2.2 MJ of laser energy, its fifth ignition shot.",
                "J. Alvarez",
            ),
            (
                "Sodium-ion batteries reach grid scale",
                "A 200 MWh sodium-ion storage plant began operating, with cells at half the cost of LFP per kWh.",
                "Troy-Technical Research",
            ),
            (
                "Transmission backlog tops 2,600 GW",
                "Grid interconnection queues grew 27% year on year; solar and storage make up four fifths.",
                "P. Lindqvist",
            ),
        ],
    ),
    "space": (
        33,
        "1 report on launch cadence",
        [
            (
                "Launch cadence sets a yearly record",
                "Orbital launches passed 260 for the year, most of them reusable boosters.",
                "Troy-Technical Research",
            ),
        ],
    ),
    "cybersecurity": (
        0,
        "No reports this week",
        [],
    ),
}


# slug -> scores of the three weeks before (W45, W46, W47): the trend marker's history.
_PAST: dict[str, tuple[int, int, int]] = {
    "quantum": (81, 74, 79),
    "ai": (72, 77, 83),
    "hpc": (52, 61, 48),
    "semiconductors": (44, 41, 47),
    "biotech": (30, 62, 66),
    "energy": (35, 20, 45),
    "space": (38, 22, 55),
    "cybersecurity": (64, 58, 49),
}
# A report filed under two fields: shown in full under the first, referenced in the other.
_SHARED = {"ai": ("quantum", 1, 2)}  # AI also holds quantum-1, at position 2 of its top
# Fields with more reports than their top shows ("+1 more report").
_EXTRA_REPORTS = {"ai": 1}


def _verdict_for(score: int, editorial: EditorialConfig) -> Verdict:
    if score >= editorial.scoring.must_read:
        return Verdict.MUST_READ
    if score >= editorial.scoring.worth_a_skim:
        return Verdict.WORTH_A_SKIM
    return Verdict.SKIP


def _article(slug: str, index: int, title: str, finding: str, author: str) -> Article:
    article_id = f"{slug}-{index}"
    return Article(
        id=article_id,
        url=f"https://troy-technical.example/reports/{article_id}",
        title=title,
        published_at=dt.datetime(2026, 11, 23 + index, 9, 30, tzinfo=dt.UTC),
        source_feed=SAMPLE_FEED,
        fetched_at=dt.datetime(2026, 11, 27, 6, 0, tzinfo=dt.UTC),
        author=author,
        tags=(slug,),
        fields=(slug,),
        summary=finding,
        key_finding=finding,
    )


def sample_issue(editorial: EditorialConfig) -> Issue:
    """Return the fixed sample week for the editorial config's fields (unknown slugs get a quiet week)."""
    verdicts = []
    for field in editorial.fields:
        score, reason, reports = _WEEK.get(field.slug, (0, "No reports this week", []))
        top = tuple(
            ScoredArticle(article=_article(field.slug, i, *report), importance=float(100 - 10 * i))
            for i, report in enumerate(reports, start=1)
        )
        if field.slug in _SHARED and top:
            owner, index, position = _SHARED[field.slug]
            shared = ScoredArticle(_article(owner, index, *_WEEK[owner][2][index - 1]), 85.0)
            top = (*top[: position - 1], shared, *top[position - 1 : -1])
        ids = tuple(scored.article.id for scored in top)
        ids += tuple(
            f"{field.slug}-more-{n}" for n in range(1, _EXTRA_REPORTS.get(field.slug, 0) + 1)
        )
        history = tuple(
            PastVerdict(f"2026-W{45 + n}", _verdict_for(past, editorial), past)
            for n, past in enumerate(_PAST.get(field.slug, ()))
        )
        verdicts.append(
            FieldVerdict(
                slug=field.slug,
                name=field.name,
                color=field.color,
                description=field.description,
                score=score,
                verdict=_verdict_for(score, editorial),
                reason=reason,
                report_count=len(ids),
                top=top,
                report_ids=ids,
                history=history,
            )
        )
    unfiled = (
        Article(
            id="unfiled-1",
            url="https://troy-technical.example/reports/unfiled-1",
            title="Materials startup raises Series B for room-temperature magnets",
            published_at=dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC),
            source_feed=SAMPLE_FEED,
            fetched_at=dt.datetime(2026, 11, 27, 6, 0, tzinfo=dt.UTC),
            tags=("materials",),
        ),
    )
    return Issue(
        id=SAMPLE_WEEK_ID,
        week_start=SAMPLE_WEEK_START,
        title=f"{editorial.title} — {SAMPLE_WEEK_ID}",
        intro="Quantum and energy lead this week: a $1 billion US-Japan partnership and a fifth fusion ignition shot.",
        intro_by_editor=True,
        verdicts=tuple(verdicts),
        unfiled=unfiled,
        generated_at=SAMPLE_GENERATED,
    )
