"""Import subscribers from a CSV file that carries each reader's consent record.

The file has a header row with these columns (extra columns are ignored)::

    email,fields,consented_at,consent_method,policy_version
    alice@example.com,quantum;ai,2026-01-14T09:12:44Z,form,2026-01

- ``fields``: field slugs separated by ``;`` (or ``,`` inside quotes), each a configured field.
- ``consented_at``: when the reader consented, ISO 8601 with a time zone, not in the future.
- ``consent_method``: how the reader consented originally (``form``, ``import``, ``event``…);
  stored as the consent's source, the consent itself being recorded with method ``import``.
- ``policy_version``: the privacy-policy version the reader agreed to.

An ``email`` that is not ASCII before the @ is rejected with what to do
(``subscribers.addresses.normalise_new_address``: no backend could deliver it).

A row without a complete consent record is rejected, never imported. Rows are validated as
they are read and stored a chunk at a time (``SubscriberStore.register_many``: a few
statements and one transaction per few hundred rows, each row getting the outcome it would
have had alone), so one bad row never loses the others; every rejection is reported with its
line number in the file and a reason that never shows the whole address.
Re-importing the same file changes nothing: a subscriber whose latest consent already matches
the row is counted as unchanged and gets no new consent record.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from subscribers.addresses import fold_address, normalise_new_address
from subscribers.errors import InvalidImportFile, SubscriberError
from subscribers.masking import mask_address, mask_addresses_in
from subscribers.models import RegisterOutcome, Registration, Subscriber
from subscribers.registration import MAX_SOURCE_LENGTH
from subscribers.store import SubscriberStore

REQUIRED_COLUMNS = ("email", "fields", "consented_at", "consent_method", "policy_version")
IMPORT_CHUNK = 500  # rows validated, then stored in one transaction
_FIELD_SEPARATORS = re.compile(r"[;,|]")


@dataclass(frozen=True, slots=True)
class RejectedRow:
    """A row that was not imported: its line number in the file and why (address masked)."""

    line: int
    reason: str


@dataclass(slots=True)
class ImportReport:
    """What an import did: counts per outcome and the rejected rows in file order."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)

    @property
    def rows(self) -> int:
        """Return how many data rows were read."""
        return self.added + self.updated + self.unchanged + len(self.rejected)


def count_rows(path: Path) -> int:
    """Return the number of data rows for a progress bar's total: the rows ``import_csv`` reads.

    Blank records are not rows (the import skips them), so a bar fed one step per row ends full.
    """
    with _open(path) as handle, _readable(path, handle):
        records = csv.reader(handle)
        next(records, None)  # the header
        return sum(1 for record in records if any(value.strip() for value in record))


def import_csv(
    store: SubscriberStore,
    path: Path,
    *,
    known_fields: Collection[str],
    now: dt.datetime | None = None,
    progress: Callable[[int], None] | None = None,
    chunk_size: int = IMPORT_CHUNK,
) -> ImportReport:
    """Import every valid row of ``path`` into ``store``; reject the others with a reason.

    Rows are validated as they are read and stored ``chunk_size`` at a time
    (``SubscriberStore.register_many``: one transaction per chunk), each with the outcome it
    would have had imported alone. ``progress`` is called with 1 once per row read, in a
    burst as each chunk is stored. Raises InvalidImportFile when the file cannot be read, is
    not UTF-8 CSV or lacks a required column (found in the header, nothing is imported; found
    mid-file, the rows before it stay imported and a re-import is safe).
    """
    if chunk_size < 1:
        message = f"chunk_size must be at least 1, got {chunk_size}."
        raise SubscriberError(message)
    report = ImportReport()
    pending: list[tuple[int, Registration | RejectedRow]] = []

    def flush() -> None:
        _import_chunk(store, pending, report)
        if progress is not None:
            for _ in pending:
                progress(1)
        pending.clear()

    try:
        for line, row in read_rows(path, known_fields=known_fields, now=now):
            pending.append((line, row))
            if len(pending) >= chunk_size:
                flush()
    except InvalidImportFile:
        flush()  # the rows read before the bad spot stay imported
        raise
    flush()
    return report


def is_already_recorded(known: Subscriber, registration: Registration) -> bool:
    """Tell whether importing ``registration`` again would change nothing about ``known``.

    True when the subscriber is active or paused, has every field of the row, and holds an
    import consent with the row's time, source, policy version and fields.
    """
    if known.status not in ("active", "paused") or not registration.fields <= known.fields:
        return False
    return any(
        consent.method == "import"
        and consent.given_at == registration.consented_at
        and consent.source == registration.consent_source
        and consent.policy_version == registration.policy_version
        and set(consent.fields) == registration.fields
        for consent in known.consents
    )


def read_rows(
    path: Path, *, known_fields: Collection[str], now: dt.datetime | None = None
) -> Iterator[tuple[int, Registration | RejectedRow]]:
    """Yield each data row's line number and its Registration, or why it is rejected.

    The validation ``import_csv`` applies before storing anything (columns, address, fields,
    consent, a second row for an address already read). Raises InvalidImportFile like
    ``import_csv``.
    """
    seen: dict[str, int] = {}
    moment = now or dt.datetime.now(dt.UTC)
    for line, raw in _records(path):
        yield line, _check_row(raw, line, known_fields, moment, seen)


def _check_row(
    raw: dict[str, str],
    line: int,
    known_fields: Collection[str],
    now: dt.datetime,
    seen: dict[str, int],
) -> Registration | RejectedRow:
    """Validate one row; ``seen`` maps the addresses read so far to their line."""
    try:
        registration = _parse_row(raw, known_fields, now)
        folded = fold_address(registration.email)
        if folded in seen:
            message = f"duplicate of line {seen[folded]} (same address); keep one row per reader"
            raise SubscriberError(message)
        seen[folded] = line
    except SubscriberError as exc:
        return _rejected(line, exc)
    return registration


def _rejected(line: int, exc: SubscriberError) -> RejectedRow:
    return RejectedRow(line=line, reason=mask_addresses_in(exc.format_message()))


def _import_chunk(
    store: SubscriberStore,
    rows: Sequence[tuple[int, Registration | RejectedRow]],
    report: ImportReport,
) -> None:
    """Store the chunk's valid rows in one go; count every row of it in file order."""
    valid = {index: row for index, (_, row) in enumerate(rows) if isinstance(row, Registration)}
    outcomes: dict[int, RegisterOutcome | SubscriberError] = {}
    try:
        known = store.find_many_by_email([row.email for row in valid.values()]) if valid else {}
        fresh = [
            index
            for index, row in valid.items()
            if row.email not in known or not is_already_recorded(known[row.email], row)
        ]
        registered = store.register_many(
            [valid[index] for index in fresh], method="import", chunk_size=max(len(fresh), 1)
        )
        outcomes.update(zip(fresh, registered, strict=True))
    except SubscriberError as exc:
        # The database failed for the whole chunk: each of its rows is rejected with the
        # reason, as each row failing alone was, and the next chunk is tried.
        outcomes = dict.fromkeys(valid, exc)
    for index, (line, row) in enumerate(rows):
        outcome = outcomes.get(index)
        if isinstance(row, RejectedRow):
            report.rejected.append(row)
        elif outcome is None:
            report.unchanged += 1
        elif isinstance(outcome, SubscriberError):
            report.rejected.append(_rejected(line, outcome))
        elif outcome.error is not None:
            report.rejected.append(_rejected(line, outcome.error))
        elif outcome.created:
            report.added += 1
        else:
            report.updated += 1


def _parse_row(
    raw: dict[str, str], known_fields: Collection[str], now: dt.datetime
) -> Registration:
    email = (raw.get("email") or "").strip()
    if not email:
        message = "the email column is empty"
        raise SubscriberError(message)
    address = normalise_new_address(email)
    return Registration(
        email=address,
        fields=_parse_fields(raw.get("fields") or "", known_fields),
        consented_at=_parse_consented_at(raw.get("consented_at") or "", now),
        consent_source=_parse_source(raw.get("consent_method") or "", address),
        policy_version=_required(
            raw, "policy_version", "the privacy-policy version they agreed to"
        ),
    )


def _parse_fields(value: str, known_fields: Collection[str]) -> frozenset[str]:
    chosen = frozenset(part.strip().lower() for part in _FIELD_SEPARATORS.split(value))
    chosen = chosen - {""}
    if not chosen:
        message = "no fields: list the reader's fields separated by ';'"
        raise SubscriberError(message)
    unknown = sorted(chosen - set(known_fields))
    if unknown:
        message = (
            f"unknown field {', '.join(repr(slug[:30]) for slug in unknown)}; "
            f"known fields: {', '.join(sorted(known_fields))}"
        )
        raise SubscriberError(message)
    return chosen


def _parse_consented_at(value: str, now: dt.datetime) -> dt.datetime:
    text = value.strip()
    if not text:
        message = "consented_at is empty: a row needs the moment the reader consented"
        raise SubscriberError(message)
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError as exc:
        message = f"consented_at {text[:40]!r} is not an ISO 8601 time (e.g. 2026-01-14T09:12:44Z)"
        raise SubscriberError(message) from exc
    if moment.tzinfo is None:
        message = f"consented_at {text[:40]!r} has no time zone; add Z or an offset such as +01:00"
        raise SubscriberError(message)
    if moment > now:
        message = f"consented_at {text[:40]!r} is in the future; give when the reader consented"
        raise SubscriberError(message)
    return moment.astimezone(dt.UTC)


def _parse_source(value: str, address: str) -> str:
    source = value.strip()
    if not source:
        message = "consent_method is empty: say how the reader consented (form, import, …)"
        raise SubscriberError(message)
    if len(source) > MAX_SOURCE_LENGTH or "@" in source or not source.isprintable():
        message = f"consent_method for {mask_address(address)} must be a short word (at most {MAX_SOURCE_LENGTH} characters, no address)"
        raise SubscriberError(message)
    return source


def _required(raw: dict[str, str], column: str, meaning: str) -> str:
    value = (raw.get(column) or "").strip()
    if not value:
        message = f"{column} is empty: a row needs {meaning}"
        raise SubscriberError(message)
    return value


def _open(path: Path) -> TextIO:
    try:
        # utf-8-sig: spreadsheets often save a byte-order mark in front of the header.
        return path.open(newline="", encoding="utf-8-sig")
    except OSError as exc:
        message = f"Cannot read {path}: {exc.strerror}. Check the path and permissions."
        raise InvalidImportFile(message) from exc


@contextmanager
def _readable(path: Path, handle: TextIO) -> Iterator[None]:
    """Turn decoding and CSV syntax errors into InvalidImportFile naming the line."""
    try:
        yield
    except UnicodeDecodeError as exc:
        message = f"{path} is not UTF-8 text (byte {exc.start} of a read block); save it as UTF-8 CSV and retry."
        raise InvalidImportFile(message) from exc
    except csv.Error as exc:
        message = f"{path} is not valid CSV: {exc}. Fix the file and retry."
        raise InvalidImportFile(message) from exc


def _records(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number of the record's first line, row) for every data row of ``path``."""
    with _open(path) as handle, _readable(path, handle):
        reader = csv.DictReader(handle, restval="")
        header = [name.strip().lower() for name in reader.fieldnames or []]
        missing = [name for name in REQUIRED_COLUMNS if name not in header]
        if missing:
            message = (
                f"{path} lacks the column(s) {', '.join(missing)}; the header must include "
                f"{','.join(REQUIRED_COLUMNS)} (see samples/subscribers.csv)."
            )
            raise InvalidImportFile(message)
        reader.fieldnames = header
        for raw in reader:
            row = {key: value for key, value in raw.items() if isinstance(key, str)}
            if not any((value or "").strip() for value in row.values()):
                continue
            # line_num is the record's last physical line; quoted values may span lines.
            spans = sum((value or "").count("\n") for value in row.values())
            yield reader.line_num - spans, row
