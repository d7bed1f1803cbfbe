"""The HTML tree reader: its one-regex fast path builds the very tree html.parser builds."""

from __future__ import annotations

import pytest

from newsletter.collect import htmltree
from newsletter.collect.htmltree import Node, serialize

SIMPLE = [
    '<p class="dek"><em>Lead</em></p><h3>Key Findings</h3><p>A $1 billion deal.</p>',
    "<P CLASS=A>Upper &amp; lower<BR/>case</P><p>open<p>implicitly closed",
    "<ul><li>one</li><li>two &#39;quoted&#x27; &nbsp;</ul><hr />",
    '<a href = "https://x.example/?a=1&amp;b=2" rel=\'nofollow\'>link</a><img src=x.png alt="">',
    '<span title="a>b">angle in a value</span></div>stray end tag',
    "<input disabled><p/>self-closed p",
]
NOT_SIMPLE = [
    "<!-- a comment --><p>text</p>",
    "<p>a < b</p>",
    '<p>ok</p><script>var s = "<p>";</script>',
    "<style>p { color: red }</style><p>ok</p>",
    "<!DOCTYPE html><p>ok</p>",
    "<a href=x/>unquoted value before a slash</a>",
]


def _shape(node: Node) -> tuple[object, ...]:
    """The tree as nested tuples, adjacent text nodes merged."""
    if not node.tag:
        return ("#text", node.data)
    children: list[tuple[object, ...]] = []
    for child in node.children:
        shape = _shape(child)
        if shape[0] == "#text" and children and children[-1][0] == "#text":
            children[-1] = ("#text", str(children[-1][1]) + str(shape[1]))
        else:
            children.append(shape)
    return (node.tag, tuple(node.attrs), tuple(children))


@pytest.mark.parametrize("markup", SIMPLE)
def test_fast_path_builds_the_tree_html_parser_builds(markup: str) -> None:
    """Plain markup is read by the fast path into the same tree, attributes and text as html.parser."""
    fast = htmltree._parse_simple(markup)
    assert fast is not None
    slow = htmltree._parse_with_html_parser(markup)
    assert _shape(fast) == _shape(slow)
    assert serialize(fast) == serialize(slow)


@pytest.mark.parametrize("markup", NOT_SIMPLE)
def test_unusual_markup_goes_to_html_parser(markup: str) -> None:
    """Comments, raw-text elements, stray "<" and odd attribute syntax are left to html.parser."""
    assert htmltree._parse_simple(markup) is None
    assert _shape(htmltree.parse_html(markup)) == _shape(htmltree._parse_with_html_parser(markup))
