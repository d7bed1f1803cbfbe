"""Pieces of the OpenAPI description shared by the routes (HTML pages, form bodies)."""

from __future__ import annotations

from typing import Any


def html_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """Describe HTML responses with these status codes."""
    reasons = {
        200: "The page",
        303: "Redirect",
        400: "Invalid link or form",
        403: "Missing or stale form token",
        404: "No such subscriber or page",
        429: "Too many attempts",
        503: "A backend is unavailable",
    }
    return {
        code: {"description": reasons.get(code, "Page"), "content": {"text/html": {}}}
        for code in codes
    }


def form_body(properties: dict[str, dict[str, Any]], *, required: bool = True) -> dict[str, Any]:
    """Describe a form body accepted as urlencoded or multipart (``openapi_extra``)."""
    schema = {"type": "object", "properties": properties}
    return {
        "requestBody": {
            "required": required,
            "content": {
                "application/x-www-form-urlencoded": {"schema": schema},
                "multipart/form-data": {"schema": schema},
            },
        }
    }


CSRF_PROPERTY: dict[str, dict[str, Any]] = {"csrf_token": {"type": "string"}}
