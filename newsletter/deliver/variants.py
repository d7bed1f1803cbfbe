"""Which variant each recipient gets, and each variant rendered once.

A recipient's variant is the set of their fields that the issue has, as long as one of them
has content: the email speaks of every field they follow (quiet ones in one line, with their
stop link), and a recipient none of whose fields has a report is skipped. The ledger stores
the variant as its key (``field_set_key``).
"""

from __future__ import annotations

from collections.abc import Collection

from newsletter.deliver.ledger import field_set_key
from newsletter.models import Issue, RenderedEmail
from newsletter.render import Renderer


class Variants:
    """Map recipients' field-sets to variant keys, and keys to rendered emails (both cached)."""

    def __init__(self, issue: Issue, renderer: Renderer) -> None:
        """Use the fields of ``issue``; render through ``renderer``."""
        self.issue = issue
        self.renderer = renderer
        self.content = issue.fields_with_content
        self.known = frozenset(verdict.slug for verdict in issue.verdicts)
        self._keys: dict[Collection[str], str] = {}
        self._rendered: dict[str, RenderedEmail] = {}

    def key_for(self, fields: frozenset[str] | str) -> str:
        """Return the variant key of a recipient's fields; "" when none has content.

        The key holds every followed field of the issue, quiet ones included.

        ``fields`` is a frozenset, or the slugs joined by commas in any order (cached as
        given: the text straight from the database costs no set per recipient).
        """
        key = self._keys.get(fields)
        if key is None:
            slugs = fields.split(",") if isinstance(fields, str) else fields
            followed = self.known.intersection(slugs)
            key = field_set_key(followed) if self.content.intersection(followed) else ""
            self._keys[fields] = key
        return key

    def rendered(self, key: str) -> RenderedEmail:
        """Return the email of a variant key, compiling it on first use (TemplateError)."""
        email = self._rendered.get(key)
        if email is None:
            email = self.renderer.render_variant(self.issue, frozenset(key.split(",")))
            self._rendered[key] = email
        return email

    @property
    def count(self) -> int:
        """Variants rendered so far."""
        return len(self._rendered)
