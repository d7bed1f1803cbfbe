"""The uvicorn configuration ``newsletter serve`` runs the app with (and the live tests use).

Sizes are capped twice: in the HTTP parser where uvicorn offers it (h11's largest incomplete
event, which bounds the request line and headers it buffers) and in front of the app
(``newsletter.web.limits``: 414, 431, 413 whatever the parser). Access lines go through the
root logger's masking filter (``newsletter.logsetup``), which is linear in the line's length.
"""

from __future__ import annotations

import uvicorn
from starlette.types import ASGIApp

from newsletter.web.limits import MAX_HEADER_BYTES, MAX_TARGET_BYTES

# The request line and the header block, plus slack for the line breaks between them.
PARSER_BUFFER_BYTES = MAX_TARGET_BYTES + MAX_HEADER_BYTES + 1024


def server_config(
    app: ASGIApp, *, host: str, port: int, proxy_headers: bool = False, log_level: str = "info"
) -> uvicorn.Config:
    """Return the uvicorn Config for serving ``app`` on ``host:port``.

    ``proxy_headers`` trusts X-Forwarded-For from 127.0.0.1 only (a local reverse proxy).
    Logging is left to the root logger (``log_config=None``), which masks addresses.
    """
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_config=None,
        log_level=log_level,
        proxy_headers=proxy_headers,
        forwarded_allow_ips="127.0.0.1" if proxy_headers else None,
        server_header=False,
        h11_max_incomplete_event_size=PARSER_BUFFER_BYTES,
    )
