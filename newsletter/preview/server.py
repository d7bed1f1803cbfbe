"""The ``--serve`` page: a Starlette app on 127.0.0.1 with week and profile switchers, live reload.

Routes: ``/`` the page (query ``week``, ``fields`` repeated or comma-separated, ``width`` 600
or 375), ``/email.html`` and ``/email.txt`` one variant with example links, ``/explain`` why
the ticked fields got their verdicts (the ``--explain`` table as a page), ``/version`` the
inputs' version that the pages poll to reload themselves. Every route takes ``week``; without it,
the week the server was started for (the one the next scheduled send delivers).
"""

from __future__ import annotations

import socket
import threading
from pathlib import Path
from urllib.parse import urlencode

import jinja2
import sqlalchemy as sa
import uvicorn
from markupsafe import escape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from newsletter.config import Settings
from newsletter.errors import NewsletterError
from newsletter.models import Issue
from newsletter.preview.files import fill_example_links
from newsletter.preview.session import PreviewSession, PreviewSnapshot
from newsletter.render.environment import make_environment
from newsletter.render.views import safe_url
from newsletter.sendtime import SendSchedule
from newsletter.weeks import IsoWeek
from newsletter.workweek import WeekEntry, list_weeks

PAGE_TEMPLATE = "preview/page.html.j2"
EXPLAIN_TEMPLATE = "preview/explain.html.j2"
WIDTHS = (600, 375)  # desktop and mobile
POLL_MS = 1000
HOST = "127.0.0.1"
MAX_WEEKS_OPEN = 8  # sessions kept for switched-to weeks (each holds one issue and renderer)


def requested_fields(request: Request, issue: Issue, default: frozenset[str] | None) -> list[str]:
    """Return the ticked field slugs in the issue's order (``default`` or all when none given)."""
    raw = [part for value in request.query_params.getlist("fields") for part in value.split(",")]
    chosen = {part.strip() for part in raw if part.strip()}
    slugs = [verdict.slug for verdict in issue.verdicts]
    if not chosen and "fields" not in request.query_params:
        chosen = set(default) if default else set(slugs)
    return [slug for slug in slugs if slug in chosen]


def requested_width(request: Request) -> int:
    """Return the email width to show: 600 (desktop) unless ``width=375`` is asked for."""
    value = request.query_params.get("width", "")
    return int(value) if value.isdigit() and int(value) in WIDTHS else WIDTHS[0]


class PreviewWeeks:
    """The started week's session plus one per week the editor switches to (thread-safe)."""

    def __init__(self, session: PreviewSession) -> None:
        """Start from ``session``: its week is the default."""
        self.default = session
        self._sessions = {session.week.id: session}
        self._lock = threading.Lock()

    def schedule(self) -> SendSchedule | None:
        """Return the send schedule of the settings, None when they are broken."""
        try:
            return SendSchedule.from_settings(self.default.settings)
        except NewsletterError:
            return None

    def session(self, request: Request) -> PreviewSession:
        """Return the session of the request's ``week`` (the default for a missing or bad one)."""
        text = request.query_params.get("week", "")
        schedule = self.schedule()
        if not text or schedule is None:
            return self.default
        try:
            week = schedule.week(text)
        except NewsletterError:
            return self.default
        with self._lock:
            known = self._sessions.get(week.id)
            if known is None:
                if len(self._sessions) >= MAX_WEEKS_OPEN:
                    oldest = next(k for k in self._sessions if k != self.default.week.id)
                    del self._sessions[oldest]
                known = self._sessions[week.id] = self.default.sibling(week)
            return known

    def entries(self, snapshot: PreviewSnapshot) -> list[WeekEntry]:
        """Return the weeks to switch between (reports, drafts or issues), newest first."""
        schedule = self.schedule()
        if schedule is None or snapshot.editorial is None:
            return []
        folder = self.default.drafts_dir(snapshot.editorial)
        try:
            return list_weeks(self.default.engine, schedule, folder, include=self.default.week)
        except NewsletterError:
            return []


def create_preview_app(
    session: PreviewSession, *, profile: frozenset[str] | None = None
) -> Starlette:
    """Build the preview app over ``session`` (the default week); ``profile``: ticked fields."""
    page_env = make_environment(auto_reload=True)
    page_env.filters["safe_url"] = safe_url  # report links come from feeds: http(s) only
    weeks = PreviewWeeks(session)

    def render(request: Request, *, explaining: bool) -> Response:
        chosen = weeks.session(request)
        snapshot = chosen.snapshot()
        context = _view_context(snapshot)
        if explaining:
            context.update(_explain_context(request, chosen, snapshot, profile))
        else:
            context.update(_page_context(request, snapshot, profile))
        context.update(week=chosen.week.id, weeks=weeks.entries(snapshot))
        html = _render_page(page_env, context, EXPLAIN_TEMPLATE if explaining else PAGE_TEMPLATE)
        return HTMLResponse(html, status_code=200 if not context["error"] else 500)

    def page(request: Request) -> Response:
        return render(request, explaining=False)

    def explain(request: Request) -> Response:
        return render(request, explaining=True)

    def email(request: Request) -> Response:
        is_html = request.url.path.endswith(".html")
        snapshot = weeks.session(request).snapshot()
        body, error = _variant(request, snapshot, profile, html=is_html)
        if error:
            return PlainTextResponse(error, status_code=500)
        return HTMLResponse(body) if is_html else PlainTextResponse(body)

    def version(request: Request) -> Response:
        try:
            value = weeks.session(request).version()
        except NewsletterError as exc:
            return JSONResponse({"version": "", "error": exc.format_message()}, status_code=500)
        return JSONResponse({"version": value}, headers={"Cache-Control": "no-store"})

    routes = [
        Route("/", page),
        Route("/email.html", email),
        Route("/email.txt", email),
        Route("/explain", explain),
        Route("/version", version),
    ]
    return Starlette(routes=routes)


def no_email_note(issue: Issue, fields: list[str]) -> str:
    """Say why a profile gets no email ("" when it gets one): none of its fields has reports."""
    if not fields:
        return "Tick at least one field to see its email."
    if issue.fields_with_content.isdisjoint(fields):
        names = [v.name for v in issue.verdicts if v.slug in fields]
        return f"Readers of only {', '.join(names)} get no email this week: no reports in those fields."
    return ""


def _variant(
    request: Request, snapshot: PreviewSnapshot, profile: frozenset[str] | None, *, html: bool
) -> tuple[str, str]:
    """Return (body, error) of the requested variant, example links filled in.

    After a failed rebuild the last good render is served (the page shows the error).
    """
    if snapshot.issue is None or snapshot.renderer is None:
        return "", snapshot.error
    fields = requested_fields(request, snapshot.issue, profile)
    note = no_email_note(snapshot.issue, fields)
    if note:
        return "", note
    try:
        rendered = snapshot.renderer.render_variant(snapshot.issue, frozenset(fields))
    except NewsletterError as exc:
        return "", exc.format_message()
    body = rendered.html if html else rendered.text
    return fill_example_links(body, snapshot.renderer.base_url), ""


def _page_context(
    request: Request, snapshot: PreviewSnapshot, profile: frozenset[str] | None
) -> dict[str, object]:
    issue = snapshot.issue
    fields = requested_fields(request, issue, profile) if issue is not None else []
    error = snapshot.error
    subject = ""
    note = no_email_note(issue, fields) if issue is not None else ""
    if issue is not None and snapshot.renderer is not None and not note:
        try:
            subject = snapshot.renderer.render_variant(issue, frozenset(fields)).subject
        except NewsletterError as exc:
            error = exc.format_message()
    return {
        "ticked": fields,
        "width": requested_width(request),
        "widths": WIDTHS,
        "error": error,
        "no_email": note,
        "subject": subject,
        "email_query": view_query(request, fields),
        "readers": snapshot.readers,
    }


def _view_context(snapshot: PreviewSnapshot) -> dict[str, object]:
    """Return what both views (the email page and ``/explain``) show of ``snapshot``."""
    return {
        "issue": snapshot.issue,
        "error": snapshot.error,
        "stale": snapshot.stale,
        "notice": snapshot.notice,
        # Named only while the file is there: a frozen week's preview creates none.
        "draft_path": str(path) if (path := snapshot.draft_path) and path.exists() else "",
        "version": snapshot.version,
        "poll_ms": POLL_MS,
    }


def view_query(request: Request, fields: list[str]) -> str:
    """Return the query that keeps the page's week and ticked fields across its views.

    ``fields=`` alone when none is ticked (not the default set); the week as asked, encoded.
    """
    pairs = [("fields", slug) for slug in fields] or [("fields", "")]
    week = request.query_params.get("week", "")
    if week:
        pairs.insert(0, ("week", week))
    return urlencode(pairs)


def _explain_context(
    request: Request,
    session: PreviewSession,
    snapshot: PreviewSnapshot,
    profile: frozenset[str] | None,
) -> dict[str, object]:
    """Return the ``/explain`` page's context: the explanation of the ticked fields."""
    issue = snapshot.issue
    fields = requested_fields(request, issue, profile) if issue is not None else []
    error = snapshot.error
    explained = []
    try:
        explained = [f for f in session.explanation(snapshot) if f.slug in fields]
    except NewsletterError as exc:
        error = exc.format_message()
    return {
        "ticked": fields,
        "fields": explained,
        "error": error,
        "frozen": bool(snapshot.frozen),
        "query": view_query(request, fields),
    }


def _render_page(
    env: jinja2.Environment, context: dict[str, object], template: str = PAGE_TEMPLATE
) -> str:
    try:
        return env.get_template(template).render(context)
    except jinja2.TemplateError as exc:
        # The page is a developer tool: show why it broke rather than a bare 500.
        return f"<!doctype html><title>Preview error</title><pre>{escape(str(exc))}</pre>"


def run_preview_server(
    settings: Settings,
    engine: sa.Engine,
    week: IsoWeek,
    *,
    profile: frozenset[str] | None = None,
    sock: socket.socket,
    drafts_dir: Path | None = None,
) -> None:
    """Serve the live preview on ``sock`` (bound by ``newsletter.listen``) until interrupted.

    Blocks. Binding first is the caller's job, so a port in use is reported in one line.
    """
    session = PreviewSession(settings, engine, week, drafts_dir=drafts_dir)
    app = create_preview_app(session, profile=profile)
    config = uvicorn.Config(app, log_level="warning")
    uvicorn.Server(config).run(sockets=[sock])
