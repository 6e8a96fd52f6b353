import pytest
from django.contrib.auth import get_user_model
from django.core.cache import caches

from tests.schools.factories import make_school


@pytest.fixture
def school(site_tree, catering):
    homes, directories = site_tree
    return make_school(directories["en"], "Kaunas Service School", slug="kaunas", categories=[catering])


@pytest.fixture
def other_school(site_tree, catering):
    homes, directories = site_tree
    return make_school(directories["en"], "Riga Craft School", slug="riga", country="LV", categories=[catering])


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.fixture(autouse=True)
def fresh_rendition_cache():
    """Wagtail caches renditions by image id; ids come back after a test's rollback, stale renditions must not."""
    for cache in caches.all():
        cache.clear()
