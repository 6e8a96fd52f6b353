"""The inbox listing: waiting inquiries first, filters and search, a constant number of queries; menu and dashboard."""

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from inquiries import services
from inquiries.models import Inquiry

from .admin_helpers import make_inquiry


def references(response):
    return [row.reference for row in response.context["object_list"]]


def test_waiting_inquiries_come_first_and_filters_and_search_narrow_the_list(market, client):
    answered = make_inquiry(market, company_name="Answered Oy")
    services.post_message(answered, body="On it.", from_school=True, author=market.teacher_a)
    old = make_inquiry(market, company_name="Old Waiting AB", need="Wedding cake")
    Inquiry.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - timedelta(days=4), confirmed_at=timezone.now() - timedelta(days=4)
    )
    new = make_inquiry(market, company_name="New Waiting SA")
    client.force_login(market.teacher_a)
    url = reverse("inquiries_admin:index")

    inbox = client.get(url)
    assert references(inbox) == [old.reference, new.reference, answered.reference]
    assert "Waiting for 4 days" in inbox.text and "Answered after under an hour" in inbox.text
    assert references(client.get(url, {"waiting": "true"})) == [old.reference, new.reference]
    assert references(client.get(url, {"waiting": "false"})) == [answered.reference]
    assert references(client.get(url, {"status": "open", "ordering": "company_name"})) == [
        answered.reference,
        new.reference,
        old.reference,
    ]
    assert references(client.get(url, {"q": "wedding"})) == [old.reference]
    assert references(client.get(url, {"q": "answered oy"})) == [answered.reference]
    assert references(client.get(url, {"q": old.reference})) == [old.reference]
    # The CSV follows the same filters.
    export = client.get(reverse("inquiries_admin:export"), {"waiting": "true"}).content.decode("utf-8-sig")
    assert "Old Waiting AB" in export and "New Waiting SA" in export and "Answered Oy" not in export


def test_the_inbox_query_count_does_not_grow_with_its_rows(market, client, django_assert_max_num_queries):
    client.force_login(market.teacher_a)
    url = reverse("inquiries_admin:index")
    make_inquiry(market)
    client.get(url)  # warm caches (site root, content types)
    with CaptureQueriesContext(connection) as one:
        client.get(url)
    for number in range(8):
        inquiry = make_inquiry(market, company_name=f"Company {number}")
        if number % 2:
            services.post_message(inquiry, body="Yes.", from_school=True, author=market.teacher_a)
    make_inquiry(market, school=market.school_b)
    with django_assert_max_num_queries(len(one)):
        response = client.get(url)
    assert len(response.context["object_list"]) == 9
    with django_assert_max_num_queries(len(one)):
        client.get(reverse("inquiries_admin:index_results"), {"status": "open", "q": "Company"})
    # Pinned: a change that adds queries to the inbox should be noticed.
    assert len(one) <= 14, "\n".join(query["sql"][:200] for query in one.captured_queries)
    with CaptureQueriesContext(connection) as export:
        client.get(reverse("inquiries_admin:export"))
    assert len(export) <= 8, [query["sql"] for query in export.captured_queries]


def test_menu_item_counts_the_waiting_and_the_dashboard_lists_the_oldest(market, client):
    late = make_inquiry(market, company_name="Late Kft")
    Inquiry.objects.filter(pk=late.pk).update(
        created_at=timezone.now() - timedelta(days=5), confirmed_at=timezone.now() - timedelta(days=5)
    )
    make_inquiry(market, company_name="Fresh GmbH")
    answered = make_inquiry(market)
    services.post_message(answered, body="Yes.", from_school=True, author=market.teacher_a)
    client.force_login(market.teacher_a)

    home = client.get(reverse("wagtailadmin_home")).text
    assert "Inquiries (2)" in home
    assert "Inquiries waiting for an answer" in home
    assert late.reference in home and "Late Kft" in home and "Fresh GmbH" in home
    assert "Late" in home and "promised within 3 days" in home

    client.force_login(market.teacher_b)
    home = client.get(reverse("wagtailadmin_home")).text
    assert reverse("inquiries_admin:index") in home  # school B's staff have an inbox, empty
    assert "Late Kft" not in home and "Inquiries waiting for an answer" not in home
