"""Build the MIME message a recipient gets, and the headers both backends share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr

ONE_CLICK = "List-Unsubscribe=One-Click"
# Headers are written unfolded up to RFC 5322's hard limit: folded at 78 columns, the email
# package would RFC 2047-encode a long List-Unsubscribe URL, which no mail client can follow.
# Bodies are encoded when set (quoted-printable, 76 columns) and are not affected.
WIRE_POLICY = SMTP.clone(max_line_length=998)


@dataclass(frozen=True, slots=True)
class Identity:
    """Sender identity and list headers shared by the backends."""

    from_email: str
    from_name: str
    unsubscribe_mailto: str | None


def list_unsubscribe_headers(unsubscribe_url: str, mailto: str | None) -> dict[str, str]:
    """Return ``List-Unsubscribe`` (the URL, then a mailto when configured) and its one-click POST."""
    value = f"<{unsubscribe_url}>"
    if mailto:
        address = mailto.removeprefix("mailto:")
        value += f", <mailto:{address}?subject=unsubscribe>"
    return {"List-Unsubscribe": value, "List-Unsubscribe-Post": ONE_CLICK}


def fill_placeholders(body: str, substitutions: Mapping[str, str]) -> str:
    """Replace each placeholder key of ``substitutions`` in ``body`` by its value."""
    for key, value in substitutions.items():
        body = body.replace(key, value)
    return body


def message_id_domain(from_email: str) -> str:
    """Return the domain used on the right of our Message-IDs (the sender's domain)."""
    return from_email.rpartition("@")[2] or "localhost"


def build_message(
    *,
    from_email: str,
    from_name: str,
    to_email: str,
    subject: str,
    text: str,
    html: str,
    message_id: str,
    headers: Mapping[str, str] | None = None,
    date: dt.datetime | None = None,
) -> EmailMessage:
    """Build a multipart/alternative message: text then HTML, utf-8, quoted-printable.

    ``to_email`` is the one and only recipient; ``headers`` are added as given (e.g. the
    List-Unsubscribe pair). ``message_id`` is the full ``<...@...>`` value.
    """
    message = EmailMessage(policy=SMTP)
    message["From"] = formataddr((from_name, from_email))
    message["To"] = to_email
    message["Subject"] = subject
    message["Date"] = format_datetime(date or dt.datetime.now(dt.UTC))
    message["Message-ID"] = message_id
    message["MIME-Version"] = "1.0"
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    message.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    return message


def message_bytes(message: EmailMessage) -> bytes:
    """Return the message as sent on the wire (CRLF, long headers kept on one line)."""
    return message.as_bytes(policy=WIRE_POLICY)
