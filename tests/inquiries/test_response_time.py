"""A school's median first-answer time over the last 90 days, shown on its showcase beside its commitment."""

from datetime import timedelta

from django.utils import timezone

from inquiries.models import Inquiry, InquiryStatus
from inquiries.stats import median_response_time, response_times


def received(school, *, days_ago, answered_after_hours=None, confirmed_after_hours=None, status=InquiryStatus.OPEN):
    created = timezone.now() - timedelta(days=days_ago)
    confirmed = created + timedelta(hours=confirmed_after_hours) if confirmed_after_hours is not None else None
    start = confirmed or created
    return Inquiry.objects.create(
        school=school,
        company_name="Dolci Srl",
        contact_name="Giulia",
        contact_email="giulia@example.com",
        need="Cakes",
        status=status,
        created_at=created,
        confirmed_at=confirmed,
        first_response_at=start + timedelta(hours=answered_after_hours) if answered_after_hours is not None else None,
    )


def test_the_median_counts_answered_inquiries_of_the_last_90_days_only(market):
    received(market.school_a, days_ago=3, answered_after_hours=2)
    received(market.school_a, days_ago=10, answered_after_hours=30)
    # A visitor's inquiry counts from its confirmation, 20 hours after it was written.
    received(market.school_a, days_ago=20, confirmed_after_hours=20, answered_after_hours=5)
    received(market.school_a, days_ago=1)  # not answered yet
    received(market.school_a, days_ago=120, answered_after_hours=500)  # too old
    received(market.school_a, days_ago=2, answered_after_hours=1, status=InquiryStatus.UNCONFIRMED)
    received(market.school_b, days_ago=2, answered_after_hours=90)  # another school

    delays, waiting = response_times(market.school_a)
    assert sorted(delays) == [timedelta(hours=2), timedelta(hours=5), timedelta(hours=30)]
    assert waiting == 1
    assert median_response_time(market.school_a) == timedelta(hours=5)
    assert median_response_time(market.school_b) == timedelta(hours=90)


def response_time_section(client, school):
    """The showcase's response-time box, read in English (the school writes in Lithuanian)."""
    html = client.get(f"/en{school.url[3:]}").content.decode()
    return html.split('id="response-time-heading"', 1)[1].split("</section>", 1)[0]


def test_the_showcase_shows_the_median_beside_the_commitment(client, market):
    market.school_a.response_time_days = 2
    market.school_a.save()
    section = response_time_section(client, market.school_a)
    assert "First answer within 2 working days" in section
    assert "No inquiries answered yet" in section

    received(market.school_a, days_ago=3, answered_after_hours=2)
    received(market.school_a, days_ago=4, answered_after_hours=4)
    received(market.school_a, days_ago=5, answered_after_hours=80)
    section = response_time_section(client, market.school_a)
    assert "4 hours" in section  # the median of 2, 4 and 80 hours
    assert "3 inquiries answered" in section

    # Past two days the median is given in days: of 2, 4, 80, 90 and 100 hours it is 80 hours.
    received(market.school_a, days_ago=6, answered_after_hours=90)
    received(market.school_a, days_ago=7, answered_after_hours=100)
    assert "3 days" in response_time_section(client, market.school_a)
