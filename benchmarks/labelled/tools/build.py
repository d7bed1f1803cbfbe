#!/usr/bin/env python3
"""Build one labelled set (``--set DIR``, one content_wNN.py per ISO week): feeds and labels.toml.

The prose and the editor's judgement live in the set's content_wNN.py modules (one per
ISO week). This script renders them into

    2026-Www/troy-technical.rss.xml   WordPress-style RSS 2.0 (content:encoded)
    2026-Www/partner-briefs.atom.xml  Atom 1.0 partner briefs (escaped type="html")
    labels.toml                       verdicts, reasons, top picks, per-report labels

and then checks what it wrote: well-formed XML (xml.etree), feedparser's reading
(when feedparser is importable), every date inside its ISO week in UTC, tags that
map to exactly the labelled fields under the default taxonomy, every labelled
amount present verbatim in its report, and labels.toml read back with tomllib.

    python3 build.py            # build and check
    python3 build.py --check    # check the files already written, build nothing

Standard library only; feedparser is optional (the checks say when it was skipped).
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import importlib
import re
import sys

sys.dont_write_bytecode = True  # keep the shared folder free of __pycache__
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as xml_escape

TOOLS = Path(__file__).resolve().parent
# The set to build: a folder of content_w*.py modules (default: the current folder).
HERE = Path(sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else ".").resolve()
sys.path[:0] = [str(TOOLS), str(HERE)]

SITE = "https://troy-technical.example"
PARTNER = "https://briefs.lindqvist-research.example"
RSS_NAME = "troy-technical.rss.xml"
ATOM_NAME = "partner-briefs.atom.xml"
WEEK_MODULES = sorted(path.stem for path in HERE.glob("content_w*.py"))

FIELDS = ["quantum", "ai", "hpc", "semiconductors", "biotech", "energy", "space", "cybersecurity"]
VERDICTS = ["must-read", "worth-a-skim", "skip"]
KINDS = [
    "deal", "funding-round", "regulation", "approval", "record", "launch", "research-result",
    "product-release", "patch-release", "webinar-event", "hiring", "opinion", "forecast",
    "follow-up", "other",
]
WEIGHTS = ["major", "notable", "minor"]
ROLES = [
    "forecast", "valuation", "past-funding", "past-deal", "revenue", "cost-estimate", "ransom-demand",
    "sector-total", "capex", "price", "deal-component", "restated", "public-programme", "system-cost",
    "budget", "market-value-change", "comparison", "limit", "conversion",
]

# The embedded default taxonomy of the project (newsletter/defaults/newsletter.toml at the time
# this set was written), copied so the set checks itself without the project installed.
DEFAULT_ALIASES: dict[str, list[str]] = {
    "quantum": ["quantum computing", "quantum", "qubits", "qubit", "quantum technology", "quantum tech",
                "QC", "quantum networks", "quantum sensing"],
    "ai": ["ai", "artificial intelligence", "machine learning", "ml", "llm", "llms",
           "large language models", "generative ai", "genai", "deep learning"],
    "hpc": ["advanced computing", "hpc", "high performance computing", "high-performance computing",
            "supercomputing", "supercomputers", "exascale", "data centers", "datacenters"],
    "semiconductors": ["semiconductors", "semiconductor", "chips", "chip", "chipmaking", "foundry", "fabs",
                       "lithography", "euv"],
    "biotech": ["biotech", "biotechnology", "life sciences", "gene editing", "crispr", "genomics",
                "drug discovery", "clinical trials", "synthetic biology"],
    "energy": ["energy", "clean energy", "fusion", "nuclear", "batteries", "battery", "grid", "renewables",
               "solar", "hydrogen"],
    "space": ["space", "spaceflight", "satellites", "satellite", "launch vehicles", "nasa",
              "space exploration", "lunar", "orbital"],
    "cybersecurity": ["cybersecurity", "cyber security", "cyber", "infosec", "security", "ransomware",
                      "vulnerabilities", "post-quantum cryptography", "pqc", "zero trust"],
}

SUBSCRIBE_LINES = [
    "Get our weekly technology intelligence — free",
    "Receive an infographic that lets you judge at a glance whether each field’s analysis report "
    "is worth reading.",
    "Subscribe Free — Weekly Tech Intelligence",
    "By subscribing, you’ll receive Troy-Technical’s weekly technology intelligence newsletter.",
]
SUBSCRIBE_BULLETS = [
    "Your email and selected fields are used only to deliver the newsletter.",
    "We never share your information with third parties.",
    "You can unsubscribe anytime via the link in each email.",
]


from model import Amt, FieldWeek, Report  # noqa: E402  (the content modules use the same)
from score import amounts_in, same_amount  # noqa: E402  (one amount reader for build and score)
from traps import TRAPS  # noqa: E402


# --------------------------------------------------------------------------------------------
# Helpers


def parse_time(value: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise ValueError(f"time without offset: {value}")
    return moment


def utc(value: str) -> dt.datetime:
    return parse_time(value).astimezone(dt.timezone.utc)


def rfc822(value: str) -> str:
    moment = parse_time(value)
    return moment.strftime("%a, %d %b %Y %H:%M:%S ") + moment.strftime("%z")


def rfc3339(value: str) -> str:
    moment = parse_time(value)
    if moment.utcoffset() == dt.timedelta(0):
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    return moment.isoformat()


def iso_week(moment: dt.datetime) -> str:
    year, week, _ = moment.isocalendar()
    return f"{year}-W{week:02d}"


def week_bounds(week: str) -> tuple[dt.datetime, dt.datetime]:
    year, number = week.split("-W")
    start = dt.datetime.fromisocalendar(int(year), int(number), 1).replace(tzinfo=dt.timezone.utc)
    return start, start + dt.timedelta(days=7)


def texturize(text: str) -> str:
    """WordPress's wptexturize, the part that matters here: curly quotes and dashes as entities."""
    text = text.replace("’", "&#8217;").replace("‘", "&#8216;")
    text = re.sub(r"(\w)'(\w)", r"\1&#8217;\2", text)
    text = re.sub(r"(\w)'", r"\1&#8217;", text)
    text = re.sub(r"'(\w)", r"&#8216;\1", text)
    text = re.sub(r'"(\w)', r"&#8220;\1", text)
    text = text.replace('"', "&#8221;")
    text = text.replace(" – ", " &#8211; ").replace(" — ", " &#8212; ")
    return text


def html_text(text: str) -> str:
    """Escape prose for HTML, keeping the characters WordPress would texturize as entities."""
    return texturize(html.escape(text, quote=False))


def plain_text(text: str) -> str:
    """Escape prose for HTML as the partner's CMS does: no typographic rewriting."""
    return html.escape(text, quote=False)


def canonical(url: str) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if not k.lower().startswith("utm_")]
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path, urlencode(query), ""))


def norm_tag(tag: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", tag.lower())


ALIAS_INDEX = {norm_tag(alias): slug for slug, aliases in DEFAULT_ALIASES.items() for alias in aliases}


def fields_from_tags(tags: list[str]) -> list[str]:
    found = {ALIAS_INDEX[norm_tag(tag)] for tag in tags if norm_tag(tag) in ALIAS_INDEX}
    return [slug for slug in FIELDS if slug in found]


def split_details(item) -> tuple[str, list[str]]:
    if isinstance(item, tuple):
        return item[0], list(item[1])
    return item, []


# --------------------------------------------------------------------------------------------
# Site reports: WordPress RSS 2.0


def rss_link(report: Report) -> str:
    day = parse_time(report.published)
    return f"{SITE}/{day:%Y/%m/%d}/{report.slug}/"


def rss_guid(report: Report) -> str:
    return f"{SITE}/?p={report.post_id}"


def heading(markup: str, text: str) -> str:
    if markup in ("h2", "h3"):
        return f'<{markup} class="wp-block-heading">{html_text(text)}</{markup}>'
    if markup == "strong":
        return f"<p><strong>{html_text(text)}</strong></p>"
    return f"<p>{html_text(text)}</p>"


def bullet_html(text: str, labels: bool, esc=html_text) -> str:
    label, sep, rest = text.partition(": ")
    if labels and sep and len(label) <= 40:
        return f"<strong>{esc(label)}:</strong> {esc(rest)}"
    return esc(text)


def list_html(items: list, labels: bool, css: str = ' class="wp-block-list"', esc=html_text) -> str:
    out = [f"<ul{css}>"]
    for item in items:
        text, subs = split_details(item)
        if subs:
            inner = "".join(f"<li>{bullet_html(s, labels, esc)}</li>" for s in subs)
            out.append(f"<li>{bullet_html(text, labels, esc)}<ul{css}>{inner}</ul></li>")
        else:
            out.append(f"<li>{bullet_html(text, labels, esc)}</li>")
    out.append("</ul>")
    return "\n".join(out)


def paragraphs_html(text: str, esc=html_text) -> str:
    return "\n".join(f"<p>{esc(p.strip())}</p>" for p in text.split("\n\n") if p.strip())


def subscribe_html(box: str) -> str:
    if box == "none":
        return ""
    if box == "div":
        bullets = "".join(f"<li>{html_text(b)}</li>" for b in SUBSCRIBE_BULLETS)
        return "\n".join([
            '<div class="tt-newsletter-cta wp-block-group">',
            f"<h3>{html_text(SUBSCRIBE_LINES[0])}</h3>",
            f"<p>{html_text(SUBSCRIBE_LINES[1])}</p>",
            f'<p><a class="tt-btn" href="{SITE}/subscribe/">{html_text(SUBSCRIBE_LINES[2])}</a></p>',
            f"<p>{html_text(SUBSCRIBE_LINES[3])}</p>",
            f"<ul>{bullets}</ul>",
            f'<p>See our <a href="{SITE}/privacy-policy/">Privacy Policy</a> for details.</p>',
            '<p class="tt-cta-note">Takes about a minute · Unsubscribe anytime</p>',
            "</div>",
        ])
    # Pasted in as plain paragraphs, the way the seed report shows it.
    lines = [f"<p>{html_text(line)}</p>" for line in SUBSCRIBE_LINES]
    lines += [f"<p>- {html_text(b)}</p>" for b in SUBSCRIBE_BULLETS]
    lines += [
        "<p>See our Privacy Policy for details.</p>",
        "<p>Takes about a minute · Unsubscribe anytime</p>",
    ]
    return "\n".join(lines)


def comments_html(style: str) -> str:
    return {
        "h2": '<h2 class="comments-title">Comments</h2>',
        "h3": '<h3 id="comments">Comments</h3>',
        "p": "<p>Comments</p>",
        "none": "",
    }[style]


def report_body_html(report: Report) -> str:
    markup = "h3" if report.markup == "desc-only" else report.markup
    parts = [heading(markup, report.kf_heading)] if report.kf_heading else []
    if report.kf_bullets and report.kf_numbered:
        items = "".join(f"<li>{html_text(k)}</li>" for k in report.key_findings)
        parts.append(f'<ol class="wp-block-list">{items}</ol>')
    elif report.kf_bullets:
        parts.append(list_html(report.key_findings, labels=False))
    else:
        parts.extend(f"<p>{html_text(p)}</p>" for p in report.key_findings)
    parts.append(heading(markup, report.details_heading))
    if report.details_style == "table":
        rows = []
        for item in report.details:
            text, _ = split_details(item)
            label, sep, rest = text.partition(": ")
            cells = [label, rest] if sep else [text, ""]
            rows.append("<tr>" + "".join(f"<td>{html_text(c)}</td>" for c in cells) + "</tr>")
        parts.append('<figure class="wp-block-table"><table><tbody>' + "".join(rows) + "</tbody></table></figure>")
    elif report.details_style == "paras":
        parts.extend(f"<p>{html_text(split_details(item)[0])}</p>" for item in report.details)
    else:
        parts.append(list_html(report.details, labels=report.bullet_labels))
    parts.append(heading(markup, "Background & Context"))
    parts.append(paragraphs_html(report.background))
    parts.append(heading(markup, "Strategic Significance & Outlook"))
    parts.append(paragraphs_html(report.outlook))
    if report.source_link:
        parts.append(f'<p>Source: <a href="{report.source}" rel="nofollow noopener">{report.source}</a></p>')
    else:
        parts.append(f"<p>Source: {report.source}</p>")
    return "\n".join(parts)


def report_full_html(report: Report) -> str:
    pieces = [report_body_html(report), subscribe_html(report.box), comments_html(report.comments)]
    return "\n".join(p for p in pieces if p)


def wp_excerpt(report: Report) -> str:
    """WordPress's auto-excerpt: the first 55 words of the stripped content, then [&#8230;]."""
    text = re.sub(r"<[^>]+>", " ", report_body_html(report))
    words = html.unescape(text).split()
    excerpt = " ".join(words[:55])
    return html_text(excerpt) + " [&#8230;]"


def cdata(text: str) -> str:
    if "]]>" in text:
        raise ValueError("CDATA terminator inside content")
    return f"<![CDATA[{text}]]>"


def render_rss(week: str, reports: list[Report]) -> str:
    items = sorted((r for r in reports if r.feed == "rss"), key=lambda r: utc(r.published), reverse=True)
    last = max(utc(r.published) for r in items)
    build_date = (last + dt.timedelta(minutes=7)).strftime("%a, %d %b %Y %H:%M:%S +0000")
    out = [
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
        '\txmlns:content="http://purl.org/rss/1.0/modules/content/"',
        '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
        '\txmlns:dc="http://purl.org/dc/elements/1.1/"',
        '\txmlns:atom="http://www.w3.org/2005/Atom"',
        '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"',
        '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"',
        "\t>",
        "",
        "<channel>",
        "\t<title>Troy-Technical</title>",
        f'\t<atom:link href="{SITE}/feed/" rel="self" type="application/rss+xml" />',
        f"\t<link>{SITE}</link>",
        "\t<description>Technology intelligence: analysis reports on quantum, AI, advanced computing, "
        "semiconductors, biotech, energy, space and cybersecurity</description>",
        f"\t<lastBuildDate>{build_date}</lastBuildDate>",
        "\t<language>en-US</language>",
        "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>",
        "\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>",
        "\t<generator>https://wordpress.org/?v=6.8.3</generator>",
        "",
        "<image>",
        f"\t<url>{SITE}/wp-content/uploads/2025/03/cropped-tt-icon-32x32.png</url>",
        "\t<title>Troy-Technical</title>",
        f"\t<link>{SITE}</link>",
        "\t<width>32</width>",
        "\t<height>32</height>",
        "</image> ",
    ]
    for report in items:
        link = rss_link(report)
        out.append("\t<item>")
        out.append(f"\t\t<title>{texturize(xml_escape(report.title))}</title>")
        out.append(f"\t\t<link>{link}</link>")
        out.append(f"\t\t<comments>{link}#respond</comments>")
        out.append(f"\t\t<dc:creator>{cdata(report.author)}</dc:creator>")
        out.append(f"\t\t<pubDate>{rfc822(report.published)}</pubDate>")
        names = [report.wp_category] + [t for t in report.tags if t.lower() != report.wp_category.lower()]
        for name in names:
            out.append(f"\t\t<category>{cdata(name)}</category>")
        out.append("")
        out.append(f'\t\t<guid isPermaLink="false">{rss_guid(report)}</guid>')
        if report.markup == "desc-only":
            out.append(f"\t\t\t\t\t<description>{cdata(report_full_html(report))}</description>")
        else:
            out.append(f"\t\t\t\t\t<description>{cdata(wp_excerpt(report))}</description>")
            out.append(f"\t\t\t\t\t\t\t\t\t<content:encoded>{cdata(report_full_html(report))}</content:encoded>")
        out.append(f"\t\t\t\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>")
        out.append(f"\t\t\t<slash:comments>{report.post_id % 3}</slash:comments>")
        out.append("\t\t</item>")
    out += ["\t</channel>", "</rss>", ""]
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# Partner briefs: Atom 1.0


def brief_html(report: Report) -> str:
    if report.syndicates:
        parts = [f"<p>{plain_text(p)}</p>" for p in report.key_findings]
        parts.append(paragraphs_html(report.outlook, plain_text))
        parts.append(
            "<p><em>This analysis first appeared on Troy-Technical. "
            f'<a href="{html.escape(report.link)}">Read the full report</a>.</em></p>'
        )
        return "\n".join(parts)

    def head(text: str) -> str:
        if report.atom_markup == "h4":
            return f"<h4>{plain_text(text)}</h4>"
        if report.atom_markup == "strong":
            return f"<p><b>{plain_text(text)}</b></p>"
        return ""

    parts = []
    if report.key_findings:
        parts.append(head("Key findings"))
        if report.kf_bullets and report.kf_numbered:
            parts.append("<ol>" + "".join(f"<li>{plain_text(k)}</li>" for k in report.key_findings) + "</ol>")
        elif report.kf_bullets:
            parts.append(list_html(report.key_findings, labels=False, css="", esc=plain_text))
        else:
            parts.extend(f"<p>{plain_text(p)}</p>" for p in report.key_findings)
    if report.details:
        parts.append(head("Details"))
        parts.append(list_html(report.details, labels=report.bullet_labels, css="", esc=plain_text))
    if report.background:
        parts.append(head("Context"))
        parts.append(paragraphs_html(report.background, plain_text))
    if report.outlook:
        parts.append(head(report.why_heading))
        parts.append(paragraphs_html(report.outlook, plain_text))
    if report.source:
        parts.append(f'<p>Source: <a href="{report.source}">{plain_text(report.source)}</a></p>')
    return "\n".join(p for p in parts if p)


def render_atom(week: str, reports: list[Report]) -> str:
    entries = sorted((r for r in reports if r.feed == "atom"), key=lambda r: utc(r.published), reverse=True)
    last = max(utc(r.updated or r.published) for r in entries)
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
        "  <title>Lindqvist Research Network — Partner Briefs</title>",
        "  <subtitle>Short technology briefs from Troy-Technical's research partners.</subtitle>",
        f'  <link rel="self" type="application/atom+xml" href="{PARTNER}/feed/atom.xml"/>',
        f'  <link rel="alternate" type="text/html" href="{PARTNER}/"/>',
        "  <id>tag:briefs.lindqvist-research.example,2026:feed</id>",
        f"  <updated>{last.strftime('%Y-%m-%dT%H:%M:%SZ')}</updated>",
        '  <generator uri="https://briefs.lindqvist-research.example/about" version="3.1">BriefDesk</generator>',
        "  <author><name>Lindqvist Briefing Desk</name></author>",
        f"  <icon>{PARTNER}/icon.png</icon>",
    ]
    for report in entries:
        out.append("  <entry>")
        out.append(f"    <title>{xml_escape(report.title)}</title>")
        out.append(f'    <link rel="alternate" type="text/html" href="{xml_escape(report.link)}"/>')
        out.append(f"    <id>{xml_escape(report.entry_id)}</id>")
        out.append(f"    <published>{rfc3339(report.published)}</published>")
        out.append(f"    <updated>{rfc3339(report.updated or report.published)}</updated>")
        out.append(f"    <author><name>{xml_escape(report.author)}</name></author>")
        for tag in report.tags:
            term = re.sub(r"[^0-9a-z]+", "-", tag.lower()).strip("-")
            out.append(
                f'    <category term="{xml_escape(term)}" scheme="{PARTNER}/topics/" '
                f'label="{xml_escape(tag, {chr(34): "&quot;"})}"/>'
            )
        if report.summary:
            out.append(f'    <summary type="text">{xml_escape(report.summary)}</summary>')
        out.append(f'    <content type="html">{xml_escape(brief_html(report))}</content>')
        out.append("  </entry>")
    out += ["</feed>", ""]
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# Identity of reports (what labels.toml calls a report id)


def report_id(report: Report) -> str:
    return rss_guid(report) if report.feed == "rss" else report.entry_id


def report_link(report: Report) -> str:
    return rss_link(report) if report.feed == "rss" else report.link


# --------------------------------------------------------------------------------------------
# labels.toml writer (tiny: strings, ints, bools, lists, inline tables)


def toml_str(value: str) -> str:
    out = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{out}"'


def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return toml_str(value)
    if isinstance(value, dict):
        inner = ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items())
        return "{ " + inner + " }"
    if isinstance(value, list):
        if not value:
            return "[]"
        rendered = [toml_value(v) for v in value]
        flat = "[" + ", ".join(rendered) + "]"
        if len(flat) <= 100 and not any(isinstance(v, dict) for v in value):
            return flat
        return "[\n" + "".join(f"  {r},\n" for r in rendered) + "]"
    raise TypeError(f"cannot write {type(value)} to TOML")


def amount_table(amount: Amt, report: Report | None = None, with_role: bool = False) -> dict:
    table = {"currency": amount.currency, "amount": amount.amount, "text": amount.text}
    if with_role:
        table["role"] = amount.role
    if report is not None:
        table["where"] = where_found(report, amount.text)
    return table


def report_sections(report: Report) -> dict[str, str]:
    details = []
    for item in report.details:
        text, subs = split_details(item)
        details.append(text)
        details.extend(subs)
    return {
        "title": report.title,
        "key-findings": " ".join(report.key_findings),
        "details": " ".join(details),
        "background": report.background,
        "outlook": report.outlook,
        "summary": report.summary,
    }


def where_found(report: Report, text: str) -> list[str]:
    return [name for name, body in report_sections(report).items() if text in body]


def sentence_count(text: str) -> int:
    text = re.sub(r"\b(Dr|Mr|Ms|Mrs|St|No|vs|Inc|Ltd)\.", r"\1", text.strip())
    return len([s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z‘'\"0-9])", text) if s.strip()])


# --------------------------------------------------------------------------------------------
# Build


@dataclass
class Week:
    name: str
    reports: list[Report]
    fields: dict[str, FieldWeek]
    notes: str


def load_weeks() -> list[Week]:
    weeks = []
    for module_name in WEEK_MODULES:
        module = importlib.import_module(module_name)
        weeks.append(Week(module.WEEK, list(module.REPORTS), dict(module.FIELDS), module.NOTES))
    return weeks


def all_by_key(weeks: list[Week]) -> dict[str, Report]:
    by_key: dict[str, Report] = {}
    for week in weeks:
        for report in week.reports:
            if report.key in by_key:
                raise SystemExit(f"duplicate key {report.key}")
            by_key[report.key] = report
    return by_key


def write_feeds(weeks: list[Week], by_key: dict[str, Report]) -> list[Path]:
    written = []
    for week in weeks:
        folder = HERE / week.name
        folder.mkdir(exist_ok=True)
        rss = folder / RSS_NAME
        rss.write_text(render_rss(week.name, week.reports), encoding="utf-8")
        atom = folder / ATOM_NAME
        atom.write_text(render_atom(week.name, week.reports), encoding="utf-8")
        written += [rss, atom]
    return written


def labels_toml(weeks: list[Week], by_key: dict[str, Report]) -> str:
    def rid(key: str) -> str:
        return report_id(by_key[key])

    def id_lines(name: str, keys: list[str]) -> list[str]:
        """A list of report ids, one a line, each followed by its title as a comment."""
        if not keys:
            return [f"{name} = []"]
        out = [f"{name} = ["]
        for key in keys:
            out.append(f"  {toml_str(rid(key))},  # {by_key[key].title}")
        out.append("]")
        return out

    totals = {v: sum(1 for w in weeks for s in FIELDS if w.fields[s].verdict == v) for v in VERDICTS}
    lines = [
        "# Labelled curation set: the editor's judgement for " + ", ".join(w.name for w in weeks) + ".",
        "# Generated by tools/build.py from " + ", ".join(m + ".py" for m in WEEK_MODULES) + "; edit those and rebuild, not this file.",
        "# Report ids are the feed's own ids: the RSS <guid> (WordPress ?p= ids) or the Atom <id>.",
        "# Amounts: amount is in units of the currency (no scaling), text is the literal spelling.",
        "# See README.md for the meaning of every key.",
        "",
        "schema = 1",
        f"weeks = {toml_value([w.name for w in weeks])}",
        f"fields = {toml_value(FIELDS)}",
        f"verdicts = {toml_value(VERDICTS)}",
        f"kinds = {toml_value(KINDS)}",
        f"verdict_counts = {toml_value(totals)}",
        "",
    ]
    for week in weeks:
        start, end = week_bounds(week.name)
        distinct = [r for r in week.reports if not r.syndicates]
        copies = [r for r in week.reports if r.syndicates]
        unfiled = [r for r in distinct if not r.fields]
        lines += [
            f'[week."{week.name}"]',
            f'starts = "{start.strftime("%Y-%m-%dT%H:%M:%SZ")}"',
            f'ends = "{end.strftime("%Y-%m-%dT%H:%M:%SZ")}"  # exclusive',
            f'files = {toml_value([f"{week.name}/{RSS_NAME}", f"{week.name}/{ATOM_NAME}"])}',
            f"entries = {len(week.reports)}",
            f"rss_items = {sum(1 for r in week.reports if r.feed == 'rss')}",
            f"atom_entries = {sum(1 for r in week.reports if r.feed == 'atom')}",
            f"distinct_reports = {len(distinct)}",
            f"filed_reports = {len(distinct) - len(unfiled)}",
            *id_lines("unfiled", [r.key for r in unfiled]),
            "duplicates = " + toml_value([
                {"copy": report_id(r), "of": rid(r.syndicates)} for r in copies
            ]),
            f"notes = {toml_str(week.notes)}",
            "",
        ]
        for slug in FIELDS:
            fw = week.fields[slug]
            members = [r.key for r in distinct if slug in r.fields]
            lines += [
                f'[week."{week.name}".field.{slug}]',
                f"verdict = {toml_str(fw.verdict)}",
                f"reason = {toml_str(fw.reason)}",
                f"report_count = {len(members)}",
                *id_lines("reports", members),
            ]
            if fw.top1:
                lines.append(f"top1 = {toml_str(rid(fw.top1))}  # {by_key[fw.top1].title}")
            if fw.top1_also_ok:
                lines += id_lines("top1_also_ok", fw.top1_also_ok)
            if fw.top3:
                lines += id_lines("top3", fw.top3)
                lines.append(f"top3_order = {toml_str(fw.top3_order)}")
            if fw.must_not_lead:
                lines += id_lines("must_not_lead", fw.must_not_lead)
            if fw.reason_amount:
                lines.append(f"reason_amount = {toml_value(amount_table(fw.reason_amount))}")
            if fw.notes:
                lines.append(f"notes = {toml_str(fw.notes)}")
            lines.append("")
    for trap in TRAPS:
        lines.append("[[trap]]")
        lines.append(f"name = {toml_str(trap['name'])}")
        lines.append(f"what = {toml_str(trap['what'])}")
        if trap.get("keys"):
            lines += id_lines("reports", trap["keys"])
        if trap.get("field_weeks"):
            lines.append(f"field_weeks = {toml_value(trap['field_weeks'])}")
        lines.append("")
    for week in weeks:
        for report in sorted(week.reports, key=lambda r: utc(r.published)):
            table = {
                "id": report_id(report),
                "key": report.key,
                "week": week.name,
                "feed": report.feed,
                "published": rfc3339(report.published),
                "published_utc": utc(report.published).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "title": report.title,
                "link": report_link(report),
                "tags": report.tags,
                "fields": report.fields,
                "kind": report.kind,
                "weight": report.weight,
            }
            lines.append("[[report]]")
            for name, value in table.items():
                lines.append(f"{name} = {toml_value(value)}")
            if report.syndicates:
                lines.append(f"duplicate_of = {toml_str(rid(report.syndicates))}")
            if report.follows_up:
                lines.append(f"follows_up = {toml_str(rid(report.follows_up))}")
                lines.append(f"adds_news = {toml_value(bool(report.adds_news))}")
            if report.headline:
                lines.append(f"headline_amount = {toml_value(amount_table(report.headline, report))}")
            lines.append("incidental_amounts = " + toml_value(
                [amount_table(a, report, with_role=True) for a in report.incidental]
            ))
            if report.cue_traps:
                lines.append(f"cue_traps = {toml_value(report.cue_traps)}")
            if report.notes:
                lines.append(f"notes = {toml_str(report.notes)}")
            lines.append("")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Checks


class Problems(list):
    def add(self, where: str, message: str) -> None:
        self.append(f"{where}: {message}")


def check_model(weeks: list[Week], by_key: dict[str, Report], problems: Problems) -> None:
    ids: dict[str, str] = {}
    post_ids: set[int] = set()
    for week in weeks:
        start, end = week_bounds(week.name)
        for report in week.reports:
            where = f"{week.name} {report.key}"
            rid = report_id(report)
            if rid in ids:
                problems.add(where, f"id {rid} also used by {ids[rid]}")
            ids[rid] = report.key
            for stamp in [report.published, report.updated]:
                if stamp and not start <= utc(stamp) < end:
                    problems.add(where, f"time {stamp} is outside {week.name} in UTC")
            if report.updated and utc(report.updated) < utc(report.published):
                problems.add(where, "updated before published")
            if report.kind not in KINDS:
                problems.add(where, f"unknown kind {report.kind}")
            if report.weight not in WEIGHTS:
                problems.add(where, f"unknown weight {report.weight}")
            if report.feed == "rss":
                if report.post_id in post_ids:
                    problems.add(where, f"post id {report.post_id} reused")
                post_ids.add(report.post_id)
                if not report.slug:
                    problems.add(where, "no slug")
                for name, text in [("background", report.background), ("outlook", report.outlook)]:
                    count = sentence_count(text)
                    if not 3 <= count <= 6:
                        problems.add(where, f"{name} has {count} sentences (want 3-6)")
                kf = len(report.key_findings) if report.kf_bullets else sentence_count(" ".join(report.key_findings))
                if not 3 <= kf <= 6:
                    problems.add(where, f"key findings have {kf} sentences/bullets (want 3-6)")
                if not 3 <= len(report.details) <= 6:
                    problems.add(where, f"{len(report.details)} detail bullets (want 3-6)")
            else:
                if not report.entry_id.startswith("tag:"):
                    problems.add(where, "Atom id should be a tag: URI")
                if not report.link:
                    problems.add(where, "no link")
            if report.syndicates:
                original = by_key[report.syndicates]
                if canonical(report.link) != canonical(report_link(original)):
                    problems.add(where, "syndicated link does not canonicalise to the original")
                if "utm_" not in report.link:
                    problems.add(where, "syndicated copy without utm_ parameters")
                if report.fields != original.fields or report.kind != original.kind:
                    problems.add(where, "syndicated copy labelled differently from the original")
                continue
            mapped = fields_from_tags(report.tags)
            if mapped != report.fields:
                problems.add(where, f"tags map to {mapped}, labels say {report.fields}")
            for slug in report.fields:
                if slug not in FIELDS:
                    problems.add(where, f"unknown field {slug}")
            if report.headline:
                if not ({"title", "key-findings"} & set(where_found(report, report.headline.text))):
                    problems.add(where, f"headline {report.headline.text!r} not in title or key findings")
            labelled = [(a.currency, float(a.amount)) for a in report.incidental]
            if report.headline:
                labelled.append((report.headline.currency, float(report.headline.amount)))
            for name, text in report_sections(report).items():
                for found in amounts_in(text):
                    if not any(same_amount(found, known) for known in labelled):
                        problems.add(where, f"amount {found} in {name} is neither headline nor incidental")
            for amount in report.incidental:
                if amount.role not in ROLES:
                    problems.add(where, f"unknown role {amount.role!r}")
                if not where_found(report, amount.text):
                    problems.add(where, f"incidental {amount.text!r} not found in the report")
            if report.follows_up and report.follows_up not in by_key:
                problems.add(where, f"follows_up {report.follows_up} unknown")
            if report.follows_up and report.adds_news is None:
                problems.add(where, "follow-up without adds_news")
        for slug in FIELDS:
            fw = week.fields.get(slug)
            if fw is None:
                problems.add(week.name, f"no judgement for {slug}")
                continue
            if fw.verdict not in VERDICTS:
                problems.add(week.name, f"{slug}: unknown verdict {fw.verdict}")
            members = {r.key for r in week.reports if slug in r.fields and not r.syndicates}
            if not members:
                problems.add(week.name, f"{slug} has no reports")
            for key in [fw.top1, *fw.top1_also_ok, *fw.top3, *fw.must_not_lead]:
                if key and key not in members:
                    problems.add(week.name, f"{slug}: {key} is not one of the field's reports")
            if fw.top1 and fw.top3 and fw.top3[0] != fw.top1 and fw.top3_order != "set":
                problems.add(week.name, f"{slug}: top3 does not start with top1")
            if fw.top3_order not in ("strict", "first-only", "set"):
                problems.add(week.name, f"{slug}: bad top3_order {fw.top3_order}")
            if len(fw.reason) > 200 or "\n" in fw.reason:
                problems.add(week.name, f"{slug}: reason is not one line of <= 200 characters")
            if fw.reason_amount and fw.reason_amount.text not in fw.reason:
                problems.add(week.name, f"{slug}: reason does not carry {fw.reason_amount.text!r}")
            # The editorial rule this set follows: the field's weightiest report sets the verdict.
            weights = {r.weight for r in week.reports if slug in r.fields and not r.syndicates}
            expected = ("must-read" if "major" in weights else "worth-a-skim" if "notable" in weights else "skip")
            if fw.verdict != expected:
                problems.add(week.name, f"{slug}: verdict {fw.verdict} but the weightiest report says {expected}")
    week_names = {w.name for w in weeks}
    for trap in TRAPS:
        for key in trap.get("keys", []):
            if key not in by_key:
                problems.add(f"trap {trap['name']}", f"unknown report key {key}")
        for item in trap.get("field_weeks", []):
            week_name, _, slug = item.partition(":")
            if week_name not in week_names or slug not in FIELDS:
                problems.add(f"trap {trap['name']}", f"bad field-week {item}")


def check_files(weeks: list[Week], by_key: dict[str, Report], problems: Problems) -> list[str]:
    notes = []
    try:
        import feedparser  # type: ignore[import-not-found]
    except ImportError:
        feedparser = None
        notes.append("feedparser not importable: feedparser checks skipped")
    ns = {"atom": "http://www.w3.org/2005/Atom", "content": "http://purl.org/rss/1.0/modules/content/"}
    for week in weeks:
        start, end = week_bounds(week.name)
        rss_path = HERE / week.name / RSS_NAME
        atom_path = HERE / week.name / ATOM_NAME
        for path in (rss_path, atom_path):
            try:
                ET.parse(path)
            except ET.ParseError as error:
                problems.add(str(path.relative_to(HERE)), f"not well-formed XML: {error}")
        rss_items = ET.parse(rss_path).getroot().findall("./channel/item")
        atom_entries = ET.parse(atom_path).getroot().findall("atom:entry", ns)
        want_rss = sum(1 for r in week.reports if r.feed == "rss")
        want_atom = sum(1 for r in week.reports if r.feed == "atom")
        if len(rss_items) != want_rss or len(atom_entries) != want_atom:
            problems.add(week.name, "item counts in the files differ from the content modules")
        for item in rss_items:
            body = item.findtext("content:encoded", default="", namespaces=ns) or item.findtext("description")
            if "Get our weekly technology intelligence" not in body and "tt-newsletter-cta" not in body:
                guid = item.findtext("guid")
                if by_key_by_id(by_key).get(guid) and by_key_by_id(by_key)[guid].box != "none":
                    problems.add(week.name, f"{guid}: subscribe box missing")
        if feedparser is None:
            continue
        for path in (rss_path, atom_path):
            parsed = feedparser.parse(path.read_bytes())
            label = str(path.relative_to(HERE))
            if parsed.bozo:
                problems.add(label, f"feedparser bozo: {parsed.bozo_exception!r}")
            for entry in parsed.entries:
                stamp = entry.get("published_parsed") or entry.get("updated_parsed")
                if stamp is None:
                    problems.add(label, f"{entry.get('id')}: feedparser found no date")
                    continue
                moment = dt.datetime(*stamp[:6], tzinfo=dt.timezone.utc)
                if not start <= moment < end:
                    problems.add(label, f"{entry.get('id')}: feedparser date {moment} outside the week")
                if entry.get("id") not in by_key_by_id(by_key):
                    problems.add(label, f"feedparser id {entry.get('id')!r} is not a labelled id")
                report = by_key_by_id(by_key).get(entry.get("id"))
                if report and not report.syndicates:
                    # Readers may take an Atom category's label or its term (a slug); both must map alike.
                    for attr in ("label", "term"):
                        terms = [t.get(attr) or t.get("term") for t in entry.get("tags", [])]
                        if fields_from_tags(terms) != report.fields:
                            problems.add(label, f"{report.key}: feedparser tag {attr}s {terms} map differently")
                if report and quotes(report.title) != quotes(html.unescape(entry.get("title", ""))):
                    problems.add(label, f"{report.key}: feedparser title {entry.get('title')!r}")
            notes.append(f"{label}: feedparser read {len(parsed.entries)} entries, bozo={parsed.bozo}")
    return notes


def quotes(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').replace("–", "-")


_ID_CACHE: dict[int, dict[str, Report]] = {}


def by_key_by_id(by_key: dict[str, Report]) -> dict[str, Report]:
    cache = _ID_CACHE.get(id(by_key))
    if cache is None:
        cache = {report_id(r): r for r in by_key.values()}
        _ID_CACHE[id(by_key)] = cache
    return cache


def check_labels(weeks: list[Week], problems: Problems) -> list[str]:
    path = HERE / "labels.toml"
    try:
        labels = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        problems.add("labels.toml", f"does not parse: {error}")
        return []
    reports = {r["id"]: r for r in labels["report"]}
    counts = {v: 0 for v in VERDICTS}
    for week in weeks:
        table = labels["week"][week.name]
        for slug in FIELDS:
            fw = table["field"][slug]
            counts[fw["verdict"]] += 1
            for rid in [fw.get("top1", ""), *fw.get("top3", []), *fw["reports"]]:
                if rid and rid not in reports:
                    problems.add("labels.toml", f"{week.name} {slug}: unknown id {rid}")
    if counts != labels["verdict_counts"]:
        problems.add("labels.toml", "verdict_counts disagree with the field tables")
    return [f"labels.toml: {len(reports)} report rows, verdicts {counts}"]


def summary(weeks: list[Week]) -> list[str]:
    out = []
    for week in weeks:
        distinct = [r for r in week.reports if not r.syndicates]
        verdicts = {v: [s for s in FIELDS if week.fields[s].verdict == v] for v in VERDICTS}
        per_field = {s: sum(1 for r in distinct if s in r.fields) for s in FIELDS}
        out.append(
            f"{week.name}: {len(week.reports)} entries ({sum(r.feed == 'rss' for r in week.reports)} RSS, "
            f"{sum(r.feed == 'atom' for r in week.reports)} Atom), {len(distinct)} distinct reports, "
            f"{sum(1 for r in distinct if not r.fields)} unfiled; per field {per_field}; "
            + "; ".join(f"{v}: {', '.join(s) or '-'}" for v, s in verdicts.items())
        )
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="check the written files, build nothing")
    parser.add_argument(
        "--set", metavar="DIR", default=".", help="the set's folder (read at import as HERE)"
    )
    args = parser.parse_args()
    weeks = load_weeks()
    by_key = all_by_key(weeks)
    problems = Problems()
    check_model(weeks, by_key, problems)
    if not args.check:
        write_feeds(weeks, by_key)
        (HERE / "labels.toml").write_text(labels_toml(weeks, by_key), encoding="utf-8")
    notes = check_files(weeks, by_key, problems)
    notes += check_labels(weeks, problems)
    for line in summary(weeks) + notes:
        print(line)
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for line in problems:
            print("  " + line)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
