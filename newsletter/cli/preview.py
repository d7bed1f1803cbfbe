"""``newsletter preview``: write every variant of a week's issue, or serve it live."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from newsletter.cli.common import CommandLineError, clock_of, console, load_context
from newsletter.curate.explain import FieldExplanation
from newsletter.deliver.factory import build_renderer
from newsletter.errors import ConfigError
from newsletter.listen import cannot_listen, listening_socket
from newsletter.preview import write_previews
from newsletter.preview.build import explain_week, prepare_issue
from newsletter.preview.files import quiet_variants
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
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Print per field each report's kind, headline figure, points and total.",
        ),
    ] = False,
) -> None:
    """Write the HTML and text of every field, all fields and the profile; print the paths.

    With --explain, also print why each field got its verdict (kind, figure, points).

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
    if week is None:
        due = schedule.local(schedule.send_moment(iso_week))
        console.print(f"Week {iso_week.id}, delivered by the next scheduled send (due {due}).")
    profile = _parse_profile(fields, editorial.field_slugs)
    prepared = prepare_issue(context.engine, editorial, iso_week)
    renderer = build_renderer(context.settings, editorial)
    folder = out if out is not None else DEFAULT_OUT / prepared.issue.id
    paths = write_previews(prepared.issue, renderer, folder, profile=profile)
    if prepared.notice:
        console.print(prepared.notice, markup=False, soft_wrap=True)
    quiet = quiet_variants(prepared.issue, profile=profile)
    if quiet:
        names = ", ".join(quiet)
        console.print(
            f"No email this week for readers of only: {names} (no reports); nothing written for them.",
            markup=False,
            soft_wrap=True,
        )
    console.print(prepared.draft_line, markup=False, soft_wrap=True)
    for path in paths:
        console.print(str(path), markup=False, soft_wrap=True)
    if explain:
        print_explanation(
            explain_week(context.engine, iso_week, prepared.issue, editorial),
            frozen=bool(prepared.frozen),
        )
    if serve:
        from newsletter.preview.server import HOST, run_preview_server

        try:
            sock = listening_socket(HOST, port)
        except OSError as exc:
            raise CommandLineError(cannot_listen(HOST, port, exc)) from exc
        console.print(f"Serving the live preview on http://{HOST}:{port}/ (Ctrl+C stops it)")
        with sock:
            run_preview_server(
                context.settings, context.engine, iso_week, profile=profile, sock=sock
            )


def print_explanation(fields: list[FieldExplanation], *, frozen: bool = False) -> None:
    """Print one rich table per field: each report's kind, figure, factor points and total.

    The same ``FieldExplanation`` values and number formats as the preview server's
    ``/explain`` page. ``frozen``: the issue was sent, so a report left out of it may also
    have been collected after it froze.
    """
    left_out = "not in the sent issue" if frozen else "dropped by the draft"
    for field in fields:
        set_by = ", set by the draft" if field.overridden else ""
        table = Table(
            title=(
                f"{field.name}: score {field.score}, {field.verdict.label}{set_by} "
                f"(must read at {field.must_read}, worth a skim at {field.worth_a_skim})"
            ),
            caption=field.reason,
            title_justify="left",
            caption_justify="left",
            show_lines=False,
        )
        table.add_column("#", justify="right")
        table.add_column("Report", overflow="fold", max_width=60)
        table.add_column("Kind")
        table.add_column("Headline figure")
        table.add_column("Points")
        table.add_column("Total", justify="right")
        table.add_column("Draft")
        for report in field.reports:
            mark = str(report.rank) if report.shown else f"({report.rank})"
            draft = "pinned" if report.pinned else left_out if report.dropped else ""
            table.add_row(
                Text(mark),
                Text(report.title),
                Text(f"{report.kind}\n{report.rule}"),
                Text(report.headline or "—"),
                Text(report.points),
                Text(report.total),
                Text(draft),
            )
        if not field.reports:
            table.add_row("", Text("no reports this week"), "", "", "", "", "")
        console.print(table)
    console.print("(n): a report the email does not show (beyond the field's top reports).")


def _parse_profile(value: str | None, known: tuple[str, ...]) -> frozenset[str] | None:
    if value is None:
        return None
    slugs = frozenset(part.strip() for part in value.split(",") if part.strip())
    unknown = sorted(slugs - set(known))
    if unknown or not slugs:
        message = f"--fields {value!r}: unknown field(s) {', '.join(unknown) or '(none given)'}; known fields: {', '.join(known)}."
        raise ConfigError(message)
    return slugs
