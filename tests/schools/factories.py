"""Builders for school pages, shared by the test packages."""

from itertools import count

from schools.models import SchoolPage

_numbers = count(1)


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
