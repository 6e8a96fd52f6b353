import pytest

from tests.home.factories import make_site
from tests.offerings.factories import make_category
from tests.search.factories import CATEGORIES, make_catalogue


@pytest.fixture
def site_tree(db):
    """Homes and directories in six languages: (homes, directories) keyed by language."""
    return make_site()


@pytest.fixture
def catering(db):
    return make_category("catering", "1013", CATEGORIES["catering"])


@pytest.fixture
def catalogue(db):
    """(offerings, schools, categories) of a small catalogue in six languages, for search and the API."""
    return make_catalogue()
