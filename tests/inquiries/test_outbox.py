"""The outbox: e-mails are rows first, sent after the change commits, and retried after a mail failure."""

from datetime import timedelta
from smtplib import SMTPServerDisconnected
from unittest import mock

from django.core import mail
from django.utils import timezone

from inquiries.models import EmailStatus, Inquiry, OutboundEmail
from inquiries.outbox import deliver_due
from tests.inquiries.admin_helpers import make_inquiry


def failing_send(*args, **kwargs):
    raise SMTPServerDisconnected("Connection unexpectedly closed")


def test_an_smtp_outage_keeps_the_inquiry_and_retries_the_e_mails(market, django_capture_on_commit_callbacks):
    with (
        mock.patch("django.core.mail.backends.locmem.EmailBackend.send_messages", failing_send),
        django_capture_on_commit_callbacks(execute=True),
    ):
        inquiry = make_inquiry(market)

    assert Inquiry.objects.filter(pk=inquiry.pk, status="open").exists()
    assert mail.outbox == []
    pending = OutboundEmail.objects.filter(inquiry=inquiry)
    # Two staff of school A and the company's acknowledgement.
    assert sorted(pending.values_list("to", flat=True)) == [
        "buyer@example.com",
        "coordinator.a@example.org",
        "teacher.a@example.org",
    ]
    for email in pending:
        assert (email.status, email.attempts) == (EmailStatus.PENDING, 1)
        assert "SMTPServerDisconnected" in email.last_error
        assert email.next_attempt_at > timezone.now()

    assert deliver_due() == 0  # not yet due
    pending.update(next_attempt_at=timezone.now() - timedelta(seconds=1))
    assert deliver_due() == 3
    assert sorted(message.to[0] for message in mail.outbox) == [
        "buyer@example.com",
        "coordinator.a@example.org",
        "teacher.a@example.org",
    ]
    assert set(pending.values_list("status", flat=True)) == {EmailStatus.SENT}


def test_each_side_is_linked_to_its_own_page_in_its_language(market, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        make_inquiry(market, language="en")
    by_address = {message.to[0]: message for message in mail.outbox}
    # The buyer prefers Italian, teacher A Lithuanian, coordinator A English.
    assert "/it/inquiries/" in by_address["buyer@example.com"].body
    assert "/admin/inquiries/" in by_address["teacher.a@example.org"].body
    # The HTML part carries the same text, escaped.
    html, mimetype = by_address["buyer@example.com"].alternatives[0]
    assert mimetype == "text/html"
    assert "<p>" in html
