"""``newsletter subscribers``: add, import, export, list, forget and rekey subscribers.

Every line these commands print shows addresses masked (``a•••@example.com``), with one
exception: ``export`` writes the one requested subscriber's own data, address included, to
stdout, because that is what a GDPR access request asks for.
"""

from __future__ import annotations

import enum
import json
from pathlib import Path
from typing import Annotated

import typer
from rich import box
from rich.markup import escape
from rich.table import Table

from newsletter.cli.common import (
    CommandLineError,
    console,
    counting_progress,
    load_context,
)
from subscribers.csvimport import ImportReport, count_rows, import_csv
from subscribers.masking import mask_address
from subscribers.models import STATUSES, SubscriberSummary
from subscribers.sqltypes import chunked

subscribers_app = typer.Typer(
    help="Manage subscribers: add, import, export, list, forget, rekey. Output masks every address.",
    no_args_is_help=True,
)

PROGRESS_FROM_ROWS = 500  # files at least this long get a progress bar
LIST_CHUNK = 500  # rows per printed chunk: the listing streams, memory stays flat
REJECTED_SHOWN = 200  # rejected rows listed one by one; the rest are counted
MAX_NOTE_LENGTH = 32


class Status(enum.StrEnum):
    """The statuses ``list --status`` accepts (the store's STATUSES)."""

    PENDING = "pending"
    ACTIVE = "active"
    PAUSED = "paused"
    UNSUBSCRIBED = "unsubscribed"
    BOUNCED = "bounced"
    COMPLAINED = "complained"
    ERASED = "erased"


if tuple(Status) != STATUSES:  # pragma: no cover - guards against the two lists drifting
    message = "newsletter.cli.subscribers.Status must list subscribers.models.STATUSES in order."
    raise RuntimeError(message)


@subscribers_app.command("add")
def add(
    email: Annotated[str, typer.Argument(help="The reader's address.", show_default=False)],
    fields: Annotated[
        str,
        typer.Option(
            "--fields", help="Comma-separated field slugs the reader chose, e.g. quantum,ai."
        ),
    ],
    consent_note: Annotated[
        str | None,
        typer.Option(
            "--consent-note",
            help=f"How the reader consented (at most {MAX_NOTE_LENGTH} characters, e.g. 'phone 2026-11-20'); stored with the consent record.",
        ),
    ] = None,
    pending: Annotated[
        bool,
        typer.Option(
            "--pending", help="Add as pending (no mail until confirmed) instead of active."
        ),
    ] = False,
) -> None:
    """Add a subscriber on the reader's behalf, recording their consent (method: cli).

    A known address gets the new fields added. An address that was erased, unsubscribed,
    bounced or complained is refused with exit code 10: only the reader can come back,
    through the subscribe form.
    """
    context = load_context()
    chosen = context.parse_fields(fields)
    note = _consent_note(consent_note)
    store = context.subscriber_store()
    result = store.register(
        email,
        chosen,
        method="cli",
        policy_version=context.settings.privacy_policy_version,
        status="pending" if pending else "active",
        consent_source=note,
    )
    subscriber = result.subscriber
    verb = "Added" if result.created else "Updated"
    console.print(
        f"{verb} {mask_address(subscriber.email or '')} (id {subscriber.id}, {subscriber.status}): "
        f"{', '.join(sorted(subscriber.fields))}. Consent recorded (cli, privacy policy "
        f"{context.settings.privacy_policy_version}).",
        markup=False,
        soft_wrap=True,
    )


def _consent_note(note: str | None) -> str | None:
    if note is None or not note.strip():
        return None
    cleaned = note.strip()
    if len(cleaned) > MAX_NOTE_LENGTH or "@" in cleaned:
        message = f"--consent-note must be at most {MAX_NOTE_LENGTH} characters and hold no address; shorten it."
        raise CommandLineError(message)
    return cleaned


@subscribers_app.command("import")
def import_(
    csv_file: Annotated[
        Path,
        typer.Argument(
            help="CSV with the header email,fields,consented_at,consent_method,policy_version (see samples/subscribers.csv).",
            show_default=False,
        ),
    ],
) -> None:
    """Import subscribers from a CSV file that carries each reader's consent record.

    Each valid row is added (or its new fields added to the known subscriber); rows already
    imported are left unchanged, so importing the same file twice is safe. Rows with an
    invalid address, unknown field or incomplete consent, and addresses that were erased or
    unsubscribed, are rejected and listed by line number. Exit 1 when any row was rejected.
    """
    context = load_context()
    if not csv_file.is_file():
        message = f"{csv_file} is not a file; give the path of a CSV file."
        raise CommandLineError(message)
    store = context.subscriber_store()
    known = context.editorial.field_slugs
    total = count_rows(csv_file)
    if total >= PROGRESS_FROM_ROWS:
        with counting_progress("Importing") as progress:
            task = progress.add_task("import", total=total)
            report = import_csv(
                store,
                csv_file,
                known_fields=known,
                progress=lambda count: progress.advance(task, count),
            )
    else:
        report = import_csv(store, csv_file, known_fields=known)
    _print_import_report(csv_file, report)
    if report.rejected:
        raise typer.Exit(1)


def _print_import_report(path: Path, report: ImportReport) -> None:
    console.print(
        f"Imported {escape(str(path))}: {report.rows} rows — {report.added} added, "
        f"{report.updated} updated, {report.unchanged} unchanged, {len(report.rejected)} rejected.",
        soft_wrap=True,
    )
    if not report.rejected:
        return
    table = Table(title="Rejected rows", title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("Line", justify="right")
    table.add_column("Reason", overflow="fold")
    for rejected in report.rejected[:REJECTED_SHOWN]:
        table.add_row(str(rejected.line), escape(rejected.reason))
    console.print(table)
    hidden = len(report.rejected) - REJECTED_SHOWN
    if hidden > 0:
        console.print(f"… and {hidden} more rejected rows.")
    console.print("Fix the rejected rows (or drop them) and import the file again.")


@subscribers_app.command("export")
def export(
    email: Annotated[str, typer.Argument(help="The requester's own address.", show_default=False)],
) -> None:
    """Print everything stored about one subscriber as JSON (a GDPR access request).

    This is the only command that prints a whole address: the requester's own, to stdout,
    so redirect it into the file you send them (`... export ADDRESS > data.json`). Exit 9
    when nothing is stored about the address.
    """
    context = load_context()
    data = context.subscriber_store().export(email)
    # Plain print on purpose: the JSON must reach a file byte for byte, without rich wrapping.
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False))


@subscribers_app.command("list")
def list_(
    status: Annotated[
        Status | None,
        typer.Option("--status", help="Show only subscribers with this status."),
    ] = None,
    field: Annotated[
        str | None,
        typer.Option("--field", help="Show only subscribers who follow this field slug."),
    ] = None,
) -> None:
    """List subscribers (addresses masked) with their id, status and fields.

    Rows stream in chunks, so a list of millions prints without loading it all.
    """
    context = load_context()
    slug = None if field is None else next(iter(context.parse_fields(field)))
    rows = context.subscriber_store().iter_subscribers(
        status=None if status is None else status.value, field=slug
    )
    shown = 0
    for chunk in chunked(rows, LIST_CHUNK):
        if not shown:
            console.print(
                _row_line("Id", "Address", "Status", "Fields"), style="bold", markup=False
            )
        # Plain aligned lines rather than a rich Table: a table per chunk is ~50x slower.
        console.print(_rows_text(chunk), markup=False, highlight=False, soft_wrap=True)
        shown += len(chunk)
    filters = [f"status {status.value}"] if status is not None else []
    filters += [f"field {slug}"] if slug is not None else []
    suffix = f" ({', '.join(filters)})" if filters else ""
    console.print(f"{shown} subscriber{'s' if shown != 1 else ''}{suffix}.")


# Column widths of the listing: ids are 22 characters, statuses at most 12 ("unsubscribed").
_ID, _ADDRESS, _STATUS = 22, 24, 12


def _row_line(id_: str, address: str, status: str, fields: str) -> str:
    return f"{id_:<{_ID}}  {address:<{_ADDRESS}}  {status:<{_STATUS}}  {fields}".rstrip()


def _rows_text(rows: list[SubscriberSummary]) -> str:
    """Render a chunk of rows as aligned plain lines (fast: one write per chunk)."""
    lines = []
    for row in rows:
        address = "(erased)" if row.email is None else mask_address(row.email)
        if len(address) > _ADDRESS:
            address = address[: _ADDRESS - 1] + "…"
        lines.append(_row_line(row.id, address, row.status, ",".join(sorted(row.fields)) or "—"))
    return "\n".join(lines)


@subscribers_app.command("forget")
def forget(
    email: Annotated[str, typer.Argument(help="The address to erase.", show_default=False)],
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="Erase without asking for confirmation.")
    ] = False,
) -> None:
    """Erase a subscriber's personal data (right to erasure), keeping only a keyed hash.

    The address, fields and IP hashes are deleted; the opaque id, status ``erased`` and a
    minimal consent audit remain so the delivery ledger still adds up. The keyed hash blocks
    re-importing the address without new consent (even when it was never subscribed).
    """
    masked = mask_address(email.strip())
    if not yes:
        typer.confirm(f"Erase every personal detail of {masked}? This cannot be undone", abort=True)
    context = load_context()
    found = context.subscriber_store().forget(email)
    if found:
        console.print(
            f"Erased {masked}: address, fields and IP hashes deleted; only a keyed hash remains, "
            "so it cannot be imported again without new consent.",
            markup=False,
            soft_wrap=True,
        )
    else:
        console.print(
            f"No subscriber had the address {masked}; its keyed hash is recorded so it cannot be "
            "imported later without new consent.",
            markup=False,
            soft_wrap=True,
        )


@subscribers_app.command("rekey")
def rekey() -> None:
    """Re-hash every stored address under the current NEWSLETTER_SECRET_KEY.

    Run it after rotating the key (the old one moved to NEWSLETTER_OLD_SECRET_KEYS), then
    the old key can be dropped: lookups no longer need it. Also moves rows hashed by the
    former address rule. Erasure records are not touched: they use the database's own key,
    which never rotates. Safe to run any time; prints how many rows changed.
    """
    context = load_context()
    changed = context.subscriber_store().rekey()
    console.print(
        f"Re-hashed {changed} address{'es' if changed != 1 else ''} under the current key; "
        "old keys are no longer needed for lookups.",
        markup=False,
        soft_wrap=True,
    )
