"""Schools in the public API: the showcase's structured facts, without anyone's e-mail address."""

from typing import Any, Literal

from django.urls import reverse
from ninja import Query, Router, Schema
from pydantic import Field

from home.api import (
    ERRORS,
    MAX_LIMIT,
    CategoryCode,
    ImageOut,
    IsoDateTime,
    LanguageCode,
    LanguageTag,
    PageId,
    TranslationLink,
    image_payload,
    listing_page,
    page_version,
    renditions_prefetch,
    select_language,
)
from home.choices import Country
from home.fields import has_any
from offerings.api import CategoryOut, category_names, category_payload

from .models import SchoolPage

router = Router(tags=["schools"])


class SchoolOut(Schema):
    id: int
    locale: str
    original_locale: str
    title: str
    slug: str
    official_name: str
    country: Country
    region: str
    city: str
    address: str
    latitude: float | None
    longitude: float | None
    website: str
    phone: str = Field(description="Public contact phone; schools' e-mail addresses are never published.")
    introduction: str
    categories: list[CategoryOut]
    working_languages: list[str]
    eqf_levels: list[int]
    response_time_days: int | None
    logo: ImageOut | None
    image: ImageOut | None
    html_url: str
    api_url: str
    offerings_url: str
    translations: list[TranslationLink]


class SchoolDetailOut(SchoolOut):
    body: list[dict[str, Any]]


class SchoolList(Schema):
    items: list[SchoolOut]
    next: str | None


class SchoolFilters(Schema):
    locale: LanguageCode | None = Field(None, description="Only versions in this language.")
    fallback: bool = Field(False, description="With `locale`: include originals of schools not translated into it.")
    country: list[Country] = Field([], description="Repeat for several.")
    category: list[CategoryCode] = Field([], description="Category code; repeat for several.")
    language: list[LanguageTag] = Field([], description="A language the school works in; repeat for several.")
    updated_since: IsoDateTime | None = None
    order: Literal["-updated", "updated", "title", "-title", "id"] = "title"
    cursor: str | None = Field(None, description="From the `next` link of the previous page.", max_length=500)
    limit: int = Field(20, ge=1, le=MAX_LIMIT)


def school_queryset():
    return (
        SchoolPage.objects.live()
        .public()
        .select_related("locale", "logo", "hero_image")
        .prefetch_related("categories", renditions_prefetch("logo"), renditions_prefetch("hero_image"))
    )


def serialize(school, request, categories, detail=False):
    data = {
        "id": school.pk,
        "locale": school.locale.language_code,
        "original_locale": school.api_original_locale,
        "title": school.title,
        "slug": school.slug,
        "official_name": school.official_name,
        "country": school.country,
        "region": school.region,
        "city": school.city,
        "address": school.address,
        "latitude": school.latitude,
        "longitude": school.longitude,
        "website": school.website,
        "phone": school.contact_phone,
        "introduction": school.introduction,
        "categories": category_payload(school, categories),
        "working_languages": school.working_languages,
        "eqf_levels": school.eqf_levels,
        "response_time_days": school.response_time_days,
        "logo": image_payload(school.logo, request),
        "image": image_payload(school.hero_image, request),
        "html_url": request.build_absolute_uri(school.get_url(request)),
        "api_url": request.build_absolute_uri(reverse("api:school", kwargs={"page_id": school.pk})),
        "offerings_url": request.build_absolute_uri(reverse("api:offerings") + f"?school={school.pk}"),
        "translations": school.api_translations,
    }
    if detail:
        data["body"] = school.body.stream_block.get_api_representation(school.body, context={"request": request})
    return data


@router.get("", response={200: SchoolList, **ERRORS}, url_name="schools", summary="List schools")
def list_schools(request, filters: Query[SchoolFilters]):
    """Live schools, by name unless another order is asked for, with filters and a stable cursor."""
    schools = select_language(school_queryset(), filters.locale, filters.fallback)
    if filters.country:
        schools = schools.filter(country__in=filters.country)
    if filters.category:
        links = SchoolPage.categories.through.objects.filter(category__code__in=filters.category)
        schools = schools.filter(pk__in=links.values("schoolpage_id"))
    if filters.language:
        schools = schools.filter(has_any("working_languages", filters.language))
    if filters.updated_since:
        schools = schools.filter(last_published_at__gte=filters.updated_since)
    items, next_url = listing_page(request, schools, filters, "api:school")
    names = category_names()
    return {"items": [serialize(school, request, names) for school in items], "next": next_url}


@router.get("/{int:page_id}", response={200: SchoolDetailOut, **ERRORS}, url_name="school", summary="One school")
def get_school(request, page_id: PageId, locale: LanguageCode | None = None):
    """A school with its body; with `locale`, its version in that language, else its original."""
    school = page_version(request, school_queryset(), page_id, locale, "api:school", "school")
    return serialize(school, request, category_names(), detail=True)
