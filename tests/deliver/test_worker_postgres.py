"""Two `newsletter send --worker` processes share one send on PostgreSQL: 0 duplicates, 0 missed."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from newsletter.db import connect_database
from newsletter.db.issuestore import SENT, issue_status
from newsletter.db.tables import deliveries
from tests.deliver.test_job import API_KEY, WEEK, add_readers, frozen_issue, with_content
from tests.sendgrid_standin import StandIn

REPO = Path(__file__).resolve().parent.parent.parent
# The real command with batches of 50, so that two workers have many batches to share.
COMMAND = (
    "import sys, newsletter.deliver.backends.sendgrid.sender as s; s.BATCH_LIMIT = 50; "
    "from newsletter.cli import main; sys.argv = ['newsletter', *sys.argv[1:]]; main()"
)

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_engine(postgres_url: str) -> Iterator[sa.Engine]:
    """A fresh PostgreSQL database migrated to the latest schema."""
    engine = connect_database(postgres_url)
    yield engine
    engine.dispose()


def test_two_workers_share_a_send_without_duplicates_or_misses(
    postgres_url: str, pg_engine: sa.Engine
) -> None:
    """Both workers send batches; every reader with content gets exactly one message."""
    frozen_issue(pg_engine)
    readers = with_content(add_readers(pg_engine, 2000))
    with StandIn(validate=False, api_key=API_KEY) as standin:
        standin.delay = 0.2  # long enough for the second worker to join the first
        env = {
            **os.environ,
            "PYTHONPATH": str(REPO),
            "NEWSLETTER_DATABASE_URL": postgres_url,
            "NEWSLETTER_DELIVERY": "sendgrid",
            "NEWSLETTER_SENDGRID_HOST": standin.url,
            "NEWSLETTER_SENDGRID_API_KEY": API_KEY,
            "NEWSLETTER_SECRET_KEY": "test-secret-key-0123456789abcdef",
            "NEWSLETTER_BASE_URL": "https://newsletter.test",
        }
        workers = [
            subprocess.Popen(
                [sys.executable, "-c", COMMAND, "send", "--week", WEEK.id, "--worker"],
                cwd=REPO,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        outputs = [worker.communicate(timeout=120) for worker in workers]
        received = Counter(standin.recipients())

    for worker, (_, errors) in zip(workers, outputs, strict=True):
        assert worker.returncode == 0, errors
    assert received == Counter(reader.email for reader in readers)
    with pg_engine.connect() as connection:
        rows = connection.execute(
            sa.select(deliveries.c.status, deliveries.c.worker).where(
                deliveries.c.issue_id == WEEK.id
            )
        ).all()
    assert len(rows) == len(readers)
    assert {status for status, _ in rows} == {"sent"}
    assert len({worker for _, worker in rows}) == 2, "one worker did all the work"
    assert issue_status(pg_engine, WEEK.id) == SENT
