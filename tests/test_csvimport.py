"""subscribers.csvimport: parsing the consent columns, line numbers, idempotent re-import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa

from subscribers.csvimport import count_rows, import_csv
from subscribers.errors import InvalidImportFile
from subscribers.store import SubscriberStore

FIELDS = ("quantum", "ai", "space")
NOW = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def store(engine: sa.Engine) -> SubscriberStore:
    """A store on a fresh migrated SQLite database."""
    return SubscriberStore(engine, ["csv-test-secret"])


def write(tmp_path: Path, text: str, *, bom: bool = False) -> Path:
    """Write ``text`` as a UTF-8 CSV file (optionally with a byte-order mark)."""
    path = tmp_path / "subs.csv"
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    return path


def test_bom_header_case_extra_columns_and_separators(
    store: SubscriberStore, tmp_path: Path
) -> None:
    """A spreadsheet export (BOM, capitalised header, extra columns, ';' or ',' lists) imports."""
    path = write(
        tmp_path,
        "Email,Name,Fields,Consented_At,Consent_Method,Policy_Version\n"
        'a@example.com,Ann,"quantum, AI",2026-01-01T00:00:00+09:00,form,2026-01\n'
        "b@example.com,Ben,space;quantum,2026-01-02T00:00:00Z,event,2026-01\n",
        bom=True,
    )
    report = import_csv(store, path, known_fields=FIELDS, now=NOW)
    assert (report.added, report.rejected) == (2, [])
    ann = store.find_by_email("a@example.com")
    assert ann is not None
    assert ann.fields == {"quantum", "ai"}
    assert ann.consents[0].given_at == dt.datetime(2025, 12, 31, 15, 0, tzinfo=dt.UTC)
    assert ann.consents[0].method == "import"
    assert ann.consents[0].source == "form"


def test_rows_spanning_lines_keep_true_line_numbers(store: SubscriberStore, tmp_path: Path) -> None:
    """Line numbers count physical lines, through quoted newlines and blank lines."""
    path = write(
        tmp_path,
        "email,fields,consented_at,consent_method,policy_version\n"
        '"x@example.com","quantum;\nai",2026-01-01T00:00:00Z,form,2026-01\n'
        "\n"
        "bad,ai,2026-01-01T00:00:00Z,form,2026-01\n",
    )
    report = import_csv(store, path, known_fields=FIELDS, now=NOW)
    assert [rejected.line for rejected in report.rejected] == [5]
    assert count_rows(path) == 2  # the rows read: the blank record is no row


def test_progress_total_equals_the_steps_an_import_takes(
    store: SubscriberStore, tmp_path: Path
) -> None:
    """count_rows gives the total the progress callback reaches: blank and whitespace lines skipped."""
    path = write(
        tmp_path,
        "email,fields,consented_at,consent_method,policy_version\n"
        "\n"
        "a@example.com,ai,2026-01-01T00:00:00Z,form,2026-01\n"
        " , ,\n"
        "bad,ai,2026-01-01T00:00:00Z,form,2026-01\n"
        "\n",
    )
    steps: list[int] = []
    import_csv(store, path, known_fields=FIELDS, now=NOW, progress=steps.append)
    assert count_rows(path) == sum(steps) == 2


def test_reason_never_holds_the_whole_address(store: SubscriberStore, tmp_path: Path) -> None:
    """Reasons mask the address even when the row's own text would repeat it."""
    path = write(
        tmp_path,
        "email,fields,consented_at,consent_method,policy_version\n"
        "leak@example.com,ai,2026-01-01T00:00:00Z,leak@example.com,2026-01\n"
        "leak2@example.com,ai,2026-01-01T00:00:00Z," + "x" * 40 + ",2026-01\n",
    )
    report = import_csv(store, path, known_fields=FIELDS, now=NOW)
    assert len(report.rejected) == 2
    for rejected in report.rejected:
        assert "leak@example.com" not in rejected.reason
        assert "leak2@example.com" not in rejected.reason


def test_reimport_after_unsubscribe_is_rejected(store: SubscriberStore, tmp_path: Path) -> None:
    """An import never overrides a reader's unsubscribe: the row is rejected with the reason."""
    path = write(
        tmp_path,
        "email,fields,consented_at,consent_method,policy_version\n"
        "u@example.com,ai,2026-01-01T00:00:00Z,form,2026-01\n",
    )
    import_csv(store, path, known_fields=FIELDS, now=NOW)
    found = store.find_by_email("u@example.com")
    assert found is not None
    store.unsubscribe(found.id)
    report = import_csv(store, path, known_fields=FIELDS, now=NOW)
    assert report.rejected[0].line == 2
    assert "u•••@example.com is unsubscribed" in report.rejected[0].reason
    assert store.get(found.id).status == "unsubscribed"


def test_header_without_consent_columns_imports_nothing(
    store: SubscriberStore, tmp_path: Path
) -> None:
    """A file lacking consent columns raises InvalidImportFile before any row is read."""
    path = write(tmp_path, "email,fields\nx@example.com,ai\n")
    with pytest.raises(InvalidImportFile, match="consented_at, consent_method, policy_version"):
        import_csv(store, path, known_fields=FIELDS, now=NOW)
    assert store.count_by_status()["active"] == 0
