"""Schemathesis throws generated requests at every operation of the OpenAPI document.

Each answer must be documented (status, content type, body shape) and none
may be a server error. Bounded to a few dozen examples per operation.
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from portal.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)

pytestmark = pytest.mark.django_db


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_every_answer_matches_the_document(case, catalogue):
    # A cursor is an opaque token: one the API did not make is a documented 400, not a valid request.
    excluded = [positive_data_acceptance] if (case.query or {}).get("cursor") else []
    case.call_and_validate(excluded_checks=excluded)
