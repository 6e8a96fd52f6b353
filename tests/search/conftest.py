import pytest

from tests.search.factories import make_catalogue


@pytest.fixture
def catalogue(db):
    """(offerings, schools, categories) of the six-language test catalogue."""
    return make_catalogue()
