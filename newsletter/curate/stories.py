"""Stories: copies of one story within a week (coverage) and stories told in earlier weeks.

- **Copies.** Two reports of the week are one story when their links are the same page once
  tracking parameters (``utm_*`` and the like) are removed, when their titles share at
  least ``SAME_STORY`` of their word pairs (Jaccard), when title and key finding together
  share ``REPEAT_THRESHOLD``, or when curation read the same news in both (the same kind
  and the same headline figure). The fuller copy (longest text, then the earliest, then
  the smallest id) stands for the story; the others add coverage.
- **Repeats.** A report retells an earlier week's story when the Jaccard similarity of its
  title + key finding word pairs to an earlier report's reaches ``REPEAT_THRESHOLD``.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit

from newsletter.models import Article

SAME_STORY = 0.8  # title word-pair Jaccard at which two reports of a week are copies
REPEAT_THRESHOLD = 0.5  # title + key finding Jaccard at which a report repeats an old story
SHINGLE_SIZE = 2
_TRACKING = ("utm_", "pk_", "mtm_", "hsa_", "fbclid", "gclid", "mc_", "ref")
# fmt: off
STOPWORDS = frozenset([
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "into",
    "is", "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "were", "will",
    "with", "new", "says", "said", "report", "reports",
])
# fmt: on
_WORD_RE = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


def shingles(text: str, size: int = SHINGLE_SIZE) -> frozenset[str]:
    """Return the set of ``size``-word shingles of the text (lower-case, no stopwords).

    Text shorter than ``size`` words gives its words as one shingle.
    """
    words = [word for word in _WORD_RE.findall(text.lower()) if word not in STOPWORDS]
    if len(words) < size:
        return frozenset([" ".join(words)]) if words else frozenset()
    return frozenset(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))


def jaccard(left: frozenset[str], right: frozenset[str]) -> float:
    """Return |left & right| / |left | right| (0 for two empty sets)."""
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)


def page_key(url: str) -> str:
    """Return a report link without scheme, ``www.``, tracking parameters or trailing slash."""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(_TRACKING)
    ]
    path = parts.path.rstrip("/")
    return f"{host}{path}?{urlencode(sorted(query))}" if query else f"{host}{path}"


@dataclass(frozen=True, slots=True)
class Story:
    """One story of the week: the report that stands for it and its other copies."""

    lead: Article
    copies: tuple[Article, ...] = ()


def group_stories(
    articles: Sequence[Article], news_keys: Mapping[str, Hashable] | None = None
) -> list[Story]:
    """Group the week's reports into stories (see the module docstring); order: leads by id.

    ``news_keys`` maps a report id to what its news is (curation passes its kind and headline
    figure): two reports with the same key are one story told by two feeds.
    """
    parent = list(range(len(articles)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_page: dict[str, int] = {}
    titles = [shingles(a.title) for a in articles]
    for i, article in enumerate(articles):
        key = page_key(article.url) if article.url else ""
        if key and key in by_page:
            parent[find(i)] = find(by_page[key])
        elif key:
            by_page[key] = i
    stories = [story_shingles(a) for a in articles]
    keys = news_keys or {}
    for i, j in sorted(_candidate_pairs(articles, titles, stories, keys)):
        if find(i) == find(j):
            continue
        news = keys.get(articles[i].id)
        same_news = news is not None and news == keys.get(articles[j].id)
        if (
            same_news
            or jaccard(titles[i], titles[j]) >= SAME_STORY
            or jaccard(stories[i], stories[j]) >= REPEAT_THRESHOLD
        ):
            parent[find(j)] = find(i)
    groups: dict[int, list[Article]] = {}
    for i, article in enumerate(articles):
        groups.setdefault(find(i), []).append(article)
    grouped = []
    for members in groups.values():
        ordered = sorted(members, key=_fullness)
        grouped.append(Story(ordered[0], tuple(ordered[1:])))
    return sorted(grouped, key=lambda story: story.lead.id)


def _candidate_pairs(
    articles: Sequence[Article],
    titles: Sequence[frozenset[str]],
    stories: Sequence[frozenset[str]],
    keys: Mapping[str, Hashable],
) -> set[tuple[int, int]]:
    """Pairs (i < j) that share a title or story shingle or a news key: the only ones that
    can be one story (Jaccard needs a shared shingle), found through an index, not n²."""
    index: dict[object, list[int]] = {}
    for i, article in enumerate(articles):
        # a title's word pairs are among its story's (title + key finding) word pairs
        marks: set[object] = set(stories[i] or titles[i])
        if article.id in keys:
            marks.add(("news", keys[article.id]))
        for mark in marks:
            index.setdefault(mark, []).append(i)
    pairs: set[tuple[int, int]] = set()
    for members in index.values():
        for a, first in enumerate(members):
            pairs.update((first, second) for second in members[a + 1 :])
    return pairs


def _fullness(article: Article) -> tuple[int, float, str]:
    size = len(article.body_html) + sum(len(text) for _, text in article.sections)
    return (-size, article.published_at.timestamp(), article.id)


def story_shingles(article: Article) -> frozenset[str]:
    """Shingles of what identifies a story: its title and key finding."""
    return shingles(f"{article.title}\n{article.key_finding}")


class StoryHistory:
    """The stories of previous weeks, indexed so a new report finds its look-alikes fast."""

    def __init__(self, history: Iterable[Article], threshold: float = REPEAT_THRESHOLD) -> None:
        """Index the shingles of every earlier report."""
        self._threshold = threshold
        self._stories: list[frozenset[str]] = []
        self._index: dict[str, list[int]] = {}
        for article in sorted(history, key=lambda a: a.id):
            story = story_shingles(article)
            if not story:
                continue
            position = len(self._stories)
            self._stories.append(story)
            for shingle in story:
                self._index.setdefault(shingle, []).append(position)

    def similarity(self, article: Article) -> float:
        """Return the highest Jaccard similarity of the report to any earlier story."""
        story = story_shingles(article)
        candidates = sorted({i for shingle in story for i in self._index.get(shingle, ())})
        return max((jaccard(story, self._stories[i]) for i in candidates), default=0.0)

    def is_repeat(self, article: Article) -> bool:
        """Tell whether the report retells a story of the previous weeks."""
        return self.similarity(article) >= self._threshold
