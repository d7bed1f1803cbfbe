"""Collect benchmark: 200 feeds x 50 entries served on loopback, cold then warm.

A real threaded HTTP server runs in a separate process (so it does not share the collector's
GIL) and answers conditional GETs with 304 when the ETag matches. The cold run parses and
stores all 10,000 entries into a fresh SQLite database; the warm run repeats the collect and
should cost little more than 200 304 answers.

Run: ``.venv/bin/python benchmarks/collect.py [--feeds N] [--entries N]``. Prints the figures
and their ratio to the targets (cold <= 3 s, warm <= 0.5 s with >= 95% 304s on 2 cores).
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import os
import sys
import tempfile
import time
from email.utils import format_datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from newsletter.collect.run import collect_feeds  # noqa: E402
from newsletter.db import connect_database  # noqa: E402
from newsletter.editorial import load_editorial  # noqa: E402
from tests.feedserver import Route, serve_feeds  # noqa: E402

COLD_TARGET = 3.0  # seconds
WARM_TARGET = 0.5  # seconds
SHARE_TARGET = 0.95  # of feeds answering 304 on the warm run
TAGS = (
    "Quantum Computing",
    "AI",
    "Semiconductors",
    "Energy",
    "Space",
    "Biotech",
    "Cybersecurity",
    "Gardening",
)
WEEK = dt.datetime(2026, 11, 23, tzinfo=dt.UTC)


def make_feed(number: int, entries: int) -> bytes:
    """Return one RSS 2.0 feed whose entries look like the site's report summaries."""
    items = []
    for index in range(entries):
        when = WEEK + dt.timedelta(minutes=7 * index + number)
        items.append(
            f"""<item>
<title>Report {number}-{index}: a partnership on quantum networks</title>
<link>https://reports.example.com/{number}/{index}?utm_source=rss</link>
<guid isPermaLink="false">bench-{number}-{index}</guid>
<pubDate>{format_datetime(when)}</pubDate>
<dc:creator>Analyst {index % 7}</dc:creator>
<category>{TAGS[index % len(TAGS)]}</category>
<category>{TAGS[(index + number) % len(TAGS)]}</category>
<description><![CDATA[<p><strong>Key Findings</strong></p><p>The consortium announced a $1 billion
partnership for report {index}. It is the first platform of its kind.</p>
<p><strong>Background &amp; Context</strong></p><p>Governments fund research platforms
and supply chains as the rivalry in frontier technology grows.</p>]]></description>
</item>"""
        )
    channel = "\n".join(items)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>Bench feed {number}</title><link>https://reports.example.com/{number}</link>
<description>Benchmark feed</description>
{channel}
</channel></rss>""".encode()


def serve(feeds: int, entries: int, ports: multiprocessing.Queue[str], stop: object) -> None:
    """Serve the feeds until ``stop`` (an Event) is set; put the base URL on ``ports``."""
    with serve_feeds() as server:
        for number in range(feeds):
            server.add(
                f"/feeds/{number}.xml",
                Route(
                    body=make_feed(number, entries),
                    headers={"Content-Type": "application/rss+xml; charset=utf-8"},
                    etag=f'"bench-{number}-v1"',
                    last_modified="Mon, 23 Nov 2026 06:00:00 GMT",
                ),
            )
        ports.put(server.base)
        stop.wait()  # type: ignore[attr-defined]


def main() -> None:
    """Run the cold and warm collects and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--entries", type=int, default=50)
    args = parser.parse_args()
    load = os.getloadavg()[0]
    context = multiprocessing.get_context("spawn")
    ports: multiprocessing.Queue[str] = context.Queue()
    stop = context.Event()
    server = context.Process(
        target=serve, args=(args.feeds, args.entries, ports, stop), daemon=True
    )
    server.start()
    try:
        base = ports.get(timeout=60)
        urls = [f"{base}/feeds/{number}.xml" for number in range(args.feeds)]
        editorial = load_editorial(None)
        with tempfile.TemporaryDirectory() as folder:
            engine = connect_database(f"sqlite:///{Path(folder) / 'bench.db'}")
            try:
                started = time.perf_counter()
                cold = collect_feeds(engine, editorial, urls)
                cold_s = time.perf_counter() - started
                started = time.perf_counter()
                warm = collect_feeds(engine, editorial, urls)
                warm_s = time.perf_counter() - started
            finally:
                engine.dispose()
    finally:
        stop.set()
        server.join(timeout=10)
    share = warm.not_modified / len(warm.feeds)
    entries = args.feeds * args.entries
    print(
        f"collect: {args.feeds} feeds x {args.entries} entries on loopback, {os.cpu_count()} CPUs,"
        f" load average {load:.2f} before the run (other work on the box slows the cold run)"
    )
    print(
        f"cold: {cold_s:.2f} s  ({cold.new} new articles of {entries}, {len(cold.failed)} failed)"
        f"  ratio to target {cold_s / COLD_TARGET:.2f} (<= 1 meets {COLD_TARGET:g} s)"
    )
    print(
        f"warm: {warm_s:.2f} s  ratio to target {warm_s / WARM_TARGET:.2f} (<= 1 meets {WARM_TARGET:g} s)"
    )
    print(
        f"warm 304 share: {share:.1%}  ratio to target {share / SHARE_TARGET:.2f} (>= 1 meets {SHARE_TARGET:.0%})"
    )


if __name__ == "__main__":
    main()
