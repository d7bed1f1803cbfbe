"""The Jinja2 environment: where templates are found, escaping rules and filters."""

from __future__ import annotations

from pathlib import Path

import jinja2

import newsletter
from newsletter.render.text import join_names, plain, text_bar, wordwrap

PACKAGED_TEMPLATES = Path(newsletter.__file__).parent / "_templates"  # installed wheel
REPO_TEMPLATES = Path(newsletter.__file__).parent.parent / "templates"  # editable install


def template_dirs(*overrides: Path | None) -> list[Path]:
    """Return the template folders to search, first match wins.

    Overrides come first (an editor's folder may replace single files), then the templates
    packaged in the wheel, then the repo's ``templates/`` of an editable install.
    """
    dirs = [path for path in overrides if path is not None]
    dirs += [path for path in (PACKAGED_TEMPLATES, REPO_TEMPLATES) if path.is_dir()]
    return dirs


def _autoescape(name: str | None) -> bool:
    # HTML and MJML get escaped; text templates don't (their feed text goes through `plain`).
    return name is not None and name.endswith((".mjml.j2", ".html.j2"))


def make_environment(*overrides: Path | None, auto_reload: bool = False) -> jinja2.Environment:
    """Build the environment: a ChoiceLoader over the template folders, strict undefined.

    Without ``auto_reload`` a template is read once per environment (no stat per render): make
    a new Renderer to pick up edits, as the live preview does whenever a template changes.
    """
    loaders: list[jinja2.BaseLoader] = [
        jinja2.FileSystemLoader(str(path)) for path in template_dirs(*overrides)
    ]
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=_autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=auto_reload,
    )
    env.filters["plain"] = plain
    env.filters["text_bar"] = text_bar
    env.filters["join_names"] = join_names
    env.filters["wordwrap"] = wordwrap
    return env
