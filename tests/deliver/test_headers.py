"""Every header of every message the product writes is valid (issue 13 "Header compliance").

Weekly messages, confirmations and manage-link emails, with non-ASCII titles, names and
subjects: each parses without defects in Python's ``email`` package, no line passes RFC
5322's 998 characters (folded ones stay within 78), every encoded-word is at most 75
characters (RFC 2047 section 2), and an RFC 2047 decoder gives back exactly the subject and
the sender's name (no space lost between two encoded-words, section 6.2).
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import re
from email.header import decode_header, make_header
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsletter.deliver.backends.outbox import OutboxSender
from newsletter.deliver.message import Identity, message_bytes, weekly_message
from newsletter.deliver.ports import Outgoing
from newsletter.models import RenderedEmail

ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")
# Printable text a title, name or subject may hold: no control characters, no surrogates,
# no line or paragraph separators (a subject is one line).
TEXT = (
    st.text(
        alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp", "Co", "Cn")),
        min_size=1,
        max_size=160,
    )
    .map(lambda text: " ".join(text.split()))
    .filter(bool)
)
DOMAINS = st.sampled_from(
    ["example.com", "bücher.example.com", "münchen.de", "例え.jp", "xn--bcher-kva.example"]
)
LOCAL = st.from_regex(r"[a-z0-9][a-z0-9._+-]{0,30}", fullmatch=True).filter(
    lambda local: ".." not in local and not local.endswith(".")
)
NOW = dt.datetime(2026, 11, 30, 7, 0, tzinfo=dt.UTC)


def _rendered(subject: str) -> RenderedEmail:
    return RenderedEmail(
        issue_id="2026-W48",
        field_set=frozenset({"ai"}),
        subject=subject,
        preheader="",
        html="<p>Hello</p><a href='%%unsubscribe_url%%'>unsubscribe</a>",
        text="Hello\n%%unsubscribe_url%%\n",
    )


def _header_block(data: bytes) -> str:
    return data.split(b"\r\n\r\n", 1)[0].decode("ascii")


def _unfolded(block: str) -> dict[str, str]:
    """Raw header values by lower-cased name, continuation lines joined (RFC 5322 2.2.3)."""
    values: dict[str, str] = {}
    for field in re.split(r"\r\n(?![ \t])", block):
        name, _, value = field.partition(":")
        values[name.lower()] = value.replace("\r\n", "").strip()
    return values


def _decoded(raw: str) -> str:
    """Decode a header value as an RFC 2047 reader does (whitespace between encoded-words dropped)."""
    return str(make_header(decode_header(raw)))


def check_headers(data: bytes) -> EmailMessage:
    """Assert every header rule on one message's bytes; return it parsed."""
    block = _header_block(data)
    for line in block.split("\r\n"):
        assert len(line) <= 998, line[:80]
        for word in ENCODED_WORD.findall(line):
            assert len(word) <= 75, word
        if ENCODED_WORD.search(line):
            assert len(line) <= 78, line
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    assert message.defects == []
    for name, value in message.items():
        assert list(getattr(value, "defects", ())) == [], (name, value)
    for part in message.walk():
        assert part.defects == []
    return message


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(subject=TEXT, from_name=TEXT, local=LOCAL, domain=DOMAINS)
def test_weekly_messages_have_valid_headers(
    subject: str, from_name: str, local: str, domain: str
) -> None:
    """Any subject and sender name, any recipient domain: valid, decodable headers."""
    identity = Identity("news@example.com", from_name, "unsubscribe@example.com")
    item = Outgoing("sub-1", f"{local}@{domain}", "https://n.test/u/tok", "https://n.test/p/tok")
    data = message_bytes(
        weekly_message(
            identity, "2026-W48", _rendered(subject), item, domain="example.com", date=NOW
        )
    )

    message = check_headers(data)

    raw = _unfolded(_header_block(data))
    assert _decoded(raw["subject"]) == subject
    if from_name.isascii():
        assert parseaddr(raw["from"]) == (from_name, "news@example.com")
    else:
        display, _, address = raw["from"].rpartition(" ")
        assert (_decoded(display), address) == (from_name, "<news@example.com>")
    assert message["From"].addresses[0].addr_spec == "news@example.com"
    assert raw["to"].isascii()  # the domain in IDNA form, never an encoded-word
    assert "=?" not in raw["to"]
    assert raw["list-unsubscribe"].startswith("<https://n.test/u/tok>")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=TEXT, from_name=TEXT)
def test_confirmation_and_manage_emails_have_valid_headers(title: str, from_name: str) -> None:
    """The subscribe flow's two emails, with the newsletter's title in the subject."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        sender = OutboxSender(Path(folder), Identity("news@example.com", from_name, None))
        subjects = [f"Confirm your subscription to {title}", f"Your {title} subscription"]
        for subject in subjects:
            sender.send_single(
                to_email="ada@bücher.example.com", subject=subject, html="<p>x</p>", text="x"
            )
        written = sorted((Path(folder) / "transactional").glob("*.eml"))
        assert len(written) == 2
        found = set()
        for path in written:
            data = path.read_bytes()
            check_headers(data)
            found.add(_decoded(_unfolded(_header_block(data))["subject"]))
    assert found == set(subjects)


def test_case_06_an_idn_recipient_gets_an_idna_to_header() -> None:
    """leser@bücher.example.com: To is leser@xn--bcher-kva.example.com, no encoded-word."""
    item = Outgoing("s", "leser@bücher.example.com", "https://n.test/u/t", "https://n.test/p/t")
    identity = Identity("news@example.com", "News", None)
    data = message_bytes(
        weekly_message(identity, "2026-W48", _rendered("Hi"), item, domain="example.com", date=NOW)
    )

    message = check_headers(data)

    assert message["To"] == "leser@xn--bcher-kva.example.com"
    assert "=?" not in _unfolded(_header_block(data))["to"]
