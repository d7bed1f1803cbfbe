"""Size budgets checked at render time (Gmail clips a message whose HTML passes ~102 KB)."""

from __future__ import annotations

from newsletter.models import (
    FEEDBACK_URL_PLACEHOLDER,
    PREFERENCES_URL_PLACEHOLDER,
    UNSUBSCRIBE_URL_PLACEHOLDER,
)

HTML_BUDGET_BYTES = 102 * 1024
# Delivery swaps each placeholder for a real link (base URL + signed token, under ~120 bytes):
# count that growth now so a variant under budget here stays under it in the inbox.
LINK_ALLOWANCE_BYTES = 120


def html_size(html: str) -> int:
    """Return the bytes the HTML will weigh once every placeholder holds a real link."""
    links = (
        html.count(UNSUBSCRIBE_URL_PLACEHOLDER)
        + html.count(PREFERENCES_URL_PLACEHOLDER)
        + html.count(FEEDBACK_URL_PLACEHOLDER)
    )
    # An ASCII-only string weighs its length; the check is far cheaper than encoding 60 KB.
    size = len(html) if html.isascii() else len(html.encode("utf-8"))
    return size + links * LINK_ALLOWANCE_BYTES


def is_over_budget(html: str, budget: int = HTML_BUDGET_BYTES) -> bool:
    """Tell whether the HTML (with links filled in) is larger than the budget."""
    return html_size(html) > budget
