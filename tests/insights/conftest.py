"""A small portal whose insights figures are counted by hand in the tests.

Schools:   A (LT, Kauno apskritis, catering), B (LV, Rīga, web design), C (PL, no region, catering, no offerings)
Offerings: A1 catering (with an English translation), A2 catering + web design, A3 a draft, B1 web design
Inquiries (months counted back from this one, 0 = this month):
  1  A/A1, month 0, answered after 2 h, quote accepted and completed in month 0
  2  A/A2, month 1, answered after 6 h
  3  B/B1, month 0, answered after 30 h
  4  A/A1, a visitor's, never confirmed: not counted anywhere
  5  A/A1, month 14, answered after 10 h: only in a 24-month period
  6  A/A1, a visitor's, month 0: confirmed 10 h after sending, answered 4 h after confirming
Searches that found nothing: "Drone filming" x2 + "drone  filming" x1 (one spelling, 3),
  "laser engraving" x2 (too rare to name), "tortas" x3 in LT/catering, a phone number and an
  e-mail address x3 each (never named), "old words" x3 in month 13; "catering" x4 found offerings.
Views this month: A's showcase 10, A1 5, B's showcase 7.
"""

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone
from wagtail.models import Page

from inquiries.models import Inquiry, InquiryStatus, Quote, QuoteStatus, StatusChange
from insights.models import PageViewDay
from insights.snapshot import month_starts
from search.models import SearchLog
from tests.offerings.factories import make_category, make_offering
from tests.schools.factories import make_school


@dataclass
class World:
    school_a: object
    school_b: object
    school_c: object
    offering_a1: object
    offering_a2: object
    offering_b1: object
    catering: object
    webdesign: object


def month_start(months_back):
    """A moment a day into the month `months_back` months before this one."""
    return month_starts()[-1 - months_back] + timedelta(days=1, hours=2)


def inquiry(school, offering, received, *, answered_after=None, status=InquiryStatus.OPEN, confirmed_after=None):
    created = received - timedelta(hours=confirmed_after) if confirmed_after else received
    return Inquiry.objects.create(
        school=school,
        offering=offering,
        company_name="Buyer Ltd",
        contact_name="Ada Buyer",
        contact_email="ada@example.com",
        need="Something",
        status=status,
        created_at=created,
        confirmed_at=received if confirmed_after else None,
        first_response_at=received + timedelta(hours=answered_after) if answered_after is not None else None,
    )


def searches(query, count, *, zero=True, language="en", filters=None, when=None):
    rows = SearchLog.objects.bulk_create(
        SearchLog(
            query=query,
            language=language,
            filters=filters or {},
            result_count=0 if zero else 5,
            engine="database",
        )
        for _ in range(count)
    )
    if when is not None:
        SearchLog.objects.filter(pk__in=[row.pk for row in rows]).update(searched_at=when)


@pytest.fixture
def world(site_tree, catering):
    _homes, directories = site_tree
    webdesign = make_category("webdesign", "0613")
    school_a = make_school(
        directories["lt"], "Kauno mokykla", categories=[catering], country="LT", region="Kauno apskritis"
    )
    school_b = make_school(directories["lv"], "Rīgas tehnikums", categories=[webdesign], country="LV", region="Rīga")
    school_c = make_school(directories["pl"], "Szkoła w Gdańsku", categories=[catering], country="PL")
    a1 = make_offering(school_a, "Tortas", categories=[catering])
    school_a_en = make_school(directories["en"], "Kaunas school", translation_of=school_a, country="LT")
    make_offering(school_a_en, "Cake", categories=[catering], translation_of=a1)
    a2 = make_offering(school_a, "Banketas su svetaine", categories=[catering, webdesign])
    draft = make_offering(school_a, "Juodraštis", categories=[catering])
    draft.unpublish()
    b1 = make_offering(school_b, "Mājaslapa", categories=[webdesign])
    # As publishing would have stamped them (the builders add pages without a revision).
    Page.objects.filter(pk__in=[a1.pk, a2.pk, b1.pk]).update(first_published_at=month_start(0))

    now = month_start(0)
    first = inquiry(school_a, a1, now, answered_after=2, status=InquiryStatus.COMPLETED)
    Quote.objects.create(
        inquiry=first,
        price=Decimal("100"),
        included="All",
        delivery_date=now.date(),
        valid_until=now.date(),
        teacher_name="T",
        status=QuoteStatus.ACCEPTED,
        decided_at=now + timedelta(hours=5),
    )
    StatusChange.objects.create(inquiry=first, status=InquiryStatus.COMPLETED, created_at=now + timedelta(hours=9))
    inquiry(school_a, a2, month_start(1), answered_after=6)
    inquiry(school_b, b1, now, answered_after=30)
    inquiry(school_a, a1, now, status=InquiryStatus.UNCONFIRMED)
    inquiry(school_a, a1, month_start(14), answered_after=10)
    inquiry(school_a, a1, now, answered_after=4, confirmed_after=10)

    searches("Drone filming", 2)
    searches("drone  filming", 1)
    searches("laser engraving", 2)
    searches("tortas", 3, language="lt", filters={"country": ["LT"], "category": ["catering"]})
    searches("call +370 600 12345", 3)
    searches("write to jonas@example.com", 3)
    searches("old words", 3, when=month_start(13))
    searches("catering", 4, zero=False)

    today = timezone.localdate()
    PageViewDay.objects.create(page=school_a, day=today, views=10)
    PageViewDay.objects.create(page=a1, day=today, views=5)
    PageViewDay.objects.create(page=school_b, day=today, views=7)
    return World(school_a, school_b, school_c, a1, a2, b1, catering, webdesign)
