"""Answering a search: Elasticsearch when configured and reachable, else the database.

The database engine reads one row of facts per matching offering and does
filtering, facet counting, sorting and paging in Python from those rows, so
the counts always agree with the results. Facets are disjunctive: the
counts of a facet ignore that facet's own selection, so each count is the
number of results a click on it adds.
"""

import logging
import re
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Subquery
from wagtail.search.backends import get_search_backend

from home.choices import Country
from home.fields import has_any
from home.i18n import locale_for
from offerings.models import OfferingPage
from schools.models import SchoolPage, school_of_offering

from . import spelling
from .backends import SearchUnavailable
from .facts import candidate_offerings, catalogue_facts
from .models import SearchLog
from .query import FACETS, FACETS_BY_NAME, LEAD_TIME_LIMITS, SearchResponse, Sort

logger = logging.getLogger(__name__)

SCHOOLS_SHOWN = 4
# Between equally good matches, the one the visitor can read comes first.
OWN_LANGUAGE_BOOST = 1.5


def search_offerings(request, source="web"):
    """Answer `request`; when nothing matches all words, retry with any word, then with corrected spelling."""
    response = _run(request)
    if response.total == 0 and len(request.terms()) > 1 and request.operator == "and":
        relaxed = _run(request.with_operator("or"))
        if relaxed.total:
            response = relaxed
    if response.total == 0 and request.terms():
        corrected = spelling.correct(request.terms(), request.language)
        if corrected:
            retry = _run(request.with_text(corrected))
            if retry.total:
                retry.corrected_from = request.text
                response = retry
    if response.total == 0:
        response.nearest_categories = spelling.nearest_categories(request.terms(), request.language)
    if request.page == 1 and source:
        log_search(request, response, source)
    return response


def _run(request):
    if elasticsearch_configured():
        try:
            return _elasticsearch(request)
        except SearchUnavailable:
            logger.warning("Elasticsearch is unavailable; answering from the database", exc_info=True)
            response = _database(request)
            response.degraded = True
            return response
    return _database(request)


def elasticsearch_configured():
    backend = settings.WAGTAILSEARCH_BACKENDS.get("default", {}).get("BACKEND", "")
    return "elasticsearch" in backend


def database_backend_name():
    """The database backend: the default one, or the fallback beside Elasticsearch."""
    return "database" if "database" in settings.WAGTAILSEARCH_BACKENDS else "default"


def _elasticsearch(request):
    from .backends.elasticsearch import search_elasticsearch

    ids, total, facet_counts = search_elasticsearch(request)
    response = SearchResponse(request, ids, total, facet_counts, engine="elasticsearch")
    response.schools = _schools(request)
    return response


def _database(request):
    offerings = candidate_offerings(request.language)
    words = request.terms()
    scores = {}
    if words:
        backend = get_search_backend(database_backend_name())
        results = offerings.search(" ".join(words), backend=database_backend_name(), operator=request.operator)
        matched, scores = results.query_compiler.matches_with_scores(backend)
    else:
        matched = offerings

    documents = _documents(request.language, matched if words else None, scores)
    selected = {name: set(values) for name, values in request.filters.items()}
    counts = {facet.name: {} for facet in FACETS}
    hits = []
    for document in documents:
        failed = [name for name, values in selected.items() if not document.matches(name, values)]
        if not failed:
            hits.append(document)
            document.count_into(counts, FACETS_BY_NAME)
        elif len(failed) == 1:
            document.count_into(counts, [failed[0]])

    hits.sort(key=_sort_key(request.sort))
    page = hits[request.offset : request.offset + request.page_size]
    response = SearchResponse(request, [hit.pk for hit in page], len(hits), counts)
    response.schools = _schools(request)
    return response


def _documents(language, matched, scores):
    """A document for each offering in `matched` (every one a visitor may find when None), from cached facts.

    `scores` maps pks to relevance, higher is better; a match in the visitor's
    own language counts more.
    """
    facts = catalogue_facts(language)
    own_locale = locale_for(language).pk
    pks = facts.keys() if matched is None else matched.order_by().values_list("pk", flat=True)
    documents = []
    for pk in pks:
        fact = facts.get(pk)
        if fact is None:
            continue  # not expected: `matched` is drawn from the same candidates
        locale_id, published, lead_time_days, values = fact
        relevance = float(scores.get(pk) or 0) * (OWN_LANGUAGE_BOOST if locale_id == own_locale else 1)
        documents.append(Document(pk, relevance, published, lead_time_days, values))
    return documents


@dataclass
class Document:
    """The facts of one matching offering."""

    pk: int
    relevance: float
    published: float
    lead_time_days: int
    values: dict

    def matches(self, name, selected):
        if name == "lead":
            return self.lead_time_days <= min(int(value) for value in selected)
        return not self.values[name].isdisjoint(selected)

    def count_into(self, counts, names):
        for name in names:
            if name == "lead":
                lead_counts = counts["lead"]
                for days in LEAD_TIME_LIMITS:
                    if self.lead_time_days <= days:
                        lead_counts[str(days)] = lead_counts.get(str(days), 0) + 1
                continue
            facet_counts = counts[name]
            for value in self.values[name]:
                facet_counts[value] = facet_counts.get(value, 0) + 1


def _sort_key(sort):
    if sort == Sort.NEWEST:
        return lambda doc: (-doc.published, -doc.pk)
    if sort == Sort.LEAD_TIME:
        return lambda doc: (doc.lead_time_days, -doc.relevance, -doc.pk)
    return lambda doc: (-doc.relevance, -doc.published, -doc.pk)


def card_pages(ids):
    """The offerings with these ids, ready for cards with their school, in the same order."""
    school = school_of_offering()
    pages = (
        # live().public() again: an engine's index may lag behind an unpublish or a new restriction.
        OfferingPage.card_queryset(OfferingPage.objects.live().public().filter(pk__in=ids))
        .select_related("locale")
        .annotate(
            school_title=Subquery(school.values("title")[:1]),
            school_city=Subquery(school.values("city")[:1]),
            school_country_code=Subquery(school.values("country")[:1]),
        )
    )
    by_pk = {page.pk: page for page in pages}
    for page in by_pk.values():
        page.school_country_name = Country(page.school_country_code).label if page.school_country_code else ""
    return [by_pk[pk] for pk in ids if pk in by_pk]


def best_matches(queryset, text, limit, operator="and"):
    """The pks of the `limit` objects of `queryset` that match `text` best, through the database backend."""
    backend = get_search_backend(database_backend_name())
    results = queryset.search(text, backend=database_backend_name(), operator=operator)
    matched, scores = results.query_compiler.matches_with_scores(backend)
    return sorted(matched.values_list("pk", flat=True), key=lambda pk: (-scores.get(pk, 0.0), pk))[:limit]


def _schools(request):
    """A few schools matching the words and the school-level filters, shown above the offerings."""
    words = request.terms()
    if not words or request.page != 1:
        return []
    schools = SchoolPage.objects.live().public().in_language(locale_for(request.language))
    if countries := request.selected("country"):
        schools = schools.filter(country__in=countries)
    if codes := request.selected("category"):
        links = SchoolPage.categories.through.objects.filter(category__code__in=codes)
        schools = schools.filter(pk__in=links.values("schoolpage_id"))
    if languages := request.selected("language"):
        schools = schools.filter(has_any("working_languages", languages))
    ids = best_matches(schools, " ".join(words), SCHOOLS_SHOWN, operator=request.operator)
    by_pk = SchoolPage.card_queryset(SchoolPage.objects.filter(pk__in=ids)).in_bulk()
    return [by_pk[pk] for pk in ids if pk in by_pk]


EMAIL = re.compile(r"\S+@\S+")
LONG_NUMBER = re.compile(r"\+?\d[\d\s./-]{6,}\d")
MASKS = {"[email]", "[number]"}


def mask_personal_data(text):
    """`text` with e-mail addresses and long numbers (phones, IDs) replaced by the words in MASKS."""
    return LONG_NUMBER.sub("[number]", EMAIL.sub("[email]", text))


def log_search(request, response, source):
    """Keep the query for demand reports, masking what could identify a person."""
    query = mask_personal_data(request.text)[:200]
    SearchLog.objects.create(
        query=query,
        language=request.language,
        filters={name: list(values) for name, values in request.filters.items()},
        sort=request.sort,
        result_count=response.total,
        engine=response.engine,
        degraded=response.degraded,
        source=source,
    )
