"""The demo portal that `make run` loads."""

from collections import Counter
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from home.demo.categories import CATEGORIES
from inquiries.models import Inquiry, Message
from offerings.models import Category, OfferingPage
from schools.models import SchoolPage

pytestmark = pytest.mark.django_db


def originals(model):
    """Pages that are not translations: the oldest of each translation group."""
    first = {}
    for pk, key in model.objects.order_by("pk").values_list("pk", "translation_key"):
        first.setdefault(key, pk)
    return model.objects.filter(pk__in=first.values())


def test_demo_is_a_realistic_multilingual_portal_and_loads_idempotently(client):
    call_command("load_demo", stdout=StringIO())

    schools = originals(SchoolPage)
    assert schools.count() >= 30
    assert set(schools.values_list("country", flat=True)) == {"LT", "LV", "PL", "IT", "PT"}
    assert {s.locale.language_code for s in schools.select_related("locale")} == {"lt", "lv", "pl", "it", "pt"}

    offerings = originals(OfferingPage)
    assert offerings.count() >= 200
    english = OfferingPage.objects.filter(
        locale__language_code="en", translation_key__in=offerings.values("translation_key")
    )
    assert english.count() * 2 >= offerings.count()

    # Categories: at least 15, named in all six languages, all in use.
    assert len(CATEGORIES) >= 15
    assert Counter(Category.objects.values_list("code", flat=True)) == {c["code"]: 6 for c in CATEGORIES}
    used = set(OfferingPage.objects.values_list("categories__code", flat=True))
    assert used == {c["code"] for c in CATEGORIES}

    # Prices in the right currency for the country.
    for offering in offerings.select_related("locale"):
        expected = "PLN" if offering.locale.language_code == "pl" else "EUR"
        assert offering.currency == expected, offering
    assert all(o.hero_image_id for o in offerings)

    # The site serves the demo home in every language.
    assert Site.objects.get(is_default_site=True).root_page.specific_class.__name__ == "HomePage"
    for language in ["en", "lt", "lv", "pl", "it", "pt"]:
        assert client.get(f"/{language}/").status_code == 200

    # The demo company's conversations with the first school: one under way, one completed, one unanswered.
    statuses = sorted(Inquiry.objects.values_list("status", flat=True))
    assert statuses == ["completed", "in_progress", "open"]
    first_school = Inquiry.objects.first().school
    assert "Median first answer" in client.get(f"/en{first_school.url[3:]}", follow=True).content.decode()

    counts = (Page.objects.count(), Category.objects.count(), Inquiry.objects.count(), Message.objects.count())
    call_command("load_demo", stdout=StringIO())
    assert (Page.objects.count(), Category.objects.count(), Inquiry.objects.count(), Message.objects.count()) == counts
