"""The ``newsletter`` command line: thin adapters over the pipeline stages.

Exit codes: 0 success; 1 a run finished with failures (see the command's summary);
2 configuration or usage error; 3 database; 4 feeds (none could be read); 5 draft file;
6 templates or render budget; 7 delivery; 8 send locked by another job; 9 unknown
subscriber; 10 consent required. A handled error prints one line, never a traceback.
"""

from __future__ import annotations

import sys

import typer

from newsletter.cli import collect, db, preview, send, serve
from newsletter.cli import subscribers as subscribers_cli
from newsletter.cli.common import err_console
from newsletter.errors import NewsletterError
from newsletter.logsetup import configure_logging
from subscribers.errors import SubscriberError
from subscribers.masking import mask_addresses_in

app = typer.Typer(
    name="newsletter",
    help="Weekly tech-intelligence newsletter: collect feeds, preview, send, serve the reader pages.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.command("collect")(collect.collect)
app.command("preview")(preview.preview)
app.command("send")(send.send)
app.command("serve")(serve.serve)
app.add_typer(subscribers_cli.subscribers_app, name="subscribers")
app.add_typer(db.db_app, name="db")


def main() -> None:
    """Run the CLI, turning our errors into one masked line and an exit code."""
    configure_logging()
    try:
        app()
    except (NewsletterError, SubscriberError) as exc:
        err_console.print(
            f"Error: {mask_addresses_in(exc.format_message())}", markup=False, soft_wrap=True
        )
        sys.exit(exc.exit_code)
