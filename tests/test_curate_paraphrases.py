"""Curation reads kinds and weights from how news is written, across many invented phrasings."""

from __future__ import annotations

import pytest

from newsletter.curate.importance import assess
from tests.curate_paraphrases import MAJOR, MINOR, NOTABLE, Paraphrase, expand
from tests.factories import make_article

PARAPHRASES = tuple(expand())


def _assess(item: Paraphrase) -> tuple[str, float]:
    sections = (("Key Findings", item.findings),) if item.findings else ()
    article = make_article(title=item.title, sections=sections, key_finding=item.findings)
    result = assess(article)
    return result.kind.kind.value, result.importance


def _weight(importance: float) -> str:
    if importance >= 70:
        return MAJOR
    if importance >= 45:
        return NOTABLE
    return MINOR


def test_the_generator_gives_several_phrasings_of_every_kind() -> None:
    """Each kind is tested in at least three titles, most in several wordings and names."""
    assert len(PARAPHRASES) >= 120
    kinds = [item.kind for item in PARAPHRASES]
    assert all(kinds.count(kind) >= 3 for kind in set(kinds))


@pytest.mark.parametrize("item", PARAPHRASES, ids=lambda item: item.title[:60])
def test_paraphrase_has_its_kind_and_weight(item: Paraphrase) -> None:
    """A title's kind and its weight class (major, notable, minor) hold for every phrasing."""
    kind, importance = _assess(item)
    assert (kind, _weight(importance)) == (item.kind, item.weight)
