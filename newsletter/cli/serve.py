"""``newsletter serve``: run the reader pages (unsubscribe, subscribe, preferences, archive)."""

from __future__ import annotations

import logging
from typing import Annotated

import typer

from newsletter.cli.common import CommandLineError, console, load_context
from newsletter.listen import cannot_listen, listening_socket


def serve(
    host: Annotated[
        str,
        typer.Option("--host", help="Interface to listen on (0.0.0.0 for every interface)."),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port.", min=1, max=65535)] = 8000,
    proxy_headers: Annotated[
        bool,
        typer.Option(
            "--proxy-headers/--no-proxy-headers",
            help="Trust X-Forwarded-For from 127.0.0.1 (run behind a local reverse proxy).",
        ),
    ] = False,
) -> None:
    """Serve the web app under uvicorn until interrupted (Ctrl+C).

    Links in emails point at NEWSLETTER_BASE_URL; make it reach this server (directly or
    through a reverse proxy terminating HTTPS).
    """
    context = load_context()
    # Imported here: FastAPI and uvicorn take a third of a second to import, which every
    # other command (and --help) would pay for nothing.
    import uvicorn

    from newsletter.web.app import create_app
    from newsletter.web.server import server_config

    try:
        sock = listening_socket(host, port)
    except OSError as exc:
        raise CommandLineError(cannot_listen(host, port, exc)) from exc
    app = create_app(context.settings, context.editorial)
    # uvicorn's loggers propagate to our root handler, which masks any address.
    logging.getLogger().setLevel(logging.INFO)
    console.print(
        f"Serving the reader pages on http://{host}:{port} "
        f"(links in emails use {context.settings.base_url}); Ctrl+C stops."
    )
    config = server_config(app, host=host, port=port, proxy_headers=proxy_headers)
    with sock:
        uvicorn.Server(config).run(sockets=[sock])
