"""What every API endpoint shares: language selection, translation links, images, cursors.

The public API (see portal/api.py) reads only live, public pages. Its items
say which language they are in and link to their other live translations.
"""

import base64
import binascii
import json
import re
from datetime import UTC, datetime
from typing import Annotated, Literal

from django.conf import settings
from django.db.models import DateTimeField, F, Prefetch, Q, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from ninja import Schema
from ninja.errors import HttpError
from pydantic import AfterValidator, BeforeValidator, Field
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

# Rendition filters offered for every image; small enough for cards, large for detail pages.
RENDITIONS = {"small": "fill-480x320", "medium": "fill-960x640", "large": "max-1600x1200"}
MAX_LIMIT = 100
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _iso_only(value):
    # Pydantic would also read numbers as Unix times; the schema promises ISO 8601.
    if isinstance(value, str) and ISO_DATE.match(value):
        return value
    raise ValueError("Use an ISO 8601 date and time, e.g. 2026-09-01T00:00:00Z.")


def _in_utc(value):
    # Databases hold UTC; PostgreSQL refuses offsets beyond ±16 hours, which ISO 8601 allows.
    try:
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    except OverflowError:
        raise ValueError("The date and time is out of range.") from None


IsoDateTime = Annotated[datetime, BeforeValidator(_iso_only), AfterValidator(_in_utc)]
PageId = Annotated[int, Field(ge=1, le=2**31 - 1)]
# Codes are plain slugs; anything else (a NUL byte, say) is refused before it reaches the database.
CategoryCode = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=50)]
LanguageTag = Annotated[str, Field(pattern=r"^[a-z]{2,3}$")]

# The portal's languages, as the schema's enumeration of `locale` values.
LanguageCode = Literal[tuple(code for code, _name in settings.LANGUAGES)]


class ApiError(HttpError):
    """A client error answered as JSON with a message the caller can act on."""


class ErrorOut(Schema):
    detail: str


class ParameterProblem(Schema):
    parameter: str
    message: str


class InvalidParametersOut(Schema):
    detail: str
    errors: list[ParameterProblem]


ERRORS = {400: ErrorOut, 404: ErrorOut, 422: InvalidParametersOut}


class RenditionOut(Schema):
    url: str
    width: int
    height: int


class ImageOut(Schema):
    id: int
    alt: str
    width: int
    height: int
    renditions: dict[str, RenditionOut]


class TranslationLink(Schema):
    id: int
    locale: str
    title: str
    html_url: str
    api_url: str


def renditions_prefetch(lookup):
    """Prefetch only the renditions the API gives, not every size the website ever made."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=list(RENDITIONS.values()))
    return Prefetch(f"{lookup}__renditions", queryset=renditions)


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def locale_or_error(code):
    """The Locale for a language code of the portal, or a 400 that lists the valid ones."""
    if code not in language_codes():
        raise ApiError(400, f"Unknown locale {code!r}; use one of {', '.join(language_codes())}.")
    return Locale.objects.get(language_code=code)


def select_language(queryset, locale_code, fallback):
    """All live versions, one language only, or one language with originals standing in for missing translations."""
    if not locale_code:
        return queryset
    locale = locale_or_error(locale_code)
    return queryset.in_language(locale) if fallback else queryset.filter(locale=locale)


def image_payload(image, request, alt=None):
    """An image as the API gives it: alt text and renditions in a few sizes (created once, then cached)."""
    if image is None:
        return None
    renditions = image.get_renditions(*RENDITIONS.values())
    return {
        "id": image.pk,
        "alt": alt if alt is not None else getattr(image, "default_alt_text", "") or "",
        "width": image.width,
        "height": image.height,
        "renditions": {
            name: {
                "url": request.build_absolute_uri(renditions[spec].url),
                "width": renditions[spec].width,
                "height": renditions[spec].height,
            }
            for name, spec in RENDITIONS.items()
        },
    }


def translation_links(pages, request, endpoint):
    """Set `page.api_translations` on each page: its other live public versions, in one query."""
    keys = {page.translation_key for page in pages}
    versions = Page.objects.live().public().filter(translation_key__in=keys).select_related("locale").order_by("pk")
    by_key = {}
    for version in versions:
        by_key.setdefault(version.translation_key, []).append(version)
    for page in pages:
        group = by_key.get(page.translation_key, [])
        page.api_original_locale = group[0].locale.language_code if group else page.locale.language_code
        page.api_translations = [
            {
                "id": version.pk,
                "locale": version.locale.language_code,
                "title": version.title,
                "html_url": request.build_absolute_uri(version.get_url(request)),
                "api_url": request.build_absolute_uri(reverse(endpoint, kwargs={"page_id": version.pk})),
            }
            for version in group
            if version.pk != page.pk
        ]
    return pages


ORDERINGS = {
    # name: (field, descending)
    "-updated": ("last_published_at", True),
    "updated": ("last_published_at", False),
    "title": ("title", False),
    "-title": ("title", True),
    "id": ("pk", False),
}
# Pages that were never published through a revision have no date; they sort as the oldest.
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _sort_expression(field):
    if field == "last_published_at":
        return Coalesce(F(field), Value(EPOCH), output_field=DateTimeField())
    return F(field)


def encode_cursor(order, page):
    value = page.sort_value
    if isinstance(value, datetime):
        value = value.isoformat()
    raw = json.dumps({"o": order, "v": value, "id": page.pk}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor, order):
    """The (value, id) a cursor continues after; a 400 for a cursor that was not made by this API for `order`."""
    field, _descending = ORDERINGS[order]
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        value, last_id = data["v"], data["id"]
        if data["o"] != order or not isinstance(last_id, int) or isinstance(last_id, bool):
            raise ValueError
        if field == "last_published_at":
            value = datetime.fromisoformat(value)
        elif field == "pk" and not isinstance(value, int) or field == "title" and not isinstance(value, str):
            raise ValueError
        return value, last_id
    except (ValueError, KeyError, TypeError, binascii.Error, UnicodeDecodeError):
        raise ApiError(400, "Invalid cursor: use the `next` link of a previous answer with the same order.") from None


def keyset_page(queryset, order, cursor, limit):
    """One page of `queryset` in a stable order, and whether more follow.

    Keyset paging stays stable while pages are published: a cursor continues
    after the last item seen instead of skipping a count of items.
    """
    field, descending = ORDERINGS[order]
    queryset = queryset.annotate(sort_value=_sort_expression(field))
    queryset = queryset.order_by("-sort_value" if descending else "sort_value", "pk")
    if cursor:
        value, last_id = decode_cursor(cursor, order)
        beyond = Q(sort_value__lt=value) if descending else Q(sort_value__gt=value)
        queryset = queryset.filter(beyond | Q(sort_value=value, pk__gt=last_id))
    # The page's ids first, then their full rows: sorting every wide row (bodies, annotations)
    # to keep twenty costs most of a request on a large catalogue.
    ids = list(queryset.values_list("pk", flat=True)[: limit + 1])
    by_pk = {item.pk: item for item in queryset.filter(pk__in=ids[:limit])}
    return [by_pk[pk] for pk in ids[:limit] if pk in by_pk], len(ids) > limit


def listing_page(request, queryset, filters, endpoint):
    """One page of a listing, its items linked to their translations, and the URL of the next page or None."""
    items, more = keyset_page(queryset, filters.order, filters.cursor, filters.limit)
    translation_links(items, request, endpoint)
    next_url = None
    if more:
        params = request.GET.copy()
        params["cursor"] = encode_cursor(filters.order, items[-1])
        next_url = request.build_absolute_uri(f"{request.path}?{params.urlencode()}")
    return items, next_url


def page_version(request, queryset, page_id, locale, endpoint, noun):
    """Live page `page_id`, or with `locale` its version in that language, else its original; a JSON 404 if none."""
    page = queryset.filter(pk=page_id).first()
    if page is None:
        raise ApiError(404, f"No live {noun} with id {page_id}.")
    if locale and locale != page.locale.language_code:
        language = locale_or_error(locale)
        versions = queryset.filter(translation_key=page.translation_key)
        page = versions.filter(locale=language).first() or versions.order_by("pk").first()
    translation_links([page], request, endpoint)
    return page
