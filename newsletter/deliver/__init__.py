"""Delivery: one private message per recipient, through the outbox, SendGrid or SMTP, exactly once.

The manager (``job``, ``run``, ``worker``, ``dispatch``, ``dryrun``) sees only the ports
declared in ``ports`` (a Sender, a RecipientSource, a LinkMinter, the Ledger, progress);
``factory`` is the one place that builds them from Settings. Backends live under
``backends/`` (``outbox``, ``sendgrid``, ``smtp``); nothing else names a provider.

Modules: ``job`` (``send_issue``/``run_send``, the weekly send), ``run`` (the streaming pass
that groups recipients into batches), ``worker`` (several processes sharing a send on
PostgreSQL), ``dispatch`` (claim, re-check, send and record batches, a few in flight),
``dryrun``, ``variants`` (which variant each recipient gets, each rendered once), ``ledger``
(the ``deliveries`` table), ``recipients`` (the subscriber store as a RecipientSource),
``message`` (MIME, list headers, IDNA addresses, the wire policy), ``schedule`` (when a
scheduled send is due, the issue lock), ``summary``, ``progress``, ``transactional``
(one-off emails such as the subscribe confirmation, through the same Sender).
"""

from __future__ import annotations

from newsletter.deliver.transactional import send_transactional

__all__ = ["send_transactional"]
