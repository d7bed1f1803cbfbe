"""Mask addresses for any output a person or a log might see."""

from __future__ import annotations

import re

# Loose on purpose: anything that looks like local@domain gets masked, valid or not. \w is
# Unicode-aware, so internationalised addresses (jörg@bücher.example) are masked whole too;
# the mask's own "•" is not a word character, so masked text never matches again.
ADDRESS_PATTERN = re.compile(r"([\w.%+\-'!#$&*=?^`{|}~]+)@([\w\-]+(?:\.[\w\-]+)*\.[^\W\d_]{2,})")


def mask_address(address: str) -> str:
    """Return ``a•••@example.com`` for ``alice@example.com``: first letter and domain only."""
    local, at, domain = address.partition("@")
    if not at:
        return "•••"
    return f"{local[:1]}•••@{domain}"


def mask_addresses_in(text: str) -> str:
    """Mask every address-like substring of ``text`` (for log lines and error messages)."""
    return ADDRESS_PATTERN.sub(lambda match: f"{match.group(1)[:1]}•••@{match.group(2)}", text)
