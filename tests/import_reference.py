"""The reference import: row by row through ``find_by_email`` and ``register``.

The set-based ``import_csv`` must store what this stores and report what this reports
(tests/test_csvimport_bulk.py); benchmarks/import.py measures one against the other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from pathlib import Path

from subscribers.csvimport import ImportReport, RejectedRow, is_already_recorded, read_rows
from subscribers.errors import SubscriberError
from subscribers.masking import mask_addresses_in
from subscribers.store import SubscriberStore


def import_one_by_one(
    store: SubscriberStore, path: Path, *, known_fields: Collection[str], now: dt.datetime
) -> ImportReport:
    """Import ``path`` one validated row at a time, each in its own transaction."""
    report = ImportReport()
    for line, row in read_rows(path, known_fields=known_fields, now=now):
        if isinstance(row, RejectedRow):
            report.rejected.append(row)
            continue
        known = store.find_by_email(row.email)
        if known is not None and is_already_recorded(known, row):
            report.unchanged += 1
            continue
        try:
            result = store.register(
                row.email,
                row.fields,
                method="import",
                policy_version=row.policy_version,
                consented_at=row.consented_at,
                consent_source=row.consent_source,
            )
        except SubscriberError as exc:
            reason = mask_addresses_in(exc.format_message())
            report.rejected.append(RejectedRow(line=line, reason=reason))
            continue
        if result.created:
            report.added += 1
        else:
            report.updated += 1
    return report
