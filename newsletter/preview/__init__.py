"""The editor's preview: every variant of a week written to files, or served live on 127.0.0.1.

Previews never carry a real subscriber's links: the placeholders are filled with harmless
example URLs (``EXAMPLE_LINKS``).
"""

from __future__ import annotations

from newsletter.preview.files import EXAMPLE_LINKS, fill_example_links, write_previews

__all__ = ["EXAMPLE_LINKS", "fill_example_links", "write_previews"]
