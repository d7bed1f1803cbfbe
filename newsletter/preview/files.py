"""Write the HTML and text of every preview variant of an issue into a folder."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from newsletter.deliver.message import fill_placeholders
from newsletter.errors import ConfigError
from newsletter.models import (
    PREFERENCES_URL_PLACEHOLDER,
    UNSUBSCRIBE_URL_PLACEHOLDER,
    Issue,
    RenderedEmail,
)
from newsletter.render import Renderer

# Stand-ins for a subscriber's own links: they name nobody and verify as no token, so a click
# in a preview lands on the "link not valid" page instead of changing anyone's subscription.
EXAMPLE_LINKS: Mapping[str, str] = MappingProxyType(
    {
        UNSUBSCRIBE_URL_PLACEHOLDER: "https://example.com/unsubscribe/preview-example",
        PREFERENCES_URL_PLACEHOLDER: "https://example.com/preferences/preview-example",
    }
)
ALL_FIELDS_NAME = "all"
PROFILE_PREFIX = "profile-"


def fill_example_links(body: str) -> str:
    """Replace every per-recipient placeholder in ``body`` with its example URL."""
    return fill_placeholders(body, EXAMPLE_LINKS)


def variant_names(
    issue: Issue, *, profile: frozenset[str] | None = None
) -> list[tuple[str, frozenset[str]]]:
    """Return (file stem, field-set) of every preview: each field, all fields, the profile.

    The profile's stem lists its fields in the issue's order, e.g. ``profile-quantum+ai``.
    """
    slugs = [verdict.slug for verdict in issue.verdicts]
    variants = [(slug, frozenset({slug})) for slug in slugs]
    variants.append((ALL_FIELDS_NAME, frozenset(slugs)))
    if profile is not None:
        unknown = sorted(profile - set(slugs))
        if unknown or not profile:
            message = f"Profile fields {', '.join(unknown) or '(none)'} are not fields of issue {issue.id}; pick from: {', '.join(slugs)}."
            raise ConfigError(message)
        chosen = [slug for slug in slugs if slug in profile]
        variants.append((PROFILE_PREFIX + "+".join(chosen), frozenset(chosen)))
    return variants


def write_previews(
    issue: Issue, renderer: Renderer, out_dir: Path, *, profile: frozenset[str] | None = None
) -> list[Path]:
    """Render every preview variant of ``issue`` and write ``<stem>.html`` and ``<stem>.txt``.

    The variants are each single field, all fields, and ``profile`` when given (see
    ``variant_names``). Personal links hold ``EXAMPLE_LINKS``. Returns the written paths,
    HTML before text for each variant, in that order. Raises TemplateError for a template
    failure or a broken budget, ConfigError for a profile naming fields the issue lacks.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for stem, field_set in variant_names(issue, profile=profile):
        email = renderer.render_variant(issue, field_set)
        written += write_variant(email, out_dir / stem)
    return written


def write_variant(email: RenderedEmail, stem: Path) -> list[Path]:
    """Write one rendered variant as ``<stem>.html`` and ``<stem>.txt`` with example links."""
    html_path = stem.with_name(stem.name + ".html")
    text_path = stem.with_name(stem.name + ".txt")
    html_path.write_text(fill_example_links(email.html), encoding="utf-8")
    text_path.write_text(_text_file(email), encoding="utf-8")
    return [html_path, text_path]


def _text_file(email: RenderedEmail) -> str:
    # The subject is part of what an editor reviews, so the text file starts with it.
    return f"Subject: {email.subject}\n\n{fill_example_links(email.text)}"
