"""Builders for the portal's page tree, shared by every test package."""

from decimal import Decimal
from itertools import count

from wagtail.models import Locale, Page, Site

from home.models import HomePage
from offerings.models import Category, OfferingPage
from schools.models import SchoolIndexPage, SchoolPage

LANGUAGES = ["en", "lt", "lv", "pl", "it", "pt"]
DIRECTORY_TITLES = {"en": "Schools", "lt": "Mokyklos", "lv": "Skolas", "pl": "Szkoły", "it": "Scuole", "pt": "Escolas"}
_numbers = count(1)


def locale(code):
    return Locale.objects.get_or_create(language_code=code)[0]


def make_site():
    """A home page and a school directory in all six languages, served as the default site."""
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    homes, directories = {}, {}
    for code in LANGUAGES:
        home = HomePage(title="VET2B", slug=f"vet2b-{code}", locale=locale(code), headline=f"Headline {code}")
        directory = SchoolIndexPage(title=DIRECTORY_TITLES[code], slug="schools", locale=locale(code))
        if code != "en":
            home.translation_key = homes["en"].translation_key
            directory.translation_key = directories["en"].translation_key
        homes[code] = root.add_child(instance=home)
        directories[code] = homes[code].add_child(instance=directory)
    Site.objects.create(hostname="localhost", port=80, root_page=homes["en"], is_default_site=True, site_name="VET2B")
    return homes, directories


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


def make_school(directory, title=None, *, categories=(), translation_of=None, **fields):
    number = next(_numbers)
    title = title or f"School {number}"
    values = {
        "official_name": f"{title} official",
        "country": "LT",
        "city": "Kaunas",
        "introduction": f"Introduction of {title}.",
        "working_languages": ["lt", "en"],
        "eqf_levels": [3, 4],
        "contact_email": f"school{number}@example.org",
        "slug": f"school-{number}",
    }
    values.update(fields)
    school = SchoolPage(title=title, locale=directory.locale, **values)
    if translation_of is not None:
        school.translation_key = translation_of.translation_key
    school.categories = list(categories)
    return directory.add_child(instance=school)


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
