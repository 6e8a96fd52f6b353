"""The facts facets count from are cached per language; every change to what they hold is seen by the next search."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.engine import search_offerings
from search.models import CatalogueVersion
from search.query import SearchRequest
from tests.offerings.factories import make_offering


def browse(language="en", **filters):
    params = {name: [value] for name, value in filters.items()}
    return search_offerings(SearchRequest.from_params(params, language), source="")


def test_a_second_browse_reads_no_offering_rows(catalogue):
    browse()
    with CaptureQueriesContext(connection) as queries:
        browse()
    assert not any("offerings_offeringpage_categories" in query["sql"] for query in queries.captured_queries)


def test_new_unpublished_moved_and_recategorised_offerings_are_counted_at_once(catalogue):
    offerings, schools, categories = catalogue
    before = browse()
    irish_catering = before.facet_counts["country"].get("IE", 0)

    stool = make_offering(schools["cork"], "Oak stool", categories=[categories["catering"]])
    after = browse()
    assert after.total == before.total + 1
    assert after.facet_counts["country"]["IE"] == irish_catering + 1

    # Put in another category through a published revision.
    stool.categories = [categories["furniture"]]
    stool.save_revision().publish()
    assert stool.pk in browse(category="furniture").hit_ids
    assert stool.pk not in browse(category="catering").hit_ids

    # A school moving country takes its offerings' country with it.
    schools["cork"].country = "PT"
    schools["cork"].save_revision().publish()
    assert browse().facet_counts["country"].get("IE", 0) == 0

    stool.unpublish()
    assert browse().total == before.total


def test_a_change_made_by_another_process_is_seen(catalogue):
    offerings, _schools, _categories = catalogue
    total = browse().total
    # Another web process unpublishes an offering: only the database tells this one.
    page = next(iter(offerings.values()))
    type(page).objects.filter(pk=page.pk).update(live=False)
    assert browse().total == total  # this process has not heard of it
    CatalogueVersion.objects.create(token="changed-elsewhere")
    assert browse().total == total - 1


def test_old_versions_are_pruned_and_the_newest_names_the_facts(db):
    from search.facts import VERSIONS_KEPT, catalogue_token, new_catalogue_version

    for _ in range(VERSIONS_KEPT * 2 + 5):
        new_catalogue_version()
    newest = CatalogueVersion.objects.order_by("-pk").first()
    assert catalogue_token() == newest.token
    # Every hundredth version deletes those a hundred older: fewer than 205 remain, whatever ids the database gives.
    assert CatalogueVersion.objects.count() < 2 * VERSIONS_KEPT
