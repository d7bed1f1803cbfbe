"""``/archive/feed.xml``: the published issues as an Atom 1.0 feed (RFC 4287).

Built with the standard library's ElementTree, so every title and summary is escaped as XML.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from xml.etree import ElementTree as ET

from newsletter.db.issuestore import Published
from newsletter.web.archive_data import IssueSummary

ATOM_NS = "http://www.w3.org/2005/Atom"
FEED_ENTRIES = 20  # the newest issues a feed reader needs to catch up after a few months
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def _when(row: Published) -> dt.datetime:
    """Return when ``row`` was published (its week's Monday when the time is unknown)."""
    if row.sent_at is not None:
        return row.sent_at  # aware UTC: the column's type (UtcDateTime) sees to it
    return dt.datetime.combine(row.week_start, dt.time(), tzinfo=dt.UTC)


def atom_feed(
    entries: Sequence[tuple[Published, IssueSummary]],
    *,
    base_url: str,
    title: str,
    publisher: str,
) -> bytes:
    """Return the Atom document for ``entries`` (newest first) as UTF-8 bytes.

    Entry ids are the issues' permanent web addresses (RFC 4287 section 4.2.6 asks for an
    IRI that never changes); ``updated`` is when each issue was sent.
    """
    ET.register_namespace("", ATOM_NS)

    def add(parent: ET.Element, tag: str, text: str = "", **attributes: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attributes)
        if text:
            element.text = text
        return element

    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    archive = f"{base_url}/archive"
    add(feed, "id", archive)
    add(feed, "title", title)
    add(feed, "subtitle", f"Every issue of {title}: which fields are worth reading each week.")
    newest = max((_when(row) for row, _ in entries), default=_EPOCH)
    add(feed, "updated", newest.isoformat())
    author = add(feed, "author")
    add(author, "name", publisher)
    add(feed, "link", rel="self", href=f"{archive}/feed.xml", type="application/atom+xml")
    add(feed, "link", rel="alternate", href=archive, type="text/html")
    for row, summary in entries:
        entry = add(feed, "entry")
        url = f"{archive}/{row.id}"
        add(entry, "id", url)
        add(entry, "title", f"{summary.week_label}: {summary.headline}")
        add(entry, "updated", _when(row).isoformat())
        add(entry, "link", rel="alternate", href=url, type="text/html")
        add(entry, "summary", summary.description)
    document: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return document
