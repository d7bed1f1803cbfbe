"""Fixtures shared by the collect tests: a real local feed server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.feedserver import FeedServer, serve_feeds


@pytest.fixture
def server() -> Iterator[FeedServer]:
    """A fresh local feed server (real HTTP on 127.0.0.1) for the test."""
    with serve_feeds() as feed_server:
        yield feed_server
