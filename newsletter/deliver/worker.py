"""Worker mode (PostgreSQL): several processes share one send through the ledger.

Each worker materialises ``pending`` rows for every current recipient (idempotent), expires
claims older than the lease (a worker that died), then claims batches with ``FOR UPDATE SKIP
LOCKED`` until none is left. The last worker to find nothing open marks the issue sent.
"""

from __future__ import annotations

import datetime as dt

from newsletter.deliver import ledger
from newsletter.deliver.dispatch import new_batch_id
from newsletter.deliver.ports import Sender
from newsletter.deliver.run import SendRun, mark_sent_when_done
from newsletter.deliver.schedule import new_owner

WORKER_LEASE = dt.timedelta(minutes=15)  # a worker's claim older than this is presumed dead


def work(run: SendRun, sender: Sender) -> None:
    """One of several workers (PostgreSQL): materialise pending rows, then claim until none."""
    owner = ledger.WORKER_PREFIX + new_owner()
    issue_id = run.issue.id
    key_for = run.variants.key_for
    for page in run.recipients.iter_recipient_rows(batch_size=run.page_size):
        rows = [(sid, key) for sid, _, fields in page if (key := key_for(fields))]
        with ledger.transaction(run.engine, f"queue deliveries of issue {issue_id}") as c:
            ledger.materialise_pending(c, issue_id, rows)
        run.tally.skipped_no_content += len(page) - len(rows)
        run.progress.advance(len(page) - len(rows))
    with ledger.transaction(run.engine, f"expire old claims of issue {issue_id}") as c:
        ledger.expire_claims(c, issue_id, lease=WORKER_LEASE, include_jobs=False)
    batch_ids = iter(new_batch_id, "")
    with run.dispatcher(sender, owner, lambda: None) as dispatcher:
        while dispatcher.ready():
            with dispatcher.transaction(f"claim deliveries of issue {issue_id}") as c:
                batches = ledger.claim_pending(
                    c,
                    issue_id,
                    owner,
                    batch_ids,
                    limit=run.batch_size,
                    retry_unknown=run.retry_unknown,
                    started=run.started,
                )
            if not batches:
                break
            for batch_id, key, ids in batches:
                found = run.recipients.recipients_by_ids(ids)
                gone = [subscriber_id for subscriber_id in ids if subscriber_id not in found]
                if gone:
                    with ledger.transaction(run.engine, f"release deliveries of {issue_id}") as c:
                        ledger.release(c, issue_id, gone)
                    run.tally.released += len(gone)
                    run.progress.advance(len(gone))
                batch = [(sid, found[sid].email) for sid in ids if sid in found]
                if batch:
                    dispatcher.send_claimed(run.variants.rendered(key), batch_id, batch)
        dispatcher.drain()
    run.tally.stopped = dispatcher.stopped
    if not dispatcher.stopped:
        mark_sent_when_done(run)
