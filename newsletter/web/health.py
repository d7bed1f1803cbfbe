"""``/healthz``: the process is up and the database answers."""

from __future__ import annotations

from typing import Annotated

import sqlalchemy as sa
from fastapi import APIRouter, Depends
from starlette.concurrency import run_in_threadpool
from starlette.responses import JSONResponse

from newsletter.web.context import WebContext, web_context

router = APIRouter()


def database_is_reachable(engine: sa.Engine) -> bool:
    """Run ``SELECT 1``; tell whether it worked."""
    try:
        with engine.connect() as connection:
            connection.execute(sa.text("SELECT 1"))
    except sa.exc.SQLAlchemyError:
        return False
    return True


@router.get(
    "/healthz",
    responses={
        200: {"description": "Healthy", "content": {"application/json": {}}},
        503: {"description": "The database is unreachable", "content": {"application/json": {}}},
    },
)
async def healthz(context: Annotated[WebContext, Depends(web_context)]) -> JSONResponse:
    """Report ``ok`` when the database answers, else 503."""
    if await run_in_threadpool(database_is_reachable, context.engine):
        return JSONResponse({"status": "ok", "database": "ok"})
    return JSONResponse({"status": "error", "database": "unreachable"}, status_code=503)
