"""The search page as a company uses it: words, facets, sorting, paging, second chances and the log."""

from urllib.parse import parse_qs, urlencode, urlparse

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from search.models import SearchLog
from search.query import FACETS
from tests.offerings.factories import make_offering


def get(client, path, **params):
    response = client.get(path, params, follow=False)
    assert response.status_code == 200, response.status_code
    return response


def titles(response):
    return [page.title for page in response.context["response"].hits]


def facet_counts(response):
    return {
        facet.name: {value.value: value.count for value in values} for facet, values, _any in response.context["facets"]
    }


def test_search_finds_offerings_and_schools(client, catalogue):
    response = get(client, "/en/search/", q="catering")
    html = BeautifulSoup(response.content, "html.parser")

    assert response.context["response"].total == 4
    assert html.select_one("h2.result-count").get_text(strip=True) == "4 offerings"
    cards = html.select(".results .card:not(.card--school)")
    assert len(cards) == 4
    # Offerings in other languages say which language they are in, and name their school.
    lithuanian = next(card for card in cards if card["lang"] == "lt")
    assert lithuanian.select_one(".card__language").get_text(strip=True) == "In Lithuanian"
    assert "Kauno technikos mokykla · Kaunas, Lithuania" in lithuanian.select_one(".card__school").get_text()
    assert html.find("html")["lang"] == "en"
    assert html.find("meta", attrs={"name": "robots"})["content"].startswith("noindex")


def test_matching_schools_are_listed_above_the_offerings(client, catalogue):
    response = get(client, "/pl/search/", q="Cork trades")
    html = BeautifulSoup(response.content, "html.parser")
    schools = {a.get_text(strip=True): a for a in html.select(".school-matches a")}
    assert set(schools) == {"Cork College of Trades"}
    assert schools["Cork College of Trades"]["href"] == "/pl/schools/cork/"
    assert schools["Cork College of Trades"]["lang"] == "en"
    # Country filters apply to schools too.
    assert not BeautifulSoup(get(client, "/pl/search/", q="Cork", country="LT").content, "html.parser").select(
        ".school-matches a"
    )


def test_interface_follows_the_language_prefix(client, catalogue):
    response = get(client, "/lt/search/", q="kėdės")
    html = BeautifulSoup(response.content, "html.parser")
    assert html.find("html")["lang"] == "lt"
    assert titles(response)[0] == "Ąžuolinės kėdės"
    switcher = {a["hreflang"]: a["href"] for a in html.select(".language-switcher a")}
    assert switcher["pl"] == "/pl/search/?q=k%C4%97d%C4%97s"


def test_every_facet_count_equals_the_results_of_that_choice(client, catalogue):
    for params in [{}, {"q": "catering"}, {"q": "3d"}, {"kind": "service"}, {"q": "torty", "country": ["PL", "LT"]}]:
        base = get(client, "/en/search/", **params)
        counts = facet_counts(base)
        assert counts, params
        for facet in FACETS:
            for value, count in counts.get(facet.name, {}).items():
                narrowed = dict(params)
                if facet.multiple:
                    # A count is what choosing that value alone in its facet gives.
                    narrowed[facet.name] = [value]
                else:
                    narrowed[facet.name] = value
                total = get(client, "/en/search/", **narrowed).context["response"].total
                assert total == count, (params, facet.name, value)


def test_facets_combine_or_within_and_across(client, catalogue):
    web = get(client, "/en/search/", category="web-design").context["response"]
    assert web.total == 3
    either = get(client, "/en/search/", category=["web-design", "3d-printing"]).context["response"]
    assert either.total == 5
    remote_latvian = get(client, "/en/search/", category="web-design", country="LV").context["response"]
    assert [page.title for page in remote_latvian.hits] == ["Mājaslapu izstrāde"]
    # Counts of the country facet ignore the country choice, so other countries stay visible.
    counts = facet_counts(get(client, "/en/search/", category="web-design", country="LV"))
    assert counts["country"] == {"LV": 1, "PL": 1, "PT": 1}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"delivery": "remote"}, {"Strony internetowe dla firm", "Criação de sites", "Mājaslapu izstrāde"}),
        ({"price": "on_request"}, {"Obsługa przyjęć firmowych"}),
        ({"language": "de"}, {"Torty weselne", "Obsługa przyjęć firmowych", "Strony internetowe dla firm"}),
        ({"eqf": "5"}, {"Strony internetowe dla firm"}),
        ({"month": "12"}, {"Šventinis tortas"}),
        ({"lead": "3"}, {"Šventinis tortas", "Pastéis de nata por encomenda", "Coffee breaks for meetings"}),
        ({"kind": "product", "country": "PT"}, {"Pastéis de nata por encomenda"}),
    ],
)
def test_each_facet_narrows(client, catalogue, params, expected):
    assert set(titles(get(client, "/en/search/", **params))) == expected


def test_chosen_filters_can_be_removed_one_by_one(client, catalogue):
    response = get(client, "/en/search/", q="catering", country=["PL", "IT"], kind="service")
    html = BeautifulSoup(response.content, "html.parser")
    links = {a.get_text(strip=True): a["href"] for a in html.select(".active-filters a")}
    assert set(links) == {
        "Remove filter: Country: Italy",
        "Remove filter: Country: Poland",
        "Remove filter: Product or service: Service",
        "Clear all filters",
    }
    without_italy = parse_qs(urlparse(links["Remove filter: Country: Italy"]).query)
    assert without_italy == {"q": ["catering"], "country": ["PL"], "kind": ["service"]}
    assert parse_qs(urlparse(links["Clear all filters"]).query) == {"q": ["catering"]}
    # The form shows the choices as checked boxes, so the page works without JavaScript.
    checked = {(box["name"], box["value"]) for box in html.select("input[type=checkbox][checked]")}
    assert checked == {("country", "PL"), ("country", "IT"), ("kind", "service")}


def test_sorting(client, catalogue):
    by_lead = get(client, "/en/search/", sort="lead_time").context["response"].hits
    lead_times = [page.lead_time_days for page in by_lead]
    assert lead_times == sorted(lead_times)
    newest = get(client, "/en/search/", q="catering", sort="newest").context["response"].hits
    published = [page.first_published_at for page in newest]
    assert published == sorted(published, reverse=True)
    # Without words there is no relevance to sort by: newest first.
    assert get(client, "/en/search/").context["search"].sort == "newest"


def test_results_are_paginated_with_links_that_keep_the_search(client, catalogue):
    _offerings, schools, _categories = catalogue
    for number in range(25):
        make_offering(schools["cork"], f"Joinery sample {number}", summary="Oak joinery sample board.")
    first = get(client, "/en/search/", q="joinery", kind="product")
    assert first.context["response"].total == 25
    assert len(titles(first)) == 20
    html = BeautifulSoup(first.content, "html.parser")
    next_link = html.select_one(".pagination a[rel=next]")["href"]
    assert parse_qs(urlparse(next_link).query) == {"q": ["joinery"], "kind": ["product"], "page": ["2"]}
    second = get(client, "/en/search/" + next_link)
    assert len(titles(second)) == 5
    assert not set(titles(first)) & set(titles(second))
    # A page past the end is empty, not an error.
    assert get(client, "/en/search/", q="joinery", page="99").context["response"].hits == []


def test_query_count_does_not_grow_with_results(client, catalogue, django_assert_max_num_queries):
    _offerings, schools, categories = catalogue
    make_offering(schools["cork"], "Oak stool", categories=[categories["furniture"]])
    get(client, "/en/search/", q="oak")  # the site and locales are cached from the first request on
    with CaptureQueriesContext(connection) as few:
        get(client, "/en/search/", q="oak")
    for number in range(15):
        make_offering(schools["cork"], f"Oak stool {number}", categories=[categories["furniture"]])
    get(client, "/en/search/", q="oak")  # the first search after a change reads the catalogue's facts again
    with CaptureQueriesContext(connection) as many:
        get(client, "/en/search/", q="oak")
    assert len(many) == len(few)
    with django_assert_max_num_queries(40):
        get(client, "/en/search/", q="oak stool", category="furniture", sort="lead_time")


BAD_INPUT = [
    "",
    "x" * 10_000,
    "word " * 2_000,
    '"unbalanced quote',
    "a:b:c",
    "OR",
    "AND OR NOT",
    "*",
    "tort*",
    "'; DROP TABLE wagtailcore_page; --",
    "<script>alert(1)</script>",
    "NEAR(a b)",
    "\\",
    "\x00",
    "🎂 torty",
]


@pytest.mark.parametrize("text", BAD_INPUT)
def test_bad_input_answers_calmly(client, catalogue, text, django_assert_max_num_queries):
    with django_assert_max_num_queries(40):
        response = client.get("/pl/search/", {"q": text})
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


def test_a_long_query_is_shortened_with_a_notice(client, catalogue):
    response = get(client, "/en/search/", q="catering " + "x" * 10_000)
    assert "only its beginning was used" in response.content.decode()
    assert response.context["response"].total == 4


@pytest.mark.parametrize(
    "params",
    [
        {"country": "XX"},
        {"category": "no-such-category"},
        {"lead": "abc"},
        {"eqf": "9"},
        {"month": "13"},
        {"sort": "price; DROP"},
        {"page": "-4"},
        {"page": "x"},
        {"page": "1" * 40},
    ],
)
def test_unknown_filter_values_are_ignored_with_a_notice(client, catalogue, params):
    response = get(client, "/en/search/", q="catering", **params)
    assert response.context["response"].total == 4
    if set(params) - {"sort", "page"}:
        assert "were ignored" in response.content.decode()


def test_words_that_match_nothing_together_fall_back_to_any_word(client, catalogue):
    response = get(client, "/en/search/", q="coffee unicorn")
    assert "Coffee breaks for meetings" in titles(response)
    assert "so these match some of them" in response.content.decode()


def test_misspelled_words_are_corrected(client, catalogue):
    response = get(client, "/en/search/", q="furnitrue")
    assert set(titles(response)) == {"Ąžuolinės kėdės", "Koka krēsli"}
    assert "Nothing matched “furnitrue”. Showing results for “furniture”." in response.content.decode()


def test_nothing_found_offers_categories_and_the_directory(client, catalogue):
    response = get(client, "/it/search/", q="ristorazzione zqxw")
    html = BeautifulSoup(response.content, "html.parser")
    assert response.context["response"].total == 0
    suggestions = {a.get_text(strip=True): a["href"] for a in html.select(".no-results .tags a")}
    assert suggestions["Ristorazione ed eventi"] == "?category=catering"
    assert html.select_one(".no-results a[href='/it/schools/']")


def test_drafts_and_private_offerings_are_never_found(client, catalogue):
    offerings, schools, _categories = catalogue
    draft = make_offering(schools["cork"], "Secret walnut desk", live=False)
    private = make_offering(schools["cork"], "Private walnut shelf")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    assert draft.pk and titles(get(client, "/en/search/", q="walnut")) == []


def test_a_published_translation_replaces_its_original_in_results(
    client, catalogue, django_capture_on_commit_callbacks
):
    offerings, schools, _categories = catalogue
    original = offerings["lt_chairs"]
    english_school = schools["kaunas"].copy_for_translation(schools["cork"].locale)
    english_school.save_revision().publish()
    translation = original.copy_for_translation(schools["cork"].locale)
    translation.title = "Oak chairs"
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_revision().publish()

    english = titles(get(client, "/en/search/", q="kėdės"))
    assert "Oak chairs" in english and "Ąžuolinės kėdės" not in english
    assert "Ąžuolinės kėdės" in titles(get(client, "/lt/search/", q="kėdės"))


def test_an_edited_keyword_is_searchable_right_after_publishing(client, catalogue):
    offerings, _schools, _categories = catalogue
    page = offerings["en_print"]
    assert titles(get(client, "/en/search/", q="gearwheel")) == []

    page.keywords.add("gearwheel")
    page.save_revision().publish()

    assert titles(get(client, "/en/search/", q="gearwheel")) == ["Printed spare parts"]


def test_a_renamed_category_is_searchable_in_its_offerings(client, catalogue, django_capture_on_commit_callbacks):
    _offerings, _schools, categories = catalogue
    category = categories["3d-printing"]
    category.name = "Additive manufacturing"
    with django_capture_on_commit_callbacks(execute=True):
        category.save()
    assert set(titles(get(client, "/en/search/", q="additive"))) == {"Prototipi in PLA", "Printed spare parts"}


def test_searches_are_logged_without_personal_data(client, catalogue):
    get(client, "/pl/search/", q="torty jan.kowalski@example.com +48 601 234 567", country="PL")
    get(client, "/pl/search/", q="torty", page="2")  # paging is not a new search
    get(client, "/en/search/", q="zqxwv")

    logged = list(SearchLog.objects.order_by("pk").values("query", "language", "filters", "result_count", "source"))
    assert logged == [
        {
            "query": "torty [email] [number]",
            "language": "pl",
            "filters": {"country": ["PL"]},
            "result_count": 1,
            "source": "web",
        },
        {"query": "zqxwv", "language": "en", "filters": {}, "result_count": 0, "source": "web"},
    ]


def test_suggestions_complete_titles_schools_and_categories(client, catalogue):
    response = client.get("/lt/search/suggest/", {"q": "mait"})
    assert response.status_code == 200
    labels = [item["label"] for item in response.json()["suggestions"]]
    assert "Maitinimas ir renginiai" in labels

    titles_found = [item["label"] for item in client.get("/en/search/suggest/", {"q": "Prot"}).json()["suggestions"]]
    assert "Prototipi in PLA" in titles_found
    schools = [item["label"] for item in client.get("/en/search/suggest/", {"q": "cork"}).json()["suggestions"]]
    assert "Cork College of Trades" in schools
    assert client.get("/en/search/suggest/", {"q": "x"}).json() == {"suggestions": []}
    assert client.get("/en/search/suggest/", {"q": '"*:'}).status_code == 200


def test_the_form_round_trips_through_its_own_url(client, catalogue):
    params = {"q": "catering", "country": ["PL", "LT"], "delivery": "on_site", "sort": "lead_time"}
    response = get(client, "/en/search/", **params)
    round_trip = response.context["search"].params()
    assert parse_qs(urlencode(round_trip)) == {
        "q": ["catering"],
        "country": ["PL", "LT"],
        "delivery": ["on_site"],
        "sort": ["lead_time"],
    }
