"""The email and the live preview in Debian's chromium (headless): what is actually drawn."""

from __future__ import annotations

import base64
import os
import struct
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, Page

from newsletter.editorial import EditorialConfig, load_editorial
from newsletter.preview import fill_example_links
from newsletter.render import Renderer
from newsletter.render.palette import DARK_TRACK, dark_fill
from newsletter.render.sample import sample_issue
from newsletter.render.text import relative_luminance
from tests.axe import serious_violations
from tests.conftest import REPO
from tests.test_preview_server import LivePreview, live_preview, touch_later

__all__ = ["live_preview"]  # the fixture, re-used from the server tests

pytestmark = pytest.mark.browser

POSTAL = "Troy-Technical, 1 Example Street, 10115 Berlin, Germany"
BASE_URL = "https://news.example.com"
DESKTOP, MOBILE = 600, 375


def sample_editorial() -> EditorialConfig:
    """The embedded editorial config, its sample feeds resolved against the repo."""
    cwd = Path.cwd()
    os.chdir(REPO)
    try:
        return load_editorial(None)
    finally:
        os.chdir(cwd)


@pytest.fixture(scope="module")
def email_html() -> str:
    """The all-fields email of the sample week, links filled with the preview examples."""
    editorial = sample_editorial()
    issue = sample_issue(editorial)
    renderer = Renderer(editorial, base_url=BASE_URL, postal_address=POSTAL)
    html = renderer.render_variant(issue, frozenset(editorial.field_slugs)).html
    return fill_example_links(html, BASE_URL)


def active_count() -> int:
    """How many fields of the sample week have reports (each gets a bar and a section)."""
    return len(sample_issue(sample_editorial()).fields_with_content)


def open_email(browser: Browser, html: str, width: int, **context: Any) -> Page:
    """Open ``html`` at ``width`` CSS pixels, with every network request refused (offline)."""
    page = browser.new_context(
        viewport={"width": width, "height": 900}, device_scale_factor=1, **context
    ).new_page()
    page.route("**/*", lambda route: route.abort())
    page.set_content(html, wait_until="load")
    return page


def close(page: Page) -> None:
    """Close a page and its context."""
    page.context.close()


def png_size(data: bytes) -> tuple[int, int]:
    """Return (width, height) from a PNG's IHDR chunk."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def pixel(page: Page, png: bytes, x: float, y: float) -> tuple[int, int, int]:
    """Return the RGB of the screenshot ``png`` at (x, y), decoded by the browser's canvas."""
    url = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    rgb: list[int] = page.evaluate(
        """async ([url, x, y]) => {
            const image = new Image();
            image.src = url;
            await image.decode();
            const canvas = document.createElement("canvas");
            canvas.width = image.width;
            canvas.height = image.height;
            const context = canvas.getContext("2d");
            context.drawImage(image, 0, 0);
            return Array.from(context.getImageData(Math.round(x), Math.round(y), 1, 1).data.slice(0, 3));
        }""",
        [url, x, y],
    )
    return rgb[0], rgb[1], rgb[2]


def hex_rgb(color: str) -> tuple[int, int, int]:
    """Turn ``#rrggbb`` into an RGB tuple."""
    digits = color.lstrip("#")
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def near(first: tuple[int, int, int], second: tuple[int, int, int], tolerance: int = 6) -> bool:
    """Tell whether two colors are equal up to rendering noise."""
    return all(abs(a - b) <= tolerance for a, b in zip(first, second, strict=True))


def bars(page: Page) -> list[dict[str, Any]]:
    """Return each overview bar's score, bar box, fill box and fill color as drawn."""
    found: list[dict[str, Any]] = page.evaluate(
        """() => Array.from(document.querySelectorAll("table.nl-bar")).map((bar) => {
            const fill = bar.querySelector("td.nl-fill");
            const box = (el) => { const r = el.getBoundingClientRect();
                return {x: r.x, y: r.y, width: r.width, height: r.height}; };
            return {
                score: Number(bar.dataset.score),
                bar: box(bar),
                fill: fill ? box(fill) : null,
                color: fill ? fill.getAttribute("bgcolor") : null,
                drawn: fill ? getComputedStyle(fill).backgroundColor : null,
            };
        })"""
    )
    return found


@pytest.mark.parametrize("width", [DESKTOP, MOBILE])
def test_screenshot_and_bar_widths_follow_scores(
    browser: Browser, email_html: str, tmp_path: Path, width: int
) -> None:
    """At 600 and 375 px every bar's drawn fill is its score's share of the bar."""
    page = open_email(browser, email_html, width)
    try:
        shot = page.screenshot(path=str(tmp_path / f"email-{width}.png"), full_page=True)
        assert png_size(shot)[0] == width
        assert png_size(shot)[1] > 1500  # the whole email, not just the first screen
        drawn = bars(page)
        count = active_count()
        assert len(drawn) == count
        for bar in drawn:
            if bar["score"] == 0:
                assert bar["fill"] is None
                continue
            share = bar["fill"]["width"] / bar["bar"]["width"]
            assert share == pytest.approx(bar["score"] / 100, abs=0.02), bar
            assert bar["fill"]["height"] >= 10
        scores = [bar["score"] for bar in drawn]
        widths = [bar["fill"]["width"] if bar["fill"] else 0 for bar in drawn]
        order = sorted(range(count), key=lambda i: scores[i])
        assert [widths[i] for i in order] == sorted(widths)
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        # The bar takes the row's free space; score and badge stay on one line beside it.
        rows: list[dict[str, float]] = page.evaluate(
            """() => Array.from(document.querySelectorAll("table.nl-bar")).map((bar) => {
                const row = bar.closest("tr.nl-bar-row") || bar.parentElement.closest("tr");
                const badge = row.querySelector("td.nl-badge");
                const score = badge.previousElementSibling;
                return {bar: bar.getBoundingClientRect().width, row: row.getBoundingClientRect().width,
                        badge: badge.getBoundingClientRect().height,
                        score: score.getBoundingClientRect().height};
            })"""
        )
        for row in rows:
            assert row["bar"] >= 0.4 * row["row"], row
            assert row["badge"] < 32, row  # one line of 12px text plus padding
            assert row["score"] < 32, row
    finally:
        close(page)


def test_columns_side_by_side_on_desktop_and_stacked_on_mobile(
    browser: Browser, email_html: str
) -> None:
    """Each field's verdict column sits left of its reports at 600 px and above them at 375 px."""
    boxes = """() => Array.from(document.querySelectorAll(".nl-verdict")).map((verdict) => {
        const reports = verdict.parentElement.querySelector(".nl-reports");
        const a = verdict.getBoundingClientRect(), b = reports.getBoundingClientRect();
        return {vx: a.x, vy: a.y, vw: a.width, vb: a.bottom, rx: b.x, ry: b.y, rw: b.width};
    })"""
    desktop = open_email(browser, email_html, DESKTOP)
    mobile = open_email(browser, email_html, MOBILE)
    try:
        wide = desktop.evaluate(boxes)
        narrow = mobile.evaluate(boxes)
    finally:
        close(desktop)
        close(mobile)
    assert len(wide) == len(narrow) == active_count()
    for row in wide:
        assert row["rx"] >= row["vx"] + row["vw"] - 1  # reports to the right
        assert abs(row["ry"] - row["vy"]) < 2  # on the same line
    for row in narrow:
        assert row["ry"] >= row["vb"] - 1  # reports below the verdict
        assert abs(row["rx"] - row["vx"]) < 2  # same left edge
        assert row["rw"] >= MOBILE - 20  # full width


def test_infographic_drawn_in_dark_mode_with_images_off(
    browser: Browser, email_html: str, tmp_path: Path
) -> None:
    """In dark mode, offline (no image could load), bars and badges still show their colors."""
    page = open_email(browser, email_html, DESKTOP, color_scheme="dark", java_script_enabled=True)
    try:
        assert page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches")
        assert page.evaluate("document.images.length") == 0  # nothing depends on images
        page.screenshot(path=str(tmp_path / "email-dark.png"), full_page=True)
        overview = page.locator(".nl-overview").bounding_box()
        assert overview is not None
        # A screenshot of just the overview keeps the pixel decoding quick; offsets follow.
        shot = page.screenshot(clip=overview, full_page=True)
        left, top = overview["x"], overview["y"]
        card = page.evaluate("getComputedStyle(document.querySelector('.nl-card')).backgroundColor")
        assert card == "rgb(31, 41, 55)"  # the dark card really is dark
        drawn = [bar for bar in bars(page) if bar["fill"]]
        assert drawn
        for bar in drawn:
            expected = hex_rgb(dark_fill(bar["color"]))  # lifted off the dark card
            assert bar["drawn"] == f"rgb({expected[0]}, {expected[1]}, {expected[2]})"
            fill = bar["fill"]
            middle = pixel(
                page,
                shot,
                fill["x"] - left + fill["width"] / 2,
                fill["y"] - top + fill["height"] / 2,
            )
            assert near(middle, expected), (bar["score"], middle, expected)
            assert not near(middle, (31, 41, 55), 20)
        tracks = page.evaluate(
            "Array.from(document.querySelectorAll('td.nl-track'))"
            ".map((td) => getComputedStyle(td).backgroundColor)"
        )
        track = hex_rgb(DARK_TRACK)
        assert set(tracks) == {f"rgb({track[0]}, {track[1]}, {track[2]})"}  # darker than the card
        badge = page.locator("td.nl-badge-must-read").first.bounding_box()
        assert badge is not None
        badge_pixel = pixel(
            page, shot, badge["x"] - left + 3, badge["y"] - top + badge["height"] / 2
        )
        assert near(badge_pixel, hex_rgb("#166534"))
    finally:
        close(page)


def test_preview_page_profile_switcher_and_width(
    browser: Browser, live_preview: LivePreview, tmp_path: Path
) -> None:
    """Unticking a field re-renders the email without it; the mobile toggle narrows the frame."""
    page = browser.new_context(viewport={"width": 1300, "height": 900}).new_page()
    try:
        page.goto(live_preview.url + "/")
        frame = page.frame_locator("#email")
        frame.get_by_role("link", name="Qubit error rates halve").wait_for()
        assert frame.locator(".nl-field").count() == 2  # the seeded week: quantum and AI
        with page.expect_navigation():
            page.get_by_label("Quantum Computing").uncheck()
        assert "fields=quantum" not in (page.locator("#email").get_attribute("src") or "")
        frame = page.frame_locator("#email")
        frame.locator(".nl-field").first.wait_for()
        assert frame.locator(".nl-field").count() == 1
        assert frame.get_by_role("link", name="Qubit error rates halve").count() == 0
        assert frame.get_by_role("link", name="Agents write their own tools").count() == 1
        fits = """() => { const frame = document.getElementById('email');
            const doc = frame.contentDocument.documentElement;
            return Math.abs(frame.offsetHeight - doc.getBoundingClientRect().height) <= 2; }"""
        page.wait_for_function(fits)
        desktop_height = page.evaluate("document.getElementById('email').offsetHeight")
        url_before = page.url
        page.get_by_label("Mobile (375 px)").check()
        page.wait_for_function("document.getElementById('email').offsetWidth === 375")
        assert "width=375" in page.url
        assert page.evaluate("performance.getEntriesByType('navigation').length") == 1
        assert url_before.split("?")[0] == page.url.split("?")[0]  # resized in place
        # The frame grows with the stacked columns at once: the email's bottom is not cut.
        page.wait_for_function(fits)
        assert page.evaluate("document.getElementById('email').offsetHeight") > desktop_height
        footer_bottom = page.frame_locator("#email").locator(".nl-footer").bounding_box()
        frame_box = page.locator("#email").bounding_box()
        assert footer_bottom is not None
        assert frame_box is not None
        assert (
            footer_bottom["y"] + footer_bottom["height"] <= frame_box["y"] + frame_box["height"] + 2
        )
        page.screenshot(path=str(tmp_path / "preview-page.png"), full_page=True)
        assert page.locator("#unfiled li").count() == 1
        assert page.locator("#verdicts td.reason").count() == 8
    finally:
        page.context.close()


def test_preview_page_reloads_itself_when_the_draft_changes(
    browser: Browser, live_preview: LivePreview
) -> None:
    """Saving the draft makes the open page reload and show the new intro, with no click."""
    page = browser.new_context(viewport={"width": 1300, "height": 900}).new_page()
    try:
        page.goto(live_preview.url + "/?fields=ai")
        page.frame_locator("#email").locator(".nl-field").first.wait_for()
        assert live_preview.draft.is_file()
        touch_later(live_preview.draft, 'intro = "Reloaded by itself."\n')
        page.frame_locator("#email").locator("text=Reloaded by itself.").wait_for(timeout=10_000)
        assert "fields=ai" in page.url  # the profile survives the reload
        with httpx.Client(base_url=live_preview.url) as client:
            assert client.get("/version").json()["version"] == page.evaluate(
                "document.body.dataset.version"
            )
    finally:
        page.context.close()


def pixels(page: Page, png: bytes, points: list[tuple[float, float]]) -> list[tuple[int, int, int]]:
    """Return the RGB of the screenshot ``png`` at each point, decoding it once."""
    url = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    found: list[list[int]] = page.evaluate(
        """async ([url, points]) => {
            const image = new Image();
            image.src = url;
            await image.decode();
            const canvas = document.createElement("canvas");
            canvas.width = image.width;
            canvas.height = image.height;
            const context = canvas.getContext("2d");
            context.drawImage(image, 0, 0);
            return points.map(([x, y]) => Array.from(
                context.getImageData(Math.round(x), Math.round(y), 1, 1).data.slice(0, 3)));
        }""",
        [url, [list(point) for point in points]],
    )
    return [(rgb[0], rgb[1], rgb[2]) for rgb in found]


def luminance(rgb: tuple[int, int, int]) -> float:
    """Return the WCAG relative luminance of a drawn pixel."""
    return relative_luminance("#{:02x}{:02x}{:02x}".format(*rgb))


def boxes(page: Page, selector: str) -> list[dict[str, float]]:
    """Return the page-relative boxes of every element matching ``selector``."""
    found: list[dict[str, float]] = page.evaluate(
        """(selector) => Array.from(document.querySelectorAll(selector)).map((el) => {
            const r = el.getBoundingClientRect();
            return {x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height};
        })""",
        selector,
    )
    return found


def centre(box: dict[str, float]) -> tuple[float, float]:
    """Return the middle of a box."""
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [DESKTOP, MOBILE])
def test_swatches_bars_and_footer_readable_in_both_modes(
    browser: Browser, email_html: str, width: int, scheme: str
) -> None:
    """Drawn pixels: swatches differ from the card, a bar's empty part is darker than its filled
    part in dark mode (and differs in light), the footer follows the mode; no sideways scroll."""
    page = open_email(browser, email_html, width, color_scheme=scheme)
    try:
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        shot = page.screenshot(full_page=True)
        card = page.evaluate(
            "getComputedStyle(document.querySelector('.nl-glance > table, .nl-glance'))"
            ".backgroundColor"
        )
        swatches = boxes(page, ".nl-swatch")
        fills = boxes(page, "td.nl-fill")
        tracks = boxes(page, "table.nl-bar td.nl-track")
        footer = boxes(page, ".nl-footer")[0]
        assert len(swatches) == 2 * active_count()  # one in each row and each section heading
        assert fills
        assert tracks
        points = [centre(box) for box in swatches]
        # The card next to each swatch: just right of it, in the row's gap before the name.
        points += [(box["x"] - 3, box["y"] + box["height"] / 2) for box in swatches]
        bar_rows = page.evaluate(
            """() => Array.from(document.querySelectorAll("table.nl-bar")).filter(
                (bar) => bar.querySelector("td.nl-fill") && bar.querySelector("td.nl-track")
            ).map((bar) => [bar.querySelector("td.nl-fill"), bar.querySelector("td.nl-track")]
            .map((el) => { const r = el.getBoundingClientRect();
                return [r.x + window.scrollX + r.width / 2, r.y + window.scrollY + r.height / 2]; }))"""
        )
        for fill_point, track_point in bar_rows:
            points += [tuple(fill_point), tuple(track_point)]
        points.append((footer["x"] + 4, footer["y"] + 4))
        drawn = pixels(page, shot, points)
        count = len(swatches)
        swatch_pixels, beside = drawn[:count], drawn[count : 2 * count]
        for swatch, background in zip(swatch_pixels, beside, strict=True):
            assert not near(swatch, background, 24), (scheme, width, swatch, background)
        pairs = drawn[2 * count : -1]
        assert len(pairs) == 2 * len(bar_rows) > 0
        for fill, track in zip(pairs[::2], pairs[1::2], strict=True):
            assert not near(fill, track, 24), (fill, track)
            if scheme == "dark":
                assert luminance(track) < luminance(fill), (fill, track)
        footer_pixel = drawn[-1]
        footer_text = page.evaluate(
            "getComputedStyle(document.querySelector('.nl-footer p')).color"
        )
        if scheme == "dark":
            assert luminance(footer_pixel) < 0.05, footer_pixel  # no light block left over
            assert footer_text == "rgb(243, 244, 246)"
        else:
            assert luminance(footer_pixel) > 0.8, footer_pixel
        assert card  # the glance card has a computed background in both modes
    finally:
        close(page)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("personal", [True, False], ids=["email", "web-version"])
def test_email_has_no_serious_accessibility_violation(
    browser: Browser, scheme: str, *, personal: bool
) -> None:
    """axe-core finds no serious or critical violation in the email or its web version."""
    editorial = sample_editorial()
    renderer = Renderer(editorial, base_url=BASE_URL, postal_address=POSTAL)
    issue = sample_issue(editorial)
    html = (
        fill_example_links(
            renderer.render_variant(issue, frozenset(editorial.field_slugs)).html, BASE_URL
        )
        if personal
        else renderer.render_archive(issue)
    )
    page = open_email(browser, html, DESKTOP, color_scheme=scheme)
    try:
        assert serious_violations(page) == []
        headings = page.evaluate(
            "Array.from(document.querySelectorAll('h1, h2, h3')).map((h) => h.tagName)"
        )
        assert headings.count("H1") == 1
        assert headings.count("H2") == 1 + active_count()  # the glance and each field
        assert "H3" in headings
        assert page.evaluate("document.documentElement.lang") == "en"
        hidden = page.evaluate(
            "Array.from(document.querySelectorAll('.nl-swatch'))"
            ".every((el) => el.getAttribute('aria-hidden') === 'true')"
        )
        assert hidden
    finally:
        close(page)


def test_gmail_app_dark_mode_rules_apply_under_data_ogsc(browser: Browser, email_html: str) -> None:
    """With [data-ogsc] on the body (the Gmail apps' dark mode), text, track and fills follow."""
    page = open_email(browser, email_html, MOBILE, color_scheme="light")
    try:
        page.evaluate("document.body.setAttribute('data-ogsc', '')")
        styles = page.evaluate(
            """() => ({
                text: getComputedStyle(document.querySelector('.nl-intro p')).color,
                track: getComputedStyle(document.querySelector('td.nl-track')).backgroundColor,
                fill: getComputedStyle(document.querySelector('td.nl-fill')).backgroundColor,
                fillColor: document.querySelector('td.nl-fill').getAttribute('bgcolor'),
                footer: getComputedStyle(document.querySelector('.nl-footer p')).color,
            })"""
        )
        track = hex_rgb(DARK_TRACK)
        fill = hex_rgb(dark_fill(styles["fillColor"]))
        assert styles["text"] == "rgb(243, 244, 246)"
        assert styles["footer"] == "rgb(243, 244, 246)"
        assert styles["track"] == f"rgb({track[0]}, {track[1]}, {track[2]})"
        assert styles["fill"] == f"rgb({fill[0]}, {fill[1]}, {fill[2]})"
    finally:
        close(page)
