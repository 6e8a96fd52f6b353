"""The school directory and showcases: creation rules, filters, query budgets."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from offerings.models import OfferingPage
from schools.models import SchoolIndexPage, SchoolPage
from tests.home.factories import make_site
from tests.offerings.factories import make_category, make_offering
from tests.schools.factories import make_school

pytestmark = pytest.mark.django_db


class TestCreationRules(WagtailPageTestCase):
    def test_tree_is_home_directory_school_offering(self):
        self.assertAllowedSubpageTypes(HomePage, {SchoolIndexPage})
        self.assertAllowedSubpageTypes(SchoolIndexPage, {SchoolPage})
        self.assertAllowedSubpageTypes(SchoolPage, {OfferingPage})
        self.assertAllowedSubpageTypes(OfferingPage, set())
        self.assertAllowedParentPageTypes(OfferingPage, {SchoolPage})
        self.assertAllowedParentPageTypes(SchoolPage, {SchoolIndexPage})

    def test_school_pages_are_renderable(self):
        homes, directories = make_site()
        school = make_school(directories["lt"], "Vilniaus mokykla")
        self.assertPageIsRenderable(school)


def titles(response):
    return [a.get_text(strip=True) for a in BeautifulSoup(response.content, "html.parser").select(".card__title a")]


@pytest.fixture
def directory_with_schools(site_tree, catering):
    homes, directories = site_tree
    carpentry = make_category("carpentry", "0722")
    make_school(directories["lt"], "Alytaus mokykla", country="LT", categories=[catering])
    make_school(directories["lv"], "Rīgas skola", country="LV", categories=[carpentry])
    make_school(directories["pl"], "Szkoła w Gdańsku", country="PL", categories=[catering, carpentry])
    return directories


def test_directory_lists_schools_of_every_language(client, directory_with_schools):
    response = client.get("/en/schools/")
    assert titles(response) == ["Alytaus mokykla", "Rīgas skola", "Szkoła w Gdańsku"]
    assert "3 schools" in response.text


def test_directory_filters_by_country_and_category(client, directory_with_schools):
    assert titles(client.get("/en/schools/?country=LV")) == ["Rīgas skola"]
    assert titles(client.get("/en/schools/?category=catering")) == ["Alytaus mokykla", "Szkoła w Gdańsku"]
    assert titles(client.get("/en/schools/?category=catering&country=PL")) == ["Szkoła w Gdańsku"]


def test_directory_filter_can_be_removed_one_by_one(client, directory_with_schools):
    page = BeautifulSoup(client.get("/en/schools/?category=catering&country=PL").content, "html.parser")
    removals = [a["href"] for a in page.select(".active-filters a")]
    assert removals == ["?category=catering", "?country=PL"]


def test_directory_ignores_unknown_filter_values(client, directory_with_schools):
    response = client.get("/en/schools/?country=XX&category=<script>&page=abc")
    assert response.status_code == 200
    assert len(titles(response)) == 3
    assert "<script>" not in response.text


def test_directory_shows_translation_in_visitor_language(client, directory_with_schools):
    directories = directory_with_schools
    original = SchoolPage.objects.get(title="Alytaus mokykla")
    make_school(directories["en"], "Alytus School", translation_of=original, slug="alytus")
    assert titles(client.get("/en/schools/")) == ["Alytus School", "Rīgas skola", "Szkoła w Gdańsku"]
    assert titles(client.get("/lv/schools/")) == ["Alytaus mokykla", "Rīgas skola", "Szkoła w Gdańsku"]


def test_school_page_shows_facts_and_offerings(client, site_tree, catering):
    homes, directories = site_tree
    school = make_school(
        directories["it"],
        "Istituto Bologna",
        slug="bologna",
        country="IT",
        city="Bologna",
        categories=[catering],
        response_time_days=2,
        contact_phone="+39 051 123456",
    )
    make_offering(school, "Catering per eventi", slug="catering", categories=[catering])
    response = client.get("/it/schools/bologna/")
    assert "Bologna" in response.text
    assert "+39 051 123456" in response.text
    assert school.contact_email not in response.text  # contact goes through the portal
    assert titles(response) == ["Catering per eventi"]
    card_link = BeautifulSoup(response.content, "html.parser").select_one(".card__title a")["href"]
    assert card_link == "/it/schools/bologna/catering/"


def queries_for(client, url):
    client.get(url)  # warm renditions and caches: measure the steady state
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context), response


def test_directory_query_count_does_not_grow_with_schools(client, site_tree, catering, django_assert_max_num_queries):
    homes, directories = site_tree
    for number in range(5):
        make_school(directories["lt"], f"Mokykla {number:02}", categories=[catering])
    few, _response = queries_for(client, "/en/schools/")
    for number in range(5, 50):
        make_school(directories["lt"], f"Mokykla {number:02}", categories=[catering])
    many, response = queries_for(client, "/en/schools/?page=2")
    assert many == few
    assert len(titles(response)) == 24
    with django_assert_max_num_queries(30):
        client.get("/en/schools/")


def test_school_page_query_count_does_not_grow_with_offerings(
    client, site_tree, catering, django_assert_max_num_queries
):
    homes, directories = site_tree
    school = make_school(directories["lt"], "Didelė mokykla", slug="didele", categories=[catering])
    for number in range(5):
        make_offering(school, f"Gaminys {number:02}", categories=[catering])
    few, _response = queries_for(client, "/pl/schools/didele/")
    for number in range(5, 50):
        make_offering(school, f"Gaminys {number:02}", categories=[catering])
    many, response = queries_for(client, "/pl/schools/didele/")
    assert many == few
    assert len(titles(response)) == 50
    with django_assert_max_num_queries(30):
        client.get("/pl/schools/didele/")


def test_directory_cards_say_which_language_a_school_writes_in(client, directory_with_schools):
    page = BeautifulSoup(client.get("/lv/schools/").content, "html.parser")
    labels = {
        card.select_one(".card__title").get_text(strip=True): card.select_one(".card__language")
        for card in page.select(".card")
    }
    assert labels["Rīgas skola"] is None  # already in the visitor's language
    assert labels["Alytaus mokykla"].get_text(strip=True) == "Valoda: lietuviešu"


def test_directory_pages_keep_the_filters(client, site_tree, catering):
    homes, directories = site_tree
    for number in range(30):
        make_school(directories["lt"], f"Mokykla {number:02}", categories=[catering])
    page = BeautifulSoup(client.get("/en/schools/?category=catering").content, "html.parser")
    assert page.select_one("a[rel=next]")["href"] == "?category=catering&page=2"
    second = client.get("/en/schools/?category=catering&page=2")
    assert titles(second) == [f"Mokykla {number:02}" for number in range(24, 30)]
    last = client.get("/en/schools/?category=catering&page=999")  # out of range: the last page
    assert titles(last) == titles(second)


def test_category_filter_is_alphabetical_with_accents_folded(client, site_tree):
    make_category("catering", "1013", {"en": "Catering", "lt": "x", "lv": "Ēdināšana", "pl": "x", "it": "x", "pt": "x"})
    make_category("tourism", "1015", {"en": "Tourism", "lt": "x", "lv": "Tūrisms", "pl": "x", "it": "x", "pt": "x"})
    make_category("car-repair", "0716", {"en": "Car repair", "lt": "x", "lv": "Auto", "pl": "x", "it": "x", "pt": "x"})
    page = BeautifulSoup(client.get("/lv/schools/").content, "html.parser")
    options = [option.get_text() for option in page.select("#filter-category option")][1:]
    assert options == ["Auto", "Ēdināšana", "Tūrisms"]


def test_switching_language_keeps_the_directory_filters(client, directory_with_schools):
    page = BeautifulSoup(client.get("/en/schools/?country=PL&category=catering").content, "html.parser")
    polish = page.select_one(".language-switcher a[hreflang=pl]")["href"]
    assert polish == "/pl/schools/?country=PL&category=catering"
    assert titles(client.get(polish)) == ["Szkoła w Gdańsku"]


@pytest.mark.parametrize(
    "url",
    [
        "/en/schools/%00/",
        "/en/schools/a%00b/offering/",
        "/en/schools/?country=%00&category=%00&page=%00",
        "/en/schools/?country=" + "x" * 5000 + "&page=-1",
        "/en/schools/" + "a" * 300 + "/",
    ],
)
def test_hostile_urls_get_a_page_not_a_server_error(client, directory_with_schools, url):
    assert client.get(url).status_code in {200, 404}
