"""The facts facets are counted from, one row per offering, cached per language until the catalogue changes.

Browsing (a search without words) counts facets over every offering in the
language; reading and converting those thousands of rows was most of its
time. They change only when a school, offering, category or view restriction
is saved, deleted or moved: each of those gives the catalogue a new version
token (`signals.py`), and the next search reads the facts afresh.

The facts live in each process's memory, not the shared cache: unpickling
them from a cache on every search would cost much of what is saved. Identical
value sets are shared between offerings to keep that memory small.
"""

from uuid import uuid4

from wagtail.models import Page

from home.i18n import locale_for
from offerings.models import OfferingPage
from schools.models import SchoolPage

from .models import CatalogueVersion

# language -> (catalogue token, facts) of this process.
_facts_by_language = {}


def candidate_offerings(language):
    """What a visitor may find: live public offerings, each in their language where translated."""
    return OfferingPage.objects.live().public().in_language(locale_for(language))


# Versions kept; older ones are deleted now and then.
VERSIONS_KEPT = 100


def new_catalogue_version(**kwargs):
    """Signal receiver: what facets count from has changed."""
    if kwargs.get("raw"):
        return  # fixtures being loaded
    version = CatalogueVersion.objects.create(token=uuid4().hex)
    if version.pk % VERSIONS_KEPT == 0:
        CatalogueVersion.objects.filter(pk__lte=version.pk - VERSIONS_KEPT).delete()


def catalogue_token():
    return CatalogueVersion.objects.order_by("-pk").values_list("token", flat=True).first() or "initial"


def catalogue_facts(language):
    """{offering pk: (locale id, first published timestamp, lead time days, {facet: set of values})}
    for every offering a visitor of `language` may find."""
    token = catalogue_token()
    cached = _facts_by_language.get(language)
    if cached is None or cached[0] != token:
        cached = _facts_by_language[language] = (token, read_facts(candidate_offerings(language)))
    return cached[1]


def read_facts(offerings):
    """The facts of `offerings`, in three queries whatever their number.

    Schools and category links are read in bulk and joined here rather than
    by a subquery per row, which would cost tens of thousands of lookups.
    """
    rows = list(
        offerings.order_by().values_list(
            "pk",
            "path",
            "locale_id",
            "first_published_at",
            "lead_time_days",
            "kind",
            "price_model",
            "eqf_level",
            "delivery_modes",
            "months_available",
        )
    )
    schools = {
        path: (country, languages)
        for path, country, languages in SchoolPage.objects.values_list("path", "country", "working_languages")
    }
    codes = {}
    links = OfferingPage.categories.through.objects.filter(offeringpage_id__in=offerings.order_by().values("pk"))
    for offering_id, code in links.values_list("offeringpage_id", "category__code"):
        codes.setdefault(offering_id, set()).add(code)
    shared = {}

    def same(values):
        values = frozenset(values)
        return shared.setdefault(values, values)

    facts = {}
    for pk, path, locale_id, published, lead, kind, price, eqf, delivery, months in rows:
        country, languages = schools.get(path[: -Page.steplen], ("", ()))
        values = {
            "country": same({country}),
            "category": same(codes.get(pk, ())),
            "kind": same({kind}),
            "delivery": same(delivery),
            "price": same({price}),
            "language": same(languages),
            "eqf": same({str(eqf)} if eqf else ()),
            "month": same(str(month) for month in months),
        }
        facts[pk] = (locale_id, published.timestamp() if published else 0.0, lead, values)
    return facts
