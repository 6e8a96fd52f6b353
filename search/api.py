"""Search in the public API: the website's engine, relevance and facets, as JSON.

The parameters are the website's (`/en/search/?q=…&country=LT` becomes
`/api/v1/search?q=…&country=LT`), so a link can move between the two and
answer the same. Unlike the website, the API refuses malformed values with
a 422 instead of ignoring them; well-formed values that name nothing (a
category code that does not exist) are dropped with a notice, as there.
"""

from typing import Annotated, Literal

from django.utils import translation
from ninja import Query, Router, Schema
from pydantic import AfterValidator, Field

from home.api import ERRORS, CategoryCode, LanguageCode, LanguageTag, translation_links
from home.choices import Country
from offerings.api import OfferingOut, category_names, offering_queryset, serialize
from offerings.models import DeliveryMode, OfferingKind, PriceModel

from .engine import search_offerings
from .query import FACETS, LEAD_TIME_LIMITS, MAX_PAGE, SearchRequest, Sort

router = Router(tags=["search"])

MAX_SEARCH_LIMIT = 50


def _offered_lead_time(days):
    if days not in LEAD_TIME_LIMITS:
        raise ValueError(f"Use one of {', '.join(map(str, LEAD_TIME_LIMITS))} days.")
    return days


# An enumeration of integers; Literal would refuse "3" as it comes in a URL.
LeadTimeLimit = Annotated[int, Field(json_schema_extra={"enum": LEAD_TIME_LIMITS}), AfterValidator(_offered_lead_time)]
EQFLevelNumber = Annotated[int, Field(ge=1, le=8)]
MonthNumber = Annotated[int, Field(ge=1, le=12)]


class SearchParameters(Schema):
    q: str = Field("", description="Words in any portal language; more than 200 characters are cut.", max_length=1000)
    locale: LanguageCode = Field(
        "en",
        description=(
            "The searcher's language: offerings come in it where translated (else in their original), "
            "equally good matches in it rank first, and facet labels are in it."
        ),
    )
    country: list[Country] = Field([], description="Country of the school; repeat for several.")
    category: list[CategoryCode] = Field([], description="Category code; repeat for several.")
    kind: list[OfferingKind] = Field([], description="Product or service.")
    delivery: list[DeliveryMode] = Field([], description="Delivery mode; repeat for several.")
    price: list[PriceModel] = Field([], description="Price model; repeat for several.")
    language: list[LanguageTag] = Field([], description="A language the school works in; repeat for several.")
    eqf: list[EQFLevelNumber] = Field([], description="EQF level of the students' qualification (1-8).")
    month: list[MonthNumber] = Field([], description="Month the offering is available in (1-12).")
    lead: LeadTimeLimit | None = Field(None, description="Longest acceptable lead time in days.")
    sort: Literal[tuple(value for value, _label in Sort.choices)] | None = Field(
        None, description="Best match when there are words, else newest."
    )
    page: int = Field(1, ge=1, le=MAX_PAGE)
    limit: int = Field(20, ge=1, le=MAX_SEARCH_LIMIT)

    def as_params(self):
        """The website's URL parameters for these values."""
        params = {"q": self.q, "sort": self.sort or "", "page": str(self.page)}
        for facet in FACETS:
            value = getattr(self, facet.name)
            values = value if isinstance(value, list) else [] if value is None else [value]
            params[facet.name] = [str(item) for item in values]
        return params


class FacetValueOut(Schema):
    value: str
    label: str
    count: int = Field(description="Results this value gives, with the other facets' choices applied.")
    selected: bool


class FacetOut(Schema):
    name: str = Field(description="The parameter that selects its values.")
    label: str
    multiple: bool = Field(description="Whether several values may be chosen (they combine with OR).")
    values: list[FacetValueOut]


class SchoolMatchOut(Schema):
    id: int
    title: str
    city: str
    country: str


class CategorySuggestionOut(Schema):
    code: str
    name: str


class SearchOut(Schema):
    query: str = Field(description="The words searched for: the corrected ones when `corrected_from` is set.")
    corrected_from: str = Field(description="The words asked for, when nothing matched them and a spelling did.")
    locale: str
    total: int
    page: int
    page_count: int
    sort: str
    engine: Literal["database", "elasticsearch"]
    degraded: bool = Field(description="Elasticsearch was unreachable and the database answered.")
    notices: list[str] = Field(description="What was changed or ignored in the request, in the searcher's language.")
    facets: list[FacetOut]
    items: list[OfferingOut]
    schools: list[SchoolMatchOut] = Field(description="A few schools whose own page matches the words.")
    nearest_categories: list[CategorySuggestionOut] = Field(description="Offered when nothing matches.")
    next: str | None
    previous: str | None


@router.get("", response={200: SearchOut, **ERRORS}, url_name="search", summary="Search offerings")
def search(request, parameters: Query[SearchParameters]):
    """Offerings matching words and facet choices, with facet counts, as the website's search answers them."""
    with translation.override(parameters.locale):
        search_request = SearchRequest.from_params(
            parameters.as_params(), parameters.locale, page_size=parameters.limit
        )
        response = search_offerings(search_request, source="api")
        return _payload(request, parameters, search_request, response)


def _payload(request, parameters, search_request, response):
    ids = response.hit_ids
    by_pk = offering_queryset().filter(pk__in=ids).in_bulk()
    items = [by_pk[pk] for pk in ids if pk in by_pk]
    translation_links(items, request, "api:offering")
    names = category_names()
    return {
        "query": response.request.text,
        "corrected_from": response.corrected_from,
        "locale": parameters.locale,
        "total": response.total,
        "page": search_request.page,
        "page_count": response.page_count,
        "sort": search_request.sort,
        "engine": response.engine,
        "degraded": response.degraded,
        "notices": [str(notice) for notice in search_request.notices],
        "facets": [
            {
                "name": facet.name,
                "label": str(facet.label),
                "multiple": facet.multiple,
                "values": [
                    {"value": v.value, "label": str(v.label), "count": v.count, "selected": v.selected} for v in values
                ],
            }
            for facet, values in response.facets()
        ],
        "items": [serialize(page, request, names) for page in items],
        "schools": [
            {"id": school.pk, "title": school.title, "city": school.city, "country": school.country}
            for school in response.schools
        ],
        "nearest_categories": [{"code": c.code, "name": c.name} for c in response.nearest_categories],
        "next": _page_url(request, search_request.page + 1) if search_request.page < response.page_count else None,
        "previous": _page_url(request, search_request.page - 1) if search_request.page > 1 else None,
    }


def _page_url(request, page):
    params = request.GET.copy()
    params["page"] = str(page)
    return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")
