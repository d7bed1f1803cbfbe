"""``newsletter stats`` on the demo database after scripted votes, unsubscribes and a bounce.

The script acts through the real web app (the demo emails' own "Was this call right?"
links: GET, then POST; one-click and one-field
unsubscribes, a signed SendGrid bounce event); the expected counts come from
samples/subscribers.csv, the outbox messages and the script's own list of actions, not from
the code under test.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
import shutil
from collections import Counter
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsletter.cli import app as cli_app
from newsletter.cli.common import CliSeams
from newsletter.config import DEV_SECRET_KEY, Settings
from newsletter.db import connect_database
from newsletter.editorial import load_editorial
from newsletter.stats import field_weeks, report_weeks, weeks_before
from newsletter.web.app import create_app
from newsletter.web.ratelimit import RateLimits
from newsletter.weeks import current_week, parse_week
from subscribers.store import SubscriberStore
from subscribers.tables import field_events
from subscribers.tokens import TokenSigner
from tests.test_demo import (
    BASE_URL,
    REPO,
    WEEK,
    DemoRun,
    fields_with_content,
    outbox_messages,
    run_demo,
    sample_subscribers,
)
from tests.web.conftest import path_of
from tests.web.test_webhook import PRIVATE_KEY, public_key_text, signed_headers

pytestmark = pytest.mark.slow


@dataclass
class Script:
    """What the script did, by address: the expectations are computed from this alone."""

    votes: dict[tuple[str, str], tuple[str, str | None]]  # (address, field) -> (vote, comment)
    left_field: dict[str, str]  # address -> the one field they left
    left_all: list[str]
    bounced: list[str]
    cwd: Path


def demo_settings(cwd: Path) -> Settings:
    """The demo's own settings (its database, the development key) plus a webhook key.

    The web app refuses the development key on an https site, so the demo's database is
    served as a local (http) one; tokens do not depend on the base URL.
    """
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=f"sqlite:///{cwd / 'newsletter.db'}",
        base_url=BASE_URL.replace("https://", "http://", 1),
        secret_key=DEV_SECRET_KEY,  # type: ignore[arg-type]
        outbox_dir=cwd / "outbox",
        sendgrid_webhook_public_key=public_key_text(PRIVATE_KEY),
    )


@pytest.fixture(scope="module")
def scripted(tmp_path_factory: pytest.TempPathFactory) -> Script:
    """Run the demo, then vote, unsubscribe and bounce through the web app."""
    cwd = tmp_path_factory.mktemp("stats-demo")
    shutil.copytree(REPO / "samples", cwd / "samples")
    demo: DemoRun = run_demo(cwd)
    assert demo.returncode == 0, demo.stderr
    settings = demo_settings(cwd)
    messages = outbox_messages(demo)
    sent = {
        address: message["Message-ID"].split(".")[1].split("@")[0]
        for address, (message, _raw) in messages.items()
    }
    fields = sample_subscribers()
    content = fields_with_content(WEEK)
    readers = sorted(sent)  # addresses that got the W48 email
    signer = TokenSigner(settings.all_secret_keys())
    app = create_app(settings, load_editorial(None), limits=RateLimits(1000, 1000))
    script = Script(votes={}, left_field={}, left_all=[], bounced=[], cwd=cwd)
    with TestClient(app, base_url=BASE_URL) as client:

        def vote(address: str, field: str, choice: str, comment: str | None = None) -> None:
            path = path_of(feedback_link(messages[address][0], field, choice))
            assert client.get(path).status_code == 200  # opening alone records nothing
            data = {"comment": comment} if comment else None
            assert client.post(path, data=data).status_code == 200
            script.votes[(address, field)] = (choice, comment)

        shown = {address: sorted(fields[address] & content) for address in readers}
        voters = [address for address in readers if shown[address]][:6]
        for index, address in enumerate(voters):
            first = shown[address][0]
            vote(address, first, "no" if index % 3 else "yes", "Too early" if index == 1 else None)
            if len(shown[address]) > 1:
                second = shown[address][1]
                vote(address, second, "no")
                vote(address, second, "yes", "Changed my mind")  # replaces the no
        # Opened but never pressed: no vote.
        idle = voters[-1]
        idle_link = feedback_link(messages[idle][0], shown[idle][0], "no")
        assert client.get(path_of(idle_link)).status_code == 200

        # Unsubscribes: one field only (form link, one-click body), and everything.
        many = [a for a in readers if len(fields[a]) > 1 and a not in voters[:1]]
        leaving_field, leaving_all, bouncing = many[0], many[1], many[2]
        field = sorted(fields[leaving_field])[0]
        manage = signer.manage_token(sent[leaving_field])
        answer = client.post(
            f"/u/{manage}?field={field}",
            content=b"List-Unsubscribe=One-Click",
            headers={"content-type": "application/x-www-form-urlencoded"},
        )
        assert answer.status_code == 200
        script.left_field[leaving_field] = field
        answer = client.post(
            f"/u/{signer.manage_token(sent[leaving_all])}",
            content=b"List-Unsubscribe=One-Click",
            headers={"content-type": "application/x-www-form-urlencoded"},
        )
        assert answer.status_code == 200
        script.left_all.append(leaving_all)

        # A signed SendGrid bounce naming our opaque id.
        body = json.dumps(
            [
                {
                    "event": "bounce",
                    "type": "bounce",
                    "timestamp": 1,
                    "issue_id": WEEK,
                    "subscriber_id": sent[bouncing],
                    "reason": "550 no such user",
                }
            ]
        ).encode()
        answer = client.post("/webhooks/sendgrid", content=body, headers=signed_headers(body))
        assert answer.status_code == 200
        script.bounced.append(bouncing)
    return script


def feedback_link(message: EmailMessage, field: str, vote: str) -> str:
    """Return the message's "Was this call right?" link for ``field`` and ``vote`` (HTML and text agree)."""
    html_part = message.get_body(preferencelist=("html",))
    text_part = message.get_body(preferencelist=("plain",))
    assert html_part is not None
    assert text_part is not None
    found = re.search(
        rf'href="({re.escape(BASE_URL)}/feedback/[A-Za-z0-9_-]+/{field}/{vote})"',
        html_part.get_content(),
    )
    assert found is not None, (field, vote)
    assert found.group(1) in text_part.get_content()
    return found.group(1)


def run_stats(cwd: Path, *args: str) -> str:
    """Run ``newsletter stats`` on the demo's database with the demo's settings; return stdout."""
    env: dict[str, str | None] = {key: None for key in os.environ if key.startswith("NEWSLETTER_")}
    env.update(
        NEWSLETTER_DATABASE_URL=f"sqlite:///{cwd / 'newsletter.db'}",
        NEWSLETTER_BASE_URL=BASE_URL,
        COLUMNS="160",  # a wide terminal: field names on one line
    )
    result = CliRunner().invoke(cli_app, ["stats", *args], env=env)
    assert result.exit_code == 0, result.output
    return result.output


def weeks_back_to_w48() -> int:
    """How many weeks from the demo's 2026-W48 to the current week, both included."""
    now = current_week(dt.datetime.now(dt.UTC))
    return (now.start - parse_week(WEEK).start).days // 7 + 1


def test_stats_json_counts_what_the_script_did(scripted: Script) -> None:
    """Per field: followers, joins, departures, bounces, sends, yes/no votes and comments add up."""
    weeks = weeks_back_to_w48()
    rows = json.loads(run_stats(scripted.cwd, "--weeks", str(weeks), "--json"))
    now_week = current_week(dt.datetime.now(dt.UTC)).id
    by = {(row["field"], row["week"]): row for row in rows}
    fields = sample_subscribers()
    content = fields_with_content(WEEK)
    recipients = set(outbox_messages_of(scripted.cwd))
    slugs = [field.slug for field in load_editorial(None).fields]
    assert len(rows) == len(slugs) * weeks

    joined = Counter(slug for chosen in fields.values() for slug in chosen)
    # Readers joined when they consented (the CSV's consented_at), not when the demo imported them.
    joined_in = Counter(
        (slug, week) for address, week in consent_weeks().items() for slug in fields[address]
    )
    left = Counter(scripted.left_field.values())
    left.update(slug for address in scripted.left_all for slug in fields[address])
    bounced = Counter(slug for address in scripted.bounced for slug in fields[address])
    shown_to = Counter(slug for a in recipients for slug in fields[a] & content)
    yes = Counter(f for (_a, f), (v, _c) in scripted.votes.items() if v == "yes")
    no = Counter(f for (_a, f), (v, _c) in scripted.votes.items() if v == "no")
    comments = Counter(f for (_a, f), (_v, c) in scripted.votes.items() if c)
    assert sum(yes.values()) + sum(no.values()) >= 6
    assert left
    assert bounced
    assert comments

    for slug in slugs:
        current = by[(slug, now_week)]
        assert current["joined"] == joined_in[(slug, now_week)], slug
        assert current["left"] == left[slug], slug
        assert current["bounced"] == bounced[slug], slug
        assert current["following"] == joined[slug] - left[slug] - bounced[slug], slug
        issue = by[(slug, WEEK)]
        assert issue["shown_to"] == shown_to[slug], slug
        assert (issue["verdict"] is not None) == (slug in content), slug
        assert (issue["votes_yes"], issue["votes_no"], issue["comments"]) == (
            yes[slug],
            no[slug],
            comments[slug],
        ), slug
        if now_week != WEEK:
            # Every sample reader consented before W48 ended; the script acted after it.
            assert issue["following"] == joined[slug], slug
            assert (issue["joined"], issue["left"], issue["bounced"]) == (
                joined_in[(slug, WEEK)],
                0,
                0,
            )


def test_stats_table_prints_every_field_and_no_address(scripted: Script) -> None:
    """The rich table names every field and week and holds no address at all."""
    output = run_stats(scripted.cwd, "--weeks", str(weeks_back_to_w48()))
    for field in load_editorial(None).fields:
        assert field.name in output
    assert WEEK in output
    assert "@" not in output


def test_stats_refuses_a_bad_week_count(scripted: Script) -> None:
    """--weeks 0 is a usage error with one line saying the range."""
    env = {key: None for key in os.environ if key.startswith("NEWSLETTER_")}
    result = CliRunner().invoke(cli_app, ["stats", "--weeks", "0"], env=env)
    assert result.exit_code == 2
    assert "--weeks must be between 1 and" in result.output


def consent_weeks() -> dict[str, str]:
    """Address (case-folded) -> the ISO week (UTC) of its consented_at in samples/subscribers.csv."""
    with (REPO / "samples" / "subscribers.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    found = {}
    for row in rows:
        moment = dt.datetime.fromisoformat(row["consented_at"].replace("Z", "+00:00"))
        year, week, _ = moment.astimezone(dt.UTC).isocalendar()
        found[row["email"].casefold()] = f"{year}-W{week:02d}"
    return found


def test_joins_are_dated_when_the_readers_consented(scripted: Script) -> None:
    """Over the weeks back to the oldest consent, each week's joins are the readers who consented in it."""
    weeks = consent_weeks()
    oldest = parse_week(min(weeks.values()))
    now = current_week(dt.datetime.now(dt.UTC))
    count = (now.start - oldest.start).days // 7 + 1
    rows = json.loads(run_stats(scripted.cwd, "--weeks", str(count), "--json"))
    fields = sample_subscribers()
    expected = Counter((slug, week) for address, week in weeks.items() for slug in fields[address])
    found = Counter({(row["field"], row["week"]): row["joined"] for row in rows if row["joined"]})
    assert found == expected
    assert len({week for _, week in expected}) > 5  # spread over many weeks, not the import's


def outbox_messages_of(cwd: Path) -> list[str]:
    """Recipients (case-folded) of the demo's W48 outbox."""
    return list(outbox_messages(DemoRun(cwd, 0, "", "")))


def test_followers_are_walked_back_week_by_week(tmp_path: Path) -> None:
    """Followers at the end of each past week undo the changes logged after it."""
    engine = connect_database(f"sqlite:///{tmp_path / 'stats.db'}")
    store = SubscriberStore(engine, ["k"])
    for index in range(5):
        store.add(f"r{index}@example.com", ["ai"], method="cli", policy_version="2026-01")
    w46, w47, w48 = (parse_week(w) for w in ("2026-W46", "2026-W47", "2026-W48"))
    with engine.begin() as connection:
        connection.execute(sa.delete(field_events))  # replace the import's joins by a history
        connection.execute(
            sa.insert(field_events),
            [
                {"at": w46.start_utc + dt.timedelta(days=1), "field_slug": "ai", "kind": "joined"},
                {"at": w46.start_utc + dt.timedelta(days=2), "field_slug": "ai", "kind": "joined"},
                {"at": w47.start_utc + dt.timedelta(days=3), "field_slug": "ai", "kind": "left"},
                {"at": w48.start_utc + dt.timedelta(days=4), "field_slug": "ai", "kind": "joined"},
                {
                    "at": w48.start_utc + dt.timedelta(days=5),
                    "field_slug": "ai",
                    "kind": "complained",
                },
            ],
        )
    now = w48.start_utc + dt.timedelta(days=6)
    rows = [
        row
        for row in field_weeks(engine, load_editorial(None), report_weeks(w48, 3), now=now)
        if row.field == "ai"
    ]
    assert [(r.week, r.following, r.joined, r.left, r.bounced) for r in rows] == [
        ("2026-W46", 6, 2, 0, 0),  # 5 now, undo W47's departure
        ("2026-W47", 5, 0, 1, 0),  # W48's join and complaint cancel out
        ("2026-W48", 5, 1, 0, 1),  # the week under way: followers now
    ]
    before = weeks_before(engine, load_editorial(None), parse_week("2026-W49"), count=3, now=now)
    assert [row.week for row in before["ai"]] == ["2026-W46", "2026-W47", "2026-W48"]
    assert before["ai"] == rows
    assert set(before) == {field.slug for field in load_editorial(None).fields}
    engine.dispose()


def test_stats_counts_its_weeks_from_the_cli_clock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`newsletter stats` under the CliSeams clock ends its weeks at the clock's week, not today's."""
    for key in [key for key in os.environ if key.startswith("NEWSLETTER_")]:
        monkeypatch.delenv(key)
    monkeypatch.setenv("NEWSLETTER_DATABASE_URL", f"sqlite:///{tmp_path / 'stats.db'}")
    for moment, expected in [
        (dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC), ["2026-W47", "2026-W48"]),
        (dt.datetime(2025, 1, 1, 12, 0, tzinfo=dt.UTC), ["2024-W52", "2025-W01"]),
    ]:
        result = CliRunner().invoke(
            cli_app, ["stats", "--weeks", "2", "--json"], obj=CliSeams(clock=lambda at=moment: at)
        )
        assert result.exit_code == 0, result.output
        assert sorted({row["week"] for row in json.loads(result.output)}) == expected
