"""SendGrid request bodies: ``mail_body`` (any request) and ``VariantPayload`` (weekly batches).

A weekly request carries up to 1000 personalizations that differ only in the address, the
personal links (unsubscribe, preferences, and the verdict-feedback base when the email has
the feedback line) and the opaque subscriber id. The shared part (sender, subject, content, tracking,
categories) is encoded once per variant; each personalization is a few string joins around
C-encoded values, which costs a fraction of ``json.dumps`` on nested dicts. The result is
the same JSON document ``mail_body`` describes (the tests compare them).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from json.encoder import encode_basestring_ascii as _quoted
from typing import Any

from newsletter.deliver.message import Identity, ascii_address, list_unsubscribe_headers
from newsletter.errors import DeliveryError
from newsletter.models import (
    FEEDBACK_URL_PLACEHOLDER,
    PREFERENCES_URL_PLACEHOLDER,
    UNSUBSCRIBE_URL_PLACEHOLDER,
    RenderedEmail,
)

# SendGrid's documented limit of personalizations per mail-send request.
MAX_PERSONALIZATIONS = 1000
JsonObject = dict[str, Any]
# The custom_args key of our opaque subscriber id (the event webhook reads it back).
SUBSCRIBER_ID_ARG = "subscriber_id"
ISSUE_ID_ARG = "issue_id"
_MARK = "\x00"
_PERSONAL_ANCHOR = re.compile(
    r"(<a\b[^>]*?)\s(href=\"(?:"
    + re.escape(UNSUBSCRIBE_URL_PLACEHOLDER)
    + "|"
    + re.escape(PREFERENCES_URL_PLACEHOLDER)
    + "|"
    + re.escape(FEEDBACK_URL_PLACEHOLDER)
    + "))"
)


def tracking_settings(*, track_opens: bool, track_clicks: bool) -> JsonObject:
    """Return ``tracking_settings``: open and click tracking as configured (both off by default)."""
    return {
        "click_tracking": {"enable": track_clicks, "enable_text": False},
        "open_tracking": {"enable": track_opens},
        "subscription_tracking": {"enable": False},
    }


def mail_body(
    *,
    from_email: str,
    from_name: str,
    subject: str,
    text: str,
    html: str,
    personalizations: Sequence[JsonObject],
    categories: Sequence[str] = (),
    track_opens: bool = False,
    track_clicks: bool = False,
) -> JsonObject:
    """Build a mail-send request body: shared content (text, then HTML) and the envelopes.

    Raises DeliveryError when there are no personalizations or more than 1000 (the API's
    limits; the published schema forgets the lower one).
    """
    if not personalizations or len(personalizations) > MAX_PERSONALIZATIONS:
        message = (
            f"A SendGrid request needs 1 to {MAX_PERSONALIZATIONS} personalizations, "
            f"got {len(personalizations)}; this is a bug in the batching, please report it."
        )
        raise DeliveryError(message)
    body: JsonObject = {
        "personalizations": list(personalizations),
        "from": {"email": from_email, "name": from_name},
        "subject": subject,
        "content": [
            {"type": "text/plain", "value": text},
            {"type": "text/html", "value": html},
        ],
        "tracking_settings": tracking_settings(track_opens=track_opens, track_clicks=track_clicks),
    }
    if categories:
        body["categories"] = list(categories)
    return body


def untracked_personal_links(html: str) -> str:
    """Mark each anchor whose href is a personal link ``clicktracking=off``.

    SendGrid's click tracking rewrites ``http(s)`` hrefs into redirects; an href that *starts*
    with a substitution tag is already left alone, and ``clicktracking=off`` before the href
    (SendGrid's documented per-link switch) makes sure the unsubscribe and preference links
    are never rewritten even when click tracking is on.
    """
    return _PERSONAL_ANCHOR.sub(r"\1 clicktracking=off \2", html)


class VariantPayload:
    """Build the mail-send bodies of one rendered variant of an issue."""

    def __init__(
        self,
        *,
        issue_id: str,
        rendered: RenderedEmail,
        identity: Identity,
        track_opens: bool = False,
        track_clicks: bool = False,
    ) -> None:
        """Encode the shared part once; ``categories`` carry only the issue id."""
        html = untracked_personal_links(rendered.html) if track_clicks else rendered.html
        shared = mail_body(
            from_email=identity.from_email,
            from_name=identity.from_name,
            subject=rendered.subject,
            text=rendered.text,
            html=html,
            personalizations=[{}],
            categories=[issue_id],
            track_opens=track_opens,
            track_clicks=track_clicks,
        )
        del shared["personalizations"]
        # Encoded once: the personalizations are ASCII (escaped), the shared HTML often is
        # not, and one str holding both would store every character in 2 or 4 bytes.
        self._suffix = ("]," + json.dumps(shared, ensure_ascii=False)[1:]).encode("utf-8")
        header = list_unsubscribe_headers(_MARK, identity.unsubscribe_mailto)
        before, after = header["List-Unsubscribe"].split(_MARK)
        to = '{"to":[{"email":'
        unsubscribe = '}],"substitutions":{' + _quoted(UNSUBSCRIBE_URL_PLACEHOLDER) + ":"
        preferences = "," + _quoted(PREFERENCES_URL_PLACEHOLDER) + ":"
        # The feedback base is one more substitution, only in emails with the feedback line:
        # about 100 bytes, well inside SendGrid's 10,000 bytes of substitutions per
        # personalization (mail-send API limits).
        self.has_feedback = FEEDBACK_URL_PLACEHOLDER in rendered.text
        feedback = "," + _quoted(FEEDBACK_URL_PLACEHOLDER) + ":"
        header_open = '},"headers":{"List-Unsubscribe":' + _quoted(before)[:-1]
        header_close = (
            _quoted(after)[1:]
            + ',"List-Unsubscribe-Post":'
            + _quoted(header["List-Unsubscribe-Post"])
            + '},"custom_args":{'
            + _quoted(ISSUE_ID_ARG)
            + ":"
            + _quoted(issue_id)
            + ","
            + _quoted(SUBSCRIBER_ID_ARG)
            + ":"
        )
        # The fixed pieces as one %-template: one format call per personalization, filled
        # with the address, the two links, the unsubscribe URL again (bare, inside the
        # header's angle brackets) and the subscriber id, each JSON-quoted.
        # With the feedback line, its base URL comes right after the preferences URL.
        fixed: tuple[str, ...] = (to, unsubscribe, preferences, header_open, header_close)
        if self.has_feedback:
            fixed = (to, unsubscribe, preferences, feedback, header_open, header_close)
        self._template = "%s".join(part.replace("%", "%%") for part in fixed) + "%s}}"

    def personalization(
        self,
        subscriber_id: str,
        email: str,
        unsubscribe_url: str,
        preferences_url: str,
        feedback_url: str = "",
    ) -> str:
        """Return one personalization as JSON text: one ``to``, its links, headers and ids."""
        return self.body_personalizations(
            [(subscriber_id, email, unsubscribe_url, preferences_url, feedback_url)]
        )[0]

    def body_for(self, batch: Sequence[tuple[str, str, str, str, str]]) -> bytes:
        """Return the request body of ``(id, address, unsubscribe, preferences, feedback)`` rows.

        The same bytes as ``body`` over ``personalization`` of each row, built with one
        template per row (the send path's hot loop: a million rows on a large list).
        """
        return self.body(self.body_personalizations(batch))

    def body_personalizations(self, batch: Sequence[tuple[str, str, str, str, str]]) -> list[str]:
        """Return the personalization JSON texts of ``batch`` (rows as in ``body_for``)."""
        template = self._template
        with_feedback = self.has_feedback
        personalizations = []
        for subscriber_id, email, unsubscribe_url, preferences_url, feedback_url in batch:
            unsubscribe = _quoted(unsubscribe_url)
            # Domains in IDNA form (RFC 5891). A non-ASCII local part never gets here: the
            # send manager refuses it before sending (SendGrid would accept and drop it).
            address = _quoted(email if email.isascii() else ascii_address(email))
            if with_feedback:
                values: tuple[str, ...] = (
                    address,
                    unsubscribe,
                    _quoted(preferences_url),
                    _quoted(feedback_url),
                    unsubscribe[1:-1],
                    _quoted(subscriber_id),
                )
            else:
                values = (
                    address,
                    unsubscribe,
                    _quoted(preferences_url),
                    unsubscribe[1:-1],
                    _quoted(subscriber_id),
                )
            personalizations.append(template % values)
        return personalizations

    def body(self, personalizations: Sequence[str]) -> bytes:
        """Return the UTF-8 request body around already-built personalizations.

        Raises DeliveryError outside the API's 1 to 1000 personalizations per request.
        """
        if not 1 <= len(personalizations) <= MAX_PERSONALIZATIONS:
            message = (
                f"A SendGrid request needs 1 to {MAX_PERSONALIZATIONS} personalizations, "
                f"got {len(personalizations)}; this is a bug in the batching, please report it."
            )
            raise DeliveryError(message)
        joined = ",".join(personalizations).encode("utf-8")  # ASCII from ``_quoted``: a copy
        return b'{"personalizations":[' + joined + self._suffix
