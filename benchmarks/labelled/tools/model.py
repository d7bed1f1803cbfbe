"""The data model shared by build.py and the content modules (each set's content_wNN.py).

A Report carries its prose and the editor's labels side by side; build.py renders the
prose into the feeds and the labels into labels.toml.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Amt:
    """A money amount as written in a report: ISO currency, value in units, the literal text."""

    currency: str
    amount: int
    text: str
    role: str = ""  # for incidental amounts: why it is not the news (see ROLES)


@dataclass
class Report:
    key: str  # stable human key, also used for cross-references between weeks
    feed: str  # "rss" (site) or "atom" (partner)
    published: str  # ISO 8601 with offset, as written in the feed
    author: str
    title: str
    tags: list[str]
    # Editor's labels
    fields: list[str]
    kind: str
    weight: str
    headline: Amt | None = None
    incidental: list[Amt] = field(default_factory=list)
    cue_traps: list[str] = field(default_factory=list)
    notes: str = ""
    follows_up: str = ""  # key of the earlier report this one continues
    adds_news: bool | None = None  # for follow-ups: does it add real news?
    # Body
    key_findings: list[str] = field(default_factory=list)  # paragraphs, or bullets if kf_bullets
    kf_bullets: bool = False
    kf_numbered: bool = False  # render bulleted key findings as an <ol> numbered list
    kf_heading: str = "Key Findings"  # "" = no heading before the key findings at all
    details_heading: str = "Technical / Clinical Details"
    details: list = field(default_factory=list)  # str or (str, [sub-bullets])
    details_style: str = "list"  # list | table (WordPress table block, "Label: text" rows) | paras (one <p> each)
    background: str = ""
    outlook: str = ""
    source: str = ""
    # RSS rendering
    post_id: int = 0
    slug: str = ""
    wp_category: str = "Analysis Reports"
    markup: str = "h2"  # h2 | h3 | strong | plain | desc-only
    box: str = "div"  # div | p | none
    comments: str = "h2"  # h2 | h3 | p | none
    bullet_labels: bool = True  # render "Label: text" bullets with <strong>Label:</strong>
    source_link: bool = True
    # Atom rendering
    entry_id: str = ""
    link: str = ""
    updated: str = ""
    summary: str = ""
    atom_markup: str = "h4"  # h4 | strong | plain
    why_heading: str = "Why it matters"
    syndicates: str = ""  # key of the site report this partner entry copies


@dataclass
class FieldWeek:
    verdict: str
    reason: str
    top1: str = ""  # key
    top1_also_ok: list[str] = field(default_factory=list)
    top3: list[str] = field(default_factory=list)  # keys
    top3_order: str = "strict"  # strict | first-only | set
    must_not_lead: list[str] = field(default_factory=list)
    reason_amount: Amt | None = None
    notes: str = ""
