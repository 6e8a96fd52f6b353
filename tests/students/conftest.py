import pytest
from django.contrib.auth import get_user_model

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
