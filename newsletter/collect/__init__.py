"""Collect: fetch feeds, parse them and turn each entry into a normalised Article.

The entry point is ``newsletter.collect.run.collect_feeds``. Collect depends on the
articles store (``newsletter.articles``) and on ``newsletter.identity``; neither imports
collect.
"""

from __future__ import annotations
