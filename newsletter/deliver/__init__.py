"""Delivery: one private message per recipient, through the outbox or SendGrid, exactly once.

Modules: ``message`` (MIME and shared headers), ``outbox`` (atomic .eml files), ``sendgrid``
(request bodies, the API client and its faults), ``ledger`` (the ``deliveries`` table),
``job`` (the weekly send), ``schedule`` (when a scheduled send is due, the issue lock),
``transactional`` (one-off emails such as the subscribe confirmation), ``progress``.
"""

from __future__ import annotations

from newsletter.deliver.transactional import send_transactional

__all__ = ["send_transactional"]
