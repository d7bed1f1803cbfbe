"""``/archive``: past issues as web pages (the all-fields variant, no personal links)."""

from __future__ import annotations

import re
import threading
from typing import Annotated

import sqlalchemy as sa
from fastapi import APIRouter, Depends
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse

from newsletter.db.guard import database_errors
from newsletter.db.tables import issues
from newsletter.render import Renderer
from newsletter.web.context import WebContext, web_context
from newsletter.web.openapi import html_responses
from newsletter.web.security import ARCHIVE_CSP

router = APIRouter()

ISSUE_ID = re.compile(r"\d{4}-W\d{2}")
# Issues a reader may see: sent ones (the send job stamps sent_at and the status).
_PUBLISHED = sa.or_(issues.c.sent_at.is_not(None), issues.c.status == "sent")


class ArchiveCache:
    """Rendered archive pages by (issue id, content hash): MJML compiles once per issue."""

    def __init__(self, renderer: Renderer, *, max_entries: int = 32) -> None:
        """Keep up to ``max_entries`` pages."""
        self.renderer = renderer
        self.max_entries = max_entries
        self._pages: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def page(self, context: WebContext, issue_id: str) -> str | None:
        """Return the archive HTML of a published issue, or None when there is none."""
        query = sa.select(issues.c.content_hash).where(issues.c.id == issue_id, _PUBLISHED)
        with database_errors("read the archive"), context.engine.connect() as connection:
            content_hash = connection.execute(query).scalar_one_or_none()
        if content_hash is None:
            return None
        key = (issue_id, content_hash)
        with self._lock:
            cached = self._pages.get(key)
        if cached is not None:
            return cached
        from newsletter.issues import load_issue  # noqa: PLC0415  (curate stage lands it)

        issue = load_issue(context.engine, issue_id)
        if issue is None:
            return None
        html = self.renderer.render_archive(issue)
        with self._lock:
            if len(self._pages) >= self.max_entries:
                self._pages.pop(next(iter(self._pages)))
            self._pages[key] = html
        return html


async def archive_cache(request: Request) -> ArchiveCache:
    """Return the app's archive cache (a FastAPI dependency; async: no thread hop)."""
    cache: ArchiveCache = request.app.state.archive_cache
    return cache


def _list_issues(context: WebContext) -> list[dict[str, object]]:
    query = (
        sa.select(issues.c.id, issues.c.week_start, issues.c.sent_at)
        .where(_PUBLISHED)
        .order_by(issues.c.id.desc())
        .limit(520)
    )
    with database_errors("list the archive"), context.engine.connect() as connection:
        rows = connection.execute(query).all()
    return [{"id": row.id, "week_start": row.week_start} for row in rows]


@router.get("/archive", response_class=HTMLResponse, responses=html_responses(200, 503))
async def archive_index(context: Annotated[WebContext, Depends(web_context)]) -> HTMLResponse:
    """List the published issues, newest first."""
    past = await run_in_threadpool(_list_issues, context)
    return context.pages.response("archive.html.j2", {"title": "Archive", "issues": past})


@router.get(
    "/archive/{issue_id}", response_class=HTMLResponse, responses=html_responses(200, 404, 503)
)
async def archive_issue(
    issue_id: str,
    context: Annotated[WebContext, Depends(web_context)],
    cache: Annotated[ArchiveCache, Depends(archive_cache)],
) -> HTMLResponse:
    """Show one published issue with every field and no personal links."""
    html = None
    if ISSUE_ID.fullmatch(issue_id):
        html = await run_in_threadpool(cache.page, context, issue_id)
    if html is None:
        return context.pages.error(
            404,
            "No such issue",
            f"There is no published issue {issue_id[:16]!r}.",
            links=(("/archive", "See all issues"),),
        )
    response = HTMLResponse(html)
    response.headers["content-security-policy"] = ARCHIVE_CSP
    response.headers["cache-control"] = "public, max-age=3600"
    return response
