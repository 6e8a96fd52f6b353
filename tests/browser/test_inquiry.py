"""A company finds an offering, sends an inquiry; the teacher answers with a quote in the admin; the company accepts."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from inquiries.models import Inquiry, InquiryStatus, Quote
from tests.accounts.factories import PASSWORD
from tests.browser.conftest import axe_violations
from tests.inquiries.conftest import market  # noqa: F401 (the fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, url, email):
    page.goto(url)
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name=re.compile("Log in", re.I)).click()


def test_inquiry_quote_and_acceptance(contexts, live_server, market, settings):  # noqa: F811
    settings.FORM_MIN_FILL_SECONDS = 0  # a robot check; the browser types faster than a person
    company = contexts()
    log_in(company, f"{live_server.url}/en/account/login/", "buyer@example.com")
    company.wait_for_url("**/en/account/**")

    # Search, open the offering, ask the school.
    company.goto(f"{live_server.url}/en/search/?q=tortas")
    company.get_by_role("link", name="Šventinis tortas").first.click()
    company.get_by_role("link", name="Send an inquiry").click()
    company.wait_for_url(f"**/en/inquiries/offering/{market.offering_a.pk}/")
    assert axe_violations(company) == []
    # The account's name and company are filled in; its address is fixed.
    assert company.get_by_label("Contact person").input_value() == market.buyer.get_full_name()
    company.get_by_label("What do you need?").fill("40 birthday cakes for our staff party.")
    company.get_by_label("Quantity").fill("40")
    company.get_by_label("Wished date").fill((timezone.localdate() + timedelta(days=30)).isoformat())
    company.get_by_label("Delivery place").fill("Kaunas, Laisvės al. 1")
    company.get_by_role("button", name=re.compile("Send", re.I)).click()
    company.wait_for_url("**/en/inquiries/sent/")
    inquiry = Inquiry.objects.get()
    assert inquiry.status == InquiryStatus.OPEN
    assert {message.to[0] for message in mail.outbox} >= {"teacher.a@example.org", "buyer@example.com"}

    # The teacher answers in the admin inbox with a quote.
    teacher = contexts()
    teacher.goto(f"{live_server.url}/admin/login/")
    teacher.fill("#id_username", "teacher.a@example.org")
    teacher.fill("#id_password", PASSWORD)
    teacher.click("button[type=submit]")
    teacher.wait_for_url(f"{live_server.url}/admin/")
    teacher.goto(f"{live_server.url}/admin/inquiries/")
    teacher.get_by_role("link", name=inquiry.reference).click()
    teacher.wait_for_url(f"**/admin/inquiries/{inquiry.pk}/")
    teacher.get_by_label("Price").fill("360")
    teacher.get_by_label("What is included").fill("40 cakes with your logo, boxes, delivery in Kaunas.")
    teacher.get_by_label("Delivery date").fill((timezone.localdate() + timedelta(days=28)).isoformat())
    teacher.get_by_label("Valid until").fill((timezone.localdate() + timedelta(days=10)).isoformat())
    teacher.get_by_label("Teacher responsible").select_option(label=market.teacher_a.get_full_name())
    with teacher.expect_navigation():  # the form posts and comes back to the thread
        teacher.get_by_role("button", name="Send quote").click()
    assert Quote.objects.filter(inquiry=inquiry, price=360).exists()

    # The company follows the e-mail's link, in its own language (Italian), and accepts.
    quote_mail = next(message for message in mail.outbox if "360" in message.body)
    link = re.search(r"http://\S+/inquiries/\S+/", quote_mail.body).group(0)
    company.goto(link.replace("http://testserver", live_server.url).replace("http://127.0.0.1:8000", live_server.url))
    assert "360" in company.content()
    assert axe_violations(company) == []
    sent_before = len(mail.outbox)
    with company.expect_navigation():
        company.get_by_role("button", name="Accetta il preventivo").click()
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.ACCEPTED
    # The school's staff hear of it, each in their language, with the reference.
    told = {message.to[0] for message in mail.outbox[sent_before:] if inquiry.reference in message.subject}
    assert told == {"teacher.a@example.org", "coordinator.a@example.org"}
