"""The subscriber store: the only package that reads or writes email addresses."""

from __future__ import annotations
