"""Import subscribers from a CSV file that carries each reader's consent record.

The file has a header row with these columns (extra columns are ignored)::

    email,fields,consented_at,consent_method,policy_version
    alice@example.com,quantum;ai,2026-01-14T09:12:44Z,form,2026-01

- ``fields``: field slugs separated by ``;`` (or ``,`` inside quotes), each a configured field.
- ``consented_at``: when the reader consented, ISO 8601 with a time zone, not in the future.
- ``consent_method``: how the reader consented originally (``form``, ``import``, ``event``…);
  stored as the consent's source, the consent itself being recorded with method ``import``.
- ``policy_version``: the privacy-policy version the reader agreed to.

A row without a complete consent record is rejected, never imported. Rows are imported one
by one (each its own transaction), so one bad row never loses the others; every rejection is
reported with its line number in the file and a reason that never shows the whole address.
Re-importing the same file changes nothing: a subscriber whose latest consent already matches
the row is counted as unchanged and gets no new consent record.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from subscribers.addresses import normalise_address
from subscribers.errors import InvalidImportFile, SubscriberError
from subscribers.masking import mask_address, mask_addresses_in
from subscribers.models import Subscriber
from subscribers.store import SubscriberStore

REQUIRED_COLUMNS = ("email", "fields", "consented_at", "consent_method", "policy_version")
MAX_SOURCE_LENGTH = 32
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


@dataclass(frozen=True, slots=True)
class _Row:
    email: str
    fields: frozenset[str]
    consented_at: dt.datetime
    source: str
    policy_version: str


def count_rows(path: Path) -> int:
    """Return the number of data rows (records after the header) for a progress bar's total."""
    with _open(path) as handle, _readable(path, handle):
        return max(sum(1 for _ in csv.reader(handle)) - 1, 0)


def import_csv(
    store: SubscriberStore,
    path: Path,
    *,
    known_fields: Collection[str],
    now: dt.datetime | None = None,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Import every valid row of ``path`` into ``store``; reject the others with a reason.

    ``progress`` is called with 1 after each row. Raises InvalidImportFile when the file cannot
    be read, is not UTF-8 CSV or lacks a required column (found in the header, nothing is
    imported; found mid-file, the rows before it stay imported and a re-import is safe).
    """
    report = ImportReport()
    seen: dict[str, int] = {}
    moment = now or dt.datetime.now(dt.UTC)
    for line, raw in _records(path):
        try:
            row = _parse_row(raw, known_fields, moment)
            folded = row.email.casefold()
            if folded in seen:
                message = (
                    f"duplicate of line {seen[folded]} (same address); keep one row per reader"
                )
                raise SubscriberError(message)
            seen[folded] = line
            _import_row(store, row, report)
        except SubscriberError as exc:
            reason = mask_addresses_in(exc.format_message())
            report.rejected.append(RejectedRow(line=line, reason=reason))
        if progress is not None:
            progress(1)
    return report


def _import_row(store: SubscriberStore, row: _Row, report: ImportReport) -> None:
    known = store.find_by_email(row.email)
    if known is not None and _already_recorded(known, row):
        report.unchanged += 1
        return
    result = store.register(
        row.email,
        row.fields,
        method="import",
        policy_version=row.policy_version,
        consented_at=row.consented_at,
        consent_source=row.source,
    )
    if result.created:
        report.added += 1
    else:
        report.updated += 1


def _already_recorded(known: Subscriber, row: _Row) -> bool:
    """Tell whether importing ``row`` again would change nothing about ``known``."""
    if known.status not in ("active", "paused") or not row.fields <= known.fields:
        return False
    return any(
        consent.method == "import"
        and consent.given_at == row.consented_at
        and consent.source == row.source
        and consent.policy_version == row.policy_version
        and set(consent.fields) == row.fields
        for consent in known.consents
    )


def _parse_row(raw: dict[str, str], known_fields: Collection[str], now: dt.datetime) -> _Row:
    email = (raw.get("email") or "").strip()
    if not email:
        message = "the email column is empty"
        raise SubscriberError(message)
    address = normalise_address(email)
    return _Row(
        email=address,
        fields=_parse_fields(raw.get("fields") or "", known_fields),
        consented_at=_parse_consented_at(raw.get("consented_at") or "", now),
        source=_parse_source(raw.get("consent_method") or "", address),
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
