"""Templates: every MJML tag is a real one, broken MJML names its template, feed text is data."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from newsletter.editorial import EditorialConfig
from newsletter.errors import TemplateError
from newsletter.models import Issue
from newsletter.render import Renderer
from newsletter.render.environment import REPO_TEMPLATES
from newsletter.render.mjml import KNOWN_MJML_TAGS, compile_mjml, mjml_tags_in
from newsletter.render.palette import (
    BADGE_COLORS,
    BAR_TRACK_COLOR,
    DARK_CARD,
    DARK_TRACK,
    dark_fill,
)
from newsletter.render.sample import sample_issue
from newsletter.render.text import contrast_ratio, relative_luminance, text_color_on
from tests.factories import make_article, make_issue, make_scored, make_verdict

POSTAL = "Troy-Technical, 1 Example Street, 10115 Berlin, Germany"
EMAIL_TEMPLATES = sorted((REPO_TEMPLATES / "email").glob("*.mjml.j2"))

SCRIPT = "<script>alert('x')</script>"
MARKUP = '<img src="https://evil.test/p.gif" onerror="alert(1)"><b>bold</b>'
HOSTILE_ARTICLE = make_article(
    id="evil-1",
    title=f"Title {SCRIPT} with {MARKUP}",
    summary=f"Summary {SCRIPT}",
    key_finding=f"Finding {MARKUP} and {SCRIPT}",
    author=f'Eve"><script>alert(2)</script>{MARKUP}',
    tags=(f"<svg onload=alert(3)>{SCRIPT}",),
    fields=("quantum",),
)


class _Elements(HTMLParser):
    """Collect every start tag and attribute name of a document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += [name for name, _ in attrs]


def elements(html: str) -> _Elements:
    """Parse ``html`` and return its tags and attribute names."""
    parser = _Elements()
    parser.feed(html)
    parser.close()
    return parser


@pytest.fixture
def renderer(editorial: EditorialConfig) -> Renderer:
    """A renderer over the built-in templates."""
    return Renderer(editorial, base_url="https://news.example.com", postal_address=POSTAL)


def test_there_are_email_templates_to_check() -> None:
    """The built-in MJML templates are found (so the checks below do check something)."""
    names = {path.name for path in EMAIL_TEMPLATES}
    assert {"layout.mjml.j2", "overview.mjml.j2", "field_section.mjml.j2"} <= names


@pytest.mark.parametrize("path", EMAIL_TEMPLATES, ids=lambda path: path.name)
def test_each_template_file_uses_only_known_mjml_tags(path: Path) -> None:
    """Every mj-* tag written in a template file exists in MJML 4."""
    used = mjml_tags_in(path.read_text(encoding="utf-8"))
    assert used - KNOWN_MJML_TAGS == frozenset(), f"{path.name} uses unknown tags"


@pytest.mark.parametrize("personal", [True, False])
def test_rendered_mjml_uses_only_known_tags_and_none_leak(
    renderer: Renderer, editorial: EditorialConfig, personal: bool
) -> None:
    """The rendered MJML of every field has only known tags, and none survive compilation."""
    issue = sample_issue(editorial)
    fields = renderer._fields(issue, frozenset(editorial.field_slugs), personal=personal)
    source = renderer.render_mjml(issue, fields, personal=personal)
    used = mjml_tags_in(source)
    assert {"mjml", "mj-body", "mj-section", "mj-column", "mj-text", "mj-table"} <= used
    assert used <= KNOWN_MJML_TAGS
    html = compile_mjml(source, "email/layout.mjml.j2")
    assert not [tag for tag in elements(html).tags if tag.startswith("mj")]


@pytest.mark.parametrize(
    ("snippet", "tag"),
    [
        ("<mj-section><mj-colum><mj-text>x</mj-text></mj-colum></mj-section>", "mj-colum"),
        ("<mj-section><mj-column><mj-txt>x</mj-txt></mj-column></mj-section>", "mj-txt"),
    ],
)
def test_unknown_mjml_tag_is_an_error_naming_it(
    editorial: EditorialConfig, tmp_path: Path, snippet: str, tag: str
) -> None:
    """A misspelt MJML tag (mjml-python passes it through silently) is an error naming the file."""
    (tmp_path / "email").mkdir()
    (tmp_path / "email" / "footer.mjml.j2").write_text(snippet + "\n", encoding="utf-8")
    renderer = Renderer(
        editorial, base_url="https://x.test", postal_address=POSTAL, templates_dir=tmp_path
    )
    with pytest.raises(
        TemplateError, match=rf"Template email/footer.mjml.j2 uses MJML tags .*{tag}"
    ):
        renderer.render_variant(sample_issue(editorial), frozenset({"quantum"}))


def test_mjml_compiler_error_is_wrapped_with_the_template_name() -> None:
    """mjml-python's bare ValueError becomes a TemplateError naming the template."""
    with pytest.raises(TemplateError, match="Template email/x.mjml.j2 produced MJML") as caught:
        compile_mjml("<mjml><mj-body><mj-section>", "email/x.mjml.j2")
    assert isinstance(caught.value.__cause__, ValueError)


def _hostile_issue() -> Issue:
    verdict = make_verdict(
        "quantum",
        top=(make_scored(HOSTILE_ARTICLE),),
        reason=f"1 report, incl. {SCRIPT}",
        editor_note=f"Note {MARKUP}",
    )
    return make_issue(intro=f"Intro {SCRIPT}", verdicts=(verdict,), unfiled=(HOSTILE_ARTICLE,))


def test_feed_markup_is_escaped_in_html(renderer: Renderer) -> None:
    """Script and markup from titles, findings, authors, reasons and notes arrive as text."""
    email = renderer.render_variant(_hostile_issue(), frozenset({"quantum"}))
    parsed = elements(email.html)
    assert "script" not in parsed.tags
    assert "img" not in parsed.tags
    assert "b" not in parsed.tags
    assert "svg" not in parsed.tags
    assert not [name for name in parsed.attributes if name.startswith("on")]
    assert "Title &lt;script&gt;" in email.html
    assert "Eve&#34;&gt;&lt;script&gt;" in email.html
    assert "&lt;b&gt;bold&lt;/b&gt;" in email.html


def test_feed_strings_read_as_written_in_text(renderer: Renderer) -> None:
    """The text part prints stored strings as written: the same text the HTML part shows escaped.

    Collect stores titles and Key Findings as plain text decoded once; a title that reads
    "<b>" is shown as "<b>" in both parts (text/plain is never interpreted as markup).
    """
    email = renderer.render_variant(_hostile_issue(), frozenset({"quantum"}))
    text = " ".join(email.text.split())
    assert f"Title {SCRIPT} with {MARKUP}" in text
    assert f"Finding {MARKUP} and {SCRIPT}" in text
    assert "&lt;" not in email.text  # nothing escaped or decoded a second time
    assert "Title &lt;script&gt;" in email.html  # the HTML part shows the same characters


def test_tags_never_reach_the_email(renderer: Renderer) -> None:
    """Feed tags and unfiled articles are not shown in mail at all (HTML and text)."""
    email = renderer.render_variant(_hostile_issue(), frozenset({"quantum"}))
    assert "svg" not in email.html
    assert "svg" not in email.text


def test_badge_chip_and_text_colors_meet_wcag_aa(editorial: EditorialConfig) -> None:
    """Badge, field-chip and text colors contrast at least 4.5:1 with their backgrounds."""
    for background, foreground in BADGE_COLORS.values():
        assert contrast_ratio(foreground, background) >= 4.5, (foreground, background)
    for field in editorial.fields:
        assert contrast_ratio(text_color_on(field.color), field.color) >= 4.5, field.slug
    pairs = [
        ("#1f2937", "#ffffff"),  # body text on a card
        ("#4b5563", "#ffffff"),  # muted text
        ("#1d4ed8", "#ffffff"),  # links
        ("#374151", "#f3f4f6"),  # footer text
        ("#1d4ed8", "#f3f4f6"),  # footer links
        ("#f3f4f6", "#1f2937"),  # dark mode text
        ("#d1d5db", "#1f2937"),  # dark mode muted text
        ("#93c5fd", "#1f2937"),  # dark mode links
        ("#f3f4f6", "#374151"),  # dark mode skip badge
    ]
    for foreground, background in pairs:
        assert contrast_ratio(foreground, background) >= 4.5, (foreground, background)


def test_every_field_color_stands_out_from_the_bar_track(editorial: EditorialConfig) -> None:
    """A bar's filled part contrasts 3:1 with its track (WCAG non-text contrast), in both modes.

    In dark mode the empty part is darker than the card and every fill lighter than both.
    """
    for field in editorial.fields:
        assert contrast_ratio(field.color, BAR_TRACK_COLOR) >= 3.0, field.slug
        lifted = dark_fill(field.color)
        assert contrast_ratio(lifted, DARK_CARD) >= 3.0, field.slug
        assert contrast_ratio(lifted, DARK_TRACK) >= 3.0, field.slug
        assert relative_luminance(lifted) > relative_luminance(DARK_TRACK), field.slug
    assert relative_luminance(DARK_TRACK) < relative_luminance(DARK_CARD)
