"""``/healthz``: up when the database answers, 503 when it does not."""

from __future__ import annotations

import dataclasses

import sqlalchemy as sa
from fastapi import FastAPI
from fastapi.testclient import TestClient

from newsletter.web.context import WebContext
from newsletter.web.health import database_is_reachable


def test_healthz_reports_ok(client: TestClient) -> None:
    """A running app with its database answers 200 ok as JSON."""
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_healthz_reports_an_unreachable_database(
    client: TestClient, app: FastAPI, web: WebContext
) -> None:
    """When the database cannot be opened, /healthz answers 503 (for the load balancer)."""
    broken = sa.create_engine("sqlite:////nonexistent-folder/for-sure/newsletter.db")
    try:
        app.state.web = dataclasses.replace(web, engine=broken)
        response = client.get("/healthz")
    finally:
        app.state.web = web
        broken.dispose()
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"
    assert database_is_reachable(web.engine)
