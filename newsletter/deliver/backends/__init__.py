"""Delivery backends: each satisfies ``newsletter.deliver.ports.Sender``.

``outbox`` (one ``.eml`` file per message), ``sendgrid`` (the v3 mail-send API and its event
webhook) and ``smtp`` (any SMTP relay: SES, Postmark, Mailgun, Postfix). Only modules in here
import a provider's library or speak a provider's protocol; ``deliver.factory`` picks one
from Settings. To add a backend: a module here with a Sender class, a branch in
``factory.build_sender`` and its settings in ``newsletter/config.py``.
"""
