"""MJML compilation through mjml-python, with its failures turned into TemplateError."""

from __future__ import annotations

import re

from mjml import mjml2html

from newsletter.errors import TemplateError

# Every tag of MJML 4 (mjml.io documentation). mjml-python drops unknown tags silently (it
# copies them into the output as-is), so templates are checked against this list.
KNOWN_MJML_TAGS = frozenset(
    {
        "mjml",
        "mj-head",
        "mj-body",
        "mj-include",
        "mj-attributes",
        "mj-all",
        "mj-class",
        "mj-breakpoint",
        "mj-font",
        "mj-html-attributes",
        "mj-html-attribute",
        "mj-selector",
        "mj-preview",
        "mj-style",
        "mj-title",
        "mj-accordion",
        "mj-accordion-element",
        "mj-accordion-title",
        "mj-accordion-text",
        "mj-button",
        "mj-carousel",
        "mj-carousel-image",
        "mj-column",
        "mj-divider",
        "mj-group",
        "mj-hero",
        "mj-image",
        "mj-navbar",
        "mj-navbar-link",
        "mj-raw",
        "mj-section",
        "mj-social",
        "mj-social-element",
        "mj-spacer",
        "mj-table",
        "mj-text",
        "mj-wrapper",
    }
)

_MJ_TAG_RE = re.compile(r"</?(mj-[a-z-]+|mjml)\b")


def check_mjml_tags(source: str, template_name: str) -> None:
    """Raise TemplateError naming the template when ``source`` uses an mj-* tag MJML lacks."""
    unknown = sorted(mjml_tags_in(source) - KNOWN_MJML_TAGS)
    if unknown:
        message = f"Template {template_name} uses MJML tags that do not exist: {', '.join(unknown)}. Use MJML 4 tags only (mjml.io/documentation)."
        raise TemplateError(message)


def compile_mjml(source: str, template_name: str, *, check_source: bool = True) -> str:
    """Compile MJML to HTML without web-font links; raise TemplateError naming the template.

    Unknown ``mj-*`` tags are refused before compiling (mjml-python would pass them through
    or drop them silently) unless ``check_source`` is off because the caller checked the
    template files themselves; any that still leak into the HTML are refused after.
    """
    if check_source:
        check_mjml_tags(source, template_name)
    try:
        html: str = mjml2html(source, fonts={})
    except ValueError as exc:
        message = f"Template {template_name} produced MJML that does not compile: {exc}. Fix the template's MJML markup."
        raise TemplateError(message) from exc
    # The substring test is ~20x cheaper than the regex and almost always settles it.
    leaked = sorted(set(_MJ_TAG_RE.findall(html))) if "<mj" in html else []
    if leaked:
        message = f"Template {template_name} uses MJML tags the compiler does not know: {', '.join(leaked)}. Use MJML 4 tags only."
        raise TemplateError(message)
    return html


def mjml_tags_in(source: str) -> frozenset[str]:
    """Return every mj-* tag name used in an MJML source."""
    return frozenset(_MJ_TAG_RE.findall(source))
