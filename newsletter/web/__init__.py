"""The reader-facing web app: subscribe, confirm, preferences, unsubscribe, archive, webhooks."""

from __future__ import annotations
