"""Feeds that lie about their bytes: read what the bytes are, and say what was declared.

Servers and XML declarations contradict the bytes they label: a charset of ISO-8859-1 over
UTF-8 text, an unknown charset name over UTF-8 text, a Content-Type of
``text/html`` or ``text/plain`` over an RSS document, a Content-Encoding the body does not
have (or a gzip body sent without one). Each is recovered whenever the bytes are readable,
with a warning naming the lie; the feed fails only when nothing can be read.

The declared encoding is found as RFC 7303 section 3 orders it: the HTTP charset
parameter, else a byte order mark, else the XML declaration, else UTF-8.
"""

from __future__ import annotations

import codecs
import re
import zlib
from collections.abc import Mapping
from dataclasses import dataclass

# Single-byte Latin encodings decode any bytes at all, so "it decoded" proves nothing;
# UTF-8 text with multibyte sequences is valid UTF-8, which Latin-1 text practically never is.
_LATIN = frozenset({"iso8859-1", "iso8859-15", "cp1252", "ascii", "iso8859-2", "cp1250"})
_UTF16_32_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
_XML_DECLARATION = re.compile(
    rb"""^(\xef\xbb\xbf)?\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']"""
)
# The start of an RSS, Atom, RDF or CDF document: declarations, comments and a doctype
# may come before the root element.
_FEED_ROOT = re.compile(
    rb"""^(?:\xef\xbb\xbf)?\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>\s*)*"""
    rb"""<(?:[A-Za-z_][\w.-]*:)?(rss|feed|RDF|channel)\b""",
    re.DOTALL | re.IGNORECASE,
)
_HTML_ROOT = re.compile(
    rb"""^(?:\xef\xbb\xbf)?\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*)*(?:<!DOCTYPE\s+html\b|<html\b)""",
    re.DOTALL | re.IGNORECASE,
)
_SNIFF_BYTES = 4096
_FEED_KINDS = {b"rss": "RSS", b"feed": "Atom", b"rdf": "RDF", b"channel": "CDF"}


@dataclass(frozen=True, slots=True)
class Reconciled:
    """Feed bytes and headers made to agree: what the parser should be given."""

    data: bytes
    headers: Mapping[str, str]  # lower-case names
    warnings: tuple[str, ...] = ()


def is_xml_type(media_type: str) -> bool:
    """Tell whether a media type is XML (RFC 7303: application/xml, text/xml, any +xml)."""
    return media_type in ("application/xml", "text/xml") or media_type.endswith("+xml")


def feed_kind(data: bytes) -> str:
    """Return "RSS", "Atom", "RDF" or "CDF" when the bytes start as that feed, else ""."""
    found = _FEED_ROOT.match(data[:_SNIFF_BYTES])
    return _FEED_KINDS.get(found.group(1).lower(), "") if found else ""


def is_html_page(data: bytes) -> bool:
    """Tell whether the bytes start as an HTML page (an HTML doctype or ``<html>`` root)."""
    return _HTML_ROOT.match(data[:_SNIFF_BYTES]) is not None


def reconcile(data: bytes, headers: Mapping[str, str]) -> Reconciled:
    """Return the bytes as UTF-8 with declarations that match them, and a warning per lie.

    ``headers`` are the HTTP response headers with lower-case names ("" content type for a
    local file). A feed whose declarations are right comes back unchanged, without warnings.
    UTF-16 and UTF-32 documents are left to the parser. Never raises for bad input.
    """
    fixed = dict(headers)
    warnings: list[str] = []
    media_type, charset = _content_type(fixed.get("content-type", ""))
    if media_type and not is_xml_type(media_type):
        kind = feed_kind(data)
        if kind:
            warnings.append(
                f"feed declares the wrong content type: {media_type} over an {kind} feed;"
                " read as XML (ask the publisher to serve it as application/xml)"
            )
            fixed["content-type"] = "application/xml" + (f"; charset={charset}" if charset else "")
    text_encoding, lie = _actual_encoding(data, charset)
    if text_encoding is None:
        media_type, charset = _content_type(fixed.get("content-type", ""))
        if media_type.startswith("text/") and is_xml_type(media_type) and not charset:
            # RFC 7303 section 8.5 (no more RFC 3023 us-ascii default): the document's own
            # declaration decides; say so, or the parser would flag every non-ASCII byte.
            declared = _declared_in_document(data)
            if declared:
                fixed["content-type"] = f"{media_type}; charset={declared}"
        return Reconciled(data, fixed, tuple(warnings))
    warnings.append(lie)
    text = data.decode("utf-8").removeprefix("\ufeff")
    data = _redeclare(text).encode("utf-8")
    media_type, _charset = _content_type(fixed.get("content-type", ""))
    if media_type:
        fixed["content-type"] = f"{media_type}; charset=utf-8"
    return Reconciled(data, fixed, tuple(warnings))


def _content_type(value: str) -> tuple[str, str]:
    """Return the media type (lower case) and the charset parameter of a Content-Type."""
    media_type, _, rest = value.partition(";")
    charset = ""
    for parameter in rest.split(";"):
        name, _, found = parameter.partition("=")
        if name.strip().lower() == "charset":
            charset = found.strip().strip("\"'")
    return media_type.strip().lower(), charset


def _actual_encoding(data: bytes, http_charset: str) -> tuple[str | None, str]:
    """Return "UTF-8" and why, when UTF-8 bytes are declared as another encoding.

    That lie is the one the parser reads silently (it tries UTF-8 after the declared
    encoding fails or, for Latin encodings, never notices). Bytes that are not UTF-8 are
    left to the parser, which tries the declared encoding and others (a CJK document
    without a declaration, Windows-1252 under "utf-8") and flags the mismatch itself.
    (None, "") when there is nothing to correct: ASCII under an ASCII-compatible name,
    real UTF-16/32, or a declaration that holds. UTF-16 or UTF-32 declared over one-byte
    text (ASCII included) is a lie the parser cannot survive: read as UTF-8.
    """
    if data.startswith(_UTF16_32_BOMS) or not _decodes(data, "utf-8"):
        return None, ""
    declaration = _XML_DECLARATION.match(data[:512])
    if http_charset:
        declared, where = http_charset, "in the HTTP Content-Type"
    elif declaration and not data.startswith(b"\xef\xbb\xbf"):
        declared, where = declaration.group(2).decode("ascii"), "in its XML declaration"
    else:
        return None, ""  # a UTF-8 byte order mark, or no declaration: UTF-8 it is
    try:
        codec = codecs.lookup(declared).name
    except LookupError:
        if data.isascii():
            return None, ""  # the parser reads ASCII under any name
        return "UTF-8", (
            f"feed declares the wrong character encoding: {declared!r} ({where}) is no known"
            " encoding; read its UTF-8 bytes as UTF-8"
        )
    if codec.startswith(("utf-16", "utf-32")):
        # Text in UTF-16 or UTF-32 without a byte order mark starts with a zero byte
        # (RFC 7303 section 3.3, XML 1.0 appendix F); one-byte "<" says otherwise.
        if data[:1] == b"\x00" or data[1:2] == b"\x00":
            return None, ""
    elif data.isascii() or codec == "utf-8" or (codec not in _LATIN and _decodes(data, codec)):
        return None, ""  # as declared (Shift_JIS, Big5 ... that decode are the parser's)
    return "UTF-8", (
        f"feed declares the wrong character encoding: {declared} ({where}) over UTF-8 bytes;"
        " read as UTF-8"
    )


def _declared_in_document(data: bytes) -> str:
    """The encoding a document gives itself (BOM, XML declaration, else UTF-8); "" for UTF-16/32."""
    if data.startswith(_UTF16_32_BOMS) or data[:4] in (b"\x00<\x00?", b"<\x00?\x00"):
        return ""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8"
    declaration = _XML_DECLARATION.match(data[:512])
    return declaration.group(2).decode("ascii") if declaration else "utf-8"


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _redeclare(text: str) -> str:
    """Make the XML declaration (if any) say UTF-8, as the re-encoded bytes are."""
    return re.sub(
        r"""^(\s*<\?xml[^>]*?\sencoding\s*=\s*)(["'])[A-Za-z0-9._:-]+\2""",
        r"\1\2utf-8\2",
        text,
        count=1,
    )


@dataclass(frozen=True, slots=True)
class Body:
    """A response body decoded from its content-coding, and what was wrong with its label."""

    data: bytes
    warning: str = ""
    too_large: bool = False


_GZIP_MAGIC = b"\x1f\x8b"


def decode_content(raw: bytes, content_encoding: str, *, max_bytes: int) -> Body:
    """Undo the body's content-coding (RFC 9110 section 8.4): gzip, x-gzip, deflate.

    A body labelled with a coding it does not have (plain XML under ``gzip``) is used as it
    is; a gzip body sent without a label is decompressed; both with a warning. Decoding
    stops past ``max_bytes`` (``too_large``), so a compressed bomb costs no more than that.
    """
    codings = [
        coding.strip().lower()
        for coding in content_encoding.split(",")
        if coding.strip() and coding.strip().lower() != "identity"
    ]
    data = raw
    for coding in reversed(codings):
        if coding not in ("gzip", "x-gzip", "deflate"):
            return Body(
                raw,
                f"response declares Content-Encoding {coding!r}, which collect does not"
                " request; read the body as it came",
            )
        if _looks_like_text(data):
            return Body(
                data,
                f"response declares Content-Encoding: {coding} but the body is not"
                " compressed; read as it came",
            )
        inflated = _inflate(data, max_bytes)
        if inflated is None:
            return Body(
                data,
                f"response declares Content-Encoding: {coding} but the body does not"
                " decompress; read as it came",
            )
        if len(inflated) > max_bytes:
            return Body(b"", too_large=True)
        data = inflated
    if data.startswith(_GZIP_MAGIC):
        inflated = _inflate(data, max_bytes)
        if inflated is not None:
            if len(inflated) > max_bytes:
                return Body(b"", too_large=True)
            return Body(
                inflated,
                "response is gzip-compressed twice (one layer more than its Content-Encoding"
                " says); decompressed"
                if codings
                else "response is gzip-compressed without a Content-Encoding header; decompressed",
            )
    return Body(data)


def _looks_like_text(data: bytes) -> bool:
    """Tell whether a body starts as markup (maybe after a BOM or spaces), not as compressed data."""
    start = data[:64].lstrip(b" \t\r\n")
    return start.startswith((b"<", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"))


def _inflate(data: bytes, max_bytes: int) -> bytes | None:
    """Decompress gzip, zlib or raw deflate data, at most ``max_bytes + 1`` bytes; None if not."""
    for wbits in (47, -15):  # 47: gzip or zlib header, detected; -15: raw deflate
        inflater = zlib.decompressobj(wbits)
        try:
            out = inflater.decompress(data, max_bytes + 1)
        except zlib.error:
            continue
        return out
    return None
