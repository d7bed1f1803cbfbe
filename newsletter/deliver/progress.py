"""Progress of a send: a rich bar with rate and ETA (counts only, never an address)."""

from __future__ import annotations

from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)


class NoProgress:
    """A reporter that shows nothing (tests, --quiet, non-terminals)."""

    def advance(self, count: int) -> None:
        """Ignore the count."""


class SendProgress:
    """A rich progress bar: handled / expected, recipients per second, ETA."""

    def __init__(self, console: Console, *, total: int | None, label: str) -> None:
        """Prepare the bar; ``total`` is the expected number of recipients (None if unknown)."""
        self._progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=console,
            transient=False,
        )
        self._task: TaskID = self._progress.add_task(label, total=total, rate="")
        self._started = False

    def advance(self, count: int) -> None:
        """Add ``count`` recipients and refresh the rate (the bar appears on the first call)."""
        if not self._started:
            # Shown only once there is progress: a run that stops at once (the lock is
            # held, nothing is due) prints its one line and no empty bar.
            self._progress.start()
            self._started = True
        self._progress.update(self._task, advance=count)
        speed = self._progress.tasks[0].speed
        if speed:
            self._progress.update(self._task, rate=f"{speed:,.0f}/s")

    def __enter__(self) -> SendProgress:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._started:
            self._progress.stop()
