"""``newsletter preview``: write every variant of a week's issue, or serve it live."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsletter.cli.common import clock_of, console, load_context
from newsletter.errors import ConfigError
from newsletter.preview import write_previews
from newsletter.preview.build import prepare_issue
from newsletter.render import Renderer
from newsletter.sendtime import SendSchedule
from newsletter.workweek import week_to_work_on

DEFAULT_OUT = Path("preview")


def preview(
    ctx: typer.Context,
    week: Annotated[
        str | None,
        typer.Option(
            "--week",
            help="ISO week, e.g. 2026-W48 (default: the week the next scheduled send delivers).",
        ),
    ] = None,
    fields: Annotated[
        str | None,
        typer.Option("--fields", help="A subscriber profile to preview too: field slugs, a,b."),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Folder for the files (default: preview/<issue>/)."),
    ] = None,
    serve: Annotated[
        bool,
        typer.Option("--serve", help="Serve a live-reloading preview page on 127.0.0.1."),
    ] = False,
    port: Annotated[
        int, typer.Option("--port", help="Port of the --serve page.", min=1, max=65535)
    ] = 8001,
) -> None:
    """Write the HTML and text of every field, all fields and the profile; print the paths.

    Without --week the week is the one the next scheduled send delivers, the same one
    ``newsletter send`` defaults to.

    Creates the commented draft file drafts/<issue>.toml on the first preview of a week.
    Exits 5 when the draft has a mistake, 6 when a template fails or breaks the size budget.
    """
    now = clock_of(ctx)()
    context = load_context()
    editorial = context.editorial
    schedule = SendSchedule.from_settings(context.settings)
    iso_week = schedule.week(week) if week else week_to_work_on(context.engine, schedule, now)
    profile = _parse_profile(fields, editorial.field_slugs)
    prepared = prepare_issue(context.engine, editorial, iso_week)
    renderer = Renderer(
        editorial,
        base_url=context.settings.base_url,
        postal_address=context.settings.postal_address,
    )
    folder = out if out is not None else DEFAULT_OUT / prepared.issue.id
    paths = write_previews(prepared.issue, renderer, folder, profile=profile)
    if prepared.draft_created:
        console.print(f"Draft created: {prepared.draft_path}", markup=False, soft_wrap=True)
    else:
        console.print(f"Draft: {prepared.draft_path}", markup=False, soft_wrap=True)
    for path in paths:
        console.print(str(path), markup=False, soft_wrap=True)
    if serve:
        from newsletter.preview.server import HOST, run_preview_server

        console.print(f"Serving the live preview on http://{HOST}:{port}/ (Ctrl+C stops it)")
        run_preview_server(context.settings, context.engine, iso_week, profile=profile, port=port)


def _parse_profile(value: str | None, known: tuple[str, ...]) -> frozenset[str] | None:
    if value is None:
        return None
    slugs = frozenset(part.strip() for part in value.split(",") if part.strip())
    unknown = sorted(slugs - set(known))
    if unknown or not slugs:
        message = f"--fields {value!r}: unknown field(s) {', '.join(unknown) or '(none given)'}; known fields: {', '.join(known)}."
        raise ConfigError(message)
    return slugs
