"""A visitor's inquiry during a mail outage: stored, a success page, e-mails sent later; hostile text stays inert."""

from datetime import timedelta
from smtplib import SMTPConnectError
from unittest import mock

from django.core import mail
from django.utils import timezone

from inquiries.models import EmailStatus, Inquiry, OutboundEmail
from inquiries.outbox import deliver_due
from tests.inquiries.test_public_form import form_data, new_url

SCRIPT = "<script>alert(1)</script>"
ATTRIBUTE = '"><img src=x onerror=alert(1)>'


def mail_server_down(*args, **kwargs):
    raise SMTPConnectError(421, "Service not available")


def test_a_mail_outage_keeps_the_inquiry_and_the_visitor_sees_success(
    client, market, django_capture_on_commit_callbacks
):
    hostile = form_data(need=f"Cakes {SCRIPT}", delivery_place=ATTRIBUTE, contact_name=f"Eve {SCRIPT}")
    with (
        mock.patch("django.core.mail.backends.locmem.EmailBackend.send_messages", mail_server_down),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = client.post(new_url(market.offering_a), hostile, follow=True)

    assert response.status_code == 200
    assert response.redirect_chain[-1][0].endswith("/en/inquiries/sent/")
    inquiry = Inquiry.objects.get()
    assert inquiry.need == f"Cakes {SCRIPT}"  # stored as written
    confirmation = OutboundEmail.objects.get(inquiry=inquiry)
    assert (confirmation.status, confirmation.attempts) == (EmailStatus.PENDING, 1)
    assert mail.outbox == []

    # The mail server is back: the retry sends it.
    OutboundEmail.objects.update(next_attempt_at=timezone.now() - timedelta(seconds=1))
    assert deliver_due() == 1
    link = next(line for line in mail.outbox[0].body.splitlines() if "/inquiries/confirm/" in line)
    with django_capture_on_commit_callbacks(execute=True):
        client.get(link.replace("http://testserver", ""))

    # The school's e-mails: the text part is plain text (never rendered as HTML); the HTML part is escaped.
    to_school = [message for message in mail.outbox if message.to == ["teacher.a@example.org"]]
    assert len(to_school) == 1
    html, mimetype = to_school[0].alternatives[0]
    assert mimetype == "text/html"
    assert SCRIPT not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    assert SCRIPT in to_school[0].body


def test_an_e_mail_gives_up_after_its_last_retry_and_keeps_the_error(market):
    with mock.patch("django.core.mail.backends.locmem.EmailBackend.send_messages", mail_server_down):
        email = OutboundEmail.objects.create(to="someone@example.com", subject="Hello", body="Body")
        for _attempt in range(10):
            OutboundEmail.objects.filter(pk=email.pk).update(next_attempt_at=timezone.now() - timedelta(seconds=1))
            deliver_due()
    email.refresh_from_db()
    assert email.status == EmailStatus.FAILED
    assert email.attempts == 8  # the first try and seven retries
    assert "SMTPConnectError" in email.last_error
