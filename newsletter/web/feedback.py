"""``/feedback/{token}/{field}/{vote}``: a reader says whether a field's verdict was right.

The email's "Was this call right? Yes · No" links land here. GET (and HEAD) only shows a
one-button page: link scanners and mail-security proxies fetch every link in an email, so
a GET must never count. POST records the vote (one per reader per field per issue; a second
POST replaces it, the same one again changes nothing), with an optional one-line comment.

The token is opaque (``subscribers.feedback_tokens``: encrypted issue and subscriber id)
and is the only authority, as for the RFC 8058 unsubscribe: there is no cookie or CSRF
token, since nobody without the link can build the request, and anyone holding it could press
the button anyway. The page shows no address and no id. POSTs are rate-limited per client IP
and per link, and bodies are capped before they are parsed. A link expires
once ``OPEN_ISSUES`` newer issues were sent (a clear page says so).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, cast
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse

from newsletter.feedback import ShownVerdict, ShownVerdicts
from newsletter.web.context import WebContext, client_ip, web_context
from newsletter.web.openapi import html_responses
from newsletter.web.ratelimit import SlidingWindowLimiter
from subscribers.errors import InvalidToken, UnknownSubscriber
from subscribers.feedback_tokens import FeedbackTicket, FeedbackTokens
from subscribers.votes import MAX_COMMENT_LENGTH, VOTE_VALUES, Vote, VoteStore, VoteValue

router = APIRouter()

PATH = "/feedback/{token}/{field}/{vote}"
# A comment of MAX_COMMENT_LENGTH characters, each up to 4 UTF-8 bytes percent-encoded (12
# bytes), fits in 4 KiB; a body bigger than that is not from our form.
MAX_BODY_BYTES = 4096
VOTES_PER_IP_PER_HOUR = 60  # a household or office behind one address, eight fields each
VOTES_PER_LINK_PER_HOUR = 20  # one reader's copy of an issue: a few changes of mind per field
WINDOW_SECONDS = 3600.0
# A quarter of weekly issues: votes on older verdicts say little about today's judgement, and
# a link in an old email should not stay a way to write to the database for ever. Counted in
# issues sent, not days, so a paused newsletter's last issues stay open.
OPEN_ISSUES = 13
NOT_IN_EMAIL = (
    "This link does not match a field of the email it came from. "
    "Use the Yes or No link under the field's verdict in your email."
)


@dataclass(frozen=True)
class FeedbackService:
    """The token opener, vote store, verdict lookup and rate limits the routes share."""

    tokens: FeedbackTokens
    votes: VoteStore
    shown: ShownVerdicts
    ip_limiter: SlidingWindowLimiter
    link_limiter: SlidingWindowLimiter

    @classmethod
    def build(cls, context: WebContext) -> FeedbackService:
        """Build the service over the app's engine and secret keys."""
        keys = context.settings.all_secret_keys()
        return cls(
            tokens=FeedbackTokens(keys),
            votes=VoteStore(context.engine),
            shown=ShownVerdicts(context.engine),
            ip_limiter=SlidingWindowLimiter(VOTES_PER_IP_PER_HOUR, WINDOW_SECONDS),
            link_limiter=SlidingWindowLimiter(VOTES_PER_LINK_PER_HOUR, WINDOW_SECONDS),
        )


async def feedback_service(request: Request) -> FeedbackService:
    """Return the app's FeedbackService, built on first use (a FastAPI dependency)."""
    service = getattr(request.app.state, "feedback", None)
    if service is None:
        # Two first requests at once may both build one: harmless, the last one is kept.
        service = FeedbackService.build(request.app.state.web)
        request.app.state.feedback = service
    return cast(FeedbackService, service)


Context = Annotated[WebContext, Depends(web_context)]
Service = Annotated[FeedbackService, Depends(feedback_service)]


async def _shown_verdict(
    context: WebContext, service: FeedbackService, token: str, field: str, vote: str
) -> tuple[FeedbackTicket, ShownVerdict, VoteValue]:
    """Open the token and find what the reader was shown (InvalidToken, UnknownSubscriber)."""
    ticket = service.tokens.verify(token)
    if await run_in_threadpool(service.shown.is_closed, ticket.issue_id, OPEN_ISSUES):
        message = (
            f"This feedback link has expired: readers' votes are taken on the latest "
            f"{OPEN_ISSUES} issues. Thank you all the same; use the links in a recent email."
        )
        raise InvalidToken(message)
    if vote not in VOTE_VALUES:
        raise UnknownSubscriber(NOT_IN_EMAIL)
    subscriber = await run_in_threadpool(context.store.get, ticket.subscriber_id)
    if subscriber.is_erased:
        message = "Nothing is on file for this link any more (the data was erased at the reader's request)."
        raise UnknownSubscriber(message)
    shown = await run_in_threadpool(
        service.shown.find, ticket.issue_id, ticket.subscriber_id, field
    )
    if shown is None:
        raise UnknownSubscriber(NOT_IN_EMAIL)
    return ticket, shown, vote


def _page(
    context: WebContext,
    token: str,
    shown: ShownVerdict,
    vote: VoteValue,
    current: Vote | None,
    *,
    recorded: bool = False,
    status_code: int = 200,
    error: str = "",
) -> HTMLResponse:
    values = {
        "title": "Was this call right?",
        "token": token,
        "shown": shown,
        "vote": vote,
        "other_vote": "yes" if vote == "no" else "no",
        "current": current,
        "recorded": recorded,
        "max_comment": MAX_COMMENT_LENGTH,
        "error": error,
    }
    return context.pages.response("feedback.html.j2", values, status_code=status_code)


@router.head(PATH, response_class=HTMLResponse, include_in_schema=False)
@router.get(PATH, response_class=HTMLResponse, responses=html_responses(200, 400, 404))
async def feedback_page(
    token: str, field: str, vote: str, context: Context, service: Service
) -> HTMLResponse:
    """Show the one-button page to record ``vote`` on ``field``'s verdict; records nothing."""
    ticket, shown, chosen = await _shown_verdict(context, service, token, field, vote)
    current = await run_in_threadpool(
        service.votes.current, ticket.issue_id, field, ticket.subscriber_id
    )
    return _page(context, token, shown, chosen, current)


@router.post(
    PATH,
    response_class=HTMLResponse,
    responses=html_responses(200, 400, 404, 413, 429),
    openapi_extra={
        "requestBody": {
            "required": False,
            "content": {
                "application/x-www-form-urlencoded": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "comment": {"type": "string", "maxLength": MAX_COMMENT_LENGTH}
                        },
                    }
                }
            },
        }
    },
)
async def record_feedback(
    request: Request, token: str, field: str, vote: str, context: Context, service: Service
) -> HTMLResponse:
    """Record the reader's vote on ``field``'s verdict (idempotent; a new vote replaces the old)."""
    ticket, shown, chosen = await _shown_verdict(context, service, token, field, vote)
    body = await _read_capped(request)
    if body is None:
        return context.pages.error(
            413,
            "That was too long",
            f"A comment is one line of at most {MAX_COMMENT_LENGTH} characters. Nothing was recorded; go back and shorten it.",
        )
    if not service.ip_limiter.hit(client_ip(request)) or not service.link_limiter.hit(token):
        response = context.pages.error(
            429,
            "Too many votes",
            "There were too many votes from here or with this link in the last hour. Nothing was recorded; please try again later.",
        )
        response.headers["retry-after"] = str(int(WINDOW_SECONDS))
        return response
    try:
        comment = _comment_from(body)
    except ValueError:  # more fields than the vote form has (parse_qs's max_num_fields)
        return context.pages.error(
            400,
            "That form was not ours",
            "The vote form has one comment field; this one had many more. Nothing was recorded; go back and use the buttons on the page.",
        )
    recorded = await context.write(
        service.votes.record,
        ticket.issue_id,
        field,
        ticket.subscriber_id,
        verdict=shown.verdict,
        vote=chosen,
        comment=comment,
    )
    return _page(context, token, shown, chosen, recorded, recorded=True)


async def _read_capped(request: Request) -> bytes | None:
    """Return the request body, or None as soon as it passes ``MAX_BODY_BYTES``."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        return None
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _comment_from(body: bytes) -> str | None:
    """Return the ``comment`` of a urlencoded body (None when absent; other types carry none).

    Raises ValueError for a body of more than 16 fields (the form has one): a crafted form,
    answered 400 by the caller.
    """
    text = body.decode("utf-8", "replace")
    values = parse_qs(text, keep_blank_values=False, max_num_fields=16)
    found = values.get("comment")
    return found[0] if found else None
