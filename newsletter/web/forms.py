"""Form reading and the CSRF handshake shared by the human forms."""

from __future__ import annotations

from collections.abc import Mapping

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse

from newsletter.web.context import WebContext
from newsletter.web.security import CSRF_COOKIE, CSRF_FIELD

# Forms here are tiny; refuse anything bigger before parsing it.
MAX_FORM_FIELDS = 64
MAX_PART_SIZE = 16 * 1024


async def read_form(request: Request) -> FormData:
    """Parse a urlencoded or multipart body (an empty FormData for any other type).

    Malformed multipart bodies become a 400 through starlette's HTTPException.
    """
    return await request.form(max_files=0, max_fields=MAX_FORM_FIELDS, max_part_size=MAX_PART_SIZE)


def text_value(form: FormData, name: str) -> str:
    """Return the form's text value for ``name`` ('' when absent or a file)."""
    value = form.get(name)
    return value if isinstance(value, str) else ""


def text_values(form: FormData, name: str) -> list[str]:
    """Return every text value for ``name`` (checkbox groups)."""
    return [value for value in form.getlist(name) if isinstance(value, str)]


def csrf_is_valid(request: Request, context: WebContext, form: FormData) -> bool:
    """Tell whether the form's CSRF token matches the request's CSRF cookie."""
    return context.csrf.is_valid(request.cookies.get(CSRF_COOKIE), text_value(form, CSRF_FIELD))


def form_page(
    request: Request,
    context: WebContext,
    template: str,
    values: Mapping[str, object],
    *,
    status_code: int = 200,
) -> HTMLResponse:
    """Render a page holding forms: add the CSRF token and (re)set the cookie it pairs with."""
    cookie = request.cookies.get(CSRF_COOKIE)
    is_new = not context.csrf.is_plausible_cookie(cookie)
    if cookie is None or is_new:
        cookie = context.csrf.new_cookie_value()
    page_values = {**values, "csrf_token": context.csrf.token_for(cookie)}
    response = context.pages.response(template, page_values, status_code=status_code)
    if is_new:
        response.set_cookie(
            CSRF_COOKIE,
            cookie,
            httponly=True,
            samesite="strict",
            secure=context.csrf.secure_cookie,
            path="/",
        )
    return response
