"""The SendGrid backend: ``payload`` (request bodies), ``client`` (HTTP and its faults),
``sender`` (the weekly and transactional Sender), ``events`` (the Event Webhook: signature
check and parsing into neutral suppression events)."""
