"""`newsletter subscribers add / import / export / list / forget` on a real SQLite database."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner, Result

from newsletter.cli import app
from newsletter.cli import subscribers as subscribers_cli
from newsletter.db import connect_database
from subscribers.csvimport import import_csv
from subscribers.store import SubscriberStore
from subscribers.tables import consents, erasures
from tests.privacy import PrivacyLedger

REPO = Path(__file__).resolve().parent.parent
SAMPLE_CSV = REPO / "samples" / "subscribers.csv"
SECRET = "cli-test-secret-0123456789abcdef"
HEADER = "email,fields,consented_at,consent_method,policy_version\n"
WHOLE_ADDRESS = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")

Invoke = Callable[..., Result]


def sample_addresses() -> list[str]:
    """Every address of samples/subscribers.csv, read with the csv module."""
    with SAMPLE_CSV.open(newline="", encoding="utf-8") as handle:
        return [row["email"] for row in csv.DictReader(handle)]


def assert_no_whole_address(text: str) -> None:
    """Fail if ``text`` shows any unmasked address other than the sender."""
    leaked = [a for a in WHOLE_ADDRESS.findall(text) if a != "newsletter@example.com"]
    assert not leaked, f"{len(leaked)} whole address(es) printed"


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A fresh SQLite URL, with the CLI pointed at it from an empty working directory."""
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSLETTER_DATABASE_URL", url)
    monkeypatch.setenv("NEWSLETTER_SECRET_KEY", SECRET)
    return url


@pytest.fixture
def invoke(database: str) -> Invoke:
    """Run `newsletter ARGS...` in-process; returns the click Result (stdout, stderr apart)."""
    runner = CliRunner()

    def run(*args: str, input: str | None = None) -> Result:
        return runner.invoke(app, list(args), input=input)

    return run


@pytest.fixture
def store(database: str) -> SubscriberStore:
    """The store the CLI writes to, for checking what it did."""
    return SubscriberStore(connect_database(database), [SECRET])


def write_csv(tmp_path: Path, body: str, name: str = "in.csv") -> Path:
    """Write a CSV with the standard header and ``body``."""
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_import_samples_adds_everyone_masked(invoke: Invoke, store: SubscriberStore) -> None:
    """Importing the sample CSV adds its 20 readers and prints only counts, no address."""
    result = invoke("subscribers", "import", str(SAMPLE_CSV))
    assert result.exit_code == 0, result.output
    assert "20 rows — 20 added, 0 updated, 0 unchanged, 0 rejected" in result.stdout
    assert_no_whole_address(result.output)
    counts = store.count_by_status()
    assert counts["active"] == len(sample_addresses()) == 20
    carol = store.find_by_email("carol.nakamura@EXAMPLE.com")
    assert carol is not None
    assert carol.fields == {"quantum", "ai", "hpc", "semiconductors"}
    (consent,) = carol.consents
    assert (consent.method, consent.source, consent.policy_version) == (
        "import",
        "import",
        "2026-01",
    )
    assert consent.given_at.isoformat() == "2026-02-02T08:45:00+00:00"


def test_reimport_changes_nothing(invoke: Invoke, database: str) -> None:
    """A second import of the same file reports every row unchanged and records no consent."""
    assert invoke("subscribers", "import", str(SAMPLE_CSV)).exit_code == 0
    engine = sa.create_engine(database)
    with engine.connect() as connection:
        before = connection.execute(sa.select(sa.func.count()).select_from(consents)).scalar()
    result = invoke("subscribers", "import", str(SAMPLE_CSV))
    with engine.connect() as connection:
        after = connection.execute(sa.select(sa.func.count()).select_from(consents)).scalar()
    engine.dispose()
    assert result.exit_code == 0
    assert "0 added, 0 updated, 20 unchanged, 0 rejected" in result.stdout
    assert before == after == 20


def test_import_adds_new_fields_to_known_reader(
    invoke: Invoke, store: SubscriberStore, tmp_path: Path
) -> None:
    """A row with new fields for a known reader updates them and records that consent."""
    first = write_csv(tmp_path, "ann@example.com,quantum,2026-03-01T10:00:00Z,form,2026-01\n")
    second = write_csv(
        tmp_path, "Ann@Example.com,ai;quantum,2026-04-01T10:00:00+02:00,event,2026-01\n", "b.csv"
    )
    assert invoke("subscribers", "import", str(first)).exit_code == 0
    result = invoke("subscribers", "import", str(second))
    assert result.exit_code == 0
    assert "0 added, 1 updated" in result.stdout
    ann = store.find_by_email("ann@example.com")
    assert ann is not None
    assert ann.fields == {"quantum", "ai"}
    assert [c.source for c in ann.consents] == ["form", "event"]
    assert ann.consents[1].given_at.isoformat() == "2026-04-01T08:00:00+00:00"


def test_import_rejects_bad_rows_by_line_with_masked_reasons(
    invoke: Invoke, store: SubscriberStore, tmp_path: Path
) -> None:
    """Each bad row is listed with its line and reason; good rows still go in; exit 1."""
    rows = [
        "good.one@example.com,quantum,2026-03-01T10:00:00Z,form,2026-01",  # line 2
        "not-an-address,ai,2026-03-01T10:00:00Z,form,2026-01",  # 3
        "unknown.field@example.com,quantum;knitting,2026-03-01T10:00:00Z,form,2026-01",  # 4
        "no.date@example.com,ai,,form,2026-01",  # 5
        "naive.date@example.com,ai,2026-03-01T10:00:00,form,2026-01",  # 6
        "future.date@example.com,ai,2999-01-01T00:00:00Z,form,2026-01",  # 7
        "no.method@example.com,ai,2026-03-01T10:00:00Z,,2026-01",  # 8
        "no.policy@example.com,ai,2026-03-01T10:00:00Z,form,",  # 9
        "no.fields@example.com,,2026-03-01T10:00:00Z,form,2026-01",  # 10
        "GOOD.ONE@example.com,ai,2026-03-01T10:00:00Z,form,2026-01",  # 11: duplicate of 2
        "",  # 12: blank lines are skipped, numbering continues
        '"multi.line@example.com","ai;\nquantum",2026-03-01T10:00:00Z,form,2026-01',  # 13-14
        "good.two@example.com,ai,2026-03-01T10:00:00Z,form,2026-01",  # 15
    ]
    path = write_csv(tmp_path, "\n".join(rows) + "\n")
    result = invoke("subscribers", "import", str(path))
    assert result.exit_code == 1
    assert "12 rows — 3 added, 0 updated, 0 unchanged, 9 rejected" in result.stdout
    table = result.stdout
    expected = {
        3: "not valid",
        4: "unknown field 'knitting'",
        5: "consented_at is empty",
        6: "has no time zone",
        7: "is in the future",
        8: "consent_method is empty",
        9: "policy_version is empty",
        10: "no fields",
        11: "duplicate of line 2",
    }
    lines = {int(m.group(1)): m.group(2) for m in re.finditer(r"^\s+(\d+)\s+(.*)$", table, re.M)}
    for line, reason in expected.items():
        assert reason in lines[line], (line, lines.get(line))
    assert 13 not in lines  # the row spanning lines 13-14 is valid
    assert_no_whole_address(result.output)
    assert store.find_by_email("good.two@example.com") is not None
    assert store.find_by_email("multi.line@example.com") is not None
    assert store.count_by_status()["active"] == 3


def test_import_refuses_file_without_consent_columns(invoke: Invoke, tmp_path: Path) -> None:
    """A file lacking consent columns is refused whole: one line, exit 2, nothing imported."""
    path = tmp_path / "bare.csv"
    path.write_text("email,fields\nx@example.com,ai\n", encoding="utf-8")
    result = invoke("subscribers", "import", str(path))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "consented_at, consent_method, policy_version" in result.stderr


@pytest.mark.parametrize(
    ("content", "expected"),
    [(b"\xff\xfe\x00bad", "not UTF-8"), (b'email,fields\n"unterminated', "lacks the column")],
)
def test_import_unreadable_file_is_one_line(
    invoke: Invoke, tmp_path: Path, content: bytes, expected: str
) -> None:
    """Binary or broken files give one clear line and exit 2, never a traceback."""
    path = tmp_path / "broken.csv"
    path.write_bytes(content)
    result = invoke("subscribers", "import", str(path))
    assert result.exit_code == 2
    assert expected in result.stderr
    assert "Traceback" not in result.output


def test_import_missing_file(invoke: Invoke) -> None:
    """A path that is not a file exits 2 with a one-line hint."""
    result = invoke("subscribers", "import", "nowhere.csv")
    assert result.exit_code == 2
    assert result.stderr.strip() == "Error: nowhere.csv is not a file; give the path of a CSV file."


def test_large_import_reports_progress(
    invoke: Invoke, store: SubscriberStore, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Files over the threshold import under a progress bar; the callback counts every row."""
    monkeypatch.setattr(subscribers_cli, "PROGRESS_FROM_ROWS", 5)
    body = "".join(
        f"reader{n}@example.com,ai,2026-03-01T10:00:00Z,form,2026-01\n" for n in range(12)
    )
    path = write_csv(tmp_path, body)
    result = invoke("subscribers", "import", str(path))
    assert result.exit_code == 0, result.output
    assert "12 added" in result.stdout
    seen: list[int] = []
    report = import_csv(store, path, known_fields={"ai"}, progress=seen.append)
    assert (len(seen), report.unchanged) == (12, 12)


def test_add_records_cli_consent(invoke: Invoke, store: SubscriberStore) -> None:
    """`add` stores the reader with a cli consent and prints the address masked."""
    result = invoke(
        "subscribers",
        "add",
        "Zoe@Example.com",
        "--fields",
        "quantum, ai",
        "--consent-note",
        "phone",
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Added Z•••@example.com (id ")
    assert_no_whole_address(result.output)
    zoe = store.find_by_email("zoe@example.com")
    assert zoe is not None
    assert (zoe.status, zoe.fields) == ("active", {"quantum", "ai"})
    assert [(c.method, c.source, c.policy_version) for c in zoe.consents] == [
        ("cli", "phone", "2026-01")
    ]
    again = invoke("subscribers", "add", "zoe@example.com", "--fields", "space")
    assert again.stdout.startswith("Updated z•••@example.com")
    assert store.find_by_email("zoe@example.com").fields == {"quantum", "ai", "space"}  # type: ignore[union-attr]


def test_add_pending(invoke: Invoke, store: SubscriberStore) -> None:
    """`add --pending` leaves the reader pending (no mail until confirmed)."""
    assert (
        invoke("subscribers", "add", "p@example.com", "--fields", "ai", "--pending").exit_code == 0
    )
    assert store.find_by_email("p@example.com").status == "pending"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["someone@example.com", "--fields", "quantum,knitting"], "Unknown field(s) knitting"),
        (["someone@example.com", "--fields", " , "], "No field given"),
        (["someone@", "--fields", "ai"], "is not valid"),
        (["someone@example.com", "--fields", "ai", "--consent-note", "x" * 40], "at most 32"),
    ],
)
def test_add_usage_errors_exit_2(invoke: Invoke, args: list[str], message: str) -> None:
    """Bad fields, a bad address or a long note: one masked line on stderr, exit 2."""
    result = invoke("subscribers", "add", *args)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert message in lines[0]
    assert "someone@example.com" not in result.output


def test_add_after_unsubscribe_needs_consent(invoke: Invoke, store: SubscriberStore) -> None:
    """An operator cannot re-add a reader who unsubscribed: exit 10, masked line."""
    invoke("subscribers", "add", "gone@example.com", "--fields", "ai")
    found = store.find_by_email("gone@example.com")
    assert found is not None
    store.unsubscribe(found.id)
    result = invoke("subscribers", "add", "gone@example.com", "--fields", "ai")
    assert result.exit_code == 10
    assert result.stderr.startswith("Error: Address g•••@example.com is unsubscribed")
    assert result.stderr.count("\n") == 1


def test_forget_then_reimport_is_refused(
    invoke: Invoke, store: SubscriberStore, database: str
) -> None:
    """After `forget`, import rejects the address (exit 1) and `add` exits 10."""
    invoke("subscribers", "import", str(SAMPLE_CSV))
    result = invoke("subscribers", "forget", "bob@example.com", "--yes")
    assert result.exit_code == 0
    assert result.stdout.startswith("Erased b•••@example.com:")
    assert store.find_by_email("bob@example.com") is None
    reimport = invoke("subscribers", "import", str(SAMPLE_CSV))
    assert reimport.exit_code == 1
    assert re.search(r"^\s+3\s+Address b•••@example.com was erased", reimport.stdout, re.M)
    assert_no_whole_address(reimport.output)
    add = invoke("subscribers", "add", "BOB@example.com", "--fields", "ai")
    assert add.exit_code == 10
    assert "erased" in add.stderr
    erased = invoke("subscribers", "list", "--status", "erased")
    assert "(erased)" in erased.stdout
    assert "1 subscriber (status erased)." in erased.stdout


def test_forget_unknown_address_still_blocks_import(
    invoke: Invoke, database: str, tmp_path: Path
) -> None:
    """Forgetting an address never stored records its hash, so a later import is refused."""
    result = invoke("subscribers", "forget", "stranger@example.com", "--yes")
    assert result.exit_code == 0
    assert "No subscriber had the address s•••@example.com" in result.stdout
    engine = sa.create_engine(database)
    with engine.connect() as connection:
        assert connection.execute(sa.select(sa.func.count()).select_from(erasures)).scalar() == 1
    engine.dispose()
    path = write_csv(tmp_path, "stranger@example.com,ai,2026-03-01T10:00:00Z,form,2026-01\n")
    assert invoke("subscribers", "import", str(path)).exit_code == 1


def test_forget_asks_first(invoke: Invoke, store: SubscriberStore) -> None:
    """Without --yes, forget asks (masked) and does nothing on 'n'."""
    invoke("subscribers", "add", "keep@example.com", "--fields", "ai")
    result = invoke("subscribers", "forget", "keep@example.com", input="n\n")
    assert result.exit_code == 1
    assert "Erase every personal detail of k•••@example.com?" in result.output
    assert store.find_by_email("keep@example.com") is not None
    confirmed = invoke("subscribers", "forget", "keep@example.com", input="y\n")
    assert confirmed.exit_code == 0
    assert store.find_by_email("keep@example.com") is None


def test_export_prints_the_requesters_data(
    invoke: Invoke, store: SubscriberStore, privacy: PrivacyLedger
) -> None:
    """`export` writes the subscriber's own data as JSON to stdout, address included."""
    privacy.allow("hana.sato@example.com")
    invoke("subscribers", "import", str(SAMPLE_CSV))
    result = invoke("subscribers", "export", "Hana.Sato@example.com")
    assert result.exit_code == 0
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert data["email"] == "hana.sato@example.com"
    assert data["fields"] == ["quantum"]
    assert data["status"] == "active"
    assert data["consents"][0]["given_at"] == "2026-03-21T02:10:55+00:00"
    assert data["consents"][0]["source"] == "form"
    others = set(sample_addresses()) - {"hana.sato@example.com"}
    assert not [address for address in others if address in result.stdout]


def test_export_unknown_exits_9(invoke: Invoke) -> None:
    """Exporting an unknown address prints one masked line and exits 9."""
    result = invoke("subscribers", "export", "nobody@example.com")
    assert result.exit_code == 9
    assert result.stdout == ""
    assert result.stderr == (
        "Error: No subscriber has the address n•••@example.com; nothing is stored about it.\n"
    )


def test_list_masks_and_filters(invoke: Invoke) -> None:
    """`list` shows masked addresses; --status and --field narrow the rows."""
    invoke("subscribers", "import", str(SAMPLE_CSV))
    everyone = invoke("subscribers", "list")
    assert everyone.exit_code == 0
    assert "20 subscribers." in everyone.stdout
    assert everyone.stdout.count("•••@example.com") == 20
    assert_no_whole_address(everyone.output)
    with SAMPLE_CSV.open(newline="", encoding="utf-8") as handle:
        space = [row for row in csv.DictReader(handle) if "space" in row["fields"].split(";")]
    narrowed = invoke("subscribers", "list", "--field", "space", "--status", "active")
    assert f"{len(space)} subscribers (status active, field space)." in narrowed.stdout
    assert narrowed.stdout.count("•••@example.com") == len(space)
    assert (
        "0 subscribers (status paused)."
        in invoke("subscribers", "list", "--status", "paused").stdout
    )


def test_list_rejects_unknown_field_and_status(invoke: Invoke) -> None:
    """An unknown --field exits 2 naming the known ones; an unknown --status is a usage error."""
    field = invoke("subscribers", "list", "--field", "knitting")
    assert field.exit_code == 2
    assert "known" in field.stderr
    assert "quantum" in field.stderr
    assert invoke("subscribers", "list", "--status", "happy").exit_code == 2


def test_list_streams_in_chunks(
    invoke: Invoke, store: SubscriberStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows print chunk by chunk under one header, all of them, in id order."""
    monkeypatch.setattr(subscribers_cli, "LIST_CHUNK", 3)
    ids = sorted(
        store.add(f"r{n}@example.com", ["ai"], method="cli", policy_version="2026-01").id
        for n in range(7)
    )
    result = invoke("subscribers", "list")
    assert result.exit_code == 0
    assert result.stdout.count("Address") == 1
    positions = [result.stdout.index(subscriber_id) for subscriber_id in ids]
    assert positions == sorted(positions)
    assert "7 subscribers." in result.stdout


def test_console_script_masks_errors(database: str) -> None:
    """`python -m newsletter subscribers export` for an unknown reader: exit 9, masked, no traceback."""
    result = subprocess.run(
        [sys.executable, "-m", "newsletter", "subscribers", "export", "ghost@example.com"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 9
    assert result.stderr.splitlines() == [
        "Error: No subscriber has the address g•••@example.com; nothing is stored about it."
    ]


def test_console_script_imports_masked(database: str, invoke: Invoke) -> None:
    """The installed CLI imports the samples in a subprocess and prints counts only."""
    imported = subprocess.run(
        [sys.executable, "-m", "newsletter", "subscribers", "import", str(SAMPLE_CSV)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert imported.returncode == 0, imported.stderr
    assert "20 rows — 20 added" in imported.stdout
    assert_no_whole_address(imported.stdout + imported.stderr)
    with SAMPLE_CSV.open(newline="", encoding="utf-8") as handle:
        quantum = [row for row in csv.DictReader(handle) if "quantum" in row["fields"].split(";")]
    listed = invoke("subscribers", "list", "--field", "quantum")
    assert f"{len(quantum)} subscribers (field quantum)." in listed.stdout
