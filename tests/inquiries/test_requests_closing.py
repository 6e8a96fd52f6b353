"""Open requests close when their date passes (command and task), telling the company; answers take turns."""

from decimal import Decimal
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext

from inquiries import services, tasks
from inquiries.models import Inquiry, OpenRequest, OpenRequestStatus

from .requests_helpers import in_days, lithuanian_school, post_request


def make_past_due(open_request):
    OpenRequest.objects.filter(pk=open_request.pk).update(needed_by=in_days(-1))


def test_the_command_closes_past_due_requests_and_tells_the_company(market, django_capture_on_commit_callbacks):
    past = post_request(market, title="Cakes for yesterday")
    services.answer_open_request(past, market.school_a, body="We can.", author=market.teacher_a)
    current = post_request(market, title="Cakes for next month")
    make_past_due(past)
    mail.outbox.clear()

    output = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("close_open_requests", stdout=output)
    assert "1 open request(s) closed." in output.getvalue()

    past.refresh_from_db()
    current.refresh_from_db()
    assert (past.status, current.status) == (OpenRequestStatus.CLOSED, OpenRequestStatus.OPEN)
    assert past.closed_at is not None
    assert [message.to[0] for message in mail.outbox] == ["buyer@example.com"]
    assert "Cakes for yesterday" in mail.outbox[0].subject
    assert f"/it/inquiries/requests/{past.pk}/" in mail.outbox[0].body  # the buyer's language

    # Nothing more to close, nothing more to send.
    with django_capture_on_commit_callbacks(execute=True):
        assert services.close_past_due_requests() == 0
    assert len(mail.outbox) == 1


def test_the_task_closes_them_too(market, django_capture_on_commit_callbacks):
    open_request = post_request(market)
    make_past_due(open_request)
    with django_capture_on_commit_callbacks(execute=True):
        result = tasks.close_past_due_open_requests.enqueue()
    open_request.refresh_from_db()
    assert open_request.status == OpenRequestStatus.CLOSED
    assert result.return_value == 1


def test_a_past_due_request_takes_no_answers_but_its_answers_can_still_be_chosen(market):
    open_request = post_request(market)
    answer = services.answer_open_request(open_request, market.school_a, body="We can.", author=market.teacher_a)
    make_past_due(open_request)
    services.close_past_due_requests()
    try:
        services.answer_open_request(open_request, market.school_b, body="Late.", author=market.teacher_b)
    except services.InquiryError:
        pass
    else:
        raise AssertionError("a closed request took an answer")
    # Accepting that school's quote later still chooses it: the work was asked for in time.
    services.choose_answer(open_request, answer, market.buyer)
    open_request.refresh_from_db()
    assert (open_request.status, open_request.chosen) == (OpenRequestStatus.AWARDED, answer)


def test_answers_lock_the_request_row(market):
    """Two schools answering at once take turns on the request's row, so the cap holds (PostgreSQL locks it)."""
    open_request = post_request(market)
    with CaptureQueriesContext(connection) as queries:
        services.answer_open_request(open_request, market.school_a, body="We can.", author=market.teacher_a)
    locking = [query["sql"] for query in queries if "inquiries_openrequest" in query["sql"]]
    if connection.features.has_select_for_update:
        assert "FOR UPDATE" in locking[0]


def test_accepting_a_quote_on_an_answer_chooses_that_school_and_tells_the_others(
    market, django_capture_on_commit_callbacks
):
    open_request = post_request(market)
    school_c, teacher_c = lithuanian_school(market, "Vilniaus mokykla", staff_email="teacher.c@example.org")
    answer = services.answer_open_request(open_request, market.school_a, body="We can.", author=market.teacher_a)
    services.answer_open_request(open_request, school_c, body="We too.", author=teacher_c)
    quote = services.send_quote(
        answer,
        price=Decimal("450.00"),
        currency="EUR",
        included="300 cupcakes",
        delivery_date=in_days(25),
        valid_until=in_days(10),
        teacher=market.teacher_a,
        created_by=market.teacher_a,
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.accept_quote(quote, market.buyer)
    open_request.refresh_from_db()
    assert (open_request.status, open_request.chosen) == (OpenRequestStatus.AWARDED, answer)
    assert "teacher.c@example.org" in [message.to[0] for message in mail.outbox]


def test_the_database_itself_refuses_a_second_answer_from_one_school(market):
    open_request = post_request(market)
    first = services.answer_open_request(open_request, market.school_a, body="We can.", author=market.teacher_a)
    with pytest.raises(IntegrityError), transaction.atomic():
        Inquiry.objects.create(
            school=first.school,
            open_request=open_request,
            company_name="Dolci Srl",
            contact_name="Giulia",
            contact_email="buyer@example.com",
            need="Cupcakes",
        )
