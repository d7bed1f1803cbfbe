"""Logging that never writes a whole address, whatever a caller passes in."""

from __future__ import annotations

import logging
import re
from typing import TextIO

from subscribers.masking import mask_addresses_in

# A link token lets its holder manage a subscriber, so access logs keep the route, not the token.
# Everything after a personal route's prefix goes, whatever it holds: a mangled token (cut
# short, re-encoded, with a stray slash or suffix, another letter case) is still most of a
# token. Anything shaped like one of our tokens (``<id>.<signature>``) goes wherever it appears.
_TOKEN_PATH_RE = re.compile(r"(/(?:u|preferences|confirm)/)[^\s?#\"]+", re.IGNORECASE)
# The feedback route keeps its field and vote after the token: its first segment goes.
_FEEDBACK_PATH_RE = re.compile(r"(/feedback/+)[^\s?#\"/]+", re.IGNORECASE)
_TOKEN_SHAPE_RE = re.compile(r"(?<![A-Za-z0-9_\-])[A-Za-z0-9_\-]{16,}+\.[A-Za-z0-9_.\-]{16,}")


def redact_link_tokens(text: str) -> str:
    """Replace the token of every personal link path (``/u/<token>``) with ``…``.

    Also replaces any token-shaped word elsewhere (a query value, another route). Linear in
    ``len(text)``: both patterns start only at a fixed prefix or scan a run once.
    """
    text = _FEEDBACK_PATH_RE.sub(r"\1…", _TOKEN_PATH_RE.sub(r"\1…", text))
    return _TOKEN_SHAPE_RE.sub("…", text)


class MaskAddressesFilter(logging.Filter):
    """Rewrite each record's final message with every address masked and link tokens redacted."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Mask the formatted message in place; never drop a record."""
        message = record.getMessage()
        masked = redact_link_tokens(mask_addresses_in(message))
        if masked != message:
            record.msg = masked
            record.args = None
        return True


class _MaskedStderrHandler(logging.StreamHandler[TextIO]):
    """The stderr handler ``configure_logging`` installs (a class of its own to find it again)."""


def configure_logging(level: int = logging.WARNING) -> None:
    """Send log records to stderr through the masking filter.

    Calling it again replaces only the handler it installed before: handlers that an embedding
    program (or pytest) attached to the root logger keep working.
    """
    handler = _MaskedStderrHandler()
    handler.addFilter(MaskAddressesFilter())
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for previous in [h for h in root.handlers if isinstance(h, _MaskedStderrHandler)]:
        root.removeHandler(previous)
    root.addHandler(handler)
    root.setLevel(level)
