import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_rate_limit(db):
    """Each test starts with no failed logins counted (axes keeps them in the database and the cache)."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def school(site_tree):
    from tests.schools.factories import make_school

    _homes, directories = site_tree
    return make_school(directories["lt"], "Kauno paslaugų mokykla", slug="kauno-paslaugu")
