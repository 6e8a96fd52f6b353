"""Saved searches: how they are stored, described and checked for new results."""

from urllib.parse import urlencode

from django.http import QueryDict
from django.utils import timezone, translation
from django.utils.translation import gettext

from home.i18n import attach_localized_urls
from search.engine import search_offerings
from search.query import FACETS, SearchRequest, Sort

from .emails import absolute_url, preferred_language, send_to_user

ALERT_RESULTS = 50  # newest matches read per alert; more new ones than this are summed up by a link


def normalised_query(params, language):
    """The search as the search page would link it: known words and filters only, first page."""
    request = SearchRequest.from_params(params, language)
    return urlencode(request.params(page=1))


def describe(saved_searches, language):
    """Set `.description` on each saved search: its words and filters in the active language."""
    choices = {}
    for saved in saved_searches:
        request = SearchRequest.from_params(QueryDict(saved.query_string), language)
        parts = [f"“{request.text}”"] if request.text else []
        for facet in FACETS:
            selected = request.selected(facet.name)
            if not selected:
                continue
            if facet.name not in choices:
                choices[facet.name] = {value: str(label) for value, label in facet.choices()}
            labels = ", ".join(choices[facet.name].get(value, value) for value in selected)
            parts.append(f"{facet.label}: {labels}")
        saved.description = " · ".join(parts) or gettext("All offerings")
    return saved_searches


def new_results(saved, language):
    """Live offerings matching the saved search that were first published after its last alert, newest first."""
    params = QueryDict(saved.query_string, mutable=True)
    params["sort"] = Sort.NEWEST
    params.pop("page", None)
    request = SearchRequest.from_params(params, language, page_size=ALERT_RESULTS)
    response = search_offerings(request, source="alert")
    return [hit for hit in response.hits if hit.first_published_at and hit.first_published_at > saved.last_alert_at]


def send_alert(saved):
    """E-mail the new results of one saved search, once: the next run only looks after this one."""
    checked_at = timezone.now()
    user = saved.user
    sent = 0
    if saved.alerts_enabled and user.is_active:
        language = preferred_language(user)
        with translation.override(language):
            hits = new_results(saved, language)
            if hits:
                for hit in attach_localized_urls(hits, None, language):
                    hit.absolute_url = absolute_url(hit.localized_url)
                describe([saved], language)
                search_url = absolute_url(f"/{language}/search/?{saved.query_string}")
                send_to_user(user, "saved_search_alert", {"saved": saved, "hits": hits, "search_url": search_url})
                sent = len(hits)
    saved.last_alert_at = checked_at
    saved.save(update_fields=["last_alert_at"])
    return sent
