"""`python -m newsletter.demo` (what `make demo` runs) in a fresh working directory.

Issue 2's "Must show": one .eml per sample subscriber who has content in their fields this
week and none for the others; each message multipart/alternative, one recipient, the
List-Unsubscribe pair under BASE_URL, only that subscriber's fields, no other address.
The expectations come from samples/subscribers.csv and the sample feeds read here with
feedparser and the taxonomy's aliases, not from the code under test.
"""

from __future__ import annotations

import csv
import datetime as dt
import email
import functools
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import feedparser
import pytest

from newsletter.editorial import load_editorial

REPO = Path(__file__).resolve().parent.parent
WEEK = "2026-W48"
BASE_URL = "https://newsletter.example.test"


@dataclass(frozen=True)
class DemoRun:
    """One demo run: its working directory and what the process printed."""

    cwd: Path
    returncode: int
    stdout: str
    stderr: str


def run_demo(cwd: Path) -> DemoRun:
    """Run the demo as `make demo` does, with no NEWSLETTER_* setting but BASE_URL."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("NEWSLETTER_")}
    env["NEWSLETTER_BASE_URL"] = BASE_URL
    completed = subprocess.run(
        [sys.executable, "-m", "newsletter.demo", "--week", WEEK],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        env=env,
        timeout=300,
    )
    return DemoRun(cwd, completed.returncode, completed.stdout, completed.stderr)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoRun:
    """The demo run once in a temp folder holding a copy of samples/."""
    cwd = tmp_path_factory.mktemp("demo")
    shutil.copytree(REPO / "samples", cwd / "samples")
    return run_demo(cwd)


# -- expectations, derived independently ----------------------------------------------


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


@functools.cache
def fields_with_content(week: str) -> frozenset[str]:
    """Field slugs that have at least one sample report published in ``week``."""
    editorial = load_editorial(None)
    aliases = {
        _norm(name): field.slug
        for field in editorial.fields
        for name in (field.slug, field.name, *field.aliases)
    }
    covered: set[str] = set()
    for path in sorted((REPO / "samples" / "feeds").glob("*.xml")):
        for entry in feedparser.parse(path.read_bytes()).entries:
            published = dt.datetime(*entry.published_parsed[:6], tzinfo=dt.UTC)
            year, number, _ = published.isocalendar()
            if f"{year}-W{number:02d}" != week:
                continue
            for tag in entry.get("tags", []):
                if _norm(tag.term) in aliases:
                    covered.add(aliases[_norm(tag.term)])
    return frozenset(covered)


@functools.cache
def sample_subscribers() -> dict[str, frozenset[str]]:
    """Address (case-folded) -> fields, from samples/subscribers.csv."""
    with (REPO / "samples" / "subscribers.csv").open(newline="", encoding="utf-8") as handle:
        return {
            row["email"].casefold(): frozenset(row["fields"].split(";"))
            for row in csv.DictReader(handle)
        }


def field_names() -> dict[str, str]:
    """Slug -> display name from the embedded taxonomy."""
    return {field.slug: field.name for field in load_editorial(None).fields}


def outbox_messages(run: DemoRun) -> dict[str, tuple[EmailMessage, bytes]]:
    """Recipient (case-folded) -> (parsed message, raw bytes) for every .eml of the week."""
    found: dict[str, tuple[EmailMessage, bytes]] = {}
    for path in sorted((run.cwd / "outbox" / WEEK).glob("*.eml")):
        raw = path.read_bytes()
        message = email.message_from_bytes(raw, policy=policy.default)
        assert isinstance(message, EmailMessage)
        recipients = getaddresses(message.get_all("To", []))
        assert len(recipients) == 1, f"{path.name} has {len(recipients)} To addresses"
        found[recipients[0][1].casefold()] = (message, raw)
    return found


def sample_links() -> list[str]:
    """Every sample entry's link without utm_* parameters, host lower-cased, no fragment."""
    found = []
    for path in sorted((REPO / "samples" / "feeds").glob("*.xml")):
        for entry in feedparser.parse(path.read_bytes()).entries:
            parts = urlsplit(entry.link)
            query = [(k, v) for k, v in parse_qsl(parts.query) if not k.startswith("utm_")]
            found.append(
                urlunsplit((parts.scheme, parts.netloc.lower(), parts.path, urlencode(query), ""))
            )
    return found


# -- the tests ----------------------------------------------------------------------------


def test_demo_exits_0_and_reports_what_it_produced(demo: DemoRun) -> None:
    """The demo exits 0 and prints the issue id, messages written, outbox and preview paths."""
    assert demo.returncode == 0, demo.stderr
    expected = sum(1 for f in sample_subscribers().values() if f & fields_with_content(WEEK))
    assert f"{expected} messages written to outbox/{WEEK}/" in demo.stdout
    skipped = len(sample_subscribers()) - expected
    assert f"skipped      {skipped} subscribers with nothing in their fields" in demo.stdout
    assert f"preview/{WEEK}/all.html" in demo.stdout
    assert (demo.cwd / "preview" / WEEK / "all.html").is_file()
    assert (demo.cwd / "newsletter.db").is_file()
    assert "@example.com" not in demo.stdout.replace("•••@example.com", "")


def test_demo_says_what_became_of_each_sample_entry(demo: DemoRun) -> None:
    """The feeds line counts every entry once: the syndicated copy is a duplicate, nothing "already stored"."""
    links = sample_links()
    copies = len(links) - len(set(links))
    assert copies >= 1
    line = next(line for line in demo.stdout.splitlines() if line.strip().startswith("feeds"))
    merged = (
        "1 duplicate merged into the report it copies"
        if copies == 1
        else f"{copies} duplicates merged into the reports they copy"
    )
    assert (
        f"2 feeds read, {len(links)} entries: {len(set(links))} new reports, 0 updated, "
        f"{merged}, 0 already stored;"
    ) in line


def test_outbox_has_one_message_per_subscriber_with_content(demo: DemoRun) -> None:
    """Exactly the subscribers with content in their fields this week get one message each."""
    content = fields_with_content(WEEK)
    assert content, "the sample week should have content"
    subscribers = sample_subscribers()
    expected = {address for address, fields in subscribers.items() if fields & content}
    assert 0 < len(expected) < len(subscribers)  # some readers get nothing this week
    files = list((demo.cwd / "outbox" / WEEK).glob("*.eml"))
    messages = outbox_messages(demo)
    assert len(files) == len(messages)  # no recipient twice
    assert set(messages) == expected


def test_each_message_is_private_and_well_formed(demo: DemoRun) -> None:
    """Each message: multipart/alternative, one recipient, unsubscribe headers, own fields only."""
    content = fields_with_content(WEEK)
    subscribers = sample_subscribers()
    names = field_names()
    for address, (message, raw) in outbox_messages(demo).items():
        assert message.get_content_type() == "multipart/alternative"
        parts = [part.get_content_type() for part in message.iter_parts()]
        assert parts == ["text/plain", "text/html"]
        assert message.get_all("Cc") is None
        assert message.get_all("Bcc") is None
        unsubscribe = re.findall(r"<([^>]+)>", message["List-Unsubscribe"])
        web = [url for url in unsubscribe if url.startswith(("http://", "https://"))]
        assert web
        assert all(url.startswith(BASE_URL + "/") for url in web)
        assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

        text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        html = message.get_body(("html",)).get_content()  # type: ignore[union-attr]
        shown = subscribers[address] & set(names)  # every followed field, quiet ones too
        assert shown & content
        for slug, name in names.items():
            for label, body in (("text", text), ("html", html)):
                if slug in shown:
                    assert name in body, f"{label} part lacks {name}"
                    assert f"field={slug}" in body, f"{label} part lacks the stop-{slug} link"
                else:
                    assert name not in body, f"{label} part shows {name}"
                    assert f"field={slug}" not in body, f"{label} part links {slug}"

        decoded = (text + html).casefold()
        undecoded = raw.decode("utf-8", errors="replace").casefold()
        for other in set(subscribers) - {address}:
            assert other not in decoded
            assert other not in undecoded


def test_rerun_sends_nothing_twice(demo: DemoRun) -> None:
    """Running the demo again exits 0, says nothing was sent, and leaves the outbox as it was."""
    outbox = demo.cwd / "outbox" / WEEK
    before = {path.name: path.read_bytes() for path in outbox.glob("*.eml")}
    again = run_demo(demo.cwd)
    assert again.returncode == 0, again.stderr
    assert "already imported" in again.stdout
    assert f"already sent {len(before)} messages by an earlier run" in again.stdout
    assert "Nothing was sent this time" in again.stdout
    skipped = next(
        line for line in demo.stdout.splitlines() if "with nothing in their fields" in line
    )
    assert skipped in again.stdout.splitlines()  # the re-run counts the skipped as the send did
    after = {path.name: path.read_bytes() for path in outbox.glob("*.eml")}
    assert after == before


def test_demo_outside_the_repository_says_where_to_run(tmp_path: Path) -> None:
    """Without samples/ in the working directory the demo exits 2 with one line, no traceback."""
    result = run_demo(tmp_path)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert "run the demo from the repository folder" in lines[0]


def test_demo_never_uses_the_environments_database_or_sendgrid(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Settings that would send real mail or touch another database are pinned by the demo."""
    from newsletter.demo import demo_settings

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSLETTER_DELIVERY", "sendgrid")
    monkeypatch.setenv("NEWSLETTER_SENDGRID_API_KEY", "SG.not-a-key")
    monkeypatch.setenv("NEWSLETTER_DATABASE_URL", "postgresql+psycopg://x@db.invalid/prod")
    monkeypatch.setenv("NEWSLETTER_OUTBOX_DIR", "/somewhere/else")
    monkeypatch.setenv("NEWSLETTER_BASE_URL", BASE_URL)
    settings = demo_settings()
    assert settings.delivery == "outbox"
    assert settings.database_url == "sqlite:///newsletter.db"
    assert settings.outbox_dir == Path("outbox")
    assert settings.config is None
    assert settings.base_url == BASE_URL  # the rest still comes from the environment
