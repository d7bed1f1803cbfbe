"""The parts of a report and the headings that name them: one vocabulary for collect and curate.

Collect's anatomy (``collect/anatomy.py``) splits a body into the site's five sections by
these headings; curation (``curate/text.py``) reads partner briefs' own sub-headings inside
a section by the same table. This module imports nothing, so collect's parsing workers load
it without the curation package (measured: importing ``newsletter.curate`` costs a worker
about 140 ms at start-up).
"""

from __future__ import annotations

TITLE = "title"
KEY_FINDINGS = "key-findings"
DETAILS = "details"
BACKGROUND = "background"
OUTLOOK = "outlook"
SUMMARY = "summary"
HEADLINE_PARTS = frozenset({TITLE, KEY_FINDINGS})

# Section and sub-heading names, compared lower-case without punctuation, to the part they are:
# the site's own five headings and the ones editors and partner briefs use for the same parts
# ("In brief", "The short version", "TL;DR", "Highlights" for Key Findings; "Our view",
# "What to watch" for the outlook). Collect's anatomy reads report sections by this one table.
PARTS: dict[str, str] = {
    **dict.fromkeys(
        ["key findings", "key finding", "key takeaways", "takeaways", "summary", "what happened",
         "the news", "in brief", "in short", "the short version", "short version", "at a glance",
         "highlights", "key points", "tl dr", "tldr", "the bottom line", "bottom line", "bottom line up front", "bluf",
         "the gist", "what s new"],
        KEY_FINDINGS,
    ),
    **dict.fromkeys(
        ["technical clinical details", "technical details", "clinical details", "details",
         "the details", "key details", "specifications", "by the numbers", "the numbers"],
        DETAILS,
    ),
    **dict.fromkeys(
        ["background context", "background and context", "background", "the background",
         "context", "history"],
        BACKGROUND,
    ),
    **dict.fromkeys(
        ["strategic significance outlook", "strategic significance and outlook",
         "strategic significance", "outlook", "the outlook", "why it matters", "why this matters",
         "what it means", "what next", "what s next", "what to watch", "looking ahead",
         "our view", "our take", "implications", "analysis"],
        OUTLOOK,
    ),
    "source": "",
    "sources": "",
}  # fmt: skip
