"""``/archive``: the sent issues in public: a list with each week's verdicts, each issue's web
version inside the site frame, a page per field, and an Atom feed. No personal link anywhere.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from newsletter.db.issuestore import Published
from newsletter.render.renderer import imprint
from newsletter.web.archive_data import FIELD_SLUG, ArchiveData, IssueSummary, ReportLink
from newsletter.web.archive_feed import FEED_ENTRIES, atom_feed
from newsletter.web.archive_page import WebVersion, web_version
from newsletter.web.context import WebContext, web_context
from newsletter.web.openapi import html_responses
from newsletter.web.pages import web_templates_dir
from newsletter.web.security import ARCHIVE_CSP

router = APIRouter()
PUBLIC_CACHE = "public, max-age=3600"
ATOM_TYPE = "application/atom+xml"


async def archive_data(request: Request) -> ArchiveData:
    """Return the app's archive data (a FastAPI dependency; async: no thread hop)."""
    data: ArchiveData = request.app.state.archive_cache
    return data


Data = Annotated[ArchiveData, Depends(archive_data)]
Context = Annotated[WebContext, Depends(web_context)]


def _frame(context: WebContext, path: str, **values: object) -> dict[str, object]:
    """Return the archive frame's context: canonical URL, Open Graph type, imprint."""
    settings = context.settings
    frame: dict[str, object] = {
        "canonical": f"{settings.base_url}{path}",
        "og_type": "website",
        "imprint": imprint(context.editorial.publisher, settings.postal_address),
    }
    frame.update(values)
    return frame


def _page(context: WebContext, name: str, values: dict[str, object]) -> HTMLResponse:
    response = context.pages.response(name, values)
    response.headers["content-security-policy"] = ARCHIVE_CSP
    response.headers["cache-control"] = PUBLIC_CACHE
    return response


def _not_found(context: WebContext, heading: str, message: str) -> HTMLResponse:
    return context.pages.error(404, heading, message, links=(("/archive", "See all issues"),))


@router.get("/static/archive.css", include_in_schema=False)
async def archive_stylesheet() -> Response:
    """Serve the archive pages' stylesheet (the CSP keeps styles in files on the site pages)."""
    return Response(
        (web_templates_dir() / "archive.css").read_bytes(),
        media_type="text/css",
        headers={"cache-control": "public, max-age=86400"},
    )


@router.get("/archive", response_class=HTMLResponse, responses=html_responses(200, 503))
async def archive_index(context: Context, data: Data) -> HTMLResponse:
    """List the published issues, newest first, each with its date, headline and verdicts."""
    summaries = await run_in_threadpool(lambda: data.summaries(data.published()))
    title = f"All issues of {context.editorial.title}"
    description = (
        f"Every issue of {context.editorial.title}: which technology fields are worth "
        "reading each week, with a verdict and the one fact behind it."
    )
    values = _frame(context, "/archive", title=title, description=description)
    return _page(context, "archive.html.j2", {**values, "summaries": summaries})


@router.get(
    "/archive/feed.xml",
    response_class=Response,
    responses={200: {"description": "Atom 1.0 feed", "content": {ATOM_TYPE: {}}}, 503: {}},
)
async def archive_feed(context: Context, data: Data) -> Response:
    """The newest published issues as an Atom feed (RFC 4287)."""

    def build() -> bytes:
        rows = data.published(FEED_ENTRIES)
        entries = [(row, s) for row in rows if (s := data.summary(row)) is not None]
        return atom_feed(
            entries,
            base_url=context.settings.base_url,
            title=context.editorial.title,
            publisher=context.editorial.publisher,
        )

    body = await run_in_threadpool(build)
    return Response(body, media_type=ATOM_TYPE, headers={"cache-control": PUBLIC_CACHE})


@router.get(
    "/archive/field/{slug}", response_class=HTMLResponse, responses=html_responses(200, 404, 503)
)
async def archive_field(slug: str, context: Context, data: Data) -> HTMLResponse:
    """One field over the published weeks: verdict, score, trend, reason, lead reports."""
    known = {field.slug: field.name for field in context.editorial.fields}
    if not FIELD_SLUG.fullmatch(slug) or slug not in known:
        return _not_found(context, "No such field", f"There is no field {slug[:32]!r}.")
    weeks = await run_in_threadpool(lambda: data.field_weeks(slug, data.published()))
    name = known[slug]
    title = f"{name} in {context.editorial.title}"
    description = f"{name}, week by week: the verdict, the score and the reports that mattered."
    values = _frame(context, f"/archive/field/{slug}", title=title, description=description)
    return _page(
        context,
        "archive_field.html.j2",
        {**values, "slug": slug, "field_name": name, "weeks": weeks},
    )


@router.get(
    "/archive/{issue_id}", response_class=HTMLResponse, responses=html_responses(200, 404, 503)
)
async def archive_issue(issue_id: str, context: Context, data: Data) -> HTMLResponse:
    """Show one published issue's web version: every field, no personal links, in the frame."""
    page = await run_in_threadpool(_issue_page, data, issue_id)
    if page is None:
        return _not_found(
            context, "No such issue", f"There is no published issue {issue_id[:16]!r}."
        )
    frame = _frame(
        context,
        f"/archive/{issue_id}",
        title=f"{page.summary.week_label}: {page.summary.headline}",
        description=page.summary.description,
        og_type="article",
    )
    values = {
        "summary": page.summary,
        "web": page.web,
        "reports": page.reports,
        "published": page.published,
    }
    return _page(context, "archive_issue.html.j2", {**frame, **values})


@dataclass(frozen=True, slots=True)
class IssuePage:
    """What the web version of one issue shows."""

    summary: IssueSummary
    web: WebVersion
    reports: dict[str, list[ReportLink]]
    published: str  # ISO 8601, when it was sent


def _issue_page(data: ArchiveData, issue_id: str) -> IssuePage | None:
    """Return the issue page, or None when ``issue_id`` is not published."""
    row: Published | None = data.find(issue_id)
    if row is None:
        return None
    issue = data.issue(row)  # read once: summary and web version reuse it on a cache miss
    if issue is None:
        return None
    summary = data.summary(row, issue)
    html = data.web_version(row, issue)
    if summary is None or html is None:
        return None
    published = row.sent_at or dt.datetime.combine(row.week_start, dt.time(), tzinfo=dt.UTC)
    return IssuePage(
        summary, web_version(html, issue_id), data.all_reports(issue), published.isoformat()
    )
