"""The search page and its suggestions, under each language prefix."""

from urllib.parse import urlencode

from django.conf import settings
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import get_language, gettext

from home.i18n import LanguageLink, attach_localized_urls, locale_for
from home.text import fold
from offerings.models import Category, label_categories, prepare_cards
from schools.models import SchoolPage

from .engine import best_matches, search_offerings
from .facts import candidate_offerings
from .query import WORD, SearchRequest, Sort

SUGGESTIONS = 8


def search(request):
    """Offerings and schools matching a company's words and filters, with facet counts."""
    search_request = SearchRequest.from_params(request.GET, get_language())
    response = search_offerings(search_request)
    prepare_cards(response.hits, request)
    attach_localized_urls(label_categories(response.schools), request)

    facets = response.facets()
    removable = [
        (facet, value, "?" + urlencode(_without(search_request, facet.name, value.value)))
        for facet, values in facets
        for value in values
        if value.selected
    ]
    context = {
        "search": search_request,
        "response": response,
        "facets": [(facet, values, any(value.selected for value in values)) for facet, values in facets],
        "removable_filters": removable,
        "sort_choices": [
            (value, label) for value, label in Sort.choices if search_request.text or value != Sort.RELEVANCE
        ],
        "page_links": _page_links(search_request, response),
        "language_links": [LanguageLink(code, name, f"/{code}/search/", True) for code, name in settings.LANGUAGES],
        "directory_url": f"/{get_language()}/schools/",
        "unfiltered_url": "?" + urlencode({"q": search_request.text}) if search_request.text else "?",
    }
    return TemplateResponse(request, "search/search.html", context)


def _without(search_request, facet_name, value):
    remaining = [v for v in search_request.selected(facet_name) if v != value]
    return search_request.params(**{facet_name: remaining, "page": 1})


def _page_links(search_request, response):
    """Previous and next page URLs, keeping every other parameter."""
    links = {}
    if search_request.page > 1:
        links["previous"] = "?" + urlencode(search_request.params(page=search_request.page - 1))
    if search_request.page < response.page_count:
        links["next"] = "?" + urlencode(search_request.params(page=search_request.page + 1))
    return links


def suggest(request):
    """Up to eight completions for the search box: categories, offering titles and schools."""
    text = " ".join(WORD.findall(request.GET.get("q", "")))[:100]
    if len(text) < 2:
        return JsonResponse({"suggestions": []})
    language = get_language()
    suggestions = []

    folded = fold(text)
    for category in Category.in_locale(locale_for(language)):
        if fold(category.name).startswith(folded) or f" {folded}" in fold(category.name):
            suggestions.append({"label": category.name, "kind": gettext("Category"), "value": category.name})

    offerings = candidate_offerings(language)
    best = best_matches(offerings, text, SUGGESTIONS)
    titles = dict(offerings.filter(pk__in=best).values_list("pk", "title"))
    kind = gettext("Offering")
    suggestions += [{"label": titles[pk], "kind": kind, "value": titles[pk]} for pk in best if pk in titles]

    schools = SchoolPage.objects.live().public().in_language(locale_for(language))
    school_titles = schools.filter(pk__in=best_matches(schools, text, 3)).values_list("title", flat=True)
    suggestions += [{"label": title, "kind": gettext("School"), "value": title} for title in school_titles]
    unique = list({item["label"]: item for item in suggestions}.values())
    return JsonResponse({"suggestions": unique[:SUGGESTIONS]})
