"""Build the MIME message a recipient gets, and the headers both backends share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import EmailPolicy
from email.utils import format_datetime, formataddr

import idna

from newsletter.deliver.ports import Outgoing
from newsletter.models import RenderedEmail

ONE_CLICK = "List-Unsubscribe=One-Click"
MAX_LINE = 998  # RFC 5322 section 2.1.1: a line's hard limit, CRLF excluded
# Headers that hold one long ASCII token (a URL, an id) and must stay whole.
_UNFOLDED = frozenset({"list-unsubscribe", "list-unsubscribe-post", "message-id"})
# RFC 2047 section 2: an encoded-word is at most 75 characters; with the one space that
# starts a continuation line, 76 columns a line.
ENCODED_LINE = 76
# Headers whose non-ASCII text we encode ourselves (below): CPython 3.11's folder can split
# a phrase into adjacent encoded-words with the space between them outside both, and RFC
# 2047 section 6.2 makes readers drop such a space ("for… · +1" arrives as "for…· +1").
_TEXT_HEADERS = frozenset({"subject"})
_ADDRESS_HEADERS = frozenset({"from", "to", "reply-to", "sender"})


class WirePolicy(EmailPolicy):
    """The SMTP policy (CRLF, 78-column folding, RFC 2047 encoded-words of <= 75 characters).

    Except for the list headers and Message-ID: folded at 78 columns the email package would
    RFC 2047-encode a long List-Unsubscribe URL, which no mail client can follow. They are
    ASCII and written on one line up to RFC 5322's 998 characters. A non-ASCII Subject or
    display name is encoded whole, spaces inside the encoded-words (``email.header.Header``),
    folded into encoded-words of at most 75 characters: no space between two phrases is lost
    and no encoded-word is too long (RFC 2047 sections 2 and 6.2). With ``utf8`` (RFC 6532,
    for an SMTPUTF8 transport) only what cannot be encoded (a non-ASCII local part) is
    written as UTF-8.
    """

    def fold_binary(self, name: str, value: str) -> bytes:
        """Fold a header for the wire; the unfolded ones stay on one line."""
        text = str(value)
        line = f"{name}: {text}"
        lower = name.lower()
        whole = lower in _UNFOLDED and text.isascii() and "\n" not in text
        if whole and len(line) <= MAX_LINE:
            return (line + self.linesep).encode("ascii")
        if not text.isascii():
            if lower in _TEXT_HEADERS:
                return self._encoded(name, text, tail="")
            addresses: tuple[Address, ...] = getattr(value, "addresses", ())
            if lower in _ADDRESS_HEADERS and len(addresses) == 1:
                (address,) = addresses
                if address.display_name and address.addr_spec.isascii():
                    return self._encoded(name, address.display_name, tail=f"<{address.addr_spec}>")
        return super().fold_binary(name, value)

    def _encoded(self, name: str, text: str, *, tail: str) -> bytes:
        """Encode ``text`` as folded RFC 2047 encoded-words, then ``tail`` (an angle address)."""
        header = Header(text, "utf-8", maxlinelen=ENCODED_LINE, header_name=name)
        encoded = header.encode(linesep=self.linesep)
        if tail:
            last = encoded.rsplit(self.linesep, 1)[-1]
            first_line = self.linesep not in encoded
            used = len(last) + (len(name) + 2 if first_line else 0)
            fits = used + 1 + len(tail) <= (self.max_line_length or MAX_LINE)
            encoded += (" " if fits else self.linesep + " ") + tail
        return f"{name}: {encoded}{self.linesep}".encode("ascii")


WIRE_POLICY = WirePolicy(linesep="\r\n")
UTF8_WIRE_POLICY = WIRE_POLICY.clone(utf8=True)  # RFC 6532 headers, for SMTPUTF8 transports


def ascii_address(address: str) -> str:
    """Return ``address`` with its domain in IDNA form (punycode), the local part kept.

    ``leser@bücher.example.com`` -> ``leser@xn--bcher-kva.example.com`` (IDNA 2008 with
    UTS 46 mapping, RFC 5891). An address whose domain cannot be encoded is returned as is.
    """
    local, at, domain = address.rpartition("@")
    if not at or domain.isascii():
        return address
    try:
        encoded = idna.encode(domain, uts46=True).decode("ascii")
    except idna.IDNAError:
        return address
    return f"{local}@{encoded}"


def needs_smtputf8(address: str) -> bool:
    """Tell whether an address (domain already in IDNA form) needs SMTPUTF8 (RFC 6531)."""
    return not address.isascii()


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
    message = EmailMessage(policy=WIRE_POLICY)
    message["From"] = formataddr((from_name, ascii_address(from_email)))
    message["To"] = ascii_address(to_email)
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
    """Return the message as sent on the wire (CRLF, folded headers, list headers whole).

    A recipient whose local part is not ASCII is written as UTF-8 (RFC 6532): such a message
    can only go to an SMTPUTF8 server (the SMTP backend checks).
    """
    recipient = str(message.get("To", ""))
    policy = WIRE_POLICY if recipient.isascii() else UTF8_WIRE_POLICY
    return message.as_bytes(policy=policy)


def weekly_message(
    identity: Identity,
    issue_id: str,
    rendered: RenderedEmail,
    item: Outgoing,
    *,
    domain: str,
    date: dt.datetime,
) -> EmailMessage:
    """Build one recipient's weekly message: personal links filled in, List-Unsubscribe pair.

    The Message-ID is stable per (issue, subscriber): a retried message keeps it.
    """
    substitutions = item.substitutions()
    return build_message(
        from_email=identity.from_email,
        from_name=identity.from_name,
        to_email=item.email,
        subject=fill_placeholders(rendered.subject, substitutions),
        text=fill_placeholders(rendered.text, substitutions),
        html=fill_placeholders(rendered.html, substitutions),
        message_id=f"<{issue_id}.{item.subscriber_id}@{domain}>",
        headers=list_unsubscribe_headers(item.unsubscribe_url, identity.unsubscribe_mailto),
        date=date,
    )


def transactional_message(
    identity: Identity,
    *,
    to_email: str,
    subject: str,
    text: str,
    html: str,
    token: str,
    domain: str,
    date: dt.datetime,
) -> EmailMessage:
    """Build a one-off message (a confirmation, a manage link) from our sender identity.

    Its Message-ID is ``<YYYYmmddHHMMSS.token@domain>`` (``date`` in UTC, ``token`` a random
    hex string the caller may reuse, e.g. in a file name); no list headers.
    """
    return build_message(
        from_email=identity.from_email,
        from_name=identity.from_name,
        to_email=to_email,
        subject=subject,
        text=text,
        html=html,
        message_id=f"<{date:%Y%m%d%H%M%S}.{token}@{domain}>",
        date=date,
    )
