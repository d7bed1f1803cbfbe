"""The SMTP backend (``NEWSLETTER_DELIVERY=smtp``): any relay, e.g. Amazon SES, Postmark,
Mailgun or a local Postfix. ``pool`` holds the connections (stdlib ``smtplib``),
``sender`` sends one message per recipient and maps replies to outcomes."""
