"""File tags under the editorial fields, ignoring case, spacing and punctuation."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from newsletter.editorial import FieldConfig

# Compound tags such as "Science/Quantum" or "AI & Machine Learning" are also tried part by part.
_PART_SEPARATORS = re.compile(r"\s*[/>|,;&]\s*|\s+-\s+|::")


def match_key(text: str) -> str:
    """Reduce a tag to what matching compares: lower case letters and digits only."""
    return "".join(char for char in text.casefold() if char.isalnum())


@dataclass(frozen=True, slots=True)
class FieldMatcher:
    """Maps tags to field slugs through each field's slug, display name and aliases."""

    index: tuple[tuple[str, str], ...]  # (match key, slug); the first field listed wins a key
    order: tuple[str, ...]  # slugs in the editor's order

    @classmethod
    def from_fields(cls, fields: Iterable[FieldConfig]) -> FieldMatcher:
        """Build the matcher from the editorial fields."""
        index: dict[str, str] = {}
        order: list[str] = []
        for field in fields:
            order.append(field.slug)
            for name in (field.slug, field.name, *field.aliases):
                key = match_key(name)
                if key:
                    index.setdefault(key, field.slug)
        return cls(index=tuple(index.items()), order=tuple(order))

    def match(self, tags: Iterable[str]) -> tuple[str, ...]:
        """Return the slugs the tags map to, in the editor's order; empty means unfiled."""
        index = _index(self.index)
        slugs: set[str] = set()
        for tag in tags:
            slugs.update(index.slugs_of(tag))
        return tuple(slug for slug in self.order if slug in slugs)


class _Index:
    """The match keys as a dict, and what each tag seen so far maps to.

    A feed repeats its few categories on every entry: each distinct tag is split and
    reduced once per process rather than once per entry.
    """

    def __init__(self, index: tuple[tuple[str, str], ...]) -> None:
        self.lookup = dict(index)
        self.seen: dict[str, frozenset[str]] = {}

    def slugs_of(self, tag: str) -> frozenset[str]:
        found = self.seen.get(tag)
        if found is None:
            candidates = [tag, *_PART_SEPARATORS.split(tag)]
            keys = (self.lookup.get(match_key(candidate)) for candidate in candidates)
            found = frozenset(slug for slug in keys if slug is not None)
            if len(self.seen) < _SEEN_MAX:
                self.seen[tag] = found
        return found


_SEEN_MAX = 10_000  # distinct tags remembered per taxonomy


@lru_cache(maxsize=8)
def _index(index: tuple[tuple[str, str], ...]) -> _Index:
    """The index built once per taxonomy rather than once per article."""
    return _Index(index)
