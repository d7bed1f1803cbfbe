"""What every CLI command shares: settings, the editorial config, the database, consoles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

import sqlalchemy as sa
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newsletter.config import Settings, load_settings
from newsletter.db import connect_database
from newsletter.editorial import EditorialConfig, load_editorial
from newsletter.errors import NewsletterError
from subscribers.errors import SubscriberError
from subscribers.masking import mask_addresses_in
from subscribers.store import SubscriberStore

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)


class CommandLineError(NewsletterError):
    """A command was given an argument it cannot use (exit code 2, like click's usage errors)."""

    exit_code = 2


@dataclass
class AppContext:
    """Settings and the editorial config, with the database opened on first use."""

    settings: Settings
    editorial: EditorialConfig
    _engine: sa.Engine | None = field(default=None, repr=False)

    @property
    def engine(self) -> sa.Engine:
        """Return the engine, migrating the database to the latest schema on first use."""
        if self._engine is None:
            self._engine = connect_database(self.settings.database_url)
        return self._engine

    def subscriber_store(self) -> SubscriberStore:
        """Return the subscriber store on this database, hashing with every configured key."""
        return SubscriberStore(self.engine, self.settings.all_secret_keys())

    def parse_fields(self, value: str) -> frozenset[str]:
        """Turn ``a,b`` into configured field slugs; raises CommandLineError naming unknown ones."""
        chosen = frozenset(part.strip().lower() for part in value.split(",")) - {""}
        known = self.editorial.field_slugs
        unknown = sorted(chosen - set(known))
        if not chosen or unknown:
            named = f"Unknown field(s) {', '.join(unknown)}" if unknown else "No field given"
            message = f"{named}; use a comma-separated list of: {', '.join(known)}."
            raise CommandLineError(message)
        return chosen


Clock = Callable[[], dt.datetime]  # returns the aware current time


def system_clock() -> dt.datetime:
    """Return the current time, aware, in UTC."""
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class CliSeams:
    """The CLI's test seam: parts a caller may replace by passing this object as click's ``obj``.

    ``CliRunner().invoke(app, ["send", "--dry-run"], obj=CliSeams(clock=lambda: moment))`` runs
    the command as if it were ``moment`` (an aware datetime). The console script never
    passes one, so real runs read the system clock; there is no option or setting for it.
    """

    clock: Clock = system_clock


def clock_of(ctx: typer.Context) -> Clock:
    """Return the clock of this invocation: the ``CliSeams`` one a test passed, else the system's."""
    seams = ctx.find_object(CliSeams)
    return seams.clock if seams is not None else system_clock


def print_error(exc: NewsletterError | SubscriberError) -> None:
    """Print the error as one line on stderr, every address in it masked."""
    err_console.print(
        f"Error: {mask_addresses_in(exc.format_message())}", markup=False, soft_wrap=True
    )


def load_context() -> AppContext:
    """Load settings and the editorial config; raises ConfigError with one clear line."""
    settings = load_settings()
    return AppContext(settings=settings, editorial=load_editorial(settings.config))


def counting_progress(label: str) -> Progress:
    """Return a transient ``label [bar] done/total elapsed`` progress bar on stderr."""
    return Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    )
