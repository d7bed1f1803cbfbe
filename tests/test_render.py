"""Renderer: field selection and order, caching, placeholders, archive, budgets, errors."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from newsletter.editorial import EditorialConfig
from newsletter.errors import TemplateError
from newsletter.models import (
    FEEDBACK_URL_PLACEHOLDER,
    PREFERENCES_URL_PLACEHOLDER,
    UNSUBSCRIBE_URL_PLACEHOLDER,
    Issue,
    Verdict,
)
from newsletter.render import PLACEHOLDERS, Renderer
from newsletter.render.budgets import html_size
from newsletter.render.sample import sample_issue
from tests.factories import make_article, make_issue, make_scored, make_verdict

POSTAL = "Troy-Technical, 1 Example Street, 10115 Berlin, Germany"


@pytest.fixture
def renderer(editorial: EditorialConfig) -> Renderer:
    """A renderer over the built-in templates."""
    return Renderer(editorial, base_url="https://news.example.com/", postal_address=POSTAL)


@pytest.fixture
def issue(editorial: EditorialConfig) -> Issue:
    """The fixed sample week."""
    return sample_issue(editorial)


def test_only_opted_in_fields_are_rendered(renderer: Renderer, issue: Issue) -> None:
    """A variant for ai shows ai's reports and none of another field's."""
    email = renderer.render_variant(issue, frozenset({"ai"}))
    assert "Open-weights reasoning model" in email.html
    assert "Open-weights reasoning model" in email.text
    for other in ("Quantum Computing", "exascale", "Base editing", "Laser fusion"):
        assert other not in email.html
        assert other not in email.text
    assert email.field_set == frozenset({"ai"})


def test_fields_ordered_by_verdict_then_score(renderer: Renderer, issue: Issue) -> None:
    """Must read before worth a skim before skip, higher scores first, in rows and sections."""
    reversed_issue = dataclasses.replace(issue, verdicts=tuple(reversed(issue.verdicts)))
    email = renderer.render_variant(reversed_issue, frozenset({"space", "ai", "energy", "quantum"}))
    expected = ("Quantum Computing", "Energy", "Artificial Intelligence", "Space")
    sections = [email.text.index(name.upper() + ":") for name in expected]
    rows = [email.text.index(f"\n{name} (") for name in expected]
    assert sections == sorted(sections)
    assert rows == sorted(rows)
    html_rows = re.findall(r'<tr class="nl-row" data-field="([a-z]+)"', email.html)
    assert html_rows == ["quantum", "energy", "ai", "space"]


def test_equal_verdict_and_score_keep_the_editors_order(
    renderer: Renderer, editorial: EditorialConfig
) -> None:
    """Ties on verdict and score fall back to the editor's field order, whatever the issue's."""
    verdicts = tuple(
        make_verdict(slug, score=75, verdict=Verdict.MUST_READ, report_count=1)
        for slug in ("energy", "quantum", "ai")
    )
    email = renderer.render_variant(
        make_issue(verdicts=verdicts), frozenset({"energy", "quantum", "ai"})
    )
    html_rows = re.findall(r'<tr class="nl-row" data-field="([a-z]+)"', email.html)
    assert html_rows == [s for s in editorial.field_slugs if s in {"energy", "quantum", "ai"}]


def test_unknown_fields_are_ignored_and_share_the_cache(renderer: Renderer, issue: Issue) -> None:
    """Slugs the issue lacks are dropped, so {quantum, gone} is the {quantum} variant."""
    first = renderer.render_variant(issue, frozenset({"quantum", "gone"}))
    second = renderer.render_variant(issue, frozenset({"quantum"}))
    assert first is second
    assert renderer.compiles == 1


@pytest.mark.parametrize("fields", [{"gone"}, {"cybersecurity"}, {"cybersecurity", "gone"}])
def test_field_set_without_reports_is_an_error(
    renderer: Renderer, issue: Issue, fields: set[str]
) -> None:
    """Fields unknown to the issue or without reports get no email: TemplateError says so."""
    with pytest.raises(TemplateError, match="2026-W48 has no report in the fields"):
        renderer.render_variant(issue, frozenset(fields))


def test_each_field_set_compiles_once(renderer: Renderer, issue: Issue) -> None:
    """Repeated variants come from the cache; the compile counter counts distinct ones."""
    for _ in range(3):
        renderer.render_variant(issue, frozenset({"quantum", "ai"}))
        renderer.render_variant(issue, frozenset({"energy"}))
    assert renderer.compiles == 2


def test_a_changed_issue_with_the_same_id_recompiles(renderer: Renderer, issue: Issue) -> None:
    """An edited issue (new draft) under the same id does not get the stale variant."""
    before = renderer.render_variant(issue, frozenset({"quantum"}))
    edited = dataclasses.replace(issue, intro="A brand new intro from the editor.")
    after = renderer.render_variant(edited, frozenset({"quantum"}))
    assert "A brand new intro" in after.html
    assert "A brand new intro" not in before.html
    assert renderer.compiles == 2


def test_placeholders_survive_compilation(renderer: Renderer, issue: Issue) -> None:
    """Preference, full and one-field unsubscribe placeholders reach HTML and text unchanged."""
    email = renderer.render_variant(issue, frozenset({"quantum", "ai"}))
    for part in (email.html, email.text):
        assert PREFERENCES_URL_PLACEHOLDER in part
        assert UNSUBSCRIBE_URL_PLACEHOLDER in part
        assert f"{UNSUBSCRIBE_URL_PLACEHOLDER}?field=quantum" in part
        assert f"{UNSUBSCRIBE_URL_PLACEHOLDER}?field=ai" in part
        assert f"{UNSUBSCRIBE_URL_PLACEHOLDER}?field=energy" not in part
    hrefs = re.findall(r'href="([^"]*%%[^"]*)"', email.html)
    assert set(hrefs) == {
        PREFERENCES_URL_PLACEHOLDER,
        UNSUBSCRIBE_URL_PLACEHOLDER,
        f"{UNSUBSCRIBE_URL_PLACEHOLDER}?field=quantum",
        f"{UNSUBSCRIBE_URL_PLACEHOLDER}?field=ai",
        *(f"{FEEDBACK_URL_PLACEHOLDER}/{f}/{v}" for f in ("quantum", "ai") for v in ("yes", "no")),
    }
    assert PLACEHOLDERS == (
        UNSUBSCRIBE_URL_PLACEHOLDER,
        PREFERENCES_URL_PLACEHOLDER,
        FEEDBACK_URL_PLACEHOLDER,
    )


def test_feedback_line_under_each_field_with_a_verdict(
    editorial: EditorialConfig, issue: Issue
) -> None:
    """Each field section asks "Was this call right?" in both parts; off with the setting, never in the archive."""
    on = Renderer(editorial, base_url="https://n.test", postal_address="1 Street")
    email = on.render_variant(issue, frozenset({"quantum", "ai"}))
    shown = [v.slug for v in issue.verdicts if v.slug in {"quantum", "ai"} and v.has_content]
    assert shown
    assert email.html.count("Was this call right?") == len(shown)
    assert email.text.count("Was this call right?") == len(shown)
    for slug in shown:
        for vote in ("yes", "no"):
            assert f'href="{FEEDBACK_URL_PLACEHOLDER}/{slug}/{vote}"' in email.html
            assert f"{FEEDBACK_URL_PLACEHOLDER}/{slug}/{vote}\n" in email.text
    off = Renderer(
        editorial, base_url="https://n.test", postal_address="1 Street", verdict_feedback=False
    )
    plain = off.render_variant(issue, frozenset({"quantum", "ai"}))
    for part in (plain.html, plain.text):
        assert FEEDBACK_URL_PLACEHOLDER not in part
        assert "Was this call right?" not in part
    archive = on.render_archive(issue)
    assert FEEDBACK_URL_PLACEHOLDER not in archive
    assert "Was this call right?" not in archive


def test_archive_has_every_field_and_no_personal_link(renderer: Renderer, issue: Issue) -> None:
    """The web archive shows all fields, a subscribe link, and no placeholder at all."""
    html = renderer.render_archive(issue)
    assert "%%" not in html
    for verdict in issue.verdicts:
        assert verdict.name in html
    assert "https://news.example.com/subscribe" in html
    assert POSTAL in html


def test_footer_says_why_and_carries_the_postal_address(renderer: Renderer, issue: Issue) -> None:
    """The footer names the followed fields and the postal address, in HTML and text."""
    email = renderer.render_variant(issue, frozenset({"quantum", "ai"}))
    assert "you follow Quantum Computing and Artificial Intelligence" in email.html
    assert "you follow Quantum Computing and Artificial Intelligence" in " ".join(
        email.text.split()
    )
    assert POSTAL in email.html
    assert POSTAL in email.text


def test_subject_and_preheader(renderer: Renderer, issue: Issue) -> None:
    """The subject leads with the top field's verdict and story; the preheader complements it."""
    email = renderer.render_variant(issue, frozenset({"quantum", "ai"}))
    assert email.subject == (
        "Quantum must-read: America and Japan launch a $1 billion quantum… · +1 field"
    )
    assert "2026-W48" not in email.subject
    assert email.preheader == "Also: AI worth a skim · 6 reports, 1-minute read"
    alone = renderer.render_variant(issue, frozenset({"quantum"}))
    # One field: the lead report's key finding, cut before a phrase, then count and time.
    assert alone.preheader == (
        "The US and Japan commit $500 million each over five years… · 3 reports, 1-minute read"
    )
    quiet = renderer.render_variant(issue, frozenset({"space", "cybersecurity"}))
    assert quiet.subject == "Quiet week in Space: Launch cadence sets a yearly record"


def test_preheader_is_hidden_without_low_contrast_text(renderer: Renderer, issue: Issue) -> None:
    """The preheader is display:none with zero height, first in the body, never white text."""
    email = renderer.render_variant(issue, frozenset({"quantum"}))
    match = re.search(r'<div class="nl-preheader" style="([^"]*)">([^<]*)', email.html)
    assert match is not None
    style, text = match.groups()
    assert "display:none" in style
    assert "max-height:0" in style
    assert "overflow:hidden" in style
    assert "color" not in style
    assert text.startswith("The US and Japan commit $500 million each")
    assert "color:#ffffff;line-height:1px" not in email.html  # mj-preview's white text


def test_html_basics_lang_color_scheme_no_fonts_no_images(renderer: Renderer, issue: Issue) -> None:
    """lang on <html>, color-scheme meta, no web-font link, and no image without alt."""
    html = renderer.render_archive(issue)
    assert re.search(r'<html lang="en"', html)
    assert '<meta name="color-scheme" content="light dark"' in html
    assert "prefers-color-scheme: dark" in html
    assert "fonts.googleapis" not in html
    assert "<link" not in html
    for img in re.findall(r"<img\b[^>]*>", html):
        assert re.search(r'\balt="[^"]+"', img)


def test_overview_bars_are_table_cells_proportional_to_score(
    renderer: Renderer, issue: Issue
) -> None:
    """Each field's bar is a colored cell whose width is its score in percent."""
    html = renderer.render_variant(issue, frozenset({"quantum", "space", "cybersecurity"})).html
    assert re.search(r'class="nl-fill nl-fill-quantum" width="88%"[^>]*bgcolor="#6d28d9"', html)
    assert re.search(r'class="nl-fill nl-fill-space" width="33%"[^>]*bgcolor="#334155"', html)
    assert 'class="nl-track" width="12%"' in html  # quantum's empty part
    assert 'data-field="cybersecurity"' not in html  # quiet: one line, no bar
    assert 'class="nl-badge nl-badge-must-read"' in html
    assert 'class="nl-badge nl-badge-skip"' in html


def test_text_part_carries_bars_verdicts_and_links(renderer: Renderer, issue: Issue) -> None:
    """The text part has text bars, verdicts, reasons and each report's link."""
    text = renderer.render_variant(issue, frozenset({"quantum", "semiconductors"})).text
    assert "█████████░ 88  MUST READ" in text
    assert "████░░░░░░ 45  WORTH A SKIM" in text  # 45 rounds to 4 full cells of 10
    assert "Why: 3 reports, incl. a $1 billion US-Japan quantum partnership" in text
    assert "https://troy-technical.example/reports/quantum-1" in text
    assert "Troy-Technical analysis · Troy-Technical Research · 24 Nov" in text


def test_non_http_links_are_not_linked(renderer: Renderer, editorial: EditorialConfig) -> None:
    """A javascript: URL from a feed never becomes a link."""
    article = make_article(id="x1", url="javascript:alert(1)", title="Sneaky link")
    issue = make_issue(verdicts=(make_verdict("quantum", top=(make_scored(article),)),))
    email = renderer.render_variant(issue, frozenset({"quantum"}))
    assert "javascript:" not in email.html
    assert "javascript:" not in email.text
    assert "Sneaky link" in email.html


def test_editor_note_and_intro_are_shown(renderer: Renderer) -> None:
    """An editor's note and the intro paragraph appear in HTML and text."""
    issue = make_issue(
        intro="Hello from the editor.",
        intro_by_editor=True,
        verdicts=(make_verdict("quantum", editor_note="Read the second one first."),),
    )
    email = renderer.render_variant(issue, frozenset({"quantum"}))
    for part in (email.html, email.text):
        assert "Hello from the editor." in part
        assert "Read the second one first." in part


def test_over_budget_names_the_field_that_crossed(editorial: EditorialConfig) -> None:
    """When a variant's HTML passes the budget, the error names the field added last."""
    renderer = Renderer(
        editorial, base_url="https://news.example.com", postal_address=POSTAL, html_budget=30 * 1024
    )
    bulky = tuple(
        make_scored(make_article(id=f"ai-{n}", fields=("ai",), key_finding="word " * 2000))
        for n in range(4)
    )
    issue = make_issue(
        verdicts=(make_verdict("quantum"), make_verdict("ai", top=bulky), make_verdict("energy"))
    )
    with pytest.raises(TemplateError, match="field 'ai' pushed it over") as caught:
        renderer.render_variant(issue, frozenset({"quantum", "ai", "energy"}))
    assert "30 KB budget" in str(caught.value)
    small = renderer.render_variant(issue, frozenset({"quantum", "energy"}))
    assert html_size(small.html) <= 30 * 1024


def test_sample_week_stays_under_the_target_size(renderer: Renderer, issue: Issue) -> None:
    """The all-fields HTML of the sample week is under 80 KB with links filled in."""
    email = renderer.render_variant(issue, frozenset(v.slug for v in issue.verdicts))
    assert html_size(email.html) <= 80 * 1024


def test_editor_templates_override_single_files(
    editorial: EditorialConfig, tmp_path: Path, issue: Issue
) -> None:
    """A templates_dir in the config replaces one file; the others come from the built-ins."""
    (tmp_path / "email").mkdir()
    (tmp_path / "email" / "footer.mjml.j2").write_text(
        "<mj-section><mj-column><mj-text>Custom footer {{ postal_address }} "
        '<a href="{{ unsubscribe_url }}">Leave</a></mj-text></mj-column></mj-section>\n',
        encoding="utf-8",
    )
    custom = editorial.model_copy(update={"templates_dir": tmp_path})
    email = Renderer(custom, base_url="https://x.test", postal_address=POSTAL).render_variant(
        issue, frozenset({"quantum"})
    )
    assert "Custom footer" in email.html
    assert "At a glance" in email.html


def test_broken_mjml_names_the_template(
    editorial: EditorialConfig, tmp_path: Path, issue: Issue
) -> None:
    """MJML that does not compile raises TemplateError naming the template, not ValueError."""
    (tmp_path / "email").mkdir()
    (tmp_path / "email" / "footer.mjml.j2").write_text(
        "<mj-section><mj-column>\n", encoding="utf-8"
    )
    renderer = Renderer(
        editorial, base_url="https://x.test", postal_address=POSTAL, templates_dir=tmp_path
    )
    with pytest.raises(
        TemplateError, match=r"email/layout.mjml.j2 produced MJML that does not compile"
    ):
        renderer.render_variant(issue, frozenset({"quantum"}))


def test_jinja_syntax_error_names_file_and_line(
    editorial: EditorialConfig, tmp_path: Path, issue: Issue
) -> None:
    """A Jinja syntax error reports the template file and line."""
    (tmp_path / "email").mkdir()
    (tmp_path / "email" / "footer.mjml.j2").write_text("ok\n{% if %}\n", encoding="utf-8")
    renderer = Renderer(
        editorial, base_url="https://x.test", postal_address=POSTAL, templates_dir=tmp_path
    )
    with pytest.raises(TemplateError, match=r"email/footer.mjml.j2 line 2"):
        renderer.render_variant(issue, frozenset({"quantum"}))


def test_archive_refuses_personal_links_from_an_override(
    editorial: EditorialConfig, tmp_path: Path, issue: Issue
) -> None:
    """An override that prints a placeholder in the archive is a TemplateError."""
    (tmp_path / "email").mkdir()
    (tmp_path / "email" / "footer.mjml.j2").write_text(
        "<mj-section><mj-column><mj-text>%%unsubscribe_url%%</mj-text></mj-column></mj-section>\n",
        encoding="utf-8",
    )
    renderer = Renderer(
        editorial, base_url="https://x.test", postal_address=POSTAL, templates_dir=tmp_path
    )
    with pytest.raises(TemplateError, match="personal link into the archive"):
        renderer.render_archive(issue)
