"""Mask addresses for any output a person or a log might see.

``mask_addresses_in`` runs on every log line, access-log lines included, so its cost must
stay linear in the line's length whatever the line holds: a single 40 KB URL once cost
seconds of event-loop time with a plain ``local@domain`` regex, which retried its local part
from every character of a long run. Here the candidates are the ``@`` signs followed by a
domain, and the local part is the run of local-part characters that ends at each (measured
on the reversed text): no character is read more than a few times. A 64 KB line costs
about a millisecond, or 20 ms if it holds eight thousand addresses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Loose on purpose: anything that looks like local@domain gets masked, valid or not. \w is
# Unicode-aware, so internationalised addresses (jörg@bücher.example) are masked whole too;
# the mask's own "•" is not a word character, so masked text never matches again.
_LOCAL_CHARS = r"\w.%+\-'!#$&*=?^`{|}~"
_DOMAIN = r"[\w\-]+(?:\.[\w\-]+)*\.[^\W\d_]{2,}"
ADDRESS_PATTERN = re.compile(rf"([{_LOCAL_CHARS}]+)@({_DOMAIN})")
# Candidates are the "@"s followed by a domain (one pass of C code, no object per failed
# "@"); the local part before each is measured on the reversed text, so every character is
# read a bounded number of times and a long run is never rescanned.
_AT_DOMAIN = re.compile(rf"@{_DOMAIN}")
_LOCAL_RUN = re.compile(rf"[{_LOCAL_CHARS}]*+")


def mask_address(address: str) -> str:
    """Return ``a•••@example.com`` for ``alice@example.com``: first letter and domain only."""
    local, at, domain = address.partition("@")
    if not at:
        return "•••"
    return f"{local[:1]}•••@{domain}"


def find_addresses(text: str) -> Iterator[re.Match[str]]:
    """Yield the matches ``ADDRESS_PATTERN.finditer(text)`` yields, in time linear in ``len(text)``.

    Each match's group 1 is the local part and group 2 the domain.
    """
    done = 0  # no match may start before the end of the previous one
    reversed_text = ""
    for candidate in _AT_DOMAIN.finditer(text):
        at = candidate.start()
        if not reversed_text:
            reversed_text = text[::-1]
        # The run of local-part characters that ends at the "@", read leftwards.
        run = _LOCAL_RUN.match(reversed_text, len(text) - at)
        assert run is not None  # "*+" matches the empty string too
        # A run may begin inside the previous address's domain ("a@b.com.x@c.com").
        start = max(at - (run.end() - run.start()), done)
        if start == at:
            continue
        match = ADDRESS_PATTERN.match(text, start)  # reads this run and domain once more
        if match is not None:
            done = match.end()
            yield match


def mask_addresses_in(text: str) -> str:
    """Mask every address-like substring of ``text`` (for log lines and error messages).

    Masks what ``ADDRESS_PATTERN.sub`` would (the same leftmost, longest matches) in time
    linear in ``len(text)``.
    """
    if "@" not in text:
        return text
    pieces: list[str] = []
    done = 0  # text[:done] is copied or masked
    for match in find_addresses(text):
        pieces.append(text[done : match.start()])
        pieces.append(f"{match.group(1)[:1]}•••@{match.group(2)}")
        done = match.end()
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)
