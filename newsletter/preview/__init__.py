"""The editor's preview: every variant of a week written to files, or served live on 127.0.0.1.

Previews never carry a real subscriber's links: the placeholders are filled with harmless
example URLs on the app's own routes (``example_links``).
"""

from __future__ import annotations

from newsletter.preview.files import example_links, fill_example_links, write_previews

__all__ = ["example_links", "fill_example_links", "write_previews"]
