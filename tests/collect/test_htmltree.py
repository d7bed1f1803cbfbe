"""The body reader over lxml: text lines, headings, repaired markup; and collect's public-API-only contract."""

from __future__ import annotations

import ast
from pathlib import Path

import feedparser.mixin
import feedparser.urls
import pytest

import newsletter.collect.run  # noqa: F401 - imports every collect module
from newsletter.collect.htmltree import (
    LeafBlocks,
    TextLine,
    drop,
    html_to_lines,
    parse_html,
    serialize,
    tree_to_lines,
)
from newsletter.collect.sanitize import sanitize_html

REPO = Path(__file__).resolve().parent.parent.parent


@pytest.mark.parametrize(
    ("markup", "lines"),
    [
        (
            '<p class="dek"><em>Lead</em></p><h3>Key Findings</h3><p>A $1 billion deal.</p>',
            [TextLine("Lead"), TextLine("Key Findings", True), TextLine("A $1 billion deal.")],
        ),
        (
            "<P CLASS=A>Upper &amp; lower<BR/>case</P><p>open<p>implicitly closed",
            [
                TextLine("Upper & lower"),
                TextLine("case"),
                TextLine("open"),
                TextLine("implicitly closed"),
            ],
        ),
        (
            "<ul><li>one</li><li>two &#39;quoted&#x27; &nbsp;</ul><hr />",
            [TextLine("- one"), TextLine("- two 'quoted'")],
        ),
        (
            "<p><strong>Key Findings</strong></p><p><b>Bold</b> and plain</p>",
            [TextLine("Key Findings", True), TextLine("Bold and plain")],
        ),
        (
            '<p>ok</p><script>var s = "<p>";</script><style>p { color: red }</style><!-- c -->',
            [TextLine("ok")],
        ),
        ("<p>a < b and c > d</p>", [TextLine("a < b and c > d")]),
        (
            "text before <div>a block</div> text after",
            [TextLine("text before"), TextLine("a block"), TextLine("text after")],
        ),
        (
            "<li>item<p>second paragraph</p></li>",
            [TextLine("- item"), TextLine("second paragraph")],
        ),
        ("<p>frame<iframe>hidden <b>x</b></iframe> shown</p>", [TextLine("frame shown")]),
    ],
    ids=[
        "sections",
        "case-and-implied",
        "list",
        "bold-heading",
        "hidden",
        "stray-lt",
        "text-around",
        "li-nested",
        "iframe",
    ],
)
def test_bodies_read_as_lines(markup: str, lines: list[TextLine]) -> None:
    """Blocks, headings, <br> and list items make the lines; script, style, comments and frames are not text."""
    assert html_to_lines(markup) == lines


@pytest.mark.parametrize(
    "markup",
    [
        "",
        "   ",
        "\x00\x01<p>nul</p>",
        "<p>lone \ud800 surrogate</p>",
        "</div></p>",
        "<<<>>>",
        "<!DOCTYPE",
    ],
)
def test_any_markup_parses_without_an_error(markup: str) -> None:
    """Empty, control characters, lone surrogates and garbage give a tree (maybe empty), never an exception."""
    tree = parse_html(markup)
    assert tree.tag == "body"
    assert all(line.text.strip() for line in tree_to_lines(tree))
    assert isinstance(sanitize_html(markup), str)


def test_leaf_blocks_are_reported_with_their_text() -> None:
    """The line reader lists each leaf block (one holding no block but <p>) with its text."""
    leaves: LeafBlocks = []
    tree = parse_html("<div><p>one</p><div><h3>Title</h3><p>two</p></div></div><ul><li>i</li></ul>")
    tree_to_lines(tree, leaves)
    assert [text for _element, text in leaves] == ["one", "Title", "two", "- i"]


def test_text_only_blocks_read_like_any_block() -> None:
    """Blocks holding only text (the common case) give the same lines and leaves as blocks with markup."""
    plain: LeafBlocks = []
    marked: LeafBlocks = []
    text_only = "<p> a\n b </p><p>\n</p><hr><li>\t c</li><pre>d  e</pre><p></p>"
    with_markup = "<p> a\n <i>b</i> </p><p><i>\n</i></p><hr><li><i>\t c</i></li><pre><i>d  e</i></pre><p><i></i></p>"
    lines = tree_to_lines(parse_html(text_only), plain)
    assert lines == tree_to_lines(parse_html(with_markup), marked)
    assert lines == [TextLine("a b"), TextLine("- c"), TextLine("d e")]
    assert (
        [text for _, text in plain]
        == [text for _, text in marked]
        == ["a b", "", "", "- c", "d e", ""]
    )


def test_dropping_an_element_keeps_the_text_after_it() -> None:
    """A dropped element takes its content but not the text that follows it."""
    tree = parse_html("<p>a<span>gone</span>b<em>kept</em></p>")
    (span,) = tree.iter("span")
    drop(span)
    assert serialize(tree) == "<p>ab<em>kept</em></p>"


def test_collect_does_not_patch_feedparser() -> None:
    """After importing collect, feedparser's module attributes are its own (no monkey-patch)."""
    assert feedparser.mixin.make_safe_absolute_uri is feedparser.urls.make_safe_absolute_uri


def _imports(path: Path) -> list[str]:
    """The modules and names a source file imports (``module`` or ``module.name``)."""
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.extend(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_collect_uses_no_private_feedparser_names() -> None:
    """No collect module imports a feedparser name starting with an underscore."""
    private = [
        (path.name, name)
        for path in sorted((REPO / "newsletter" / "collect").glob("*.py"))
        for name in _imports(path)
        if name.startswith("feedparser") and any(part.startswith("_") for part in name.split("."))
    ]
    assert private == []


def test_articles_and_collect_do_not_import_each_other_both_ways() -> None:
    """newsletter.articles imports nothing from newsletter.collect (collect depends on the store, not back)."""
    names = _imports(REPO / "newsletter" / "articles.py")
    assert names
    assert [name for name in names if name.startswith("newsletter.collect")] == []


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<p>a\x00b\x08c\x0bd\x0ce\x1ff</p>", "abcdef"),
        ("<p>tab\tand\r\nnewline</p>", "tab and newline"),
        ("<p>x\ufffey\uffffz</p>", "xyz"),
        ("<p>\ufffd and \uffbf stay, é€😀 too</p>", "\ufffd and \uffbf stay, é€😀 too"),
        ("<p>lone \ud800 surrogate</p>", "lone ? surrogate"),
    ],
)
def test_controls_and_noncharacters_are_dropped_and_the_rest_kept(markup: str, text: str) -> None:
    """C0 controls (not tab, CR, LF), U+FFFE and U+FFFF go; every other character stays, a lone surrogate as "?"."""
    assert [line.text for line in tree_to_lines(parse_html(markup))] == [text]
