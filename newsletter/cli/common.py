"""What every CLI command shares: settings, the editorial config, the database, consoles."""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa
from rich.console import Console

from newsletter.config import Settings, load_settings
from newsletter.db import connect_database
from newsletter.editorial import EditorialConfig, load_editorial

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)


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


def load_context() -> AppContext:
    """Load settings and the editorial config; raises ConfigError with one clear line."""
    settings = load_settings()
    return AppContext(settings=settings, editorial=load_editorial(settings.config))
