"""The demo portal that `make run` loads."""

from collections import Counter
from io import StringIO
from unittest import mock

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, Site

from home.demo.categories import CATEGORIES
from home.demo.inquiries import DEMO_COMPANY
from home.demo.schools import SCHOOLS
from inquiries.models import Inquiry, InquiryStatus, Message, Quote, QuoteStatus, StatusChange
from insights.models import PageViewDay
from offerings.models import Category, OfferingPage
from schools.models import SchoolPage
from search.models import SearchLog

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
    company_inquiries = Inquiry.objects.filter(company_name=DEMO_COMPANY["organisation"])
    assert sorted(company_inquiries.values_list("status", flat=True)) == ["completed", "in_progress", "open"]
    first_school = company_inquiries.first().school
    assert "Median first answer" in client.get(f"/en{first_school.url[3:]}", follow=True).content.decode()

    counts = (Page.objects.count(), Category.objects.count(), Inquiry.objects.count(), Message.objects.count())
    call_command("load_demo", stdout=StringIO())
    assert (Page.objects.count(), Category.objects.count(), Inquiry.objects.count(), Message.objects.count()) == counts


def test_demo_gives_the_insights_pages_a_year_of_figures_once(client):
    # The first school of each country: enough for every figure, quicker than all thirty.
    schools = [data for data in SCHOOLS if data["slug"] in {"vilniaus-technologiju-mokykla", "istituto-navigli"}]
    schools += [next(data for data in SCHOOLS if data["country"] == country) for country in ("LV", "PL", "PT")]
    with mock.patch("home.management.commands.load_demo.SCHOOLS", schools):
        call_command("load_demo", stdout=StringIO())
    now = timezone.now()

    # Regions as public statistics name them, in the local language.
    assert not SchoolPage.objects.filter(region="").exists()
    regions = set(SchoolPage.objects.values_list("country", "city", "region"))
    assert ("LT", "Vilnius", "Vilniaus apskritis") in regions
    assert ("PT", "Lisboa", "Área Metropolitana de Lisboa") in regions
    assert ("IT", "Milano", "Lombardia") in regions

    # A year of searches in six languages, a fifth of them finding nothing.
    searches = SearchLog.objects.filter(source="demo")
    assert set(searches.values_list("language", flat=True)) == {"en", "lt", "lv", "pl", "it", "pt"}
    assert len({(moment.year, moment.month) for moment in searches.values_list("searched_at", flat=True)}) >= 10
    assert all(
        now - timezone.timedelta(days=366) < moment <= now for moment in searches.values_list("searched_at", flat=True)
    )
    zero = searches.filter(result_count=0)
    assert 0.15 < zero.count() / searches.count() < 0.25
    codes = {data["code"] for data in CATEGORIES}
    filters = [row for row in searches.values_list("filters", flat=True) if row]
    assert {code for row in filters for code in row.get("category", [])} <= codes
    assert {code for row in filters for code in row.get("country", [])} == {"LT", "LV", "PL", "IT", "PT"}
    asked = Counter(zero.values_list("query", flat=True))
    named = [words for words, count in asked.most_common() if count >= settings.INSIGHTS_MIN_SEARCHES]
    rare = [words for words, count in asked.items() if count < settings.INSIGHTS_MIN_SEARCHES]
    assert len(named) >= 5 and rare

    # The public page names the words asked often enough, and no word asked too rarely.
    response = client.get("/en/insights/")
    page = response.content.decode()
    for words in named[:5]:
        assert words in page
    assert "locksmith" in rare and "locksmith" not in page
    assert response.context["totals"]["inquiries"] >= 40
    assert response.context["totals"]["completed"] >= 10
    assert response.context["totals"]["unmet_searches"] == zero.count()

    # Two months of daily views of every showcase and offering: showcases more, weekends less.
    pages = {
        pk: kind
        for kind, model in (("school", SchoolPage), ("offering", OfferingPage))
        for pk in model.objects.values_list("pk", flat=True)
    }
    views = list(PageViewDay.objects.values_list("page_id", "day", "views"))
    assert {page_id for page_id, _day, _views in views} == set(pages)
    assert len({day for _page, day, _views in views}) == 60
    per_page = Counter()
    for page_id, _day, count in views:
        per_page[pages[page_id]] += count
    assert (
        per_page["school"] / Counter(pages.values())["school"]
        > 2 * per_page["offering"] / Counter(pages.values())["offering"]
    )
    weekday = sum(count for _page, day, count in views if day.weekday() < 5) / 5
    weekend = sum(count for _page, day, count in views if day.weekday() >= 5) / 2
    assert weekday > 1.5 * weekend

    # Inquiries over the past year from companies writing without an account, answered, some ordered and completed.
    inquiries = Inquiry.objects.exclude(company_name=DEMO_COMPANY["organisation"])
    assert 40 <= inquiries.count() <= 60
    assert len({(moment.year, moment.month) for moment in inquiries.values_list("created_at", flat=True)}) >= 8
    assert inquiries.values("school").distinct().count() == 5
    assert not inquiries.filter(created_by__isnull=False).exists()
    assert not inquiries.filter(status=InquiryStatus.UNCONFIRMED).exists()
    assert all(email.endswith("@example.org") for email in inquiries.values_list("contact_email", flat=True))
    for inquiry in inquiries.exclude(first_response_at=None):
        assert timezone.timedelta(hours=1) < inquiry.response_time < timezone.timedelta(days=6)
        assert inquiry.offering.get_parent().pk == inquiry.school.pk
    completed = inquiries.filter(status=InquiryStatus.COMPLETED)
    assert completed.count() >= 10
    assert (
        Quote.objects.filter(inquiry__in=completed, status=QuoteStatus.ACCEPTED, decided_at__isnull=False).count()
        == completed.count()
    )
    assert (
        StatusChange.objects.filter(inquiry__in=completed, status=InquiryStatus.COMPLETED).count() == completed.count()
    )

    # The deeper view offers the regions of a country.
    client.force_login(get_user_model().objects.get(username="admin"))
    assert "Vilniaus apskritis" in client.get(reverse("insights:details") + "?country=LT").content.decode()

    # A demo from before regions gets them; a region set by hand stays. Nothing else is added twice.
    SchoolPage.objects.filter(city="Rīga").update(region="")
    SchoolPage.objects.filter(city="Vilnius").update(region="Vilniaus miesto savivaldybė")
    counts = [model.objects.count() for model in (SearchLog, PageViewDay, Inquiry, Quote, StatusChange, Message)]
    with mock.patch("home.management.commands.load_demo.SCHOOLS", schools):
        call_command("load_demo", stdout=StringIO())
    assert [
        model.objects.count() for model in (SearchLog, PageViewDay, Inquiry, Quote, StatusChange, Message)
    ] == counts
    assert set(SchoolPage.objects.filter(city="Rīga").values_list("region", flat=True)) == {"Rīga"}
    assert set(SchoolPage.objects.filter(city="Vilnius").values_list("region", flat=True)) == {
        "Vilniaus miesto savivaldybė"
    }
