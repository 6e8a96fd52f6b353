"""Offerings in the public API: every structured field, the body as blocks, in any language."""

from datetime import datetime
from decimal import Decimal
from typing import Any, Literal

from django.db.models import Subquery
from django.urls import reverse
from django.utils import translation
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from pydantic import Field

from home.api import (
    ERRORS,
    MAX_LIMIT,
    CategoryCode,
    ImageOut,
    IsoDateTime,
    LanguageCode,
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
from schools.models import SchoolPage, school_of_offering

from .models import Category, DeliveryMode, OfferingKind, OfferingPage, PriceModel

router = Router(tags=["offerings"])
categories_router = Router(tags=["categories"])


class CategoryOut(Schema):
    code: str
    isced_code: str
    name: str


class PriceOut(Schema):
    model: PriceModel
    amount: Decimal | None
    currency: str
    unit: str
    label: str = Field(description="The price as the website shows it, in the page's language.")


class SchoolRef(Schema):
    id: int
    title: str
    country: str
    city: str
    api_url: str


class OfferingOut(Schema):
    id: int
    locale: str = Field(description="Language of this version.")
    original_locale: str = Field(description="Language of the version the others were translated from.")
    title: str
    slug: str
    summary: str
    kind: OfferingKind
    categories: list[CategoryOut]
    keywords: list[str]
    price: PriceOut
    minimum_order: int
    lead_time_days: int
    capacity_per_month: int | None
    delivery_modes: list[DeliveryMode]
    countries_served: list[Country]
    months_available: list[int]
    eqf_level: int | None
    school: SchoolRef
    image: ImageOut | None
    first_published_at: datetime | None
    last_published_at: datetime | None
    html_url: str
    api_url: str
    translations: list[TranslationLink] = Field(description="The other live versions of this offering.")


class OfferingDetailOut(OfferingOut):
    body: list[dict[str, Any]] = Field(description="The page body as typed blocks: {type, id, value}.")


class OfferingList(Schema):
    items: list[OfferingOut]
    next: str | None = Field(description="URL of the next page, or null on the last page.")


class OfferingFilters(Schema):
    locale: LanguageCode | None = Field(None, description="Only versions in this language.")
    fallback: bool = Field(
        False,
        description="With `locale`: include the original where a page has no translation in it.",
    )
    country: list[Country] = Field([], description="Country of the school; repeat for several.")
    category: list[CategoryCode] = Field([], description="Category code, e.g. `catering`; repeat for several.")
    kind: OfferingKind | None = None
    delivery: list[DeliveryMode] = Field([], description="Delivery mode; repeat for several.")
    school: PageId | None = Field(None, description="Id of a school page (any of its translations).")
    updated_since: IsoDateTime | None = Field(None, description="Only pages published at or after this time.")
    order: Literal["-updated", "updated", "title", "-title", "id"] = "-updated"
    cursor: str | None = Field(None, description="From the `next` link of the previous page.", max_length=500)
    limit: int = Field(20, ge=1, le=MAX_LIMIT)


def offering_queryset():
    """Live public offerings with what an item needs, in a fixed number of queries."""
    school = school_of_offering()
    return (
        OfferingPage.objects.live()
        .public()
        .select_related("locale", "hero_image")
        .prefetch_related("categories", "tagged_items__tag", renditions_prefetch("hero_image"))
        .annotate(
            school_id=Subquery(school.values("pk")[:1]),
            school_title=Subquery(school.values("title")[:1]),
            school_country=Subquery(school.values("country")[:1]),
            school_city=Subquery(school.values("city")[:1]),
        )
    )


def filtered(filters):
    offerings = select_language(offering_queryset(), filters.locale, filters.fallback)
    if filters.country:
        offerings = offerings.filter(school_country__in=filters.country)
    if filters.category:
        links = OfferingPage.categories.through.objects.filter(category__code__in=filters.category)
        offerings = offerings.filter(pk__in=links.values("offeringpage_id"))
    if filters.kind:
        offerings = offerings.filter(kind=filters.kind)
    if filters.delivery:
        offerings = offerings.filter(has_any("delivery_modes", filters.delivery))
    if filters.school is not None:
        school = SchoolPage.objects.live().public().filter(pk=filters.school).first()
        if school is None:
            raise HttpError(404, f"No live school with id {filters.school}.")
        offerings = offerings.children_of_any_version(school)
    if filters.updated_since:
        offerings = offerings.filter(last_published_at__gte=filters.updated_since)
    return offerings


def serialize(page, request, categories, detail=False):
    data = {
        "id": page.pk,
        "locale": page.locale.language_code,
        "original_locale": page.api_original_locale,
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "kind": page.kind,
        "categories": category_payload(page, categories),
        "keywords": sorted(item.tag.name for item in page.tagged_items.all()),
        "price": {
            "model": page.price_model,
            "amount": page.price_amount,
            "currency": page.currency,
            "unit": page.unit,
            "label": price_label_in_own_language(page),
        },
        "minimum_order": page.minimum_order,
        "lead_time_days": page.lead_time_days,
        "capacity_per_month": page.capacity_per_month,
        "delivery_modes": page.delivery_modes,
        "countries_served": page.countries_served,
        "months_available": page.months_available,
        "eqf_level": page.eqf_level,
        "school": {
            "id": page.school_id,
            "title": page.school_title,
            "country": page.school_country,
            "city": page.school_city,
            "api_url": request.build_absolute_uri(reverse("api:school", kwargs={"page_id": page.school_id})),
        },
        "image": image_payload(page.hero_image, request),
        "first_published_at": page.first_published_at,
        "last_published_at": page.last_published_at,
        "html_url": request.build_absolute_uri(page.get_url(request)),
        "api_url": request.build_absolute_uri(reverse("api:offering", kwargs={"page_id": page.pk})),
        "translations": page.api_translations,
    }
    if detail:
        data["body"] = page.body.stream_block.get_api_representation(page.body, context={"request": request})
    return data


def price_label_in_own_language(page):
    with translation.override(page.locale.language_code):
        return str(page.price_label)


def category_payload(page, names):
    """The page's categories, named in the page's own language."""
    return [
        {
            "code": c.code,
            "isced_code": c.isced_code,
            "name": names.get((c.translation_key, page.locale_id), c).name,
        }
        for c in page.categories.all()
    ]


def category_names():
    """Category rows keyed by (translation key, locale), to name each page's categories in its own language."""
    return {(c.translation_key, c.locale_id): c for c in Category.objects.all()}


@router.get("", response={200: OfferingList, **ERRORS}, url_name="offerings", summary="List offerings")
def list_offerings(request, filters: Query[OfferingFilters]):
    """Live offerings, newest update first, with filters and a stable cursor."""
    items, next_url = listing_page(request, filtered(filters), filters, "api:offering")
    names = category_names()
    return {"items": [serialize(page, request, names) for page in items], "next": next_url}


@router.get("/{int:page_id}", response={200: OfferingDetailOut, **ERRORS}, url_name="offering", summary="One offering")
def get_offering(request, page_id: PageId, locale: LanguageCode | None = None):
    """An offering with its body; with `locale`, its version in that language, else its original."""
    page = page_version(request, offering_queryset(), page_id, locale, "api:offering", "offering")
    return serialize(page, request, category_names(), detail=True)


class CategoryWithNamesOut(Schema):
    code: str
    isced_code: str
    names: dict[str, str] = Field(description="The category's name in each language, keyed by language code.")


@categories_router.get("", response=list[CategoryWithNamesOut], url_name="categories", summary="Categories")
def list_categories(request):
    """Every category code, its ISCED-F 2013 field and its name in each language."""
    categories = {}
    for category in Category.objects.select_related("locale").order_by("code"):
        entry = categories.setdefault(category.code, {"code": category.code, "isced_code": category.isced_code})
        entry.setdefault("names", {})[category.locale.language_code] = category.name
    return list(categories.values())
