"""Two schools with staff, a company with an account, and an offering: the inquiry tests' world."""

from dataclasses import dataclass

import pytest
from django.core.cache import cache

from accounts.models import AccountKind, Organisation, OrganisationMembership
from schools.tenancy import grant_school_role
from tests.accounts.factories import make_account
from tests.offerings.factories import make_offering
from tests.schools.factories import make_school


@dataclass
class Market:
    school_a: object
    school_b: object
    offering_a: object
    offering_b: object
    teacher_a: object
    coordinator_a: object
    teacher_b: object
    buyer: object
    company: object
    catering: object


@pytest.fixture(autouse=True)
def _fresh_rate_limits(db):
    """Rate limits count in the cache: each test starts with none spent."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def market(site_tree, catering):
    _homes, directories = site_tree
    school_a = make_school(directories["lt"], "Kauno maisto mokykla", categories=[catering], country="LT")
    school_b = make_school(directories["lv"], "Rīgas tehnikums", categories=[catering], country="LV")
    offering_a = make_offering(school_a, "Šventinis tortas", categories=[catering])
    offering_b = make_offering(school_b, "Kūkas", categories=[catering])
    teacher_a = make_account("teacher.a@example.org", kind=AccountKind.SCHOOL_STAFF, language="lt")
    coordinator_a = make_account("coordinator.a@example.org", kind=AccountKind.SCHOOL_STAFF, language="en")
    teacher_b = make_account("teacher.b@example.org", kind=AccountKind.SCHOOL_STAFF, language="lv")
    grant_school_role(school_a, teacher_a, "editor")
    grant_school_role(school_a, coordinator_a, "moderator")
    grant_school_role(school_b, teacher_b, "editor")
    buyer = make_account("buyer@example.com", kind=AccountKind.COMPANY, language="it")
    company = Organisation.objects.create(name="Dolci Srl", country="IT")
    OrganisationMembership.objects.create(organisation=company, user=buyer, status="approved", is_admin=True)
    return Market(
        school_a, school_b, offering_a, offering_b, teacher_a, coordinator_a, teacher_b, buyer, company, catering
    )
