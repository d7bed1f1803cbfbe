"""What a send did: the running tally of one run and the frozen summary it ends with."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SendSummary:
    """The outcome of one ``send_issue`` run (counts of recipients unless said otherwise).

    ``sent`` counts messages accepted in this run (in a dry run: those that would be sent);
    ``already_sent`` those a previous run (or another worker) delivered; ``failed`` and
    ``unknown`` count the issue's ledger rows in those states when the run ended, whoever
    left them; ``suppressed`` counts the unsubscribed, bounced and complained subscribers
    when the run began plus those who stopped being recipients during it (a reader the
    provider refused during the run is counted once, as failed). ``compiles`` counts distinct
    MJML compilations, ``requests`` what the sender counts in its ``unit``: API requests
    (retries included), SMTP messages, or outbox files written. ``stopped`` is the error that
    ended the run early, if any. ``retryable`` counts the failed rows whose reader is still
    an active recipient: those a re-run sends again (a refused address is kept out);
    ``retryable_unknown`` the same of the unknown rows, for ``--retry-unknown``.
    """

    issue_id: str
    sent: int
    skipped_no_content: int
    suppressed: int
    failed: int
    unknown: int
    already_sent: int
    compiles: int
    requests: int
    dry_run: bool
    backend: str = "outbox"
    unit: str = "files"  # what ``requests`` counts: the sender's unit
    variants: int = 0
    in_progress: int = 0  # claimed by another live worker when this run looked
    issue_sent: bool = False  # the issue is marked sent (by this run or an earlier one)
    no_content: bool = False  # the issue has no report in any field: nothing was sent
    stopped: str | None = None
    retryable: int = 0  # failed rows a re-run would send again (their reader still active)
    retryable_unknown: int = 0  # unknown rows --retry-unknown would send again

    @property
    def is_clean(self) -> bool:
        """Tell whether nothing failed, nothing is unknown and the run was not stopped."""
        return not (self.failed or self.unknown or self.stopped)

    @property
    def exit_code(self) -> int:
        """Return the CLI exit code: 0 clean (or a dry run), 7 stopped by a delivery error, 1 otherwise."""
        if self.dry_run:
            return 0
        if self.stopped:
            return 7
        return 0 if self.is_clean else 1


@dataclass
class Tally:
    """Counters a run updates as it goes (single-threaded: only the job's thread writes).

    A send counts failed and unknown rows from the ledger when it ends; ``unknown`` is the
    dry run's count of rows it would leave alone.
    """

    sent: int = 0
    skipped_no_content: int = 0
    released: int = 0
    unknown: int = 0
    already_sent: int = 0
    in_progress: int = 0
    marked_sent: bool = False
    stopped: str | None = None
