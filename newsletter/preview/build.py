"""Build a week's issue for the editor: curate it from the database, create the draft file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from newsletter.drafts import draft_path, ensure_draft_file
from newsletter.editorial import EditorialConfig
from newsletter.issues import build_issue, week_articles
from newsletter.models import Issue
from newsletter.weeks import IsoWeek


@dataclass(frozen=True, slots=True)
class PreviewIssue:
    """A freshly curated issue and where its draft file lives."""

    issue: Issue
    draft_path: Path
    draft_created: bool


def prepare_issue(
    engine: sa.Engine,
    editorial: EditorialConfig,
    week: IsoWeek,
    *,
    drafts_dir: Path | None = None,
) -> PreviewIssue:
    """Curate ``week`` with the editor's draft, creating the commented draft on first preview.

    Raises DraftError (with key and line) when the existing draft has a mistake, and
    DatabaseError when the articles cannot be read.
    """
    folder = editorial.drafts_dir if drafts_dir is None else drafts_dir
    path = draft_path(folder, week.id)
    existed = path.exists()
    issue = build_issue(engine, editorial, week, drafts_dir=folder)
    ensure_draft_file(folder, issue, articles=week_articles(engine, week))
    return PreviewIssue(issue=issue, draft_path=path, draft_created=not existed)
