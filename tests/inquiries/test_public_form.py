"""The public inquiry form: an account's inquiry goes out at once, a visitor's after confirming; spam is refused."""

import time
from datetime import timedelta

import pytest
from django.core import mail, signing
from django.urls import reverse
from django.utils import timezone, translation

from inquiries import services
from inquiries.models import Inquiry, InquiryStatus, OutboundEmail
from inquiries.spam import sign_timestamp
from tests.accounts.factories import make_account


def form_data(**overrides):
    data = {
        "need": "300 branded cupcakes for our shop opening.",
        "quantity": "300",
        "wished_date": (timezone.localdate() + timedelta(days=30)).isoformat(),
        "delivery_place": "Kaunas, Laisvės al. 1",
        "budget_amount": "450.50",
        "budget_currency": "EUR",
        "contact_name": "Giulia Rossi",
        "company_name": "Dolci Srl",
        "contact_email": "giulia@example.com",
        "contact_phone": "+39 055 123 4567",
        "website": "",
        "form_shown": sign_timestamp(time.time() - 60),
    }
    data.update(overrides)
    return data


def url(name, *args, language="en"):
    with translation.override(language):
        return reverse(f"inquiries:{name}", args=args)


def new_url(offering, language="en"):
    return url("new", offering.pk, language=language)


def test_the_offering_page_links_to_the_form_and_the_form_is_prefilled_for_an_account(client, market):
    page = client.get(market.offering_a.url)
    assert new_url(market.offering_a, "lt") in page.content.decode()
    showcase = client.get(market.school_a.url).content.decode()
    assert "response-time-heading" in showcase and "@" not in showcase.split("<main", 1)[1]
    client.force_login(market.buyer)
    response = client.get(new_url(market.offering_a))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="Dolci Srl"' in html
    assert 'value="buyer@example.com"' in html
    assert 'name="website"' in html and 'tabindex="-1"' in html


def test_an_unknown_or_unpublished_offering_is_404(client, market):
    assert client.get(url("new", 999999)).status_code == 404
    market.offering_b.unpublish()
    assert client.get(new_url(market.offering_b)).status_code == 404
    assert client.get(url("new", market.school_a.pk)).status_code == 404


def test_an_account_sends_at_once_and_both_sides_are_e_mailed(client, market, django_capture_on_commit_callbacks):
    client.force_login(market.buyer)
    # The e-mail field is the account's own: a posted address is ignored.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(new_url(market.offering_a), form_data(contact_email="someone@else.example"))
    assert response.status_code == 302 and response.url == url("sent")
    inquiry = Inquiry.objects.get()
    assert (inquiry.status, inquiry.created_by, inquiry.organisation) == ("open", market.buyer, market.company)
    assert inquiry.school == market.school_a and inquiry.offering_id == market.offering_a.pk
    assert inquiry.contact_email == "buyer@example.com"
    assert sorted(message.to[0] for message in mail.outbox) == [
        "buyer@example.com",
        "coordinator.a@example.org",
        "teacher.a@example.org",
    ]
    sent = client.get(response.url).content.decode()
    assert inquiry.reference in sent
    assert url("thread", inquiry.access_key) in sent


def test_a_visitor_confirms_by_e_mail_and_then_the_school_hears(client, market, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(new_url(market.offering_a), form_data())
    assert response.status_code == 302
    assert "check your e-mail" in client.get(response.url).content.decode()
    inquiry = Inquiry.objects.get()
    assert inquiry.status == InquiryStatus.UNCONFIRMED and inquiry.created_by is None
    assert [message.to[0] for message in mail.outbox] == ["giulia@example.com"]

    link = url("confirm", services.make_confirmation_token(inquiry))
    assert link in mail.outbox[0].body
    # Before confirming, the thread says only that.
    thread = client.get(url("thread", inquiry.access_key)).content.decode()
    assert "waiting for its e-mail address to be confirmed" in thread and "300 branded" not in thread

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        confirmed = client.get(link)
    assert confirmed.status_code == 200
    assert url("thread", inquiry.access_key) in confirmed.content.decode()
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.OPEN and inquiry.confirmed_at is not None
    assert sorted(message.to[0] for message in mail.outbox) == [
        "coordinator.a@example.org",
        "giulia@example.com",
        "teacher.a@example.org",
    ]

    # A second click is harmless: same page, no new e-mails.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        again = client.get(link)
    assert again.status_code == 200 and "already confirmed" in again.content.decode()
    assert mail.outbox == []


def test_bad_and_expired_confirmation_links_say_so(client, market):
    bad = client.get(url("confirm", "not-a-token"))
    assert bad.status_code == 400 and "not valid" in bad.content.decode()
    inquiry = services.create_inquiry(
        school=market.school_a, offering=market.offering_a, need="x", contact_name="A", company_name="B",
        contact_email="a@example.com",
    )  # fmt: skip
    # The same link, signed as if four days ago.
    payload = signing.loads(services.make_confirmation_token(inquiry), salt=services.CONFIRMATION_SALT)
    four_days_ago = time.time() - 4 * 24 * 3600
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(time, "time", lambda: four_days_ago)
        expired_token = signing.dumps(payload, salt=services.CONFIRMATION_SALT, compress=True)
    expired = client.get(url("confirm", expired_token))
    assert expired.status_code == 400 and "expired" in expired.content.decode()
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.UNCONFIRMED


def test_invalid_fields_get_clear_errors_and_keep_what_was_typed(client, market):
    yesterday = (timezone.localdate() - timedelta(days=1)).isoformat()
    response = client.post(
        new_url(market.offering_a),
        form_data(quantity="0", wished_date=yesterday, contact_email="not-an-address", need="", budget_amount="abc"),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Please correct the following" in html
    assert "The wished date is in the past" in html
    assert "Enter a valid email address" in html
    assert 'aria-invalid="true"' in html and 'aria-describedby="id_wished_date_error"' in html
    assert 'value="Kaunas, Laisvės al. 1"' in html and 'value="Giulia Rossi"' in html
    assert 'value="not-an-address"' in html
    assert not Inquiry.objects.exists()


def test_errors_come_in_the_visitor_s_language(client, market):
    response = client.post(new_url(market.offering_a, "lt"), form_data(need=""))
    assert response.status_code == 200
    assert 'lang="lt"' in response.content.decode()
    assert not Inquiry.objects.exists()


def test_the_honeypot_refuses_and_stores_nothing(client, market):
    response = client.post(new_url(market.offering_a), form_data(website="http://spam.example"))
    assert response.status_code == 200
    assert "looks automated" in response.content.decode()
    assert not Inquiry.objects.exists() and not OutboundEmail.objects.exists()


def test_a_form_sent_too_fast_or_without_its_stamp_is_refused(client, market, settings):
    settings.FORM_MIN_FILL_SECONDS = 5
    response = client.post(new_url(market.offering_a), form_data(form_shown=sign_timestamp()))
    assert "sent very quickly" in response.content.decode()
    response = client.post(new_url(market.offering_a), form_data(form_shown="forged"))
    assert "could not be checked" in response.content.decode()
    assert not Inquiry.objects.exists() and not OutboundEmail.objects.exists()


def test_too_many_from_one_address_are_refused_with_429(client, market, settings):
    settings.FORM_RATE_LIMITS = {"address": (2, 3600), "account": (20, 86400)}
    for _ in range(2):
        assert client.post(new_url(market.offering_a), form_data()).status_code == 302
    response = client.post(new_url(market.offering_a), form_data())
    assert response.status_code == 429
    assert "Too many messages" in response.content.decode()
    assert Inquiry.objects.count() == 2
    # Another address is not held back.
    assert client.post(new_url(market.offering_a), form_data(), REMOTE_ADDR="10.9.8.7").status_code == 302


def test_too_many_from_one_account_are_refused_from_any_address(client, market, settings):
    settings.FORM_RATE_LIMITS = {"address": (100, 3600), "account": (1, 86400)}
    client.force_login(market.buyer)
    assert client.post(new_url(market.offering_a), form_data(), REMOTE_ADDR="10.0.0.1").status_code == 302
    response = client.post(new_url(market.offering_a), form_data(), REMOTE_ADDR="10.0.0.2")
    assert response.status_code == 429
    assert Inquiry.objects.count() == 1
    # A colleague's own account still may.
    colleague = make_account("colleague@example.com")
    client.force_login(colleague)
    assert client.post(new_url(market.offering_a), form_data(), REMOTE_ADDR="10.0.0.2").status_code == 302
