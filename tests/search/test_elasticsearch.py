"""Elasticsearch: index settings, mappings and query bodies without a server, the fallback when
it is down, and searches against a real cluster when ELASTICSEARCH_URL is set."""

import logging
import os
from functools import partial
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils.crypto import get_random_string
from elastic_transport import ApiResponseMeta, HttpHeaders, NodeConfig
from elasticsearch import AuthorizationException, NotFoundError
from elasticsearch import ConnectionError as ClusterUnreachable
from modelsearch.index import SearchField
from wagtail.images import get_image_model
from wagtail.search.backends import get_search_backend

from home.choices import Country
from offerings.models import Category, OfferingPage
from search.backends import SearchUnavailable
from search.backends import elasticsearch as elasticsearch_backend
from search.backends.elasticsearch import (
    FACET_FIELDS,
    RETRY_AFTER_SECONDS,
    FoldedMapping,
    LanguageIndex,
    MultilingualElasticsearchBackend,
    offering_column,
    search_body,
    search_elasticsearch,
)
from search.query import FACETS, LEAD_TIME_LIMITS, SearchRequest, Sort
from tests.offerings.factories import make_offering
from tests.schools.factories import make_school

UNREACHABLE = "http://127.0.0.1:9"  # the discard port: nothing listens, connections are refused at once
LANGUAGES = ["en", "lt", "lv", "pl", "it", "pt"]
STEMMERS = {"en": "english", "lt": "lithuanian", "lv": "latvian", "it": "light_italian", "pt": "light_portuguese"}


def es_config(url=UNREACHABLE, index="vet2b", timeout=1):
    return {"BACKEND": "search.backends.elasticsearch", "URLS": [url], "INDEX": index, "TIMEOUT": timeout}


def backends(url=UNREACHABLE, index="vet2b"):
    """Elasticsearch as the default backend with the database beside it, as in production."""
    return {"default": es_config(url, index), "database": {"BACKEND": "search.backends.database"}}


def make_backend(url=UNREACHABLE):
    params = es_config(url)
    params.pop("BACKEND")
    return MultilingualElasticsearchBackend(params)


def api_error(error_class, status):
    meta = ApiResponseMeta(status, "1.1", HttpHeaders(), 0.0, NodeConfig("http", "localhost", 9200))
    return error_class("refused", meta, {"error": "refused"})


class FakeCluster:
    """Records what a backend asks of Elasticsearch; answers searches with a canned response."""

    def __init__(self, plugins=(), response=None, error=None):
        self.plugins = plugins
        self.response = response
        self.error = error
        self.calls = []
        self.documents = []


class FakeClient:
    def __init__(self, cluster, hosts=None, **options):
        self.cluster = cluster
        self.indices = FakeIndices(cluster)
        self.nodes = FakeNodes(cluster)

    def search(self, **kwargs):
        self.cluster.calls.append(("search", kwargs))
        if self.cluster.error:
            raise self.cluster.error
        return self.cluster.response


class FakeIndices:
    def __init__(self, cluster):
        self.cluster = cluster

    def create(self, index, **body):
        self.cluster.calls.append(("create", index, body))

    def put_mapping(self, index, **mapping):
        self.cluster.calls.append(("put_mapping", index, mapping))

    def refresh(self, index):
        self.cluster.calls.append(("refresh", index))

    def exists_alias(self, name):
        return False

    def delete(self, index):
        self.cluster.calls.append(("delete", index))

    def put_alias(self, name, index):
        self.cluster.calls.append(("put_alias", name, index))


class FakeNodes:
    def __init__(self, cluster):
        self.cluster = cluster

    def info(self, metric):
        if isinstance(self.cluster.plugins, Exception):
            raise self.cluster.plugins
        plugins = [{"name": name} for name in self.cluster.plugins]
        return {"nodes": {"node-1": {"plugins": plugins}, "node-2": {"plugins": plugins}}}


@pytest.fixture(autouse=True)
def forget_outages():
    """Each test starts with no cluster remembered as unreachable, and leaves none behind."""
    elasticsearch_backend._unreachable_until.clear()
    yield
    elasticsearch_backend._unreachable_until.clear()


@pytest.fixture
def fake_cluster(monkeypatch):
    """Every backend built from now on talks to one fake cluster; bulk indexing is recorded."""
    cluster = FakeCluster()
    monkeypatch.setattr(MultilingualElasticsearchBackend, "client_class", staticmethod(partial(FakeClient, cluster)))
    monkeypatch.setattr(
        MultilingualElasticsearchBackend, "bulk", lambda self, es, actions: cluster.documents.extend(actions)
    )
    return cluster


def created_settings(cluster, language):
    backend = make_backend()
    LanguageIndex(backend, f"vet2b_wagtailcore_page_{language}", language).put()
    (_create, _name, body), *_rest = cluster.calls
    return body["settings"]["analysis"]


# --- Index settings per language ---------------------------------------------


@pytest.mark.parametrize("language", STEMMERS)
def test_each_language_index_stems_with_its_language_and_then_folds(fake_cluster, language):
    analysis = created_settings(fake_cluster, language)

    chain = analysis["analyzer"]["default"]["filter"]
    stemmers = [analysis["filter"][name]["language"] for name in chain if name.endswith("_stemmer")]
    assert stemmers == [STEMMERS[language]]
    # Folding comes after stemming: the stemmers need the accents.
    assert chain[-2].endswith("_stemmer") and chain[-1] == "asciifolding"
    assert chain.index("lowercase") < len(chain) - 2


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_analyser_of_every_language_folds_diacritics(fake_cluster, language):
    analysis = created_settings(fake_cluster, language)

    assert {"default", "folded", "edgengram_analyzer", "ngram_analyzer"} <= set(analysis["analyzer"])
    for name, analyser in analysis["analyzer"].items():
        assert "asciifolding" in analyser["filter"], name
        assert "lowercase" in analyser["filter"], name


def test_polish_uses_stempel_when_every_node_has_the_plugin(fake_cluster):
    fake_cluster.plugins = ["analysis-icu", "analysis-stempel"]

    analysis = created_settings(fake_cluster, "pl")

    assert analysis["analyzer"]["default"]["filter"] == ["lowercase", "polish_stop", "polish_stem", "asciifolding"]


@pytest.mark.parametrize("plugins", [(), ["analysis-icu"], api_error(AuthorizationException, 403)])
def test_polish_falls_back_to_a_folding_standard_analyser_without_stempel(fake_cluster, plugins):
    fake_cluster.plugins = plugins

    analysis = created_settings(fake_cluster, "pl")

    chain = analysis["analyzer"]["default"]["filter"]
    assert "polish_stem" not in chain
    assert chain == ["lowercase", "polish_fallback_stop", "asciifolding"]
    assert "dla" in analysis["filter"]["polish_fallback_stop"]["stopwords"]


def test_only_polish_asks_the_cluster_for_its_plugins(fake_cluster):
    fake_cluster.plugins = api_error(AuthorizationException, 403)  # would be logged if asked

    created_settings(fake_cluster, "lt")

    assert [call[0] for call in fake_cluster.calls] == ["create"]


# --- Mapping ----------------------------------------------------------------


def test_facet_fields_are_exact_values_not_analysed_text():
    properties = FoldedMapping(OfferingPage).get_mapping()["properties"]
    expected = {
        "country": "keyword",
        "category": "keyword",
        "kind": "keyword",
        "delivery": "keyword",
        "price": "keyword",
        "language": "keyword",
        "month": "keyword",
        "eqf": "integer",
        "lead": "integer",
    }
    for facet, field_type in expected.items():
        mapping = properties[offering_column(FACET_FIELDS[facet])]
        assert mapping["type"] == field_type, facet
        assert "analyzer" not in mapping and "fields" not in mapping, facet
    assert properties[offering_column("first_published_at")]["type"] == "date"
    assert properties[offering_column("display_languages")]["type"] == "keyword"
    assert properties[offering_column("live")]["type"] == "boolean"


def test_text_fields_have_an_unstemmed_folded_subfield():
    properties = FoldedMapping(OfferingPage).get_mapping()["properties"]
    for column in ["title", "offerings_offeringpage__summary", "offerings_offeringpage__category_names"]:
        assert properties[column]["type"] == "text"
        assert "analyzer" not in properties[column]  # the index's language analyser
        assert properties[column]["fields"] == {"folded": {"type": "text", "analyzer": "folded"}}
    keyword_name = properties["offerings_offeringpage__keywords"]["properties"]["name"]
    assert keyword_name["fields"]["folded"]["analyzer"] == "folded"
    # Typed beginnings are folded too, so "kėd" and "ked" both find "Kėdės".
    assert properties["_edgengrams"]["search_analyzer"] == "folded"


# --- Routing ------------------------------------------------------------------


@pytest.fixture
def translated_offering(site_tree, catering):
    """An English original with a Lithuanian translation, and a Latvian offering nobody translated."""
    homes, directories = site_tree
    school_en = make_school(directories["en"], "Riverside College", country="LT")
    school_lt = make_school(directories["lt"], "Upės kolegija", country="LT", translation_of=school_en)
    school_lv = make_school(directories["lv"], "Rīgas tehnikums", country="LV", working_languages=["lv"])
    original = make_offering(school_en, "Wedding cakes", categories=[catering], keywords=["tiers"], lead_time_days=14)
    translation = make_offering(
        school_lt, "Vestuviniai tortai", categories=[catering], translation_of=original, lead_time_days=14
    )
    latvian = make_offering(school_lv, "Kāzu kūkas", categories=[catering], lead_time_days=5, kind="service")
    return original, translation, latvian


def test_pages_go_to_their_language_index_and_other_models_to_the_default_one(translated_offering):
    original, translation, latvian = translated_offering
    backend = make_backend()

    assert backend.get_index_for_object(original).name == "vet2b_wagtailcore_page_en"
    assert backend.get_index_for_object(translation).name == "vet2b_wagtailcore_page_lt"
    assert backend.get_index_for_object(latvian).name == "vet2b_wagtailcore_page_lv"
    assert backend.get_index_for_model(OfferingPage).name == ",".join(
        f"vet2b_wagtailcore_page_{language}" for language in LANGUAGES
    )
    assert backend.get_index_for_object(Category.objects.get(code="catering", locale__language_code="pl")).name == (
        "vet2b_offerings_category_pl"
    )
    assert backend.get_index_for_model(get_image_model()).name == "vet2b_wagtailimages_image_en"


def test_saving_a_version_reindexes_its_translations_in_their_own_indexes(fake_cluster, translated_offering):
    original, translation, _latvian = translated_offering
    backend = make_backend()

    backend.add(translation)

    documents = {document["_index"]: document for document in fake_cluster.documents}
    assert set(documents) == {"vet2b_wagtailcore_page_en", "vet2b_wagtailcore_page_lt"}
    display = offering_column("display_languages")
    # The original stands in for every language except the one it is translated into.
    assert documents["vet2b_wagtailcore_page_en"][display] == ["en", "lv", "pl", "it", "pt"]
    assert documents["vet2b_wagtailcore_page_lt"][display] == ["lt"]
    names = documents["vet2b_wagtailcore_page_en"][offering_column("category_names", SearchField)]
    assert "Maitinimas ir renginiai" in names and "Ristorazione ed eventi" in names


def test_update_index_builds_one_index_per_language_and_fills_it(fake_cluster, translated_offering):
    with override_settings(WAGTAILSEARCH_BACKENDS=backends()):
        call_command("update_index", backend_name="default", verbosity=0)

    created = {name: body for call, name, body in [c for c in fake_cluster.calls if c[0] == "create"]}
    aliases = {call[1]: call[2] for call in fake_cluster.calls if call[0] == "put_alias"}
    mapped = {}
    for call in fake_cluster.calls:
        if call[0] == "put_mapping":
            mapped.setdefault(call[1], set()).update(call[2]["properties"])
    for language in LANGUAGES:
        new_index = aliases[f"vet2b_wagtailcore_page_{language}"]
        assert new_index.startswith(f"vet2b_wagtailcore_page_{language}_")  # built beside the old one, then swapped
        analyser = created[new_index]["settings"]["analysis"]["analyzer"]["default"]
        assert analyser["filter"][-1] == "asciifolding"
        assert offering_column("display_languages") in mapped[new_index]
    assert set(aliases) >= {"vet2b_offerings_category_lt", "vet2b_wagtailimages_image_en"}

    original, translation, latvian = translated_offering
    index_of = {document["_id"]: document["_index"] for document in fake_cluster.documents}
    assert index_of[str(original.pk)] == aliases["vet2b_wagtailcore_page_en"]
    assert index_of[str(translation.pk)] == aliases["vet2b_wagtailcore_page_lt"]
    assert index_of[str(latvian.pk)] == aliases["vet2b_wagtailcore_page_lv"]


# --- Query bodies -------------------------------------------------------------


def request(text="", language="en", filters=None, sort=None, page=1, operator="and"):
    sort = sort or (Sort.RELEVANCE if text else Sort.NEWEST)
    return SearchRequest(text, language, filters or {}, sort, page, 20, [], operator)


def walk(node):
    """Every dict inside a request body."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


@pytest.mark.django_db
def test_empty_search_matches_all_live_offerings_shown_in_the_language():
    body = search_body(request(language="lt"))

    query = body["query"]["bool"]
    assert query["must"] == [{"match_all": {}}]
    assert {"term": {"live_filter": True}} in query["filter"]
    assert {"term": {"_django_content_type": "offerings.OfferingPage"}} in query["filter"]
    assert {"term": {"home_basepage__display_languages_filter": "lt"}} in query["filter"]
    assert "post_filter" not in body
    assert body["_source"] is False and body["track_total_hits"] is True


@pytest.mark.django_db
def test_each_word_must_match_some_field_with_boosts_and_fuzziness():
    body = search_body(request("wedding tortų"))

    words = body["query"]["bool"]["must"][0]["bool"]["must"]
    assert len(words) == 2
    multi_match = words[1]["bool"]["should"][0]["multi_match"]
    assert multi_match["query"] == "tortų"
    assert multi_match["fuzziness"] == "AUTO"
    assert "title^4" in multi_match["fields"] and "title.folded^4" in multi_match["fields"]
    assert "offerings_offeringpage__category_names^2" in multi_match["fields"]
    assert "offerings_offeringpage__body^1" in multi_match["fields"]
    nested = words[1]["bool"]["should"][1]["nested"]
    assert nested["path"] == "offerings_offeringpage__keywords"
    assert nested["query"]["multi_match"]["fields"] == [
        "offerings_offeringpage__keywords.name",
        "offerings_offeringpage__keywords.name.folded",
    ]


@pytest.mark.django_db
def test_any_word_may_match_with_the_or_operator_and_stop_words_are_dropped():
    body = search_body(request("cakes for weddings", operator="or"))

    words = body["query"]["bool"]["must"][0]["bool"]
    assert words["minimum_should_match"] == 1
    assert [word["bool"]["should"][0]["multi_match"]["query"] for word in words["should"]] == ["cakes", "weddings"]


@pytest.mark.django_db
def test_short_words_are_not_matched_as_beginnings():
    short, long = search_body(request("3d kėd"))["query"]["bool"]["must"][0]["bool"]["must"]

    assert not any("_edgengrams" in clause.get("match", {}) for clause in short["bool"]["should"])
    assert {"match": {"_edgengrams": {"query": "kėd", "boost": 0.5}}} in long["bool"]["should"]


@pytest.mark.django_db
def test_facet_choices_are_or_within_a_facet_and_and_across_facets():
    body = search_body(request(filters={"country": ("LT", "LV"), "kind": ("service",), "lead": ("7",)}))

    assert body["post_filter"] == {
        "bool": {
            "filter": [
                {"terms": {"offerings_offeringpage__school_country_filter": ["LT", "LV"]}},
                {"terms": {"offerings_offeringpage__kind_filter": ["service"]}},
                {"range": {"offerings_offeringpage__lead_time_days_filter": {"lte": 7}}},
            ]
        }
    }
    # The query itself is not narrowed by the facets, or other facets could not count.
    assert "school_country" not in str(body["query"])


@pytest.mark.django_db
def test_each_facet_counts_without_its_own_selection_but_with_the_others():
    body = search_body(request(filters={"country": ("LT",), "kind": ("service",)}))
    country = {"terms": {"offerings_offeringpage__school_country_filter": ["LT"]}}
    kind = {"terms": {"offerings_offeringpage__kind_filter": ["service"]}}

    assert set(body["aggs"]) == {facet.name for facet in FACETS}
    assert body["aggs"]["country"]["filter"] == {"bool": {"filter": [kind]}}
    assert body["aggs"]["kind"]["filter"] == {"bool": {"filter": [country]}}
    assert body["aggs"]["month"]["filter"] == {"bool": {"filter": [country, kind]}}


@pytest.mark.django_db
def test_terms_aggregations_return_the_whole_vocabulary_not_ten_buckets(catering):
    for code in ["bakery", "carpentry", "hairdressing", "welding", "tailoring", "printing", "gardening", "florists"]:
        Category.objects.create(code=code, isced_code="0000", name=code, locale=catering.locale)
    Category.objects.create(code="plumbing", isced_code="0000", name="Santechnika", locale=catering.locale)
    Category.objects.create(code="masonry", isced_code="0000", name="Mūrininkai", locale=catering.locale)

    aggs = search_body(request())["aggs"]

    sizes = {node["terms"]["field"]: node["terms"]["size"] for node in walk(aggs) if "terms" in node}
    assert len(sizes) == len(FACETS) - 1  # every facet but the lead time
    assert all(size != 10 for size in sizes.values())
    assert sizes[offering_column("school_country")] == len(Country) > 10
    assert sizes[offering_column("category_codes")] == 11  # distinct codes, not rows per language
    assert sizes[offering_column("months_available")] == 12


@pytest.mark.django_db
def test_lead_time_counts_every_offering_within_each_limit():
    lead = search_body(request())["aggs"]["lead"]["aggs"]["values"]

    assert lead["range"]["field"] == "offerings_offeringpage__lead_time_days_filter"
    # "to" is exclusive, so a limit of 7 days counts offerings of 7 days.
    assert lead["range"]["ranges"] == [{"key": str(days), "to": days + 1} for days in LEAD_TIME_LIMITS]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("sort", "first"),
    [
        (Sort.RELEVANCE, {"_score": "desc"}),
        (Sort.NEWEST, {"first_published_at_filter": {"order": "desc", "missing": "_last"}}),
        (Sort.LEAD_TIME, {"offerings_offeringpage__lead_time_days_filter": {"order": "asc"}}),
    ],
)
def test_sorts_end_with_a_stable_tie_break(sort, first):
    clauses = search_body(request("cakes", sort=sort))["sort"]

    assert clauses[0] == first
    assert clauses[-1] == {"id_filter": "desc"}


@pytest.mark.django_db
def test_pages_are_read_with_from_and_size():
    body = search_body(request("cakes", page=3))

    assert (body["from"], body["size"]) == (40, 20)


@pytest.mark.django_db
def test_unusable_lead_values_are_ignored_rather_than_raising():
    body = search_body(request(filters={"lead": ("soon",), "unknown": ("x",)}))

    assert "post_filter" not in body


# --- Answers and failures -------------------------------------------------------


def canned_response():
    return {
        "hits": {"total": {"value": 42, "relation": "eq"}, "hits": [{"_id": "17"}, {"_id": "5"}]},
        "aggregations": {
            "country": {"doc_count": 42, "values": {"buckets": [{"key": "LT", "doc_count": 30}]}},
            "eqf": {"doc_count": 42, "values": {"buckets": [{"key": 4, "doc_count": 12}]}},
            "lead": {
                "doc_count": 42,
                "values": {"buckets": [{"key": "3", "to": 4.0, "doc_count": 0}, {"key": "7", "doc_count": 9}]},
            },
        },
    }


@pytest.mark.django_db
def test_search_reads_ids_total_and_counts_from_all_language_indexes(fake_cluster):
    fake_cluster.response = canned_response()

    ids, total, counts = search_elasticsearch(request("cakes"), backend=make_backend())

    assert (ids, total) == ([17, 5], 42)
    assert counts == {"country": {"LT": 30}, "eqf": {"4": 12}, "lead": {"7": 9}}
    (_search, kwargs), *_rest = fake_cluster.calls
    assert kwargs["index"] == ",".join(f"vet2b_wagtailcore_page_{language}" for language in LANGUAGES)


@pytest.mark.django_db
def test_a_missing_index_makes_search_unavailable(fake_cluster):
    fake_cluster.error = api_error(NotFoundError, 404)

    with pytest.raises(SearchUnavailable):
        search_elasticsearch(request("cakes"), backend=make_backend())


@pytest.mark.django_db
def test_a_malformed_answer_makes_search_unavailable(fake_cluster):
    fake_cluster.response = {"error": "something else"}

    with pytest.raises(SearchUnavailable):
        search_elasticsearch(request("cakes"), backend=make_backend())


@pytest.mark.django_db
def test_an_unreachable_cluster_makes_search_unavailable():
    with pytest.raises(SearchUnavailable):
        search_elasticsearch(request("cakes"), backend=make_backend(UNREACHABLE))


@pytest.mark.django_db
def test_search_unavailable_when_the_default_backend_is_not_elasticsearch():
    with pytest.raises(SearchUnavailable):
        search_elasticsearch(request("cakes"))


@pytest.mark.django_db
def test_after_a_connection_failure_searches_leave_the_cluster_alone_for_a_while(fake_cluster, monkeypatch):
    fake_cluster.error = ClusterUnreachable("refused")
    backend = make_backend()

    for _attempt in range(3):
        with pytest.raises(SearchUnavailable):
            search_elasticsearch(request("cakes"), backend=backend)
    assert [call[0] for call in fake_cluster.calls] == ["search"]  # asked once, not three times

    fake_cluster.error, fake_cluster.response = None, canned_response()
    later = elasticsearch_backend.time.monotonic() + RETRY_AFTER_SECONDS + 1
    monkeypatch.setattr(elasticsearch_backend, "time", SimpleNamespace(monotonic=lambda: later))
    assert search_elasticsearch(request("cakes"), backend=backend)[1] == 42


def test_page_saves_do_not_wait_for_a_cluster_that_just_failed(fake_cluster, translated_offering):
    original, _translation, _latvian = translated_offering
    fake_cluster.error = ClusterUnreachable("refused")
    with pytest.raises(SearchUnavailable):
        search_elasticsearch(request("cakes"), backend=make_backend())

    with pytest.raises(SearchUnavailable):  # Wagtail logs it and the save goes on
        make_backend().add(original)
    assert fake_cluster.documents == []


def test_publishing_works_while_elasticsearch_is_down(translated_offering, caplog):
    original, _translation, _latvian = translated_offering
    school = original.get_parent()
    draft = make_offering(school.specific, "Birthday cakes", live=False)

    with override_settings(WAGTAILSEARCH_BACKENDS=backends()), caplog.at_level(logging.ERROR, "modelsearch.index"):
        draft.save_revision().publish()

    draft.refresh_from_db()
    assert draft.live
    assert any("'default' search backend" in record.getMessage() for record in caplog.records)  # tried and logged


def test_search_page_falls_back_to_the_database_when_elasticsearch_is_down(client, translated_offering):
    with override_settings(WAGTAILSEARCH_BACKENDS=backends()):
        response = client.get("/en/search/", {"q": "wedding cakes"})

    assert response.status_code == 200
    assert response.context["response"].degraded is True
    assert [page.title for page in response.context["response"].hits] == ["Wedding cakes"]
    assert "results may be incomplete" in response.content.decode()


# --- Against a real cluster -----------------------------------------------------

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL")
needs_server = pytest.mark.skipif(not ELASTICSEARCH_URL, reason="set ELASTICSEARCH_URL to run against Elasticsearch 9")


@pytest.fixture
def indexed(translated_offering):
    """The offerings indexed into a throwaway set of indexes on the real cluster."""
    name = f"vet2b_test_{get_random_string(8).lower()}"
    with override_settings(WAGTAILSEARCH_BACKENDS=backends(ELASTICSEARCH_URL, name)):
        call_command("update_index", backend_name="default", verbosity=0)
        backend = get_search_backend("default")
        yield backend
        for index in backend.es.indices.get(index=f"{name}_*"):
            backend.es.indices.delete(index=index)


def found(backend, text="", language="en", **filters):
    ids, total, counts = search_elasticsearch(request(text, language, filters), backend=backend)
    titles = list(OfferingPage.objects.filter(pk__in=ids).values_list("title", flat=True))
    return sorted(titles), total, counts


@needs_server
def test_real_search_shows_each_language_its_version(indexed):
    assert found(indexed, "cake")[0] == ["Wedding cakes"]  # English stemming: cake finds cakes
    assert found(indexed, "tortai", "lt")[0] == ["Vestuviniai tortai"]
    assert found(indexed, "", "lt")[0] == ["Kāzu kūkas", "Vestuviniai tortai"]  # the Latvian original stands in


@needs_server
@pytest.mark.parametrize(
    ("text", "language", "titles"),
    [
        ("kazu kukas", "en", ["Kāzu kūkas"]),  # typed without accents
        ("vestuviniu", "lt", ["Vestuviniai tortai"]),  # another ending of the same word
        ("renginiai", "pl", ["Kāzu kūkas", "Wedding cakes"]),  # the category's Lithuanian name
    ],
)
def test_real_search_folds_diacritics_and_knows_category_names_in_every_language(indexed, text, language, titles):
    assert found(indexed, text, language)[:2] == (titles, len(titles))


@needs_server
def test_real_facet_counts_equal_the_hits_a_click_would_give(indexed):
    _titles, total, counts = found(indexed, "", "lt")

    assert total == 2
    for facet, values in counts.items():
        for value, count in values.items():
            assert found(indexed, "", "lt", **{facet: (value,)})[1] == count, (facet, value)
    assert counts["lead"] == {"7": 1, "14": 2, "30": 2, "60": 2}
    assert counts["kind"] == {"product": 1, "service": 1}
