"""Search through the API answers as the website's search does, as JSON."""

from urllib.parse import parse_qs, urlparse

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.models import SearchLog
from tests.api.test_api import get, titles
from tests.offerings.factories import make_offering

pytestmark = pytest.mark.django_db
URL = "/api/v1/search"


def facet(data, name):
    return {value["value"]: value for value in next(f for f in data["facets"] if f["name"] == name)["values"]}


def test_search_returns_full_items_and_facet_counts(client, catalogue):
    data = get(client, URL, q="catering")
    assert data["total"] == 4
    assert data["engine"] == "database" and data["degraded"] is False
    assert titles(data) == {
        "Furšetas renginiams",
        "Obsługa przyjęć firmowych",
        "Buffet per eventi aziendali",
        "Coffee breaks for meetings",
    }
    item = next(item for item in data["items"] if item["title"] == "Furšetas renginiams")
    # The same item shape as the offerings listing: language, school, price, translations.
    assert item["locale"] == "lt"
    assert item["school"]["title"] == "Kauno technikos mokykla"
    assert item["price"]["model"] == "from"
    assert item["api_url"].endswith(f"/api/v1/offerings/{item['id']}")
    countries = facet(data, "country")
    assert {value: countries[value]["count"] for value in countries} == {"LT": 1, "PL": 1, "IT": 1, "IE": 1}
    assert countries["IT"]["label"] == "Italy"


def test_api_and_website_agree(client, catalogue):
    params = {"q": "torty", "country": ["PL", "LT"], "sort": "newest"}
    website = client.get("/en/search/", params).context["response"]
    api = get(client, URL, **params)
    assert api["total"] == website.total
    assert [item["id"] for item in api["items"]] == [page.pk for page in website.hits]
    for name, counts in website.facet_counts.items():
        api_counts = {value: entry["count"] for value, entry in facet(api, name).items()} if counts else {}
        assert api_counts == {value: count for value, count in counts.items() if count}, name


def test_facets_are_disjunctive_and_selected_values_are_marked(client, catalogue):
    data = get(client, URL, category="web-design", country="LV")
    assert titles(data) == {"Mājaslapu izstrāde"}
    countries = facet(data, "country")
    assert {value: entry["count"] for value, entry in countries.items()} == {"LV": 1, "PL": 1, "PT": 1}
    assert countries["LV"]["selected"] is True
    assert countries["PL"]["selected"] is False


def test_locale_sets_labels_and_prefers_translations(client, catalogue):
    data = get(client, URL, q="kėdės", locale="lt")
    assert data["items"][0]["title"] == "Ąžuolinės kėdės"
    assert facet(data, "country")["LT"]["label"] == "Lietuva"
    kind = next(f for f in data["facets"] if f["name"] == "kind")
    assert kind["label"] == "Produktas ar paslauga"


def test_paging_links_keep_the_parameters(client, catalogue):
    _offerings, schools, _categories = catalogue
    for number in range(7):
        make_offering(schools["cork"], f"Joinery sample {number}", summary="Oak joinery sample board.")
    first = get(client, URL, q="joinery", limit=5)
    assert (first["total"], first["page_count"], len(first["items"])) == (7, 2, 5)
    assert first["previous"] is None
    query = parse_qs(urlparse(first["next"]).query)
    assert query == {"q": ["joinery"], "limit": ["5"], "page": ["2"]}
    second = get(client, first["next"])
    assert len(second["items"]) == 2 and second["next"] is None
    assert not titles(first) & titles(second)


def test_second_chances_and_nothing_found(client, catalogue):
    corrected = get(client, URL, q="catterring")
    assert corrected["corrected_from"] == "catterring"
    assert corrected["total"] == 4
    nothing = get(client, URL, q="zzqxv")
    assert nothing["total"] == 0 and nothing["items"] == []
    assert nothing["nearest_categories"]
    assert {"code", "name"} <= set(nothing["nearest_categories"][0])


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"country": "XX"}, "country"),
        ({"category": "Bad Code!"}, "category"),
        ({"kind": "gift"}, "kind"),
        ({"lead": "5"}, "lead"),
        ({"sort": "price"}, "sort"),
        ({"page": "0"}, "page"),
        ({"limit": "500"}, "limit"),
        ({"locale": "de"}, "locale"),
        ({"q": "x" * 1001}, "q"),
    ],
)
def test_malformed_values_are_refused_with_the_parameter_named(client, catalogue, params, parameter):
    data = get(client, URL, status=422, **params)
    assert [problem["parameter"] for problem in data["errors"]] == [parameter]


def test_unknown_but_well_formed_values_are_dropped_with_a_notice(client, catalogue):
    data = get(client, URL, category="no-such-category")
    assert data["total"] == 14
    assert data["notices"] == ["Some filters in the link are not known and were ignored."]
    long = get(client, URL, q="cake " * 60)
    assert long["notices"] == ["Your search was long, so only its beginning was used."]


def test_drafts_and_private_pages_are_never_found(client, catalogue):
    offerings, _schools, _categories = catalogue
    offerings["pl_web"].unpublish()
    assert "Strony internetowe dla firm" not in titles(get(client, URL, q="strony"))


def test_api_searches_are_logged_as_api(client, catalogue):
    get(client, URL, q="write to anna@example.com")
    log = SearchLog.objects.get()
    assert log.source == "api"
    assert "anna@example.com" not in log.query


def test_query_count_does_not_grow_with_the_page_size(client, catalogue):
    get(client, URL)  # the first search fills per-process caches (locales, categories)
    counts = []
    for limit in (2, 14):
        with CaptureQueriesContext(connection) as queries:
            get(client, URL, limit=limit)
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
