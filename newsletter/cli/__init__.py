"""The ``newsletter`` command line: thin adapters over the pipeline stages.

Exit codes: 0 success; 1 a run finished with failures (see the command's summary; ``collect``
when no feed could be read); 2 configuration or usage error; 3 database; 4 the demo could read
none of the sample feeds; 5 draft file;
6 templates or render budget; 7 delivery; 8 send locked by another job; 9 unknown
subscriber; 10 consent required. A handled error prints one line, never a traceback.
"""

from __future__ import annotations

import sys
from typing import Any, NoReturn

import typer
from typer import _click  # typer vendors click; its Context is the one invoke receives
from typer.core import TyperGroup

from newsletter.cli import collect, db, preview, send, serve, stats
from newsletter.cli import subscribers as subscribers_cli
from newsletter.cli.common import print_error
from newsletter.errors import NewsletterError
from newsletter.logsetup import configure_logging
from subscribers.errors import SubscriberError


def report_error(exc: NewsletterError | SubscriberError) -> NoReturn:
    """Print the error as one masked line on stderr and exit with its code."""
    print_error(exc)
    raise typer.Exit(exc.exit_code)


class NewsletterGroup(TyperGroup):
    """The root command group: turns our errors into one line and an exit code.

    Handling them here rather than only in ``main`` makes ``CliRunner(app)`` in tests behave
    exactly like the console script.
    """

    def invoke(self, ctx: _click.Context) -> Any:
        """Run the chosen command, reporting NewsletterError and SubscriberError."""
        try:
            return super().invoke(ctx)
        except (NewsletterError, SubscriberError) as exc:
            report_error(exc)


app = typer.Typer(
    name="newsletter",
    cls=NewsletterGroup,
    help="Weekly tech-intelligence newsletter: collect feeds, preview, send, serve the reader pages.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.command("collect")(collect.collect)
app.command("preview")(preview.preview)
app.command("send")(send.send)
app.command("serve")(serve.serve)
app.command("stats")(stats.stats)
app.add_typer(subscribers_cli.subscribers_app, name="subscribers")
app.add_typer(db.db_app, name="db")


def main() -> None:
    """Run the CLI, turning our errors into one masked line and an exit code."""
    configure_logging()
    try:
        app()
    except (NewsletterError, SubscriberError) as exc:
        # Raised outside a command (while building the CLI): same one-line report.
        print_error(exc)
        sys.exit(exc.exit_code)
