"""Render the reader pages from ``templates/web/*.html.j2`` with shared context."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from pathlib import Path

import jinja2
from starlette.responses import HTMLResponse

from newsletter.config import Settings
from newsletter.editorial import EditorialConfig
from newsletter.errors import TemplateError
from newsletter.render.renderer import imprint

_PACKAGE = Path(__file__).resolve().parent.parent
# Stands for a link token in pages rendered once and reused; tokens never contain "@".
TOKEN_SLOT = "@@token@@"


def web_templates_dir() -> Path:
    """Return the folder of the web templates (the repo's, or the copy inside a wheel)."""
    for candidate in (_PACKAGE.parent / "templates" / "web", _PACKAGE / "_templates" / "web"):
        if candidate.is_dir():
            return candidate
    message = (
        f"The web templates folder is missing (looked in {_PACKAGE.parent / 'templates' / 'web'}); "
        "reinstall the package or run from the repository."
    )
    raise TemplateError(message)


class Pages:
    """A Jinja environment for the web templates plus the context every page shares."""

    def __init__(self, settings: Settings, editorial: EditorialConfig) -> None:
        """Load templates from disk once; pages are autoescaped."""
        folder = web_templates_dir()
        self.environment = jinja2.Environment(
            loader=jinja2.FileSystemLoader(folder),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.stylesheet = (folder / "site.css").read_bytes() + _field_colors(editorial)
        self.editorial = editorial
        self._token_pages: dict[tuple[str, Hashable], str] = {}
        self.common: dict[str, object] = {
            "publication": editorial.title,
            "publisher": editorial.publisher,
            "lang": editorial.language,
            "postal_address": settings.postal_address,
            # The footer's sender line, naming the publisher once (as the email's footer does).
            "imprint": imprint(editorial.publisher, settings.postal_address),
            "fields": editorial.fields,
        }

    def render(self, name: str, context: Mapping[str, object]) -> str:
        """Render ``name`` (e.g. ``"subscribe.html.j2"``) with the shared context."""
        template = self.environment.get_template(name)
        return template.render({**self.common, **context})

    def render_per_token(
        self, name: str, key: Hashable, values: Mapping[str, object], token: str
    ) -> str:
        """Render ``name`` once per ``key`` (values must depend on ``key`` only), then fill in ``token``.

        For a hot page that differs between requests only by the link token in it (the
        one-click unsubscribe answer): a string replace instead of a template render.
        """
        page = self._token_pages.get((name, key))
        if page is None:
            page = self.render(name, {**values, "token": TOKEN_SLOT})
            self._token_pages[(name, key)] = page
        return page.replace(TOKEN_SLOT, token)

    def response(
        self, name: str, context: Mapping[str, object], *, status_code: int = 200
    ) -> HTMLResponse:
        """Render a page into an HTML response."""
        return HTMLResponse(self.render(name, context), status_code=status_code)

    def error(
        self,
        status_code: int,
        heading: str,
        message: str,
        *,
        links: tuple[tuple[str, str], ...] = (),
    ) -> HTMLResponse:
        """Render the friendly error page; ``links`` are (href, label) pairs to go on from."""
        context = {"title": heading, "heading": heading, "message": message, "links": links}
        return self.response("error.html.j2", context, status_code=status_code)

    def field_name(self, slug: str) -> str:
        """Return a field's display name (the slug itself if the editor removed the field)."""
        for field in self.editorial.fields:
            if field.slug == slug:
                return field.name
        return slug


def _field_colors(editorial: EditorialConfig) -> bytes:
    """Return a CSS rule per field swatch (the CSP forbids inline styles on the pages)."""
    # Slugs match [a-z0-9-]+ and colors #rrggbb (EditorialConfig validates both): safe CSS.
    rules = [f".swatch-{field.slug} {{ background: {field.color}; }}" for field in editorial.fields]
    return ("\n" + "\n".join(rules) + "\n").encode()
