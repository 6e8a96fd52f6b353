"""Relevance in six languages: inflections, missing diacritics and category words across languages.

Each case names the offerings that must be among the first ten results,
and optionally the one that must come first. The same cases run on SQLite
and PostgreSQL (`make test` runs the suite on both).
"""

from search.engine import search_offerings
from search.query import SearchRequest

CATERING = {"lt_catering", "pl_catering", "it_catering", "en_coffee"}
WEB = {"pl_web", "pt_web", "lv_web"}
PRINTING = {"it_print", "en_print"}
FURNITURE = {"lt_chairs", "lv_chairs"}

# (visitor language, words, offerings that must be in the top 10, offering that must be first or None)
CASES = [
    # Lithuanian: inflection and missing diacritics
    ("lt", "kėdės", {"lt_chairs"}, "lt_chairs"),
    ("lt", "kede", {"lt_chairs"}, "lt_chairs"),
    ("lt", "kėdė", {"lt_chairs"}, "lt_chairs"),
    ("lt", "ąžuolinė kėdė", {"lt_chairs"}, "lt_chairs"),
    ("lt", "tortai", {"lt_cake"}, None),
    ("lt", "maitinimas", CATERING, None),
    ("lt", "svetainė", WEB, None),
    # Polish
    ("pl", "torty", {"pl_cakes"}, "pl_cakes"),
    ("pl", "tortów", {"pl_cakes"}, "pl_cakes"),
    ("pl", "tort", {"pl_cakes", "lt_cake"}, None),
    ("pl", "TORTOW", {"pl_cakes"}, "pl_cakes"),
    ("pl", "strona internetowa", {"pl_web"}, "pl_web"),
    ("pl", "catering", CATERING, None),
    ("pl", "przyjęcie", {"pl_catering"}, "pl_catering"),
    # Latvian
    ("lv", "krēsli", {"lv_chairs"}, "lv_chairs"),
    ("lv", "kresls", {"lv_chairs"}, "lv_chairs"),
    ("lv", "mājaslapa", {"lv_web"}, "lv_web"),
    ("lv", "ēdināšana", CATERING, None),
    # Italian
    ("it", "ristorazione", CATERING, None),
    ("it", "stampa", PRINTING, None),
    ("it", "prototipo", {"it_print"}, "it_print"),
    ("it", "eventi aziendali", {"it_catering"}, "it_catering"),
    # Portuguese
    ("pt", "criacao de sites", {"pt_web"}, "pt_web"),
    ("pt", "pasteis", {"pt_pastry"}, "pt_pastry"),
    ("pt", "pastelaria", {"pt_pastry"}, None),
    ("pt", "restauração", CATERING, None),
    # English
    ("en", "catering", CATERING, None),
    ("en", "furniture", FURNITURE, None),
    ("en", "3d printing", PRINTING, None),
    ("en", "web design", WEB, None),
    ("en", "pastries", {"en_coffee"}, "en_coffee"),
    ("en", "coffee break", {"en_coffee", "it_catering"}, None),
]


def keys_of(response, offerings):
    """The catalogue keys of the hits, in order; a translation counts as its original."""
    by_translation = {page.translation_key: key for key, page in offerings.items()}
    return [by_translation[page.translation_key] for page in response.hits]


def test_relevance(catalogue, subtests):
    offerings, _schools, _categories = catalogue
    for language, words, expected, first in CASES:
        with subtests.test(language=language, words=words):
            response = search_offerings(SearchRequest(words, language, page_size=10), source="")
            found = keys_of(response, offerings)
            assert expected <= set(found), f"missing {expected - set(found)}; got {found}"
            if first:
                assert found[0] == first, found


def test_words_in_no_language_find_nothing(catalogue):
    response = search_offerings(SearchRequest("zqxwv", "en"), source="")
    assert response.total == 0
    assert response.hits == []
