"""Every page in every language: switcher, hreflang, and the untranslated fallback."""

import re

import pytest
from bs4 import BeautifulSoup

from tests.home.factories import LANGUAGES
from tests.offerings.factories import make_offering
from tests.schools.factories import make_school

pytestmark = pytest.mark.django_db


@pytest.fixture
def lithuanian_school(site_tree, catering):
    homes, directories = site_tree
    school = make_school(directories["lt"], "Kauno paslaugų mokykla", slug="kauno-paslaugu", categories=[catering])
    offering = make_offering(
        school,
        "Firminiai keksiukai",
        slug="keksiukai",
        categories=[catering],
        body=[("specification", {"caption": "", "rows": [{"name": "Svoris", "value": "80 g"}]})],
    )
    return school, offering


def effective_lang(element):
    """The language a screen reader uses for this element: its nearest lang attribute."""
    while not element.has_attr("lang"):
        element = element.parent
    return element["lang"]


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_renders_in_every_language(client, lithuanian_school, language):
    for path in ["", "schools/", "schools/kauno-paslaugu/", "schools/kauno-paslaugu/keksiukai/"]:
        response = client.get(f"/{language}/{path}")
        assert response.status_code == 200, path
        assert soup(response).html["lang"] == language


def test_home_page_interface_is_translated(client, site_tree):
    response = client.get("/lt/")
    assert "Mokyklos" in response.text  # the directory link in Lithuanian navigation
    assert 'hreflang="pl"' in response.text


def test_untranslated_page_shows_original_with_note_and_lang(client, lithuanian_school):
    response = client.get("/pl/schools/kauno-paslaugu/keksiukai/")
    page = soup(response)
    assert page.html["lang"] == "pl"
    note = page.select_one("[role=note]")
    assert "litewski" in note.get_text().lower()
    assert note.a["href"] == "/lt/schools/kauno-paslaugu/keksiukai/"
    # Content is marked Lithuanian; the Polish interface around it is not.
    assert effective_lang(page.h1) == "lt"
    assert effective_lang(page.select_one(".block-spec td")) == "lt"
    assert effective_lang(page.select_one("#order-heading")) == "pl"
    assert effective_lang(page.select_one(".block-spec caption span")) == "pl"
    assert "Firminiai keksiukai" in page.h1.get_text()
    canonical = page.select_one("link[rel=canonical]")["href"]
    assert canonical.endswith("/lt/schools/kauno-paslaugu/keksiukai/")


def test_original_page_has_no_note(client, lithuanian_school):
    response = client.get("/lt/schools/kauno-paslaugu/keksiukai/")
    assert soup(response).select_one("[role=note]") is None


def test_hreflang_lists_only_real_translations(client, site_tree, lithuanian_school, catering):
    homes, directories = site_tree
    school, offering = lithuanian_school
    english_school = make_school(
        directories["en"], "Kaunas School of Services", slug="kaunas-services", translation_of=school
    )
    make_offering(english_school, "Branded cupcakes", slug="cupcakes", translation_of=offering)

    page = soup(client.get("/it/schools/kaunas-services/cupcakes/"))
    alternates = {link["hreflang"]: link["href"] for link in page.select("link[rel=alternate]")}
    assert set(alternates) == {"lt", "en", "x-default"}
    assert alternates["lt"].endswith("/lt/schools/kauno-paslaugu/keksiukai/")
    assert alternates["x-default"].endswith("/en/schools/kaunas-services/cupcakes/")


def test_language_switcher_lands_on_the_same_page(client, site_tree, lithuanian_school):
    homes, directories = site_tree
    school, offering = lithuanian_school
    make_school(directories["pl"], "Szkoła usług w Kownie", slug="szkola-kowno", translation_of=school)

    page = soup(client.get("/lt/schools/kauno-paslaugu/keksiukai/"))
    links = {a["hreflang"]: a["href"] for a in page.select(".language-switcher a")}
    assert links == {
        "en": "/en/schools/kauno-paslaugu/keksiukai/",
        "lt": "/lt/schools/kauno-paslaugu/keksiukai/",
        "lv": "/lv/schools/kauno-paslaugu/keksiukai/",
        "pl": "/pl/schools/szkola-kowno/keksiukai/",  # through the Polish school page
        "it": "/it/schools/kauno-paslaugu/keksiukai/",
        "pt": "/pt/schools/kauno-paslaugu/keksiukai/",
    }
    for url in links.values():
        response = client.get(url)
        assert response.status_code == 200, url
        assert "Firminiai keksiukai" in response.text


def test_original_url_in_translated_language_redirects_to_translation(client, site_tree, lithuanian_school):
    homes, directories = site_tree
    school, _offering = lithuanian_school
    make_school(directories["pl"], "Szkoła usług w Kownie", slug="szkola-kowno", translation_of=school)
    response = client.get("/pl/schools/kauno-paslaugu/")
    assert response.status_code == 302
    assert response["Location"] == "/pl/schools/szkola-kowno/"


def test_draft_translation_is_not_public(client, site_tree, lithuanian_school):
    homes, directories = site_tree
    school, _offering = lithuanian_school
    draft = make_school(directories["pl"], "Szkic", slug="szkic", translation_of=school)
    draft.unpublish()
    assert client.get("/pl/schools/szkic/").status_code == 404
    response = client.get("/pl/schools/kauno-paslaugu/")
    assert response.status_code == 200
    assert "Szkic" not in soup(response).h1.get_text()


def test_unknown_pages_are_404_in_every_language(client, site_tree):
    for language in LANGUAGES:
        assert client.get(f"/{language}/schools/no-such-school/").status_code == 404


def test_root_redirects_to_a_language(client, site_tree):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="pl")
    assert response.status_code == 302
    assert re.match(r"^/pl/$", response["Location"])


def test_an_address_without_language_is_sent_to_one_but_a_missing_admin_item_is_a_plain_404(admin_client, site_tree):
    response = admin_client.get("/schools/", HTTP_ACCEPT_LANGUAGE="lt")
    assert (response.status_code, response["Location"]) == (302, "/lt/schools/")
    # A route outside the language prefix answers its own 404, not a detour through /en/admin/...
    assert admin_client.get("/admin/inquiries/999999/").status_code == 404
    assert admin_client.get("/admin/pages/999999/edit/").status_code == 404


def test_x_default_falls_back_to_the_original_without_english(client, lithuanian_school):
    page = soup(client.get("/lt/schools/kauno-paslaugu/keksiukai/"))
    alternates = {link["hreflang"]: link["href"] for link in page.select("link[rel=alternate]")}
    assert set(alternates) == {"lt", "x-default"}
    assert alternates["x-default"].endswith("/lt/schools/kauno-paslaugu/keksiukai/")


def test_breadcrumbs_are_in_the_visitor_language(client, lithuanian_school):
    page = soup(client.get("/it/schools/kauno-paslaugu/keksiukai/"))
    crumbs = [(a.get_text(), a["href"]) for a in page.select(".breadcrumbs a")]
    assert crumbs == [
        ("Home", "/it/"),
        ("Scuole", "/it/schools/"),
        ("Kauno paslaugų mokykla", "/it/schools/kauno-paslaugu/"),
    ]


def test_not_found_page_speaks_the_visitor_language(client, site_tree):
    response = client.get("/pl/schools/nie-ma/")
    assert response.status_code == 404
    page = soup(response)
    assert page.html["lang"] == "pl"
    assert page.select_one("a[href='/pl/schools/']") is not None
