"""Logging that never writes a whole address, whatever a caller passes in."""

from __future__ import annotations

import logging

from subscribers.masking import mask_addresses_in


class MaskAddressesFilter(logging.Filter):
    """Rewrite each record's final message with every address masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Mask the formatted message in place; never drop a record."""
        message = record.getMessage()
        masked = mask_addresses_in(message)
        if masked != message:
            record.msg = masked
            record.args = None
        return True


def configure_logging(level: int = logging.WARNING) -> None:
    """Send log records to stderr through the masking filter."""
    handler = logging.StreamHandler()
    handler.addFilter(MaskAddressesFilter())
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
