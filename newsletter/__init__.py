"""Weekly technology-intelligence newsletter: collect, curate, render, deliver."""

from __future__ import annotations

__version__ = "0.1.0"
