"""Feeds that lie about their bytes, served by the real local feed server: recovered and named, or failed."""

from __future__ import annotations

import datetime as dt
import gzip
import zlib

import pytest
import sqlalchemy as sa

from newsletter.articles import load_articles
from newsletter.collect.encoding import decode_content, reconcile
from newsletter.collect.fetch import FetchLimits
from newsletter.collect.report import FeedResult
from newsletter.collect.run import collect_feeds
from newsletter.editorial import EditorialConfig, FeedConfig
from tests.feedserver import FeedServer, Route

FAST = FetchLimits(connect_timeout=5.0, read_timeout=5.0, attempts=2, retry_wait=0.01)
NOW = dt.datetime(2026, 11, 26, 6, 0, tzinfo=dt.UTC)
EVER = (dt.datetime(1970, 1, 1, tzinfo=dt.UTC), dt.datetime(9999, 1, 1, tzinfo=dt.UTC))
TITLE = "Müller’s naïve café: Zürich fab “opens”"


def _rss(declaration: str = 'encoding="utf-8"', title: str = TITLE) -> str:
    return f"""<?xml version="1.0" {declaration}?>
<rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>
<description>d</description><item><title>{title}</title><link>https://wire.example/a</link>
<pubDate>Tue, 24 Nov 2026 09:00:00 GMT</pubDate></item></channel></rss>"""


ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:w</id>
<updated>2026-11-24T09:00:00Z</updated><entry><title>{TITLE}</title><id>urn:a</id>
<updated>2026-11-24T09:00:00Z</updated><link href="https://wire.example/a"/></entry></feed>"""


def _collect(
    engine: sa.Engine, editorial: EditorialConfig, server: FeedServer, route: Route
) -> FeedResult:
    url = server.add("/feed.xml", route)
    config = FeedConfig(url=url, name="Lying Wire")
    report = collect_feeds(engine, editorial, [config], now=NOW, limits=FAST, workers=1)
    (result,) = report.feeds
    return result


def _titles(engine: sa.Engine) -> list[str]:
    return [article.title for article in load_articles(engine, *EVER)]


@pytest.mark.parametrize(
    ("declaration", "content_type", "lie"),
    [
        ('encoding="utf-8"', "application/rss+xml; charset=ISO-8859-1", "ISO-8859-1 (in the HTTP"),
        ('encoding="ISO-8859-1"', "application/rss+xml", "ISO-8859-1 (in its XML declaration)"),
        ('encoding="windows-1252"', "text/xml", "windows-1252 (in its XML declaration)"),
        ('encoding="utf8mb4"', "application/rss+xml", "'utf8mb4' (in its XML declaration)"),
        ('encoding="us-ascii"', "application/xml", "us-ascii (in its XML declaration)"),
        ('encoding="shift_jis"', "application/rss+xml", "shift_jis (in its XML declaration)"),
        ('encoding="UTF-16"', "application/rss+xml", "UTF-16 (in its XML declaration)"),
        ('encoding="utf-8"', "application/rss+xml; charset=utf-32", "utf-32 (in the HTTP"),
    ],
    ids=[
        "http-latin1",
        "xml-latin1",
        "xml-cp1252",
        "unknown-name",
        "ascii",
        "shift-jis",
        "utf-16",
        "utf-32",
    ],
)
def test_utf8_bytes_under_another_charset_are_read_as_utf8_with_a_warning(
    server: FeedServer,
    engine: sa.Engine,
    editorial: EditorialConfig,
    declaration: str,
    content_type: str,
    lie: str,
) -> None:
    """UTF-8 bytes declared as a legacy or unknown charset read as UTF-8; the warning names the lie."""
    route = Route(body=_rss(declaration).encode("utf-8"), headers={"Content-Type": content_type})
    result = _collect(engine, editorial, server, route)
    assert (result.status, result.name) == ("ok", "Lying Wire")
    assert _titles(engine) == [TITLE]
    assert any("wrong character encoding" in w and lie in w for w in result.warnings), result


@pytest.mark.parametrize(
    ("encoding", "content_type"),
    [
        ("ISO-8859-1", "application/rss+xml; charset=ISO-8859-1"),
        ("windows-1252", "application/rss+xml"),
        ("utf-8", "text/xml"),
        ("shift_jis", "application/rss+xml"),
    ],
)
def test_feeds_that_tell_the_truth_get_no_warning(
    server: FeedServer,
    engine: sa.Engine,
    editorial: EditorialConfig,
    encoding: str,
    content_type: str,
) -> None:
    """Bytes in the charset they declare are read without a warning (no false alarm)."""
    titles = {"shift_jis": "日本語のニュース", "ISO-8859-1": "Zürich café opens"}
    title = titles.get(encoding, TITLE)
    body = _rss(f'encoding="{encoding}"', title).encode(encoding)
    result = _collect(
        engine, editorial, server, Route(body=body, headers={"Content-Type": content_type})
    )
    assert result.warnings == ()
    assert _titles(engine) == [title]


def test_ascii_declared_as_utf16_is_read_and_real_utf16_is_left_alone(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """One-byte text declared UTF-16 reads as UTF-8 with a warning; real UTF-16 reads without one."""
    ascii_body = _rss('encoding="utf-16"', "Plain ASCII title").encode("ascii")
    route = Route(body=ascii_body, headers={"Content-Type": "application/rss+xml"})
    result = _collect(engine, editorial, server, route)
    assert _titles(engine) == ["Plain ASCII title"]
    assert any("utf-16 (in its XML declaration)" in warning for warning in result.warnings)
    real = _rss('encoding="utf-16"').replace("wire.example/a", "wire.example/b").encode("utf-16")
    url = server.add(
        "/utf16.xml", Route(body=real, headers={"Content-Type": "application/rss+xml"})
    )
    report = collect_feeds(engine, editorial, [url], now=NOW, limits=FAST, workers=1)
    (utf16,) = report.feeds
    assert utf16.warnings == ()
    assert TITLE in _titles(engine)


def test_windows_1252_bytes_declared_utf8_are_read_with_a_warning(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """Windows-1252 bytes under a UTF-8 declaration are still read, and the mismatch is named."""
    body = _rss('encoding="utf-8"', "Zürich fab opens").encode("cp1252")
    result = _collect(
        engine, editorial, server, Route(body=body, headers={"Content-Type": "application/rss+xml"})
    )
    assert result.status == "ok"
    assert _titles(engine) == ["Zürich fab opens"]
    assert any("wrong character encoding" in warning for warning in result.warnings)


@pytest.mark.parametrize(
    ("body", "content_type", "kind"),
    [
        (_rss(), "text/html; charset=utf-8", "text/html over an RSS feed"),
        (ATOM, "text/plain", "text/plain over an Atom feed"),
        (_rss(), "application/octet-stream", "application/octet-stream over an RSS feed"),
        ("<!-- generated -->\n" + ATOM.split("?>", 1)[1], "text/html", "over an Atom feed"),
    ],
    ids=["html", "plain", "octet-stream", "comment-first"],
)
def test_a_feed_served_with_another_content_type_is_read_with_a_warning(
    server: FeedServer,
    engine: sa.Engine,
    editorial: EditorialConfig,
    body: str,
    content_type: str,
    kind: str,
) -> None:
    """A feed labelled as an HTML page, plain text or bytes is read as XML; the warning names the type."""
    route = Route(body=body.encode("utf-8"), headers={"Content-Type": content_type})
    result = _collect(engine, editorial, server, route)
    assert result.status == "ok"
    assert _titles(engine) == [TITLE]
    assert any("wrong content type" in w and kind in w for w in result.warnings), result.warnings
    assert not any("well-formed" in warning for warning in result.warnings)


def test_an_html_page_is_still_no_feed(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """A real HTML page (a login wall) fails with the not-a-feed message: nothing readable as a feed."""
    page = (
        b"<!DOCTYPE html><html><head><title>Sign in</title></head><body><form></form></body></html>"
    )
    result = _collect(
        engine, editorial, server, Route(body=page, headers={"Content-Type": "text/html"})
    )
    assert result.status == "error"
    assert "not a feed" in result.error


@pytest.mark.parametrize(
    ("body", "headers", "warning"),
    [
        (
            _rss().encode(),
            {"Content-Encoding": "gzip"},
            "Content-Encoding: gzip but the body is not compressed",
        ),
        (
            _rss().encode(),
            {"Content-Encoding": "deflate"},
            "Content-Encoding: deflate but the body is not compressed",
        ),
        (gzip.compress(_rss().encode()), {}, "gzip-compressed without a Content-Encoding header"),
        (
            gzip.compress(gzip.compress(_rss().encode())),
            {"Content-Encoding": "gzip"},
            "gzip-compressed twice",
        ),
        (zlib.compress(_rss().encode())[2:-4], {"Content-Encoding": "deflate"}, ""),
        (_rss().encode(), {"Content-Encoding": "br"}, "'br', which collect does not request"),
    ],
    ids=[
        "gzip-plain",
        "deflate-plain",
        "gzip-unlabelled",
        "gzip-twice",
        "raw-deflate",
        "unrequested",
    ],
)
def test_a_content_encoding_the_body_does_not_have_is_recovered(
    server: FeedServer,
    engine: sa.Engine,
    editorial: EditorialConfig,
    body: bytes,
    headers: dict[str, str],
    warning: str,
) -> None:
    """A body whose Content-Encoding lies (or is missing) is decoded as it really is, with a warning."""
    route = Route(body=body, headers={"Content-Type": "application/rss+xml", **headers})
    result = _collect(engine, editorial, server, route)
    assert result.status == "ok", result
    assert _titles(engine) == [TITLE]
    if warning:
        assert any(warning in w for w in result.warnings), result.warnings
    else:
        assert result.warnings == ()


def test_a_body_nothing_can_read_fails_with_the_lie_named(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """Garbage labelled gzip fails as not a feed, and the warnings say the coding did not hold."""
    route = Route(body=b"\x00\x01garbage\xff" * 20, headers={"Content-Encoding": "gzip"})
    result = _collect(engine, editorial, server, route)
    assert result.status == "error"
    assert "not a feed" in result.error
    assert any("does not decompress" in warning for warning in result.warnings)


def test_a_compressed_bomb_stops_at_the_size_cap() -> None:
    """A small gzip body that inflates past the cap is refused without inflating it all."""
    bomb = gzip.compress(b"<" * (50 * 1024 * 1024))
    body = decode_content(bomb, "gzip", max_bytes=1024 * 1024)
    assert body.too_large
    assert body.data == b""


def test_reconcile_leaves_a_truthful_feed_untouched() -> None:
    """Bytes and headers that agree come back as they were, without a warning."""
    data = _rss().encode("utf-8")
    headers = {"content-type": "application/rss+xml; charset=utf-8"}
    reconciled = reconcile(data, headers)
    assert (reconciled.data, dict(reconciled.headers), reconciled.warnings) == (data, headers, ())


@pytest.mark.parametrize(
    ("page", "content_type", "advice"),
    [
        (
            b'<!DOCTYPE html><html><head><title>Blog</title><link rel="alternate"'
            b' type="application/rss+xml" href="/feed.xml"></head><body><p>Hi</p></body></html>',
            "text/html",
            "names its feed at http://",
        ),
        (
            b"<html><head><title>Blog</title><link rel='alternate stylesheet' href='a.css'>"
            b"<link rel='alternate' type='application/atom+xml' href='atom.xml'></head></html>",
            "application/rss+xml",
            "/atom.xml; put that URL in the config",
        ),
        (
            b"<!doctype html><html><head><title>Blog home</title></head><body>x</body></html>",
            "application/xml",
            "check the URL points at RSS or Atom",
        ),
    ],
    ids=["autodiscovery", "labelled-as-rss", "page-with-a-title"],
)
def test_an_html_page_instead_of_a_feed_fails_and_names_the_feed_it_links(
    server: FeedServer,
    engine: sa.Engine,
    editorial: EditorialConfig,
    page: bytes,
    content_type: str,
    advice: str,
) -> None:
    """An HTML page (whatever its label) is no feed, even with a <title>; its advertised feed is named."""
    result = _collect(
        engine, editorial, server, Route(body=page, headers={"Content-Type": content_type})
    )
    assert result.status == "error"
    assert "not a feed" in result.error
    assert advice in result.error
    assert load_articles(engine, *EVER) == []


def _three_items() -> bytes:
    items = "".join(
        f"<item><title>Report {n}</title><link>https://wire.example/{n}</link>"
        f"<pubDate>Tue, 24 Nov 2026 0{n}:00:00 GMT</pubDate><description>{'x' * 200}</description></item>"
        for n in range(3)
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>
<description>d</description>{items}</channel></rss>""".encode()


def test_a_body_shorter_than_its_content_length_gives_the_entries_that_arrived(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """A connection closed before the announced Content-Length keeps the complete entries, with a warning."""
    body = _three_items()
    cut = body.index(b"<item><title>Report 2")
    route = Route(body=body, headers={"Content-Type": "application/rss+xml"}, cut_at=cut + 10)
    result = _collect(engine, editorial, server, route)
    assert result.status == "ok", result
    assert {"Report 0", "Report 1"} <= set(_titles(engine))
    assert any(f"ended after {cut + 10} of the {len(body)} bytes" in w for w in result.warnings)


def test_a_body_cut_before_any_entry_fails(
    server: FeedServer, engine: sa.Engine, editorial: EditorialConfig
) -> None:
    """A body cut inside its first bytes has nothing readable: the feed fails, the cut is named."""
    route = Route(body=_three_items(), headers={"Content-Type": "application/rss+xml"}, cut_at=30)
    result = _collect(engine, editorial, server, route)
    assert result.status == "error"
    assert any("ended after 30 of the" in warning for warning in result.warnings)
