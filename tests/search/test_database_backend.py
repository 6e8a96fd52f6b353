"""The database backend: per-language analysis on PostgreSQL, cross-language query forms everywhere."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection

from offerings.models import OfferingPage
from search.analysis import light_stem, prefixes, spellings
from search.engine import search_offerings
from search.query import SearchRequest

on_postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL text search configurations")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("kėdės", ["ked"]),
        ("kede", ["ked"]),
        ("tortów", ["tort"]),
        ("TORTOW".casefold(), ["tort"]),
        ("strony", ["stron"]),
        ("stół", ["stol", "stoł"]),
        ("3d", ["3d"]),
    ],
)
def test_query_words_become_folded_prefixes(word, expected):
    assert sorted(prefixes(word)) == sorted(expected)


def test_whole_spellings_keep_both_foldings():
    assert spellings("Łódź".casefold()) == ["lodz", "łodz"]


def test_light_stems_never_cut_below_three_letters():
    assert light_stem("ame", "pl") == "ame"
    assert light_stem("kėdės", "lt") == "kėd"


@on_postgresql
@pytest.mark.django_db
@pytest.mark.parametrize(
    ("config", "text", "lexemes"),
    [
        ("vet2b_lt", "Ąžuolinės kėdės", {"azuolin", "ked"}),
        ("vet2b_it", "Ristorazione e torte", {"ristor", "tort"}),
        ("vet2b_pt", "Criação de sites", {"criaca", "sit"}),
        ("vet2b_en", "Catering for weddings", {"cater", "wed"}),
        ("vet2b_pl", "Torty z Łodzi", {"torty", "z", "lodzi"}),
        ("vet2b_lv", "Koka krēsli", {"koka", "kresli"}),
    ],
)
def test_each_language_has_its_configuration(config, text, lexemes):
    with connection.cursor() as cursor:
        cursor.execute("SELECT tsvector_to_array(to_tsvector(%s::regconfig, %s))", [config, text])
        assert set(cursor.fetchone()[0]) == lexemes


@on_postgresql
def test_pages_are_indexed_with_their_own_language(catalogue):
    offerings, _schools, _categories = catalogue
    page_type = ContentType.objects.get_for_model(OfferingPage)

    def title_lexemes(page):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT tsvector_to_array(title) FROM wagtailsearch_indexentry"
                " WHERE object_id = %s AND content_type_id = %s",
                [str(page.pk), page_type.pk],
            )
            return set(cursor.fetchone()[0])

    assert title_lexemes(offerings["lt_chairs"]) == {"azuolin", "ked"}  # stemmed as Lithuanian
    assert title_lexemes(offerings["pl_cakes"]) == {"torty", "weselne"}  # folded only


def test_only_the_visitors_version_of_each_offering_is_found(catalogue):
    offerings, _schools, _categories = catalogue
    response = search_offerings(SearchRequest("catering", "pt"), source="")
    keys = {page.translation_key for page in response.hits}
    assert len(keys) == len(response.hits) == 4
