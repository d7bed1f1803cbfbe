"""Build a week's issue for the editor: curate it from the database, create the draft file.

Once a send has frozen the week's issue, the preview shows that frozen issue (what readers
got) and tells whether the draft now differs from it: edits made after the freeze are not
used by any send.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from newsletter.curate.explain import FieldExplanation, explain_issue
from newsletter.db.issuestore import SENDING, SENT, issue_status
from newsletter.drafts import draft_path, ensure_draft_file
from newsletter.editorial import EditorialConfig
from newsletter.errors import DraftError
from newsletter.issues import (
    build_issue,
    content_hash,
    history_articles,
    issue_to_snapshot,
    load_issue,
    week_articles,
)
from newsletter.models import Issue
from newsletter.weeks import IsoWeek


@dataclass(frozen=True, slots=True)
class PreviewIssue:
    """The issue to preview, where its draft file lives, and whether the send froze it."""

    issue: Issue
    draft_path: Path
    draft_created: bool
    frozen: str = ""  # "sending" or "sent" once a send froze the issue, else ""
    draft_unused: str = ""  # why the draft's current content is not what was sent, or ""

    @property
    def notice(self) -> str:
        """Return the line the editor must see about a frozen issue ("" for a draft)."""
        if not self.frozen:
            return ""
        state = "was sent" if self.frozen == SENT else "is being sent"
        line = f"Issue {self.issue.id} {state}: this preview shows the frozen issue readers get."
        if self.draft_unused:
            line += f" {self.draft_unused}"
        return line

    @property
    def draft_line(self) -> str:
        """Return the line about the draft file: created now, there, or absent (read now)."""
        if self.draft_created:
            return f"Draft created: {self.draft_path}"
        if self.draft_path.exists():
            return f"Draft: {self.draft_path}"
        why = " (the issue is frozen by its send, so none is created)" if self.frozen else ""
        return f"No draft: {self.draft_path} does not exist{why}."


def prepare_issue(
    engine: sa.Engine,
    editorial: EditorialConfig,
    week: IsoWeek,
    *,
    drafts_dir: Path | None = None,
) -> PreviewIssue:
    """Curate ``week`` with the editor's draft, creating the commented draft on first preview.

    A week whose send has begun is previewed as frozen (see ``PreviewIssue.notice``). Raises
    DraftError (with key and line) when the draft of an unfrozen week has a mistake, and
    DatabaseError when the articles cannot be read.
    """
    folder = editorial.drafts_dir if drafts_dir is None else drafts_dir
    path = draft_path(folder, week.id)
    status = issue_status(engine, week.id)
    frozen = load_issue(engine, week.id) if status in (SENDING, SENT) else None
    if frozen is not None and status is not None:
        return PreviewIssue(
            issue=frozen,
            draft_path=path,
            draft_created=False,
            frozen=status,
            draft_unused=_draft_difference(engine, editorial, week, folder, frozen),
        )
    existed = path.exists()
    issue = build_issue(engine, editorial, week, drafts_dir=folder)
    if not existed:  # read the week's articles again only to list them in a new draft
        ensure_draft_file(folder, issue, articles=week_articles(engine, week))
    return PreviewIssue(issue=issue, draft_path=path, draft_created=not existed)


def explain_week(
    engine: sa.Engine, week: IsoWeek, issue: Issue, editorial: EditorialConfig
) -> list[FieldExplanation]:
    """Return why each field of ``week``'s ``issue`` got its verdict, in the issue's order.

    ``curate.explain.explain_issue`` over the week's and the earlier weeks' stored reports:
    what ``newsletter preview --explain`` prints and the preview server's ``/explain`` page
    shows. Raises DatabaseError when the reports cannot be read.
    """
    articles = week_articles(engine, week)
    history = history_articles(engine, week)
    return explain_issue(issue, articles, history, editorial)


def _draft_difference(
    engine: sa.Engine, editorial: EditorialConfig, week: IsoWeek, folder: Path, frozen: Issue
) -> str:
    """Say whether curating the week now, with the draft as it is, differs from ``frozen``."""
    path = draft_path(folder, week.id)
    try:
        current = build_issue(engine, editorial, week, drafts_dir=folder)
    except DraftError as exc:
        return f"The draft {path} has a mistake and is not used: {exc.format_message()}"
    # Compare what readers see; the trend history may have grown since, so leave it out.
    if _visible(current) == _visible(frozen):
        return ""
    if path.exists():
        return f"Draft edits in {path} (and reports collected) since it was frozen are not used."
    return "Reports collected since it was frozen are not used."


def _visible(issue: Issue) -> str:
    snapshot = issue_to_snapshot(issue)
    for verdict in snapshot["verdicts"]:
        verdict.pop("history", None)
    return content_hash(snapshot)
