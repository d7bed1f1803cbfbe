"""Colors of the email in light and dark mode, derived so contrast holds in both.

Rules (WCAG 2.x, https://www.w3.org/TR/WCAG21/#non-text-contrast): text 4.5:1, bars and
swatches 3:1 against what they sit on. Field colors are the editor's identity colors; dark
mode lifts them toward white until they stand 3:1 off the dark card, so the filled part of a
bar is always lighter than its empty part, which is darker than the card.
"""

from __future__ import annotations

from newsletter.models import Verdict
from newsletter.render.text import contrast_ratio

# Badge colors per verdict: (background, text). Checked for WCAG AA contrast in the tests.
BADGE_COLORS: dict[Verdict, tuple[str, str]] = {
    Verdict.MUST_READ: ("#166534", "#ffffff"),
    Verdict.WORTH_A_SKIM: ("#fde68a", "#713f12"),
    Verdict.SKIP: ("#e5e7eb", "#374151"),
}
BAR_TRACK_COLOR = "#e5e7eb"  # light mode: every field color stands out from it by 3:1
DARK_PAGE = "#111827"
DARK_CARD = "#1f2937"
DARK_TRACK = "#0b1120"  # darker than the card: the empty part reads as a groove
NON_TEXT_CONTRAST = 3.0


def mix(color: str, other: str, share: float) -> str:
    """Return ``#rrggbb`` between ``color`` (share 0) and ``other`` (share 1)."""
    first = [int(color.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)]
    second = [int(other.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)]
    channels = [round(a + (b - a) * share) for a, b in zip(first, second, strict=True)]
    return "#" + "".join(f"{c:02x}" for c in channels)


def dark_fill(color: str) -> str:
    """Return ``color`` lifted toward white (5% steps) until it is 3:1 off the dark card."""
    share = 0.0
    lifted = color.lower()
    while contrast_ratio(lifted, DARK_CARD) < NON_TEXT_CONTRAST and share < 1.0:
        share = round(share + 0.05, 2)
        lifted = mix(color, "#ffffff", share)
    return lifted
