"""Bind the TCP socket a local server listens on, before its framework starts.

``newsletter serve`` and ``newsletter preview --serve`` bind here and hand the socket to
uvicorn (``Server.run(sockets=[...])``), so a port in use is one line with exit code 2 rather
than uvicorn's log lines and its own exit code 3 (which this CLI reserves for database errors).
"""

from __future__ import annotations

import errno
import socket


def listening_socket(host: str, port: int) -> socket.socket:
    """Bind a TCP socket on ``host:port`` for uvicorn (``Server.run(sockets=[...])``).

    ``host`` is an IPv4 or IPv6 address or a name; the first address it resolves to is used.
    Raises OSError (``EADDRINUSE``, ``EACCES`` for a port below 1024, ``EADDRNOTAVAIL``, or
    ``socket.gaierror`` for a name that does not resolve).
    """
    family, kind, proto, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    )[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def cannot_listen(host: str, port: int, exc: OSError) -> str:
    """Return the one-line message for a failed ``listening_socket(host, port)``."""
    reason = exc.strerror or str(exc)
    advice = (
        "stop whatever serves that port, or choose another with --port"
        if exc.errno == errno.EADDRINUSE
        else "check --host (an address or name of this machine) and --port"
    )
    return f"Cannot listen on {host}:{port}: {reason}; {advice}."
