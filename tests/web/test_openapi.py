"""schemathesis against the app's own OpenAPI description: no input makes it fail with a 5xx."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
import schemathesis
from cryptography.hazmat.primitives.asymmetric import ec
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, status_code_conformance

from newsletter.config import Settings
from newsletter.deliver.job import send_issue
from newsletter.editorial import EditorialConfig
from newsletter.issues import freeze_issue
from newsletter.web.app import create_app
from newsletter.web.ratelimit import RateLimits
from newsletter.weeks import parse_week
from subscribers.feedback_tokens import FeedbackTokens
from tests.factories import make_issue
from tests.web.conftest import add_reader
from tests.web.test_webhook import public_key_text


def test_openapi_describes_every_reader_route(
    settings: Settings, editorial: EditorialConfig
) -> None:
    """The description lists the reader routes, the webhook and /healthz."""
    app = create_app(settings, editorial)
    try:
        paths = set(app.openapi()["paths"])
    finally:
        app.state.engine.dispose()
    assert paths == {
        "/u/{token}",
        "/subscribe",
        "/confirm/{token}",
        "/preferences/{token}",
        "/archive",
        "/archive/{issue_id}",
        "/archive/feed.xml",
        "/archive/field/{slug}",
        "/healthz",
        "/webhooks/sendgrid",
        "/feedback/{token}/{field}/{vote}",
    }


# Any valid P-256 public key: generated requests cannot sign, so they must all get 4xx.
WEBHOOK_KEY = public_key_text(ec.generate_private_key(ec.SECP256R1()))
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance]
RUN = settings(
    max_examples=8,
    deadline=None,
    database=None,  # no example database on disk: runs stay independent
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


def run_operation(strategy: Any) -> None:
    """Draw cases from ``strategy`` and call the app with each, validating the response."""

    @RUN
    @given(case=strategy)
    def check(case: Any) -> None:
        case.call_and_validate(checks=CHECKS)

    check()


@pytest.mark.slow
def test_no_server_errors(settings: Settings, editorial: EditorialConfig) -> None:
    """Valid, invalid and real-token requests to every operation never get a 5xx or an undocumented answer."""
    configured = settings.model_copy(update={"sendgrid_webhook_public_key": WEBHOOK_KEY})
    app = create_app(
        configured,
        editorial,
        limits=RateLimits(per_ip=100_000, per_address=100_000, per_mailbox=100_000),
    )
    web = app.state.web
    reader = add_reader(web.store)
    freeze_issue(app.state.engine, make_issue())  # 2026-W48: quantum and ai
    send_issue(configured, editorial, app.state.engine, parse_week("2026-W48"))
    feedback = FeedbackTokens(configured.all_secret_keys()).token("2026-W48", reader.id)
    real_tokens: dict[str, dict[str, str]] = {
        "/u/{token}": {"token": web.signer.manage_token(reader.id)},
        "/preferences/{token}": {"token": web.signer.manage_token(reader.id)},
        "/confirm/{token}": {"token": web.signer.confirm_token(reader.id)},
        # The reader's own link to a field of their email: the routes' success paths.
        "/feedback/{token}/{field}/{vote}": {"token": feedback, "field": "quantum", "vote": "no"},
        # The sent issue's web version and a field page with a week in it.
        "/archive/{issue_id}": {"issue_id": "2026-W48"},
        "/archive/field/{slug}": {"slug": "quantum"},
    }
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = 0
    try:
        for result in schema.get_all_operations():
            operation = result.ok()
            operations += 1
            run_operation(operation.as_strategy(GenerationMode.POSITIVE))
            # Unsatisfiable: nothing in this operation can be made invalid (no parameters).
            with contextlib.suppress(Unsatisfiable):
                run_operation(operation.as_strategy(GenerationMode.NEGATIVE))
            real = real_tokens.get(operation.path)
            if real is not None:
                run_operation(operation.as_strategy(path_parameters=real))
    finally:
        web.close()
        app.state.engine.dispose()
    assert operations == 16
