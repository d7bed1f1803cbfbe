"""The outbox backend: each message written atomically as one ``.eml`` file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from newsletter.errors import DeliveryError


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temp file in the same folder and a rename.

    A reader (or a crash) never sees a half-written file. Raises DeliveryError when the
    folder cannot be written.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".eml")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temp_name, path)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
    except OSError as exc:
        message = (
            f"Cannot write {path}: {exc.strerror or exc}. "
            "Check NEWSLETTER_OUTBOX_DIR points to a writable folder with free space."
        )
        raise DeliveryError(message) from exc
