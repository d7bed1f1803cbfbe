"""Write the HTML and text of every preview variant of an issue into a folder."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from newsletter.deliver.message import fill_placeholders
from newsletter.errors import ConfigError
from newsletter.models import (
    FEEDBACK_URL_PLACEHOLDER,
    PREFERENCES_URL_PLACEHOLDER,
    UNSUBSCRIBE_URL_PLACEHOLDER,
    Issue,
    RenderedEmail,
)
from newsletter.render import Renderer

# Stand-ins for a subscriber's own links, on the app's real routes (subscribers/links.py): the
# token names nobody and verifies as no token, so a click in a preview lands on the app's
# "link not valid" page instead of changing anyone's subscription.
EXAMPLE_TOKEN = "preview-example"
ALL_FIELDS_NAME = "all"
PROFILE_PREFIX = "profile-"


def example_links(base_url: str) -> Mapping[str, str]:
    """Return placeholder -> example link under ``base_url`` (NEWSLETTER_BASE_URL)."""
    base = base_url.rstrip("/")
    return MappingProxyType(
        {
            UNSUBSCRIBE_URL_PLACEHOLDER: f"{base}/u/{EXAMPLE_TOKEN}",
            PREFERENCES_URL_PLACEHOLDER: f"{base}/preferences/{EXAMPLE_TOKEN}",
            FEEDBACK_URL_PLACEHOLDER: f"{base}/feedback/{EXAMPLE_TOKEN}",
        }
    )


def fill_example_links(body: str, base_url: str) -> str:
    """Replace every per-recipient placeholder in ``body`` with its example URL."""
    return fill_placeholders(body, example_links(base_url))


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
    ``variant_names``); a variant none of whose fields has a report is left out, as delivery
    sends its readers nothing. Each file is exactly what such a reader receives, with
    ``example_links`` as the personal links. Returns the written paths, HTML before text for
    each variant, in that order. Raises TemplateError for a template failure or a broken
    budget, ConfigError for a profile naming fields the issue lacks.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    content = issue.fields_with_content
    for stem, field_set in variant_names(issue, profile=profile):
        if content.isdisjoint(field_set):
            continue
        email = renderer.render_variant(issue, field_set)
        written += write_variant(email, out_dir / stem, renderer.base_url)
    return written


def quiet_variants(issue: Issue, *, profile: frozenset[str] | None = None) -> list[str]:
    """Return the stems ``write_previews`` leaves out: their readers get no email this week."""
    content = issue.fields_with_content
    return [
        stem
        for stem, field_set in variant_names(issue, profile=profile)
        if content.isdisjoint(field_set)
    ]


def write_variant(email: RenderedEmail, stem: Path, base_url: str) -> list[Path]:
    """Write one rendered variant as ``<stem>.html`` and ``<stem>.txt`` with example links."""
    html_path = stem.with_name(stem.name + ".html")
    text_path = stem.with_name(stem.name + ".txt")
    html_path.write_text(fill_example_links(email.html, base_url), encoding="utf-8")
    text_path.write_text(_text_file(email, base_url), encoding="utf-8")
    return [html_path, text_path]


def _text_file(email: RenderedEmail, base_url: str) -> str:
    # The subject is part of what an editor reviews, so the text file starts with it.
    return f"Subject: {email.subject}\n\n{fill_example_links(email.text, base_url)}"
