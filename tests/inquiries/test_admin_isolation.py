"""A school sees only its own inquiries: another school's are a 404 everywhere and stay unchanged."""

import csv
import io

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from accounts.models import AccountKind
from inquiries import services
from inquiries.models import InquiryStatus, Quote
from tests.accounts.factories import make_account

from .admin_helpers import FIELDS, is_refused, make_inquiry, quote_data


def csv_rows(response):
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


@pytest.fixture
def two_inquiries(market):
    return make_inquiry(market, need="Cake for school A"), make_inquiry(market, school=market.school_b, need="Kūkas B")


def test_another_schools_inquiry_is_nowhere_to_be_seen(market, client, two_inquiries):
    of_a, of_b = two_inquiries
    client.force_login(market.teacher_b)

    inbox = client.get(reverse("inquiries_admin:index"))
    assert of_b.reference in inbox.text and of_a.reference not in inbox.text
    results = client.get(reverse("inquiries_admin:index_results"), {"q": "Cake"})
    assert of_a.reference not in results.text
    assert client.get(reverse("inquiries_admin:detail", args=[of_a.pk])).status_code == 404

    rows = csv_rows(client.get(reverse("inquiries_admin:export")))
    assert [row[0] for row in rows[1:]] == [of_b.reference]


@pytest.mark.parametrize(
    "data",
    [
        {"action": "reply", "reply-body": "Hello from school B"},
        {"action": "status", "status-status": "cancelled", "status-note": "Not ours"},
        "quote",
    ],
    ids=["reply", "status", "quote"],
)
def test_changing_another_schools_inquiry_by_id_is_a_404(market, client, two_inquiries, data):
    of_a, _of_b = two_inquiries
    client.force_login(market.teacher_b)
    if data == "quote":
        data = quote_data(market.teacher_b)
    response = client.post(reverse("inquiries_admin:detail", args=[of_a.pk]), data)
    assert response.status_code == 404
    of_a.refresh_from_db()
    assert of_a.status == InquiryStatus.OPEN and of_a.first_response_at is None
    assert not of_a.messages.exists() and not Quote.objects.filter(inquiry=of_a).exists()
    assert of_a.status_changes.count() == 1


def test_both_staff_of_a_school_share_its_inbox(market, client, two_inquiries):
    of_a, of_b = two_inquiries
    client.force_login(market.coordinator_a)
    inbox = client.get(reverse("inquiries_admin:index"))
    assert of_a.reference in inbox.text and of_b.reference not in inbox.text


def test_a_superuser_sees_every_school_and_can_filter_by_school(market, client, two_inquiries, django_user_model):
    of_a, of_b = two_inquiries
    admin = django_user_model.objects.create_superuser("root@example.org", "root@example.org", "x")
    client.force_login(admin)
    inbox = client.get(reverse("inquiries_admin:index"))
    assert of_a.reference in inbox.text and of_b.reference in inbox.text
    only_b = client.get(reverse("inquiries_admin:index"), {"school": market.school_b.pk})
    assert of_b.reference in only_b.text and of_a.reference not in only_b.text
    rows = csv_rows(client.get(reverse("inquiries_admin:export"), {"school": market.school_a.pk}))
    assert [row[0] for row in rows[1:]] == [of_a.reference]


def test_people_without_a_school_have_no_inbox(market, client, two_inquiries):
    of_a, _of_b = two_inquiries
    # A company account does not get into the admin at all.
    client.force_login(market.buyer)
    for url in (reverse("inquiries_admin:index"), reverse("inquiries_admin:detail", args=[of_a.pk])):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    # Someone with admin access but no school (a translator, say) is refused.
    translator = make_account("translator@example.org", kind=AccountKind.SCHOOL_STAFF)
    translator.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(translator)
    assert is_refused(client.get(reverse("inquiries_admin:index")))
    assert is_refused(client.get(reverse("inquiries_admin:export")))
    assert is_refused(client.get(reverse("inquiries_admin:detail", args=[of_a.pk])))
    home = client.get(reverse("wagtailadmin_home"))
    assert reverse("inquiries_admin:index") not in home.text


def test_an_unconfirmed_visitor_inquiry_is_invisible_to_the_school(market, client):
    pending = services.create_inquiry(
        school=market.school_a, offering=market.offering_a, language="en", **{**FIELDS, "company_name": "Ghost Ltd"}
    )
    assert pending.status == InquiryStatus.UNCONFIRMED
    client.force_login(market.teacher_a)
    assert "Ghost Ltd" not in client.get(reverse("inquiries_admin:index")).text
    assert client.get(reverse("inquiries_admin:detail", args=[pending.pk])).status_code == 404
    assert "Ghost Ltd" not in client.get(reverse("inquiries_admin:export")).content.decode()
