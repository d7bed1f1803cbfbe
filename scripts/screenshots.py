"""Regenerate docs/screenshots/: the sample email and the archive pages in Debian's chromium.

Run with ``make screenshots``. The email is the sample week (2026-W48) as the product makes it
(the sample feeds collected and curated by ``newsletter.sample_week``: every verdict, score and
reason is the curation's own) for an all-fields reader at 600 and 375 px, light and dark; the
archive pages come from the real web app on a throwaway SQLite database holding the sample week
and the week before (2026-W47, curated the same way), at 1024 and 375 px. Offline: every
request other than the local server's is refused. Prints each file written and its size.
"""

from __future__ import annotations

import os
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import uvicorn
from playwright.sync_api import Browser, Page, sync_playwright

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.chdir(REPO)  # the embedded editorial config resolves its sample feeds against the repo

from newsletter.config import Settings  # noqa: E402
from newsletter.db.issuestore import mark_issue_sent  # noqa: E402
from newsletter.editorial import load_editorial  # noqa: E402
from newsletter.issues import freeze_issue  # noqa: E402
from newsletter.models import Issue  # noqa: E402
from newsletter.preview import fill_example_links  # noqa: E402
from newsletter.render import Renderer  # noqa: E402
from newsletter.sample_week import curated_sample_issue  # noqa: E402
from newsletter.web.app import create_app  # noqa: E402
from newsletter.web.server import server_config  # noqa: E402

OUT = REPO / "docs" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"]
BASE_URL = "https://newsletter.example.com"
POSTAL = "Troy-Technical, 1 Example Street, 10115 Berlin, Germany"
MAX_HEIGHT = 1600  # px: the first screens (the glance, the lead sections) keep the files small


def shoot(page: Page, path: Path) -> Path:
    """Screenshot the page from the top, down to ``MAX_HEIGHT`` pixels."""
    height = min(MAX_HEIGHT, int(page.evaluate("document.documentElement.scrollHeight")))
    width = page.viewport_size["width"] if page.viewport_size else 600
    clip = {"x": 0, "y": 0, "width": width, "height": height}
    page.screenshot(path=str(path), full_page=True, clip=clip)  # type: ignore[arg-type]
    return path


def shoot_email(browser: Browser, issue: Issue) -> list[Path]:
    """Write the all-fields email of ``issue`` at 600/375 px in light and dark mode."""
    editorial = load_editorial(None)
    renderer = Renderer(editorial, base_url=BASE_URL, postal_address=POSTAL)
    email = renderer.render_variant(issue, frozenset(editorial.field_slugs))
    html = fill_example_links(email.html, BASE_URL)
    written = []
    for width in (600, 375):
        for scheme in ("light", "dark"):
            context = browser.new_context(
                viewport={"width": width, "height": 900}, color_scheme=scheme
            )
            page = context.new_page()
            page.route("**/*", lambda route: route.abort())
            page.set_content(html, wait_until="load")
            written.append(shoot(page, OUT / f"email-{width}-{scheme}.png"))
            context.close()
    return written


def serve_archive(
    folder: Path, published: Sequence[Issue]
) -> tuple[str, uvicorn.Server, threading.Thread]:
    """Start the web app on 127.0.0.1 over a database holding the ``published`` issues."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        database_url=f"sqlite:///{folder / 'archive.db'}",
        base_url=url,
        postal_address=POSTAL,
        outbox_dir=folder / "outbox",
    )
    editorial = load_editorial(None)
    app = create_app(settings, editorial)
    for issue in published:
        freeze_issue(app.state.engine, issue)
        mark_issue_sent(app.state.engine, issue.id)
    server = uvicorn.Server(server_config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the web app did not start within 10 s")
        time.sleep(0.02)
    return url, server, thread


def shoot_archive(browser: Browser, url: str) -> list[Path]:
    """Write the archive list, an issue's web version and a field page: 1024 px light, 375 px
    light and dark."""
    pages = {
        "archive": "/archive",
        "archive-issue": "/archive/2026-W48",
        "archive-field": "/archive/field/quantum",
    }
    written = []
    for width, scheme in ((1024, "light"), (375, "light"), (375, "dark")):
        context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
        page = context.new_page()
        for name, path in pages.items():
            page.goto(url + path)
            written.append(shoot(page, OUT / f"{name}-{width}-{scheme}.png"))
        context.close()
    return written


def main() -> None:
    """Write every screenshot and print where each went."""
    OUT.mkdir(parents=True, exist_ok=True)
    # Curated before Playwright starts: the collector runs its own event loop.
    editorial = load_editorial(None)
    issue = curated_sample_issue(editorial)
    earlier = curated_sample_issue(editorial, week_id="2026-W47", weeks_before=0)
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        written = shoot_email(browser, issue)
        url, server, thread = serve_archive(Path(folder), (earlier, issue))
        try:
            written += shoot_archive(browser, url)
        finally:
            server.should_exit = True
            thread.join(timeout=10)
            browser.close()
    for path in written:
        print(f"{path.relative_to(REPO)}  {path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
