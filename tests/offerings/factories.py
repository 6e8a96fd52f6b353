"""Builders for categories and offering pages, shared by the test packages."""

from decimal import Decimal
from itertools import count

from offerings.models import Category, OfferingPage
from tests.home.factories import LANGUAGES, locale

_numbers = count(1)


def make_category(code="catering", isced="1013", names=None):
    """A category with a row in every language; returns the English one."""
    names = names or {language: f"{code} ({language})" for language in LANGUAGES}
    english = Category.objects.create(code=code, isced_code=isced, name=names["en"], locale=locale("en"))
    for language in LANGUAGES[1:]:
        Category.objects.create(
            code=code,
            isced_code=isced,
            name=names[language],
            locale=locale(language),
            translation_key=english.translation_key,
        )
    return english


def make_offering(school, title=None, *, categories=(), keywords=(), translation_of=None, **fields):
    number = next(_numbers)
    title = title or f"Offering {number}"
    values = {
        "slug": f"offering-{number}",
        "summary": f"Summary of {title}.",
        "kind": "product",
        "price_model": "fixed",
        "price_amount": Decimal("120.00"),
        "currency": "EUR",
        "lead_time_days": 10,
        "delivery_modes": ["pickup"],
        "countries_served": ["LT"],
        "months_available": [9, 10, 11],
        "eqf_level": 4,
    }
    values.update(fields)
    offering = OfferingPage(title=title, locale=school.locale, **values)
    if translation_of is not None:
        offering.translation_key = translation_of.translation_key
    offering.categories = list(categories)
    offering.keywords.add(*keywords)
    return school.add_child(instance=offering)
