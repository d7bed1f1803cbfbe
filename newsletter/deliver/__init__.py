"""Delivery: one private message per recipient, through the outbox or SendGrid, exactly once.

Modules: ``job`` (``send_issue``, the weekly send), ``run`` (the streaming pass that groups
recipients into batches), ``worker`` (several processes sharing a send on PostgreSQL),
``dispatch`` (claim, send and record batches, a few in flight), ``dryrun``, ``variants``
(which variant each recipient gets, each rendered once), ``ledger`` (the ``deliveries``
table), ``senders`` (the outbox and SendGrid backends), ``payload`` (pre-encoded request
bodies), ``sendgrid`` (the API client and its faults), ``message`` (MIME and list headers),
``outbox`` (atomic .eml files), ``schedule`` (when a scheduled send is due, the issue lock),
``summary``, ``progress``, ``transactional`` (one-off emails such as the subscribe
confirmation).
"""

from __future__ import annotations

from newsletter.deliver.transactional import send_transactional

__all__ = ["send_transactional"]
