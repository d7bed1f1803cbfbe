"""The web version of an issue: the compiled email's styles and body, for the site's frame.

The archive page wraps the email in the site's header, back link and subscribe box, so it
takes the email's ``<style>`` blocks (MJML's column rules, the dark palette) into the page's
head and its ``<body>`` content into the page's main landmark. The HTML is our own compiled
template output (feed text in it is escaped), never a reader's input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup

from newsletter.errors import TemplateError

_STYLE = re.compile(r"<style\b[^>]*>(.*?)</style>", re.S | re.I)
_BODY = re.compile(r"<body\b[^>]*>(.*)</body>", re.S | re.I)
_HEAD = re.compile(r"<head\b[^>]*>(.*?)</head>", re.S | re.I)
# MJML's own resets that would restyle the site around the email (the body margin, every p).
_SITE_WIDE = re.compile(r"(?m)^\s*(body|p)\s*\{[^}]*\}\s*$")


@dataclass(frozen=True, slots=True)
class WebVersion:
    """The parts of a compiled email that a site page embeds."""

    styles: Markup  # CSS text of every <style> block, MJML's page-wide resets left out
    body: Markup  # the HTML inside <body>


def web_version(html: str, issue_id: str) -> WebVersion:
    """Split a compiled email into styles and body. Raises TemplateError when it has no body."""
    head = _HEAD.search(html)
    body = _BODY.search(html)
    if body is None:
        message = (
            f"The web version of {issue_id} has no <body>; check templates/email/layout.mjml.j2."
        )
        raise TemplateError(message)
    styles = "\n".join(_STYLE.findall(head.group(1) if head else ""))
    return WebVersion(
        styles=Markup(_SITE_WIDE.sub("", styles).replace("</", "<\\/")),
        body=Markup(body.group(1)),
    )
