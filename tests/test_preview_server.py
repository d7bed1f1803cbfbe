"""``newsletter preview --serve``: the live page over real HTTP on 127.0.0.1."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
import uvicorn

from newsletter.articles import save_articles
from newsletter.config import Settings
from newsletter.db.issuestore import mark_issue_sent
from newsletter.deliver.job import send_issue
from newsletter.editorial import load_editorial
from newsletter.issues import build_issue, freeze_issue
from newsletter.preview.server import HOST, create_preview_app
from newsletter.preview.session import PreviewSession
from newsletter.weeks import parse_week
from subscribers.store import SubscriberStore
from subscribers.votes import VoteStore
from tests.factories import make_article, make_issue
from tests.test_preview import UNFILED_TITLE, cli_env, seed_week, seeded, write_config

__all__ = ["cli_env", "seeded"]  # fixtures re-used from the CLI tests

WEEK = parse_week("2026-W48")


@dataclass
class LivePreview:
    """A running preview server and the files it watches."""

    url: str
    engine: sa.Engine
    config: Path
    draft: Path
    templates: Path


@pytest.fixture
def live_preview(tmp_path: Path, settings: Settings, engine: sa.Engine) -> Iterator[LivePreview]:
    """Serve the preview of the seeded week with uvicorn on an ephemeral 127.0.0.1 port."""
    seed_week(engine)
    templates = tmp_path / "templates"
    (templates / "email").mkdir(parents=True)
    config = write_config(tmp_path)
    config.write_text(
        f'templates_dir = "{templates}"\n' + config.read_text(encoding="utf-8"), encoding="utf-8"
    )
    session = PreviewSession(settings.model_copy(update={"config": config}), engine, WEEK)
    with serving_preview(session) as url:
        yield LivePreview(
            url=url,
            engine=engine,
            config=config,
            draft=tmp_path / "drafts" / f"{WEEK.id}.toml",
            templates=templates,
        )


@contextlib.contextmanager
def serving_preview(session: PreviewSession) -> Iterator[str]:
    """Serve ``session``'s preview app with uvicorn on an ephemeral 127.0.0.1 port; yield its URL."""
    server = uvicorn.Server(
        uvicorn.Config(
            create_preview_app(session), host=HOST, port=0, log_level="warning", lifespan="off"
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the preview server did not start")
        time.sleep(0.02)
    host, port = server.servers[0].sockets[0].getsockname()[:2]
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def touch_later(path: Path, text: str) -> None:
    """Write ``path`` with an mtime clearly after its previous one (coarse clocks)."""
    before = path.stat().st_mtime_ns if path.exists() else 0
    path.write_text(text, encoding="utf-8")
    stamp = max(time.time_ns(), before + 2_000_000_000)
    os.utime(path, ns=(stamp, stamp))


def version(client: httpx.Client) -> str:
    """Return the current /version value."""
    response = client.get("/version")
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"
    value: str = response.json()["version"]
    return value


def test_server_listens_on_loopback_only(live_preview: LivePreview) -> None:
    """The preview is served on 127.0.0.1."""
    assert live_preview.url.startswith("http://127.0.0.1:")


def test_page_shows_switcher_reasons_and_unfiled(live_preview: LivePreview) -> None:
    """The page ticks every field, lists each verdict's reason and the unfiled articles."""
    with httpx.Client(base_url=live_preview.url) as client:
        page = client.get("/")
    assert page.status_code == 200
    html = page.text
    assert html.count('type="checkbox" name="fields"') == 8
    assert html.count(" checked>") == 8 + 1  # every field, plus the desktop width
    assert html.count('<td class="reason">') == 8
    assert html.count("· 2 reports</td>") >= 1  # quantum's reason ends with its count
    assert 'id="unfiled"' in html
    assert UNFILED_TITLE in html
    assert 'src="/email.html?fields=quantum&amp;fields=ai' in html
    assert f"drafts/{WEEK.id}.toml" in html


def test_email_route_renders_only_the_ticked_fields(live_preview: LivePreview) -> None:
    """/email.html?fields=ai has the ai report only, with example links; text likewise."""
    with httpx.Client(base_url=live_preview.url) as client:
        only_ai = client.get("/email.html", params={"fields": "ai"})
        both = client.get("/email.html", params=[("fields", "ai"), ("fields", "quantum")])
        text = client.get("/email.txt", params={"fields": "quantum"})
    assert only_ai.status_code == 200
    assert "Agents write their own tools" in only_ai.text
    assert "Qubit error rates halve" not in only_ai.text
    assert "Qubit error rates halve" in both.text
    assert "%%" not in only_ai.text
    # The app's own unsubscribe route on NEWSLETTER_BASE_URL, with no real token.
    assert "http://newsletter.test/u/preview-example" in only_ai.text
    assert "QUANTUM COMPUTING:" in text.text
    assert "ARTIFICIAL INTELLIGENCE:" not in text.text
    assert UNFILED_TITLE not in both.text


def test_page_with_nothing_ticked_asks_for_a_field(live_preview: LivePreview) -> None:
    """Unticking every field (only the hidden empty value sent) shows no email."""
    with httpx.Client(base_url=live_preview.url) as client:
        page = client.get("/", params={"fields": "", "width": "375"})
    assert page.status_code == 200
    assert "Tick at least one field" in page.text
    assert " checked>" in page.text  # only the 375 px width radio
    assert page.text.count(" checked>") == 1
    assert 'value="375" checked' in page.text


def test_draft_edit_changes_version_and_content(live_preview: LivePreview) -> None:
    """Editing the draft moves /version and the next email shows the new intro."""
    with httpx.Client(base_url=live_preview.url) as client:
        assert client.get("/").status_code == 200  # first preview creates the draft
        assert live_preview.draft.is_file()
        before = version(client)
        assert version(client) == before  # stable while nothing changes
        touch_later(live_preview.draft, 'intro = "Fresh words from the editor."\n')
        assert version(client) != before
        assert "Fresh words from the editor." in client.get("/email.html").text


def test_draft_mistake_is_shown_then_cleared_when_fixed(live_preview: LivePreview) -> None:
    """A broken draft makes the page show the key and line; fixing it brings the email back."""
    with httpx.Client(base_url=live_preview.url) as client:
        client.get("/")
        touch_later(live_preview.draft, '[fields.quantum]\nverdict = "maybe"\n')
        broken = client.get("/")
        assert broken.status_code == 500
        assert "line 2" in broken.text
        assert "fields.quantum.verdict" in broken.text
        assert "the last good render" in broken.text
        kept = client.get("/email.html")  # the last good render stays below the message
        assert kept.status_code == 200
        assert "Qubit error rates halve" in kept.text
        touch_later(live_preview.draft, '[fields.quantum]\nverdict = "skip"\n')
        fixed = client.get("/")
        assert fixed.status_code == 200
        assert "set by the draft" in fixed.text


def test_template_change_reloads_and_rerenders(live_preview: LivePreview) -> None:
    """A new template file in the editor's folder moves /version and is used at once."""
    with httpx.Client(base_url=live_preview.url) as client:
        client.get("/email.html")
        before = version(client)
        touch_later(
            live_preview.templates / "email" / "footer.mjml.j2",
            "<mj-section><mj-column><mj-text>Edited footer {{ postal_address }}"
            "</mj-text></mj-column></mj-section>\n",
        )
        assert version(client) != before
        assert "Edited footer" in client.get("/email.html").text


def test_config_change_reloads(live_preview: LivePreview) -> None:
    """Editing the editorial config (a new title) moves /version and changes the email."""
    with httpx.Client(base_url=live_preview.url) as client:
        before = version(client)
        text = live_preview.config.read_text(encoding="utf-8")
        touch_later(
            live_preview.config,
            text.replace('title = "Weekly Tech Intelligence"', 'title = "Deep Tech Weekly"'),
        )
        assert version(client) != before
        assert "Deep Tech Weekly" in client.get("/email.html").text


def test_new_articles_reload(live_preview: LivePreview) -> None:
    """A newly collected article moves /version and shows up in its field."""
    with httpx.Client(base_url=live_preview.url) as client:
        before = version(client)
        save_articles(
            live_preview.engine,
            [make_article(id="e1", title="Grid batteries double", fields=("energy",))],
        )
        assert version(client) != before
        assert "Grid batteries double" in client.get("/email.html?fields=energy").text


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
    return port


def test_cli_serve_writes_files_then_serves_on_loopback(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    """`newsletter preview --serve --port P` writes the files, then answers on 127.0.0.1:P."""
    port = free_port()
    command = [sys.executable, "-m", "newsletter", "preview", "--week", "2026-W48"]
    command += ["--serve", "--port", str(port), "--out", str(tmp_path / "out")]
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), **cli_env}
    server = subprocess.Popen(
        command, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 30
        page = None
        while page is None:
            assert server.poll() is None, "the preview server exited early"
            try:
                page = httpx.get(f"http://{HOST}:{port}/", timeout=5)
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the preview server did not answer"
                time.sleep(0.2)
        assert page.status_code == 200
        assert "Newsletter preview" in page.text
        assert (tmp_path / "out" / "all.html").is_file()
    finally:
        server.terminate()
        out, _err = server.communicate(timeout=15)
    assert f"http://{HOST}:{port}/".encode() in out


def test_cli_serve_on_a_port_in_use_says_so_in_one_line(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    """`preview --serve` on a taken port exits 2 with one line (not uvicorn's exit code 3)."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), **cli_env}
    with socket.socket() as holder:
        holder.bind((HOST, 0))
        holder.listen()
        port = holder.getsockname()[1]
        command = [sys.executable, "-m", "newsletter", "preview", "--week", "2026-W48"]
        command += ["--serve", "--port", str(port), "--out", str(tmp_path / "out")]
        done = subprocess.run(
            command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, check=False
        )
    assert done.returncode == 2, done.stderr
    assert f"Cannot listen on {HOST}:{port}: Address already in use" in done.stderr
    assert "Traceback" not in done.stderr
    assert "Serving the live preview" not in done.stdout  # it never served


def test_template_mistake_keeps_the_last_good_render(live_preview: LivePreview) -> None:
    """A broken template shows its error on the page; the frame keeps the email from before."""
    with httpx.Client(base_url=live_preview.url) as client:
        assert client.get("/").status_code == 200
        touch_later(live_preview.templates / "email" / "footer.mjml.j2", "{% if %}\n")
        broken = client.get("/")
        assert broken.status_code == 500
        assert "footer.mjml.j2" in broken.text
        assert "the last good render" in broken.text
        kept = client.get("/email.html")
        assert kept.status_code == 200
        assert "Qubit error rates halve" in kept.text


def test_week_switcher_lists_weeks_and_serves_the_chosen_one(live_preview: LivePreview) -> None:
    """The page offers every week with reports; ?week= previews that week's issue."""
    save_articles(
        live_preview.engine,
        [
            make_article(
                id="w47",
                title="Last week's fusion record",
                fields=("energy",),
                published_at=dt.datetime(2026, 11, 17, 9, 0, tzinfo=dt.UTC),
            )
        ],
    )
    with httpx.Client(base_url=live_preview.url) as client:
        page = client.get("/")
        assert '<option value="2026-W48" selected>' in page.text
        assert '<option value="2026-W47">' in page.text
        other = client.get("/", params={"week": "2026-W47", "fields": "energy"})
        assert other.status_code == 200
        assert '<option value="2026-W47" selected>' in other.text
        assert "week=2026-W47" in other.text  # the frame and text links keep the week
        email = client.get("/email.html", params={"week": "2026-W47", "fields": "energy"})
        assert (
            "Last week&#39;s fusion record" in email.text
            or "Last week's fusion record" in email.text
        )
        assert "Qubit error rates halve" not in email.text
        assert client.get("/version", params={"week": "2026-W47"}).json()["version"]
        bad = client.get("/", params={"week": "not-a-week"})
        assert '<option value="2026-W48" selected>' in bad.text  # falls back to the default


def test_profile_of_quiet_fields_says_it_gets_no_email(live_preview: LivePreview) -> None:
    """Ticking only fields without reports says such readers get no email (not an error)."""
    with httpx.Client(base_url=live_preview.url) as client:
        page = client.get("/", params={"fields": "space"})
        assert page.status_code == 200
        assert "Readers of only Space get no email this week" in page.text
        assert 'id="email"' not in page.text


def test_frozen_week_page_says_the_draft_is_not_used(live_preview: LivePreview) -> None:
    """Once the week was sent, the page says it shows the frozen issue; edits are not used."""
    with httpx.Client(base_url=live_preview.url) as client:
        client.get("/")
        issue = build_issue(live_preview.engine, load_editorial(live_preview.config), WEEK)
        freeze_issue(live_preview.engine, issue)
        mark_issue_sent(live_preview.engine, WEEK.id)
        touch_later(live_preview.draft, 'intro = "Too late for readers."\n')
        page = client.get("/")
        assert "was sent: this preview shows the frozen issue" in page.text
        assert "are not used" in page.text
        assert "Too late for readers." not in client.get("/email.html").text


def test_frozen_week_page_names_no_draft_that_does_not_exist(live_preview: LivePreview) -> None:
    """A week sent before any preview has no draft file: the page names none, then names it once written."""
    issue = build_issue(live_preview.engine, load_editorial(live_preview.config), WEEK)
    freeze_issue(live_preview.engine, issue)
    mark_issue_sent(live_preview.engine, WEEK.id)
    with httpx.Client(base_url=live_preview.url) as client:
        page = client.get("/")
        assert "was sent: this preview shows the frozen issue" in page.text
        assert not live_preview.draft.exists()
        assert f"drafts/{WEEK.id}.toml" not in page.text
        live_preview.draft.parent.mkdir(parents=True, exist_ok=True)
        touch_later(live_preview.draft, 'intro = "Written after the send."\n')
        assert f"drafts/{WEEK.id}.toml" in client.get("/").text


def test_page_shows_what_readers_said_of_earlier_weeks(
    live_preview: LivePreview, settings: Settings
) -> None:
    """Beside each field: last week's verdict with its yes / no votes and comments, and readers."""
    engine = live_preview.engine
    keys = settings.all_secret_keys()
    store = SubscriberStore(engine, keys)
    readers = [
        store.add(f"pv{n}@example.com", ["quantum", "ai"], method="cli", policy_version="2026-01")
        for n in range(3)
    ]
    last = WEEK.previous()
    freeze_issue(engine, make_issue(id=last.id, week_start=last.start))
    send_issue(settings, load_editorial(None), engine, last)
    votes = VoteStore(engine)
    for reader, vote in zip(readers, ("no", "no", "yes"), strict=True):
        votes.record(last.id, "quantum", reader.id, verdict="must-read", vote=vote)  # type: ignore[arg-type]
    votes.record(last.id, "quantum", readers[0].id, verdict="must-read", vote="no", comment="old")
    with httpx.Client(base_url=live_preview.url) as client:
        html = client.get("/").text
    rows = dict(re.findall(r'<tr data-field="([a-z-]+)">(.*?)</tr>', html, re.S))
    quantum = rows["quantum"]
    assert f"{last.id}</span> Must read: <strong>1 yes · 2 no</strong>, 1 comment" in quantum
    assert "0 readers" in quantum  # at the end of that week: they were all added today
    assert "pv0@" not in html
    assert "no verdict sent" in rows["space"]  # nobody got space last week
