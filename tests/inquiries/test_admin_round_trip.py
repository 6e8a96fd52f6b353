"""An inquiry's whole life as the school sees it in the admin: answer, quote, order steps, with the e-mails."""

from django.core import mail
from django.urls import reverse
from django.utils import translation

from inquiries import services
from inquiries.models import InquiryStatus, Message, Quote

from .admin_helpers import make_inquiry, quote_data


def detail_url(inquiry):
    return reverse("inquiries_admin:detail", args=[inquiry.pk])


def test_inquiry_to_completed_order_through_the_admin(market, client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        inquiry = make_inquiry(market)
    mail.outbox.clear()
    client.force_login(market.teacher_a)

    # The inbox lists it as waiting; the detail shows the company's contact to the school.
    inbox = client.get(reverse("inquiries_admin:index"))
    assert inbox.status_code == 200
    assert inquiry.reference in inbox.text
    assert "Waiting for" in inbox.text
    page = client.get(detail_url(inquiry))
    assert page.status_code == 200
    assert "buyer@example.com" in page.text and "300 branded cupcakes" in page.text

    # The teacher answers: first response recorded, the company e-mailed with a link to its thread.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(detail_url(inquiry), {"action": "reply", "reply-body": "Yes, we can do that."})
    assert response.status_code == 302 and response["Location"] == detail_url(inquiry)
    inquiry.refresh_from_db()
    assert inquiry.first_response_at is not None
    first_response_at = inquiry.first_response_at
    assert Message.objects.get(inquiry=inquiry).author == market.teacher_a
    assert [email.to for email in mail.outbox] == [["buyer@example.com"]]
    assert inquiry.access_key in mail.outbox[0].body
    mail.outbox.clear()

    # The quote.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(detail_url(inquiry), quote_data(market.teacher_a))
    assert response.status_code == 302
    quote = Quote.objects.get(inquiry=inquiry)
    assert (str(quote.price), quote.teacher) == ("450.00", market.teacher_a)
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.QUOTED
    assert inquiry.first_response_at == first_response_at  # the first answer stays the first
    assert [email.to for email in mail.outbox] == [["buyer@example.com"]]
    assert inquiry.reference in mail.outbox[0].subject
    mail.outbox.clear()

    # The company accepts on its pages; the school's staff hear of it.
    with django_capture_on_commit_callbacks(execute=True):
        services.accept_quote(quote, market.buyer)
    assert sorted(email.to[0] for email in mail.outbox) == ["coordinator.a@example.org", "teacher.a@example.org"]
    mail.outbox.clear()

    # The order steps, each one e-mailed to the company.
    for step, note in [
        (InquiryStatus.IN_PROGRESS, "Baking starts Monday."),
        (InquiryStatus.DELIVERED, ""),
        (InquiryStatus.COMPLETED, ""),
    ]:
        page = client.get(detail_url(inquiry))
        assert f'value="{step.value}"' in page.text
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                detail_url(inquiry), {"action": "status", "status-status": step.value, "status-note": note}
            )
        assert response.status_code == 302
        inquiry.refresh_from_db()
        assert inquiry.status == step
        assert [email.to for email in mail.outbox] == [["buyer@example.com"]]
        with translation.override("it"):  # the buyer reads Italian
            assert str(step.label) in mail.outbox[0].subject
        mail.outbox.clear()

    history = list(inquiry.status_changes.values_list("status", flat=True))
    assert history == ["open", "quoted", "accepted", "in_progress", "delivered", "completed"]
    assert all(change.created_at for change in inquiry.status_changes.all())
    assert inquiry.status_changes.get(status="in_progress").note == "Baking starts Monday."

    page = client.get(detail_url(inquiry))
    assert "Baking starts Monday." in page.text
    assert 'name="action" value="status"' not in page.text  # completed: no more steps


def test_a_step_that_is_not_possible_is_a_form_error(market, client):
    inquiry = make_inquiry(market)
    client.force_login(market.coordinator_a)
    response = client.post(detail_url(inquiry), {"action": "status", "status-status": "delivered"})
    assert response.status_code == 200
    assert response.context["status_form"].errors
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.OPEN


def test_the_school_may_cancel_an_open_inquiry_with_a_note(market, client, django_capture_on_commit_callbacks):
    inquiry = make_inquiry(market)
    client.force_login(market.coordinator_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            detail_url(inquiry), {"action": "status", "status-status": "cancelled", "status-note": "Exams that week."}
        )
    assert response.status_code == 302
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.CANCELLED
    assert inquiry.status_changes.last().note == "Exams that week."
    assert any("Exams that week." in email.body for email in mail.outbox)


def test_an_empty_reply_stores_nothing(market, client):
    inquiry = make_inquiry(market)
    client.force_login(market.teacher_a)
    response = client.post(detail_url(inquiry), {"action": "reply", "reply-body": "   "})
    assert response.status_code == 200
    assert response.context["reply_form"].errors
    assert not inquiry.messages.exists()
