"""Allow ``python -m newsletter``."""

from __future__ import annotations

from newsletter.cli import main

main()
