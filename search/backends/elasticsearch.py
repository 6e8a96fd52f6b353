"""Elasticsearch 9 with one index per content language.

Wagtail's stock backend keeps all pages in one index analysed one way. Here
every root model (pages, categories, images, ...) has one index per portal
language, and each document goes to the index of its locale's language, so
Lithuanian text is stemmed as Lithuanian and Italian as Italian. Every
analyser folds diacritics, so "kedes" finds "kėdės" in any language, and
every text field has a `.folded` subfield that is folded but not stemmed,
for words typed without their accents that a stemmer would cut differently.

Searching offerings does not go through Wagtail's query compiler:
`search_body()` builds the whole request (text, facet filters, disjunctive
facet counts, sort, page) and `search_elasticsearch()` sends it to every
language index at once, keeping the versions shown in the visitor's
language. Any failure to reach or read the cluster becomes
`SearchUnavailable`, and the engine answers from the database instead;
after a connection failure the cluster is left alone for half a minute, so
searches and page saves do not each wait for the timeout.
"""

import logging
import time
from contextlib import contextmanager
from copy import deepcopy
from functools import cache

from django.conf import settings
from django.utils.crypto import get_random_string
from elasticsearch import ApiError, ConnectionTimeout, TransportError
from elasticsearch import ConnectionError as ClusterUnreachable
from modelsearch.backends import get_search_backend
from modelsearch.backends.base import get_model_root
from modelsearch.backends.elasticsearch9 import (
    Elasticsearch9Index,
    Elasticsearch9Mapping,
    Elasticsearch9SearchBackend,
)
from modelsearch.backends.elasticsearchbase import ElasticsearchAtomicIndexRebuilder
from modelsearch.index import FilterField, RelatedFields, SearchField, class_is_indexed
from wagtail.models import Page, TranslatableMixin

from home.i18n import locale_for
from offerings.models import Category, OfferingPage
from search.analysis import MIN_STEM, STOP_WORDS, query_terms
from search.backends import SearchUnavailable
from search.query import FACETS_BY_NAME, LEAD_TIME_LIMITS, Sort

logger = logging.getLogger(__name__)

STEMPEL_PLUGIN = "analysis-stempel"

# After a connection failure, searches and page saves in this process leave
# the cluster alone for a while instead of each waiting out the timeout.
# `update_index` runs in a process of its own, so it always tries.
RETRY_AFTER_SECONDS = 30
_unreachable_until = {}  # the backend's hosts -> time.monotonic() until which they are not tried

# Token filters before folding, per language. They follow Elasticsearch's
# built-in language analysers, which cannot be given an extra filter.
# Stemmers run before `asciifolding` because they expect the accents.
LANGUAGE_FILTERS = {
    "en": {
        "english_possessive": {"type": "stemmer", "language": "possessive_english"},
        "english_stop": {"type": "stop", "stopwords": "_english_"},
        "english_stemmer": {"type": "stemmer", "language": "english"},
    },
    "it": {
        "italian_elision": {
            "type": "elision",
            "articles_case": True,
            "articles": ["l", "un", "d", "c", "m", "s", "t", "v"]
            + ["all", "dall", "dell", "nell", "sull", "coll", "pell"]
            + ["gl", "agl", "dagl", "degl", "negl", "sugl"],
        },
        "italian_stop": {"type": "stop", "stopwords": "_italian_"},
        "italian_stemmer": {"type": "stemmer", "language": "light_italian"},
    },
    "lt": {
        "lithuanian_stop": {"type": "stop", "stopwords": "_lithuanian_"},
        "lithuanian_stemmer": {"type": "stemmer", "language": "lithuanian"},
    },
    "lv": {
        "latvian_stop": {"type": "stop", "stopwords": "_latvian_"},
        "latvian_stemmer": {"type": "stemmer", "language": "latvian"},
    },
    "pt": {
        "portuguese_stop": {"type": "stop", "stopwords": "_portuguese_"},
        "portuguese_stemmer": {"type": "stemmer", "language": "light_portuguese"},
    },
    # Without the stempel plugin Polish has no stemmer: stop words only; the
    # `.folded` subfields and fuzziness carry the rest.
    "pl": {"polish_fallback_stop": {"type": "stop", "stopwords": sorted(STOP_WORDS["pl"])}},
}
LANGUAGE_CHAINS = {
    "en": ["english_possessive", "lowercase", "english_stop", "english_stemmer"],
    "it": ["italian_elision", "lowercase", "italian_stop", "italian_stemmer"],
    "lt": ["lowercase", "lithuanian_stop", "lithuanian_stemmer"],
    "lv": ["lowercase", "latvian_stop", "latvian_stemmer"],
    "pt": ["lowercase", "portuguese_stop", "portuguese_stemmer"],
    "pl": ["lowercase", "polish_fallback_stop"],
}
# `polish_stop` and `polish_stem` are defined by the plugin itself.
STEMPEL_CHAIN = ["lowercase", "polish_stop", "polish_stem"]

FOLDED_ANALYZER = {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding"]}


def language_analysis(language, stempel=False):
    """The `analysis` settings added for one language: its filters and its `default` and `folded` analysers."""
    if language == "pl" and stempel:
        filters, chain = {}, STEMPEL_CHAIN
    else:
        filters, chain = LANGUAGE_FILTERS.get(language, {}), LANGUAGE_CHAINS.get(language, ["lowercase"])
    return {
        "filter": deepcopy(filters),
        "analyzer": {
            # `default` is what every text field without its own analyser uses.
            "default": {"type": "custom", "tokenizer": "standard", "filter": [*chain, "asciifolding"]},
            "folded": deepcopy(FOLDED_ANALYZER),
        },
    }


class FoldedMapping(Elasticsearch9Mapping):
    """Wagtail's mapping, with an unstemmed `.folded` subfield on every text field.

    Autocomplete queries are folded too, so "kėd" and "ked" both find "Kėdės".
    """

    edgengram_analyzer_config = {"analyzer": "edgengram_analyzer", "search_analyzer": "folded"}

    def get_field_mapping(self, field):
        name, mapping = super().get_field_mapping(field)
        if isinstance(field, SearchField) and mapping.get("type") == "text":
            mapping["fields"] = {"folded": {"type": "text", "analyzer": "folded"}}
        return name, mapping


class LanguageIndex(Elasticsearch9Index):
    """One language's index of one root model, created with that language's analysers."""

    def __init__(self, backend, name, language=None):
        super().__init__(backend, name)
        self.language = language or backend.default_language

    def put(self):
        self.es.indices.create(index=self.name, **self.backend.index_settings(self.language))


class LanguageIndexes:
    """All language indexes of one root model, used where Wagtail expects a single index.

    Objects are routed to the index of their locale's language; searching,
    refreshing and rebuilding cover every language.
    """

    def __init__(self, backend, indexes):
        self.backend = backend
        self.indexes = indexes  # language code -> LanguageIndex
        self.name = ",".join(index.name for index in indexes.values())  # searches read all of them

    def for_language(self, language):
        return self.indexes.get(language) or self.indexes[self.backend.default_language]

    def for_object(self, obj):
        return self.for_language(self.backend.object_language(obj))

    def get_key(self):
        return self.name

    def __str__(self):
        return self.name

    def put(self):
        for index in self.indexes.values():
            index.put()

    def delete(self):
        for index in self.indexes.values():
            index.delete()

    def reset(self):
        for index in self.indexes.values():
            index.reset()

    def refresh(self):
        for index in self.indexes.values():
            index.refresh()

    def add_model(self, model):
        for index in self.indexes.values():
            index.add_model(model)

    def add_item(self, item):
        self.add_items(type(item), [item])

    def add_items(self, model, items):
        """Index `items` in one bulk request, each into its own language's index."""
        actions = []
        for item in items:
            if not class_is_indexed(type(item)):
                continue
            mapping = self.backend.mapping_class(type(item))
            document = mapping.get_document(item)
            actions.append({"_index": self.for_object(item).name, "_id": mapping.get_document_id(item), **document})
        if actions:
            with self.backend.reachable():
                self.backend.bulk(self.backend.es, actions)

    def delete_item(self, item):
        with self.backend.reachable():
            self.for_object(item).delete_item(item)


class AtomicLanguageIndexRebuilder(ElasticsearchAtomicIndexRebuilder):
    """Wagtail's atomic rebuild (new index, then move the alias) for one language index."""

    def __init__(self, index):
        self.alias = index
        self.index = LanguageIndex(index.backend, f"{index.name}_{get_random_string(7).lower()}", index.language)


class LanguageIndexesRebuilder:
    """Rebuilds each language index of a root model with the backend's per-index rebuilder."""

    def __init__(self, indexes):
        self.backend = indexes.backend
        self.rebuilders = {
            language: self.backend.language_rebuilder_class(index) for language, index in indexes.indexes.items()
        }

    def start(self):
        return LanguageIndexes(self.backend, {language: r.start() for language, r in self.rebuilders.items()})

    def finish(self):
        for rebuilder in self.rebuilders.values():
            rebuilder.finish()


class MultilingualElasticsearchBackend(Elasticsearch9SearchBackend):
    """Wagtail's Elasticsearch 9 backend with one index per content language.

    Settings: `URLS`, `INDEX` (the name every index starts with), `TIMEOUT`,
    and Wagtail's usual `ATOMIC_REBUILD`, `INDEX_SETTINGS` and `OPTIONS`.
    Indexing errors are logged, not raised (Wagtail's behaviour for external
    services), so pages can be saved and published while the cluster is down;
    `manage.py update_index` catches up afterwards.
    """

    mapping_class = FoldedMapping
    index_class = LanguageIndex
    atomic_rebuilder_class = AtomicLanguageIndexRebuilder

    def __init__(self, params):
        params = dict(params)
        self.index_name = params.pop("INDEX", "vet2b")
        super().__init__(params)
        self.languages = [code for code, _name in settings.LANGUAGES]
        self.default_language = settings.LANGUAGE_CODE
        # Wagtail rebuilds one index at a time; ours are rebuilt per language.
        self.language_rebuilder_class = self.rebuilder_class
        self.rebuilder_class = LanguageIndexesRebuilder

    @contextmanager
    def reachable(self):
        """Talk to the cluster unless it failed to answer moments ago; remember when it does not answer."""
        key = repr(self.hosts)
        if time.monotonic() < _unreachable_until.get(key, 0):
            raise SearchUnavailable("Elasticsearch was unreachable moments ago; not trying again yet.")
        try:
            yield
        except (ClusterUnreachable, ConnectionTimeout):
            _unreachable_until[key] = time.monotonic() + RETRY_AFTER_SECONDS
            raise

    # --- Index settings ----------------------------------------------------

    def has_stempel(self):
        """Whether every node of the cluster has the Polish stemmer plugin."""
        try:
            nodes = self.es.nodes.info(metric="plugins")["nodes"]
        except ApiError:
            # Hosted clusters may refuse node information; the fallback analyser always works.
            logger.warning("Could not list the Elasticsearch plugins; Polish is indexed without stemming")
            return False
        return bool(nodes) and all(
            any(plugin.get("name") == STEMPEL_PLUGIN for plugin in node.get("plugins", [])) for node in nodes.values()
        )

    def index_settings(self, language):
        """The body that creates one language's index: Wagtail's analysers plus this language's."""
        body = deepcopy(self.settings)
        stempel = language == "pl" and self.has_stempel()
        analysis = body["settings"]["analysis"]
        for key, values in language_analysis(language, stempel).items():
            analysis.setdefault(key, {}).update(values)
        return body

    # --- Routing -----------------------------------------------------------

    def object_language(self, obj):
        locale_id = getattr(obj, "locale_id", None)
        language = locale_for(locale_id).language_code if locale_id else self.default_language
        return language if language in self.languages else self.default_language

    def index_name_for(self, model, language):
        root = get_model_root(model)
        return f"{self.index_prefix}{self.index_name}_{root._meta.app_label}_{root.__name__}_{language}".lower()

    def get_index_for_model(self, model):
        translatable = issubclass(get_model_root(model), TranslatableMixin)
        languages = self.languages if translatable else [self.default_language]
        return LanguageIndexes(
            self,
            {language: LanguageIndex(self, self.index_name_for(model, language), language) for language in languages},
        )

    def get_index_for_object(self, obj):
        return self.get_index_for_model(type(obj)).for_object(obj)

    # --- Indexing ----------------------------------------------------------

    def add(self, obj):
        # A version's display_languages depend on which other versions are
        # live, so the whole translation group is indexed together.
        self.get_index_for_model(type(obj)).add_items(type(obj), [obj, *self._other_versions(obj)])

    def delete(self, obj):
        indexes = self.get_index_for_model(type(obj))
        indexes.delete_item(obj)
        if others := self._other_versions(obj):
            indexes.add_items(type(obj), others)

    def _other_versions(self, obj):
        if not isinstance(obj, Page):
            return []
        versions = Page.objects.filter(translation_key=obj.translation_key).exclude(pk=obj.pk).specific()
        return [version for version in versions if class_is_indexed(type(version))]

    def offering_index_names(self):
        return self.get_index_for_model(OfferingPage).name


SearchBackend = MultilingualElasticsearchBackend


# --- Searching offerings ----------------------------------------------------

# The indexed attribute of an offering that each facet reads.
FACET_FIELDS = {
    "country": "school_country",
    "category": "category_codes",
    "kind": "kind",
    "delivery": "delivery_modes",
    "price": "price_model",
    "language": "school_languages",
    "eqf": "eqf_level",
    "month": "months_available",
    "lead": "lead_time_days",
}
# Searchable attributes and their query-time weights; the title counts most.
TEXT_FIELDS = {"title": 4, "summary": 2, "category_names": 2, "alternative_spellings": 2, "body": 1}
KEYWORD_BOOST = 3
PREFIX_BOOST = 0.5  # a word typed halfway counts less than a whole word


@cache
def offering_column(name, kind=FilterField):
    """The document field that holds an offering's `name` search field of class `kind`."""
    mapping = FoldedMapping(OfferingPage)
    for field in OfferingPage.get_search_fields():
        if field.field_name == name and type(field) is kind:
            return mapping.get_field_column_name(field)
    raise LookupError(f"OfferingPage.search_fields has no {kind.__name__}({name!r})")


def text_query(request):
    """Every word (or any word, with the "or" operator) in a title, summary, body, keyword or category name."""
    words = query_terms(request.terms())
    if not words:
        return {"match_all": {}}
    clauses = [_word_query(word) for word in words]
    if request.operator == "or":
        return {"bool": {"should": clauses, "minimum_should_match": 1}}
    return {"bool": {"must": clauses}}


def _word_query(word):
    fields = []
    for name, boost in TEXT_FIELDS.items():
        column = offering_column(name, SearchField)
        fields += [f"{column}^{boost}", f"{column}.folded^{boost}"]
    keywords = offering_column("keywords", RelatedFields)
    clauses = [
        {
            "multi_match": {
                "query": word,
                "fields": fields,
                "type": "best_fields",
                "tie_breaker": 0.3,
                "fuzziness": "AUTO",
                "prefix_length": 1,
            }
        },
        {
            "nested": {
                "path": keywords,
                "ignore_unmapped": True,
                "score_mode": "max",
                "query": {
                    "multi_match": {
                        "query": word,
                        "fields": [f"{keywords}.name", f"{keywords}.name.folded"],
                        "fuzziness": "AUTO",
                        "prefix_length": 1,
                        "boost": KEYWORD_BOOST,
                    }
                },
            }
        },
    ]
    if len(word) >= MIN_STEM:  # shorter beginnings would match too much
        clauses.append({"match": {"_edgengrams": {"query": word, "boost": PREFIX_BOOST}}})
    return {"bool": {"should": clauses, "minimum_should_match": 1}}


def base_filters(language):
    """Live offerings shown to visitors of `language` (their own version or the original standing in)."""
    return [
        {"term": {"_django_content_type": FoldedMapping(OfferingPage).get_content_type()}},
        {"term": {offering_column("live"): True}},
        {"term": {offering_column("display_languages"): language}},
    ]


def facet_filter(name, values):
    """Documents having any of `values` for facet `name`; for lead time, within the tightest limit chosen."""
    column = offering_column(FACET_FIELDS[name])
    if name == "lead":
        limits = [int(value) for value in values if str(value).isdigit()]
        return {"range": {column: {"lte": min(limits)}}} if limits else None
    return {"terms": {column: [str(value) for value in values]}}


def facet_aggregation(name, other_filters):
    """Counts for facet `name` among results filtered by every other facet's selection, but not its own."""
    column = offering_column(FACET_FIELDS[name])
    if name == "lead":
        # Limits nest, so a document counts under every limit it is within ("to" is exclusive).
        values = {
            "range": {"field": column, "ranges": [{"key": str(days), "to": days + 1} for days in LEAD_TIME_LIMITS]}
        }
    else:
        values = {"terms": {"field": column, "size": vocabulary_size(name)}}
    return {"filter": {"bool": {"filter": other_filters}}, "aggs": {"values": values}}


def vocabulary_size(name):
    """How many values facet `name` can take, so its terms aggregation returns them all (not the default 10)."""
    if name == "category":
        size = Category.objects.values("code").distinct().count()
    else:
        size = len(FACETS_BY_NAME[name].choices())
    return max(size, 1)


def sort_clauses(sort):
    score = {"_score": "desc"}
    newest = {offering_column("first_published_at"): {"order": "desc", "missing": "_last"}}
    shortest = {offering_column("lead_time_days"): {"order": "asc"}}
    tie = {offering_column("id"): "desc"}  # a stable order across pages
    return {
        Sort.NEWEST: [newest, tie],
        Sort.LEAD_TIME: [shortest, score, tie],
    }.get(sort, [score, newest, tie])


def search_body(request):
    """The Elasticsearch request for one page of `request`, with counts for every facet.

    Facet selections go into `post_filter`, so each facet's aggregation can
    count as if its own selection were not made (OR within a facet, AND
    across facets) while the hits honour all of them.
    """
    selections = {}
    for name, values in request.filters.items():
        if name in FACET_FIELDS and values and (clause := facet_filter(name, values)) is not None:
            selections[name] = clause
    body = {
        "query": {"bool": {"must": [text_query(request)], "filter": base_filters(request.language)}},
        "aggs": {
            name: facet_aggregation(name, [clause for other, clause in selections.items() if other != name])
            for name in FACET_FIELDS
        },
        "sort": sort_clauses(request.sort),
        "from": request.offset,
        "size": request.page_size,
        "track_total_hits": True,
        "_source": False,
    }
    if selections:
        body["post_filter"] = {"bool": {"filter": list(selections.values())}}
    return body


def default_backend():
    """The configured default backend, if it is this one; its client is kept between searches."""
    config = settings.WAGTAILSEARCH_BACKENDS.get("default", {})
    key = repr(sorted(config.items()))
    if key not in _backends:
        backend = get_search_backend("default")
        if not isinstance(backend, MultilingualElasticsearchBackend):
            raise SearchUnavailable("The default search backend is not Elasticsearch.")
        _backends.clear()
        _backends[key] = backend
    return _backends[key]


_backends = {}


def search_elasticsearch(request, backend=None):
    """Offering ids best first for the requested page, the number of hits and the counts per facet value.

    Raises `SearchUnavailable` when the cluster cannot answer: unreachable,
    too slow, an index missing, or any error it returns.
    """
    backend = backend or default_backend()
    body = search_body(request)
    try:
        with backend.reachable():
            response = backend.es.search(index=backend.offering_index_names(), **body)
        hits = response["hits"]
        ids = [int(hit["_id"]) for hit in hits["hits"]]
        total = hits["total"]["value"]
        facet_counts = {
            name: {str(bucket["key"]): bucket["doc_count"] for bucket in aggregation["values"]["buckets"]}
            for name, aggregation in response["aggregations"].items()
        }
    except (ApiError, TransportError, KeyError, TypeError, ValueError) as error:
        raise SearchUnavailable(f"Elasticsearch could not answer: {error}") from error
    return ids, total, {name: {k: v for k, v in counts.items() if v} for name, counts in facet_counts.items()}
