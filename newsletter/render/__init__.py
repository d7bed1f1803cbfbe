"""Render stage: an Issue becomes MJML-compiled HTML plus a plain-text part, per field-set.

Pure: values in, values out. ``Renderer`` compiles each distinct field-set of an issue once and
caches it; the per-recipient links are placeholders that delivery fills (see ``PLACEHOLDERS``).
"""

from __future__ import annotations

from newsletter.models import (
    FEEDBACK_URL_PLACEHOLDER,
    PREFERENCES_URL_PLACEHOLDER,
    UNSUBSCRIBE_URL_PLACEHOLDER,
)
from newsletter.render.budgets import HTML_BUDGET_BYTES
from newsletter.render.renderer import Renderer

PLACEHOLDERS = (UNSUBSCRIBE_URL_PLACEHOLDER, PREFERENCES_URL_PLACEHOLDER, FEEDBACK_URL_PLACEHOLDER)

__all__ = ["HTML_BUDGET_BYTES", "PLACEHOLDERS", "Renderer"]
