"""Report bodies as HTML trees (lxml's libxml2 parser) read line by line.

lxml parses and repairs any markup in C; collect only walks the tree to read its text
lines (blocks, headings and ``<br>`` start lines; list items get a ``- ``), and
``collect.sanitize`` prunes it before nh3 cleans the serialised result.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TypeAlias

from lxml import etree

BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    }
)
# Elements whose content is code or a frame's fallback, never readable text.
HIDDEN_TAGS = frozenset(
    {"script", "style", "applet", "template", "noscript", "iframe", "noembed", "noframes"}
)
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
BOLD_TAGS = frozenset({"b", "strong"})
# What ends the current line: a block (headings included) or a <br>.
_LINE_BREAKS = BLOCK_TAGS | {"br"}

# libxml2 refuses NUL and the C0 controls XML forbids, and the noncharacters U+FFFE and
# U+FFFF; they carry no text anyway. They are deleted from the UTF-8 bytes (in C, about
# five times faster than a regex over the text): a C0 byte is never part of a longer
# UTF-8 sequence, and EF BF BE / EF BF BF only ever encode the two noncharacters.
_C0_CONTROLS = bytes(code for code in range(0x20) if code not in (0x09, 0x0A, 0x0D))
_NONCHARACTERS = ("\ufffe".encode(), "\uffff".encode())
# lxml's plain etree parser: its elements are C objects (lxml.html's element classes are
# looked up in Python for every node, which cost more than the parse).
_PARSER = etree.HTMLParser(
    remove_comments=True, remove_pis=True, no_network=True, recover=True, encoding="utf-8"
)

Tree: TypeAlias = etree._Element


@dataclass(frozen=True, slots=True)
class TextLine:
    """One line of readable text; ``is_heading`` for headings and lines that are all bold."""

    text: str
    is_heading: bool = False


def parse_html(markup: str) -> Tree:
    """Parse an HTML fragment; return its ``<body>``, broken markup repaired.

    Never raises for bad input: control characters and lone surrogates are dropped first
    (libxml2 refuses them), and a document without a body gives an empty ``<body>``.
    """
    cleaned = markup.encode("utf-8", "replace").translate(None, _C0_CONTROLS)
    if b"\xef\xbf" in cleaned:
        for noncharacter in _NONCHARACTERS:
            cleaned = cleaned.replace(noncharacter, b"")
    root = etree.fromstring(cleaned, _PARSER) if cleaned.strip() else None
    body = root.find("body") if root is not None else None
    return body if body is not None else etree.Element("body")


def html_to_lines(markup: str) -> list[TextLine]:
    """Turn HTML (or plain text) into non-empty text lines, list items prefixed with ``- ``."""
    if "<" not in markup:
        # Spaces collapse as they do in HTML text, so both kinds of body read alike.
        return [
            TextLine(" ".join(line.split()))
            for line in html.unescape(markup).splitlines()
            if line.strip()
        ]
    return tree_to_lines(parse_html(markup))


# Blocks that make their parent a container rather than a leaf (a <p> inside stays a leaf).
NESTING_BLOCKS = BLOCK_TAGS - {"p"}

LeafBlocks = list[tuple[Tree, str]]


def tree_to_lines(tree: Tree, leaves: LeafBlocks | None = None) -> list[TextLine]:
    """Return the text lines of an already parsed tree (see ``html_to_lines``).

    When ``leaves`` is given, every leaf block met (one holding no other block but ``<p>``)
    is appended with its text, so that the sanitiser can judge blocks without a second walk.
    """
    lines: list[TextLine] = []
    _collect_lines(tree, lines, leaves)
    return lines


def text_of(element: Tree) -> str:
    """Return an element's text with whitespace collapsed (script and style left out)."""
    if not len(element):  # text only, as most headings are
        text = element.text
        return " ".join(text.split()) if text else ""
    return " ".join("".join(_gather(element, [])).split())


def drop(element: Tree) -> None:
    """Remove an element and what it holds, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def serialize(tree: Tree) -> str:
    """Write what a parsed fragment's ``<body>`` holds back as HTML (one C call)."""
    written = etree.tostring(tree, encoding="unicode", method="html", with_tail=False)
    start = written.find(">") + 1
    end = written.rfind("</")
    return written[start:end] if 0 < start <= end else ""


def _tag(element: object) -> str:
    """An element's tag name; "" for comments and processing instructions."""
    tag = getattr(element, "tag", "")
    return tag if isinstance(tag, str) else ""


def _gather(element: Tree, parts: list[str]) -> list[str]:
    """Append the text inside ``element`` to ``parts``: a <br> or a block adds a space."""
    text = element.text  # lxml makes a new str at every read of .text or .tail
    if text:
        parts.append(text)
    for child in element:
        tag = _tag(child)
        if tag == "br":
            parts.append(" ")
        elif tag and tag not in HIDDEN_TAGS:
            _gather(child, parts)
            if tag in BLOCK_TAGS:
                parts.append(" ")
        tail = child.tail
        if tail:
            parts.append(tail)
    return parts


def _collect_lines(node: Tree, lines: list[TextLine], leaves: LeafBlocks | None) -> None:
    """Walk the tree: every block, heading or <br> starts a new line.

    Inline text gathers in ``parts``; ``bold`` stays True while every inline piece is
    ``<b>``/``<strong>`` or blank, making the line a heading ("**Key Findings**").
    """
    prefix = "- " if node.tag == "li" else ""  # only the item's first line gets the dash
    first = len(lines)
    nests = False
    parts: list[str] = []
    bold = True
    text = node.text
    # Blank text before any inline text adds nothing to a line (lines are whitespace-
    # collapsed and stripped) nor unsets bold: it is skipped, as the newlines between
    # blocks mostly are, which spares joining and splitting them at every block.
    if text and not text.isspace():
        parts.append(text)
        bold = False
    for child in node:
        tag = child.tag
        if not isinstance(tag, str):
            tag = ""
        if tag in _LINE_BREAKS:
            if parts:
                line = " ".join("".join(parts).split())
                if line:
                    lines.append(TextLine(prefix + line, bold))
                    prefix = ""
                parts = []
            bold = True
            nests = nests or tag in NESTING_BLOCKS
            if tag in HEADING_TAGS:
                heading = text_of(child)
                if heading:
                    lines.append(TextLine(heading, True))
                if leaves is not None:
                    leaves.append((child, heading))
            elif tag == "br":
                pass
            elif len(child):
                _collect_lines(child, lines, leaves)
            else:
                _collect_leaf_text(child, tag, lines, leaves)
        elif tag and tag not in HIDDEN_TAGS:
            before = len(parts)
            _gather(child, parts)
            if bold and tag not in BOLD_TAGS and not "".join(parts[before:]).isspace():
                bold = len(parts) == before  # an empty inline element keeps it bold
        tail = child.tail
        if tail and (parts or not tail.isspace()):
            parts.append(tail)
            if bold and not tail.isspace():
                bold = False
    if parts:
        line = " ".join("".join(parts).split())
        if line:
            lines.append(TextLine(prefix + line, bold))
    if leaves is not None and not nests and node.tag in BLOCK_TAGS:
        leaves.append((node, " ".join([line.text for line in lines[first:]])))


def _collect_leaf_text(
    node: Tree, tag: str, lines: list[TextLine], leaves: LeafBlocks | None
) -> None:
    """``_collect_lines`` for a block holding text only (most paragraphs and list items)."""
    text = node.text
    line = " ".join(text.split()) if text else ""
    if line:
        if tag == "li":
            line = "- " + line
        lines.append(TextLine(line, False))
    if leaves is not None:
        leaves.append((node, line))
