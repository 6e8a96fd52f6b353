"""Schemathesis throws generated requests at every operation of the OpenAPI document.

Each answer must be documented (status, content type, body shape) and none
may be a server error. Bounded to a few dozen examples per operation, drawn
the same way on every run so CI is repeatable; change `derandomize` locally
to explore new examples.
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from portal.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def connection_kept_open():
    """Calling the WSGI app directly would close the test's database connection after each request.

    Django's test client avoids that the same way: by not closing connections between requests.
    """
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(max_examples=30, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_every_answer_matches_the_document(case, catalogue):
    # A cursor is an opaque token: one the API did not make is a documented 400, not a valid request.
    excluded = [positive_data_acceptance] if (case.query or {}).get("cursor") else []
    case.call_and_validate(excluded_checks=excluded)
