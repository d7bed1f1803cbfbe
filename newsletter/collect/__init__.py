"""Collect: fetch feeds, parse them and turn each entry into a normalised Article.

The entry point is ``newsletter.collect.run.collect_feeds``. This package file stays
import-light on purpose: ``newsletter.articles`` imports ``newsletter.collect.urls``.
"""

from __future__ import annotations
