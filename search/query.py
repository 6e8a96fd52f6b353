"""What a company asks for: words, facet choices, a sort order and a page.

Both engines (database and Elasticsearch) and both surfaces (website and
API) read the same `SearchRequest`, so a link copied from one answers the
same in the other. Bad input never raises: unknown values are dropped and
reported as notices.
"""

import re
from dataclasses import dataclass, field
from functools import cached_property

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from home.choices import Country, EQFLevel, Month
from home.i18n import active_locale, language_name
from offerings.models import Category, DeliveryMode, OfferingKind, PriceModel

MAX_QUERY_LENGTH = 200  # characters read from the box; the rest is ignored with a notice
MAX_TERMS = 12
MAX_TERM_LENGTH = 40
PAGE_SIZE = 20
MAX_PAGE = 500  # deeper pages are not useful and cost the engines most

# Unicode words, so "kėdės", "tortów" and "3D" survive and operators do not.
WORD = re.compile(r"\w+", re.UNICODE)
CONTROL = re.compile(r"[\x00-\x1f\x7f]")  # PostgreSQL refuses NUL, and none of these belong in a search


class Sort:
    RELEVANCE = "relevance"
    NEWEST = "newest"
    LEAD_TIME = "lead_time"

    choices = [
        (RELEVANCE, _("Best match")),
        (NEWEST, _("Newest")),
        (LEAD_TIME, _("Shortest lead time")),
    ]


# Upper limits offered for the lead time, in days.
LEAD_TIME_LIMITS = [3, 7, 14, 30, 60]


@dataclass(frozen=True)
class Facet:
    """One way to narrow the results; `name` is both the URL parameter and the document field."""

    name: str
    label: str
    multiple: bool = True
    numeric: bool = False

    def choices(self):
        """(value, label) pairs in display order; values are strings as in URLs."""
        return FACET_CHOICES[self.name]()


def _category_choices():
    return [(category.code, category.name) for category in Category.in_locale(active_locale())]


def _languages():
    return [(code, language_name(code)) for code, _name in settings.WORKING_LANGUAGES]


FACET_CHOICES = {
    "country": lambda: sorted(((c.value, c.label) for c in Country), key=lambda choice: str(choice[1])),
    "category": _category_choices,
    "kind": lambda: list(OfferingKind.choices),
    "delivery": lambda: list(DeliveryMode.choices),
    "price": lambda: list(PriceModel.choices),
    "language": _languages,
    "eqf": lambda: [(str(value), label) for value, label in EQFLevel.choices],
    "month": lambda: [(str(value), label) for value, label in Month.choices],
    "lead": lambda: [
        (str(days), pgettext_lazy("lead time facet", "Within %(days)s days") % {"days": days})
        for days in LEAD_TIME_LIMITS
    ],
}

FACETS = [
    Facet("country", _("Country")),
    Facet("category", _("Category")),
    Facet("kind", _("Product or service")),
    Facet("delivery", _("Delivery")),
    Facet("price", _("Price")),
    Facet("language", _("Language the school works in")),
    Facet("eqf", _("EQF level")),
    Facet("month", _("Available in")),
    # Limits nest (within 7 days is also within 14), so only one applies.
    Facet("lead", _("Lead time"), multiple=False, numeric=True),
]
FACETS_BY_NAME = {facet.name: facet for facet in FACETS}


@dataclass
class SearchRequest:
    """A validated search: safe to hand to any engine, cheap to turn back into a URL."""

    text: str = ""
    language: str = settings.LANGUAGE_CODE
    filters: dict = field(default_factory=dict)  # facet name -> tuple of values
    sort: str = Sort.RELEVANCE
    page: int = 1
    page_size: int = PAGE_SIZE
    notices: list = field(default_factory=list)
    # "and" needs every word; the engine retries with "or" when nothing matches all of them.
    operator: str = "and"

    @classmethod
    def from_params(cls, params, language, page_size=PAGE_SIZE):
        """Read a QueryDict (or a dict of lists); drop what cannot be used and say so."""
        notices = []
        raw_text = CONTROL.sub(" ", params.get("q", "") or "")
        text = " ".join(raw_text.split())
        if len(text) > MAX_QUERY_LENGTH:
            text = text[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0]
            notices.append(_("Your search was long, so only its beginning was used."))

        filters = {}
        ignored = False
        for facet in FACETS:
            values = _getlist(params, facet.name)
            if not values:
                continue
            known = {value for value, _label in facet.choices()}
            chosen = tuple(dict.fromkeys(value for value in values if value in known))
            ignored = ignored or len(chosen) < len(set(values))
            if chosen:
                filters[facet.name] = chosen if facet.multiple else chosen[:1]
        if ignored:
            notices.append(_("Some filters in the link are not known and were ignored."))

        sort = params.get("sort") or ""
        if sort not in dict(Sort.choices):
            sort = Sort.RELEVANCE if text else Sort.NEWEST
        if sort == Sort.RELEVANCE and not text:
            sort = Sort.NEWEST

        try:
            page = int(params.get("page") or 1)
        except ValueError:
            page = 1
        page = min(max(page, 1), MAX_PAGE)
        return cls(text, language, filters, sort, page, page_size, notices)

    def terms(self):
        """The words to match, lower-cased, without operators or punctuation."""
        words = [word.casefold()[:MAX_TERM_LENGTH] for word in WORD.findall(self.text)]
        return list(dict.fromkeys(word for word in words if word.strip("_")))[:MAX_TERMS]

    @property
    def offset(self):
        return (self.page - 1) * self.page_size

    def selected(self, facet_name):
        return self.filters.get(facet_name, ())

    def with_text(self, text):
        """The same search for other words, from the first page."""
        return SearchRequest(text, self.language, dict(self.filters), self.sort, 1, self.page_size, [], self.operator)

    def with_operator(self, operator):
        """The same search needing all words ("and") or any of them ("or")."""
        return SearchRequest(
            self.text, self.language, self.filters, self.sort, self.page, self.page_size, self.notices, operator
        )

    def params(self, **changes):
        """The request as a list of URL parameters, with `changes` applied."""
        values = {"q": self.text, "sort": self.sort, "page": self.page, **{k: list(v) for k, v in self.filters.items()}}
        values.update(changes)
        pairs = []
        for key in ["q", *FACETS_BY_NAME, "sort", "page"]:
            value = values.get(key)
            if key == "page" and value == 1:
                continue
            if key == "sort" and value == (Sort.RELEVANCE if values.get("q") else Sort.NEWEST):
                continue
            for item in value if isinstance(value, (list, tuple)) else [value]:
                if item not in (None, ""):
                    pairs.append((key, str(item)))
        return pairs


def _getlist(params, name):
    if hasattr(params, "getlist"):
        return params.getlist(name)
    value = params.get(name, [])
    return list(value) if isinstance(value, (list, tuple)) else [value]


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class SearchResponse:
    """What an engine found: one page of hits, the total, and the counts per facet value."""

    request: SearchRequest
    hit_ids: list  # OfferingPage pks of this page of results, best first
    total: int
    facet_counts: dict  # facet name -> {value: count}
    engine: str = "database"
    degraded: bool = False  # Elasticsearch was unreachable and the database answered
    schools: list = field(default_factory=list)
    corrected_from: str = ""  # the visitor's words when results are for a corrected spelling
    nearest_categories: list = field(default_factory=list)  # offered when nothing matches

    @cached_property
    def hits(self):
        """This page's offerings, ready for cards; read only when shown (the API reads the ids its own way)."""
        from .engine import card_pages

        return card_pages(self.hit_ids)

    def facets(self):
        """Facets with labelled values, in display order, for templates and the API."""
        result = []
        for facet in FACETS:
            counts = self.facet_counts.get(facet.name, {})
            selected = set(self.request.selected(facet.name))
            values = [
                FacetValue(value, label, counts.get(value, 0), value in selected)
                for value, label in facet.choices()
                if counts.get(value) or value in selected
            ]
            if values:
                result.append((facet, values))
        return result

    @property
    def page_count(self):
        size = self.request.page_size
        return min((self.total + size - 1) // size, MAX_PAGE)
