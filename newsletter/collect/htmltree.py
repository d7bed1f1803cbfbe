"""A small, forgiving HTML tree: enough to prune boilerplate and read text line by line."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)
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
# Elements whose content is code, never readable text (feedparser used to drop them for us).
HIDDEN_TAGS = frozenset({"script", "style", "applet", "template"})
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
BOLD_TAGS = frozenset({"b", "strong"})


class Node:
    """An element (``tag`` set) or a text node (``tag`` empty, ``data`` holds the text).

    A plain slotted class: a report body builds about a hundred of these, and a dataclass's
    generated ``__init__`` with default factories was a third of the parse.
    """

    __slots__ = ("attrs", "children", "data", "tag")

    def __init__(
        self,
        tag: str = "",
        attrs: list[tuple[str, str | None]] | None = None,
        children: list[Node] | None = None,
        data: str = "",
    ) -> None:
        self.tag = tag
        self.attrs = attrs if attrs is not None else []
        self.children = children if children is not None else []
        self.data = data

    def __repr__(self) -> str:
        if not self.tag:
            return f"Node(data={self.data!r})"
        return f"Node(tag={self.tag!r}, attrs={self.attrs!r}, children={self.children!r})"

    def text(self) -> str:
        """Return the text content with whitespace collapsed."""
        return _collapse(_gather(self.children, []))

    def attr(self, name: str) -> str:
        """Return an attribute's value, empty when absent."""
        for key, value in self.attrs:
            if key == name:
                return value or ""
        return ""


def _gather(children: list[Node], parts: list[str]) -> list[str]:
    """Append the raw text of ``children`` to ``parts``: a <br> or a block adds a space."""
    for child in children:
        tag = child.tag
        if not tag:
            parts.append(child.data)
            continue
        if tag == "br":
            parts.append(" ")
        _gather(child.children, parts)
        if tag in BLOCK_TAGS:
            parts.append(" ")
    return parts


def _collapse(parts: list[str]) -> str:
    # str.split() and re's \s agree on what whitespace is (both use str.isspace).
    return " ".join("".join(parts).split())


class _Builder:
    """Builds the tree from tag and text events; shared by both tokenizers."""

    def __init__(self) -> None:
        self.root = Node(tag="#root")
        self.stack = [self.root]

    def starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag=tag, attrs=attrs)
        if tag == "p" and self.stack[-1].tag == "p":
            self.stack.pop()  # a <p> implicitly closes the open <p>
        self.stack[-1].children.append(node)
        if tag not in VOID_TAGS:
            self.stack.append(node)

    def startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag=tag, attrs=attrs))

    def endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def data(self, data: str) -> None:
        self.stack[-1].children.append(Node(data=data))


class _TreeBuilder(HTMLParser):
    def __init__(self, builder: _Builder) -> None:
        super().__init__(convert_charrefs=True)
        self.builder = builder

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.builder.starttag(tag, attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.builder.startendtag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        self.builder.endtag(tag)

    def handle_data(self, data: str) -> None:
        self.builder.data(data)


# The fast path reads only plain, well-quoted markup (what feeds nearly always carry): tags,
# attributes and text. Anything else (comments, doctypes, script or style content, a stray
# "<", odd attribute syntax) sends the whole body to html.parser instead, so both paths
# build the same tree. html.parser is pure Python and walks the text many times per tag.
_TOKEN = re.compile(
    r"""<(?:/(?P<end>[a-zA-Z][a-zA-Z0-9]*)\s*|(?P<tag>[a-zA-Z][a-zA-Z0-9]*)(?P<attrs>(?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`/]+(?![^\s>])))?)*)\s*(?P<close>/)?)>|(?P<text>[^<]+)"""
)
_ATTRIBUTE = re.compile(
    r"""\s+([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`/]+)(?![^\s>])))?"""
)
_RAW_TEXT_TAGS = frozenset({"script", "style"})  # html.parser reads their content as raw text


def _parse_simple(markup: str) -> Node | None:
    """Build the tree of plain markup in one regex pass; None when it needs html.parser."""
    builder = _Builder()
    position = 0
    unescape = html.unescape
    for token in _TOKEN.finditer(markup):
        if token.start() != position:
            return None  # something no token reads: a stray "<", a comment, odd syntax
        position = token.end()
        text, tag, closing, attributes, close = token.group("text", "tag", "end", "attrs", "close")
        if text is not None:
            builder.stack[-1].children.append(Node(data=unescape(text) if "&" in text else text))
        elif closing is not None:
            builder.endtag(closing.lower())
        else:
            name = tag.lower()
            if name in _RAW_TEXT_TAGS:
                return None
            attrs: list[tuple[str, str | None]] = []
            if attributes:
                for found in _ATTRIBUTE.finditer(attributes):
                    key, double, single, bare = found.groups()
                    value = double if double is not None else single if single is not None else bare
                    attrs.append((key.lower(), None if value is None else unescape(value)))
            if close:
                builder.startendtag(name, attrs)
            else:
                builder.starttag(name, attrs)
    if position != len(markup):
        return None
    return builder.root


def parse_html(markup: str) -> Node:
    """Parse HTML into a tree; broken markup is repaired, never an error."""
    simple = _parse_simple(markup)
    return simple if simple is not None else _parse_with_html_parser(markup)


def _parse_with_html_parser(markup: str) -> Node:
    builder = _Builder()
    parser = _TreeBuilder(builder)
    parser.feed(markup)
    parser.close()
    return builder.root


def serialize(node: Node) -> str:
    """Write a tree back as HTML (text escaped, attributes quoted)."""
    parts: list[str] = []
    _serialize(node.children, parts)
    return "".join(parts)


def _serialize(children: list[Node], parts: list[str]) -> None:
    escape = html.escape
    for node in children:
        tag = node.tag
        if not tag:
            parts.append(escape(node.data, quote=False))
            continue
        parts.append(f"<{tag}")
        for key, value in node.attrs:
            parts.append(f" {key}" if value is None else f' {key}="{escape(value)}"')
        parts.append(">")
        if tag not in VOID_TAGS:
            _serialize(node.children, parts)
            parts.append(f"</{tag}>")


@dataclass(frozen=True, slots=True)
class TextLine:
    """One line of readable text; ``is_heading`` for headings and lines that are all bold."""

    text: str
    is_heading: bool = False


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


def tree_to_lines(tree: Node) -> list[TextLine]:
    """Return the text lines of an already parsed tree (see ``html_to_lines``)."""
    lines: list[TextLine] = []
    _collect_lines(tree, lines)
    return lines


def _collect_lines(node: Node, lines: list[TextLine]) -> None:
    """Walk the tree: every block, heading or <br> starts a new line."""
    buffer: list[Node] = []
    prefix = "- " if node.tag == "li" else ""  # only the item's first line gets the dash
    for child in [*node.children, _END]:
        tag = child.tag
        if tag in _LINE_BREAKS:
            if buffer:
                text = _collapse(_gather(buffer, []))
                if text:
                    bold = all(
                        item.tag in BOLD_TAGS or (not item.tag and not item.data.strip())
                        for item in buffer
                    )
                    lines.append(TextLine(prefix + text, is_heading=bold))
                    prefix = ""
                buffer.clear()
            if tag in HEADING_TAGS:
                text = child.text()
                if text:
                    lines.append(TextLine(text, is_heading=True))
            elif tag in BLOCK_TAGS:
                _collect_lines(child, lines)
        elif tag not in HIDDEN_TAGS:
            buffer.append(child)


# What ends the current line: a block (headings included), a <br>, or the end of the parent.
_END = Node(tag="#end")
_LINE_BREAKS = BLOCK_TAGS | {"br", "#end"}
