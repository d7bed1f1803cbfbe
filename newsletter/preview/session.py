"""The live preview's state: the week's issue rebuilt whenever a watched input changes."""

from __future__ import annotations

import contextlib
import dataclasses
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from newsletter.config import Settings
from newsletter.curate.explain import FieldExplanation
from newsletter.deliver.factory import build_renderer
from newsletter.drafts import draft_path
from newsletter.editorial import EMBEDDED_CONFIG, EditorialConfig, load_editorial
from newsletter.errors import NewsletterError
from newsletter.models import Issue
from newsletter.preview.build import explain_week, prepare_issue
from newsletter.preview.watch import inputs_version
from newsletter.render import Renderer
from newsletter.render.environment import template_dirs
from newsletter.stats import FieldWeek, weeks_before
from newsletter.weeks import IsoWeek
from subscribers.errors import SubscriberError


@dataclass(frozen=True, slots=True)
class PreviewSnapshot:
    """One consistent build of the preview: the issue and its renderer, or the error."""

    version: str
    editorial: EditorialConfig | None
    issue: Issue | None
    renderer: Renderer | None
    draft_path: Path | None
    error: str  # "" when the build worked; else the one-line message to show
    notice: str = ""  # e.g. the issue was sent: this is the frozen issue, draft edits unused
    stale: bool = False  # issue and renderer are the last good build's, kept below the error
    frozen: str = ""  # "sending" or "sent" when the issue is the one a send froze
    # By field slug: the weeks before this one (audience, verdict sent, readers' votes).
    readers: Mapping[str, Sequence[FieldWeek]] = dataclasses.field(default_factory=dict)


class PreviewSession:
    """Rebuild the week's issue when templates, the draft, the config or the articles change.

    Thread-safe: the server may serve the page, the email and the version poll at once.
    A build that fails (a draft mistake, a broken config) becomes a snapshot carrying the
    error, so the page can show it and reload once the editor fixes the file.
    """

    def __init__(
        self,
        settings: Settings,
        engine: sa.Engine,
        week: IsoWeek,
        *,
        drafts_dir: Path | None = None,
    ) -> None:
        self.settings = settings
        self.engine = engine
        self.week = week
        self._drafts_dir = drafts_dir
        self._lock = threading.Lock()
        self._editorial: EditorialConfig | None = None
        self._snapshot: PreviewSnapshot | None = None
        self._last_good: PreviewSnapshot | None = None
        self._explained: tuple[PreviewSnapshot, list[FieldExplanation]] | None = None

    def sibling(self, week: IsoWeek) -> PreviewSession:
        """Return a session over the same settings, database and drafts for another week."""
        return PreviewSession(self.settings, self.engine, week, drafts_dir=self._drafts_dir)

    def drafts_dir(self, editorial: EditorialConfig) -> Path:
        """Return the drafts folder in use: the one given, else the editorial config's."""
        return editorial.drafts_dir if self._drafts_dir is None else self._drafts_dir

    @property
    def config_path(self) -> Path:
        """The editorial config file in use (the embedded default when none is set)."""
        return self.settings.config or EMBEDDED_CONFIG

    def version(self) -> str:
        """Return the current inputs' version (changes when any watched input changes)."""
        editorial = self._try_editorial()
        return inputs_version(self._watched(editorial), self.engine)

    def snapshot(self) -> PreviewSnapshot:
        """Return the build for the current inputs, rebuilding only when they changed."""
        with self._lock:
            version = self.version()
            if self._snapshot is not None and self._snapshot.version == version:
                return self._snapshot
            self._snapshot = self._build()
            return self._snapshot

    def explanation(self, snapshot: PreviewSnapshot) -> list[FieldExplanation]:
        """Return why each field of ``snapshot``'s issue got its verdict ([] without an issue).

        The same call as ``newsletter preview --explain`` (``preview.build.explain_week``),
        made once per snapshot. Raises DatabaseError when the reports cannot be read.
        """
        if snapshot.issue is None or snapshot.editorial is None:
            return []
        with self._lock:
            if self._explained is not None and self._explained[0] is snapshot:
                return self._explained[1]
        explained = explain_week(self.engine, self.week, snapshot.issue, snapshot.editorial)
        with self._lock:
            self._explained = (snapshot, explained)
        return explained

    def _build(self) -> PreviewSnapshot:
        """Build the issue and a renderer whose templates render; on failure keep the last good.

        A failed build (draft, config or template mistake) carries the error and, when an
        earlier build worked, that build's issue and renderer, so the page shows the message
        above the last good render instead of an empty frame.
        """
        editorial: EditorialConfig | None = None
        path: Path | None = None
        try:
            editorial = load_editorial(self.settings.config)
            self._editorial = editorial
            prepared = prepare_issue(self.engine, editorial, self.week, drafts_dir=self._drafts_dir)
            path = prepared.draft_path
            # A new Renderer reads the templates afresh: the snapshot is rebuilt on any edit.
            renderer = build_renderer(self.settings, editorial)
            content = prepared.issue.fields_with_content
            if content:
                renderer.render_variant(prepared.issue, content)  # a template mistake shows now
        except NewsletterError as exc:
            # Measured after the failed build, so fixing the file moves the version again.
            version = inputs_version(self._watched(editorial), self.engine)
            good = self._last_good
            if good is None:
                return PreviewSnapshot(version, editorial, None, None, path, exc.format_message())
            return PreviewSnapshot(
                version,
                good.editorial,
                good.issue,
                good.renderer,
                path or good.draft_path,
                exc.format_message(),
                notice=good.notice,
                stale=True,
                frozen=good.frozen,
            )
        # Measured after the build: creating the draft file must not trigger a reload.
        version = inputs_version(self._watched(editorial), self.engine)
        snapshot = PreviewSnapshot(
            version,
            editorial,
            prepared.issue,
            renderer,
            path,
            "",
            notice=prepared.notice,
            frozen=prepared.frozen,
            readers=self._readers(editorial),
        )
        self._last_good = snapshot
        return snapshot

    def _readers(self, editorial: EditorialConfig) -> Mapping[str, Sequence[FieldWeek]]:
        # Counts beside each field; a database hiccup leaves them out, never the preview.
        try:
            return weeks_before(self.engine, editorial, self.week, count=3)
        except (NewsletterError, SubscriberError):
            return {}

    def _try_editorial(self) -> EditorialConfig | None:
        # A broken config keeps the last good folders watched; _build reports the error.
        with contextlib.suppress(NewsletterError):
            self._editorial = load_editorial(self.settings.config)
        return self._editorial

    def _watched(self, editorial: EditorialConfig | None) -> list[Path]:
        paths = [self.config_path]
        if editorial is not None:
            paths.append(draft_path(self.drafts_dir(editorial), self.week.id))
            paths += template_dirs(editorial.templates_dir)
        return paths
