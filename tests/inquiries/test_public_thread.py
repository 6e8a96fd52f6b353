"""The company's pages: one inquiry's thread (who may see it, reply, accept, decline, cancel), the list and the CSV."""

import csv
import io
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from accounts.models import Organisation, OrganisationMembership
from inquiries import services
from inquiries.models import Inquiry, InquiryStatus, Message, OpenRequest, QuoteStatus
from tests.accounts.factories import make_account
from tests.inquiries.admin_helpers import make_inquiry
from tests.offerings.factories import make_offering
from tests.schools.factories import make_school

from .test_public_form import form_data, new_url

XSS = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>']


def url(name, *args):
    with translation.override("en"):
        return reverse(f"inquiries:{name}", args=args)


def account_inquiry(market, **fields):
    return make_inquiry(market, **fields)


def quote_for(inquiry, market, **overrides):
    values = {
        "price": Decimal("420.00"),
        "currency": "EUR",
        "included": "Cupcakes, boxes, delivery.",
        "delivery_date": timezone.localdate() + timedelta(days=20),
        "valid_until": timezone.localdate() + timedelta(days=10),
        "teacher": market.teacher_a,
        "created_by": market.teacher_a,
        **overrides,
    }
    return services.send_quote(inquiry, **values)


def test_an_account_s_thread_opens_for_it_and_its_colleagues_only(client, market):
    inquiry = account_inquiry(market)
    thread = url("thread", inquiry.access_key)

    anonymous = client.get(thread)
    assert anonymous.status_code == 302
    assert "login" in anonymous.url and "next=" in anonymous.url

    client.force_login(market.buyer)
    assert client.get(thread).status_code == 200

    colleague = make_account("colleague@example.com")
    OrganisationMembership.objects.create(organisation=market.company, user=colleague, status="approved")
    client.force_login(colleague)
    assert client.get(thread).status_code == 200

    pending = make_account("pending@example.com")
    OrganisationMembership.objects.create(organisation=market.company, user=pending, status="pending")
    client.force_login(pending)
    assert client.get(thread).status_code == 404

    stranger = make_account("stranger@example.com")
    OrganisationMembership.objects.create(
        organisation=Organisation.objects.create(name="Other", country="LT"), user=stranger, status="approved"
    )
    client.force_login(stranger)
    assert client.get(thread).status_code == 404
    assert client.get(url("thread", "no-such-key")).status_code == 404


def test_reply_accept_and_the_steps_through_the_page(client, market, django_capture_on_commit_callbacks):
    inquiry = account_inquiry(market)
    services.post_message(inquiry, body="Which colours?", from_school=True, author=market.teacher_a)
    quote = quote_for(inquiry, market)
    thread = url("thread", inquiry.access_key)
    client.force_login(market.buyer)

    page = client.get(thread).content.decode()
    assert "Which colours?" in page and "420.00 EUR" in page and "Cupcakes, boxes, delivery." in page
    assert "Accept the quote" in page and "teacher.a@example.org" not in page

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(thread, {"action": "reply", "body": "Blue and white, please."})
    assert response.status_code == 302 and response.url == thread
    assert Message.objects.filter(inquiry=inquiry, from_school=False, body="Blue and white, please.").exists()
    assert sorted(message.to[0] for message in mail.outbox) == ["coordinator.a@example.org", "teacher.a@example.org"]

    empty = client.post(thread, {"action": "reply", "body": ""})
    assert empty.status_code == 200 and "This field is required" in empty.content.decode()

    # A quote id that is not the current one is not accepted.
    assert client.post(thread, {"action": "accept", "quote": "0"}).status_code == 302
    assert Inquiry.objects.get(pk=inquiry.pk).status == InquiryStatus.QUOTED

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(thread, {"action": "accept", "quote": quote.pk}, follow=True)
    assert "You accepted the quote" in response.content.decode()
    quote.refresh_from_db()
    assert quote.status == QuoteStatus.ACCEPTED
    assert Inquiry.objects.get(pk=inquiry.pk).status == InquiryStatus.ACCEPTED
    assert len(mail.outbox) == 2
    # The steps show with their dates; accepting twice is refused with a message, not a 500.
    again = client.post(thread, {"action": "accept", "quote": quote.pk}, follow=True).content.decode()
    assert "can no longer be accepted" in again
    assert again.count("<li><strong>") >= 3


def test_a_visitor_declines_and_cancels_with_the_key(client, market, django_capture_on_commit_callbacks):
    inquiry = services.create_inquiry(
        school=market.school_a, offering=market.offering_a, need="Cakes", contact_name="Ana", company_name="Ana UAB",
        contact_email="ana@example.com",
    )  # fmt: skip
    inquiry = services.confirm_inquiry(inquiry)
    quote = quote_for(inquiry, market)
    thread = url("thread", inquiry.access_key)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(thread, {"action": "decline", "quote": quote.pk, "reason": "Too dear for us."})
    assert response.status_code == 302
    quote.refresh_from_db()
    assert quote.status == QuoteStatus.DECLINED
    assert inquiry.status_changes.filter(status=InquiryStatus.DECLINED, note="Too dear for us.").exists()
    assert any("Too dear for us." in message.body for message in mail.outbox)

    client.post(thread, {"action": "reply", "body": "Maybe fewer cakes?"})
    assert Message.objects.get(inquiry=inquiry).author_name == "Ana"

    response = client.post(thread, {"action": "cancel", "note": "Plans changed."}, follow=True)
    assert "The inquiry is cancelled" in response.content.decode()
    assert Inquiry.objects.get(pk=inquiry.pk).status == InquiryStatus.CANCELLED
    again = client.post(thread, {"action": "cancel"}, follow=True)
    assert again.status_code == 200 and "This inquiry is closed" in again.content.decode()


def test_posts_need_the_csrf_token(market):
    from django.test import Client

    inquiry = account_inquiry(market)
    client = Client(enforce_csrf_checks=True)
    client.force_login(market.buyer)
    response = client.post(url("thread", inquiry.access_key), {"action": "reply", "body": "Hi"})
    assert response.status_code == 403
    assert not Message.objects.exists()


@pytest.mark.parametrize("payload", XSS)
def test_script_in_every_field_comes_back_escaped(client, market, payload):
    client.force_login(market.buyer)
    response = client.post(
        new_url(market.offering_a),
        form_data(need=payload, delivery_place=payload, contact_name=payload, company_name=payload),
    )
    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    assert (inquiry.need, inquiry.contact_name) == (payload, payload)  # stored as written
    client.post(url("thread", inquiry.access_key), {"action": "reply", "body": payload})
    quote_for(inquiry, market, included=payload)

    html = client.get(url("thread", inquiry.access_key)).content.decode()
    assert payload not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html or "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    assert payload not in client.get(url("mine")).content.decode()

    # Fields with a format refuse it and show it back escaped.
    invalid = client.post(
        new_url(market.offering_a),
        form_data(quantity=payload, wished_date=payload, budget_amount=payload, contact_phone=payload),
    ).content.decode()
    assert payload not in invalid and "Please correct the following" in invalid
    assert Inquiry.objects.count() == 1


def test_the_company_csv_holds_its_own_inquiries_with_formulas_neutralised(client, market):
    account_inquiry(
        market, need="=cmd|' /C calc'!A0", contact_name="+41 sum", company_name="-2+3", delivery_place="@SUM(A1)"
    )
    other = make_account("other@example.com")
    services.create_inquiry(
        school=market.school_a, offering=market.offering_a, user=other, need="Not yours", contact_name="X",
        company_name="Other Ltd", contact_email="other@example.com",
    )  # fmt: skip
    assert client.get(url("export")).status_code == 302  # login first
    client.force_login(market.buyer)
    response = client.get(url("export"))
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 2
    cells = rows[1]
    assert "'=cmd|' /C calc'!A0" in cells and "'+41 sum" in cells and "'-2+3" in cells and "'@SUM(A1)" in cells
    assert "Not yours" not in response.content.decode()


def test_my_inquiries_lists_the_company_s_with_a_fixed_number_of_queries(client, market, django_assert_max_num_queries):
    client.force_login(market.buyer)
    account_inquiry(market)
    with django_assert_max_num_queries(12) as few:
        response = client.get(url("mine"))
    assert response.status_code == 200
    baseline = len(few)
    for number in range(5):
        account_inquiry(market, need=f"Need {number}")
    quoted = Inquiry.objects.first()
    quote_for(quoted, market)
    with django_assert_max_num_queries(baseline):
        response = client.get(url("mine"))
    html = response.content.decode()
    assert html.count(market.offering_a.title) >= 6
    OpenRequest.objects.create(
        created_by=market.buyer,
        organisation=market.company,
        title="300 cupcakes for 12 June",
        category=market.catering,
        country="LT",
        description="Branded.",
        needed_by=timezone.localdate() + timedelta(days=40),
    )
    html = client.get(url("mine")).content.decode()
    assert "300 cupcakes for 12 June" in html
    with translation.override("en"):
        dashboard = client.get(reverse("accounts:dashboard")).content.decode()
    assert url("mine") in dashboard
    assert url("export") in html
    stranger = make_account("stranger@example.com")
    client.force_login(stranger)
    assert "VET2B-" not in client.get(url("mine")).content.decode()
    client.logout()
    assert client.get(url("mine")).status_code == 302


def test_the_thread_and_list_name_the_offering_and_school_in_the_company_s_language(client, site_tree, market):
    _homes, directories = site_tree
    english_school = make_school(directories["en"], "Kaunas Food School", translation_of=market.school_a)
    make_offering(english_school, "Festive cake", translation_of=market.offering_a)
    inquiry = account_inquiry(market)
    client.force_login(market.buyer)
    english = client.get(url("thread", inquiry.access_key)).content.decode()
    assert "Festive cake" in english and "Your inquiry to Kaunas Food School" in english
    with translation.override("lt"):
        lithuanian = client.get(reverse("inquiries:thread", args=[inquiry.access_key])).content.decode()
    assert "Šventinis tortas" in lithuanian
    # The list of the company's inquiries too.
    listing = client.get(url("mine")).content.decode()
    assert "Festive cake" in listing and "Kaunas Food School" in listing
