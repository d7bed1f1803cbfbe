"""``/healthz``: up when the database answers, 503 when it does not."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi import FastAPI
from fastapi.testclient import TestClient

from newsletter.web.app import app_from_environment
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


def test_app_factory_reads_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`uvicorn --factory newsletter.web.app:app_from_environment` builds the app from NEWSLETTER_*."""
    monkeypatch.chdir(tmp_path)  # no stray .env
    monkeypatch.setenv("NEWSLETTER_DATABASE_URL", f"sqlite:///{tmp_path / 'factory.db'}")
    monkeypatch.setenv("NEWSLETTER_BASE_URL", "https://news.example.org")
    monkeypatch.setenv("NEWSLETTER_SECRET_KEY", "factory-test-key-0123456789")
    app = app_from_environment()
    with TestClient(app) as client:
        assert client.get("/healthz").json()["status"] == "ok"
    assert app.state.web.links.unsubscribe_url("abc").startswith("https://news.example.org/u/")
    assert (tmp_path / "factory.db").exists()
