"""Whether listed pages are originals costs a translator's admin listing the same queries however many it lists.

(wagtail-localize itself still asks two questions per listed page, for its
"Translate" button; those are not counted here.)
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.offerings.factories import make_offering
from tests.translations.test_translators import translator


def test_a_translator_s_explorer_listing_does_not_grow_with_its_pages(client, django_user_model, catalogue):
    _offerings, schools, categories = catalogue
    translator(django_user_model, client, "lv", "liga")
    school = schools["riga"]
    url = f"/admin/pages/{school.pk}/"
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    for number in range(8):
        make_offering(school, f"Krēsls {number}", categories=[categories["furniture"]])
    client.get(url)
    with CaptureQueriesContext(connection) as many:
        assert client.get(url).status_code == 200
    # One per level of the tree shown (the listed pages, their parent and its ancestors), not per page.
    assert originals_asked(many) == originals_asked(few) <= 8


def originals_asked(queries):
    """Queries that look for the versions of a translation group (ours: which version is the original)."""
    return sum(
        1
        for query in queries.captured_queries
        if "translation_key" in query["sql"]
        and "MIN(" in query["sql"].upper()
        or ('"translation_key" = ' in query["sql"] and "ORDER BY" in query["sql"] and "LIMIT 1" in query["sql"])
    )
