"""A company posts an open request: the right schools hear of it; bad input and spam store nothing."""

from django.core import mail
from django.utils import translation
from django.utils.translation import ngettext

from accounts.models import AccountKind, OrganisationMembership
from inquiries import services
from inquiries.models import OpenRequest, OpenRequestStatus, OutboundEmail
from inquiries.spam import sign_timestamp
from offerings.models import Category
from tests.accounts.factories import make_account
from tests.offerings.factories import make_category
from tests.schools.factories import make_school

from .requests_helpers import category_in, in_days, lithuanian_school, post_request, request_data, url


def test_posting_tells_exactly_the_schools_of_that_trade_in_that_country_in_their_languages(
    client, market, django_capture_on_commit_callbacks
):
    directory = market.school_a.get_parent()
    woodwork = make_category("woodwork", "0722")
    make_school(directory, "Woodwork school", categories=[woodwork], country="LT", contact_email="wood@example.org")
    make_school(directory, "Draft school", categories=[market.catering], country="LT", live=False,
                contact_email="draft@example.org")  # fmt: skip
    # Teaches catering through its Latvian row, and has no staff: its contact address hears, in Lithuanian.
    make_school(directory, "Latvian row school", categories=[category_in(market.catering, "lv")], country="LT",
                contact_email="contact@example.org")  # fmt: skip
    client.force_login(market.buyer)

    lithuanian_row = category_in(market.catering, "lt")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("inquiries:request_new", language="lt"), request_data(lithuanian_row), follow=True)

    open_request = OpenRequest.objects.get()
    assert open_request.category == market.catering  # the original row, whatever language it was posted in
    assert (open_request.organisation, open_request.created_by, open_request.language) == (
        market.company,
        market.buyer,
        "lt",
    )
    assert open_request.max_answers == 5
    assert response.redirect_chain[-1][0] == url("inquiries:request", open_request.pk, language="lt")
    with translation.override("lt"):
        told = ngettext(
            "Your request is posted and %(count)s school was told about it.",
            "Your request is posted and %(count)s schools were told about it.",
            2,
        ) % {"count": 2}
        cap = ngettext("At most %(count)s school may answer.", "At most %(count)s schools may answer.", 5) % {
            "count": 5
        }
    assert f"{told} {cap}" in response.content.decode()  # in the visitor's language
    by_address = {message.to[0]: message for message in mail.outbox}
    # School A's two staff and the staff-less school's contact; not school B (Latvia), woodwork, nor the draft.
    assert sorted(by_address) == ["contact@example.org", "coordinator.a@example.org", "teacher.a@example.org"]
    assert "Maitinimas ir renginiai" in by_address["teacher.a@example.org"].body  # Lithuanian
    assert "Catering and events" in by_address["coordinator.a@example.org"].body  # English
    assert "Maitinimas ir renginiai" in by_address["contact@example.org"].body  # the school's language
    assert f"/admin/inquiries/requests/{open_request.pk}/" in by_address["teacher.a@example.org"].body


def test_the_form_lists_the_trades_of_the_visitor_s_language_and_says_how_many_may_answer(client, market, settings):
    settings.OPEN_REQUEST_MAX_ANSWERS = 3
    client.force_login(market.buyer)
    page = client.get(url("inquiries:request_new", language="lv")).content.decode()
    assert "Ēdināšana un pasākumi" in page
    assert "Catering and events" not in page
    assert "Atbildēt var ne vairāk kā 3 skolas" in page  # "At most 3 schools may answer"

    created = post_request(market)
    assert created.max_answers == 3


def test_a_date_in_the_past_or_a_start_after_the_end_stores_nothing(client, market):
    client.force_login(market.buyer)
    past = client.post(url("inquiries:request_new"), request_data(market.catering, needed_by=in_days(-1).isoformat()))
    reversed_dates = client.post(
        url("inquiries:request_new"),
        request_data(market.catering, needed_from=in_days(40).isoformat(), needed_by=in_days(30).isoformat()),
    )
    assert past.status_code == reversed_dates.status_code == 200
    assert "This date is in the past." in past.content.decode()
    assert "The work cannot start after the date it is needed by." in reversed_dates.content.decode()
    assert not OpenRequest.objects.exists()
    assert not OutboundEmail.objects.exists()
    # The service refuses them too, whoever calls it.
    for fields in ({"needed_by": in_days(-1)}, {"needed_from": in_days(40), "needed_by": in_days(30)}):
        try:
            post_request(market, **fields)
        except services.InquiryError:
            pass
        else:
            raise AssertionError(f"{fields} was accepted")
    assert not OpenRequest.objects.exists()


def test_spam_is_refused_and_stores_nothing(client, market, settings):
    client.force_login(market.buyer)
    honeypot = client.post(url("inquiries:request_new"), request_data(market.catering, website="http://spam.example"))
    too_fast = client.post(url("inquiries:request_new"), request_data(market.catering, form_shown=sign_timestamp()))
    forged = client.post(url("inquiries:request_new"), request_data(market.catering, form_shown="12345"))
    assert [honeypot.status_code, too_fast.status_code, forged.status_code] == [200, 200, 200]
    assert "leave the last field empty" in honeypot.content.decode()
    assert not OpenRequest.objects.exists()

    settings.FORM_RATE_LIMITS = {"address": (2, 3600), "account": (20, 86400)}
    for _ in range(2):
        assert client.post(url("inquiries:request_new"), request_data(market.catering)).status_code == 302
    assert client.post(url("inquiries:request_new"), request_data(market.catering)).status_code == 429
    assert OpenRequest.objects.count() == 2


def test_only_an_approved_company_member_may_post(client, market):
    assert client.get(url("inquiries:request_new")).status_code == 302  # to the login page
    student = make_account(kind=AccountKind.STUDENT)
    pending = make_account(kind=AccountKind.COMPANY)
    OrganisationMembership.objects.create(organisation=market.company, user=pending, status="pending")
    for user in (student, pending):
        client.force_login(user)
        response = client.get(url("inquiries:request_new"))
        assert response.status_code == 403
        assert "A company account is needed" in response.content.decode()
        assert client.post(url("inquiries:request_new"), request_data(market.catering)).status_code == 403
    assert not OpenRequest.objects.exists()


def test_another_company_cannot_see_or_decide_on_a_request(client, market):
    open_request = post_request(market)
    colleague = make_account(kind=AccountKind.COMPANY)
    OrganisationMembership.objects.create(organisation=market.company, user=colleague, status="approved")
    client.force_login(colleague)
    assert client.get(url("inquiries:request", open_request.pk)).status_code == 200  # same company

    stranger = make_account(kind=AccountKind.COMPANY)
    client.force_login(stranger)
    assert client.get(url("inquiries:request", open_request.pk)).status_code == 404
    close = client.post(url("inquiries:request_action", open_request.pk), {"action": "close"})
    assert close.status_code == 404
    assert "300 branded cupcakes" not in client.get(url("inquiries:requests")).content.decode()
    open_request.refresh_from_db()
    assert open_request.status == OpenRequestStatus.OPEN


def test_the_company_sees_the_answers_chooses_one_and_the_others_hear_so(
    client, market, django_capture_on_commit_callbacks
):
    school_c, teacher_c = lithuanian_school(market, "Vilniaus mokykla", staff_email="teacher.c@example.org")
    open_request = post_request(market, title="<b>Cupcakes</b>")
    answer_a = services.answer_open_request(
        open_request, market.school_a, body="We bake <script>alert(1)</script> them.", author=market.teacher_a
    )
    answer_c = services.answer_open_request(open_request, school_c, body="We can too.", author=teacher_c)
    client.force_login(market.buyer)

    page = client.get(url("inquiries:request", open_request.pk)).content.decode()
    assert "&lt;b&gt;Cupcakes&lt;/b&gt;" in page and "<b>Cupcakes" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert" not in page
    assert "Vilniaus mokykla" in page and market.school_a.title in page
    assert url("inquiries:thread", answer_a.access_key) in page
    assert "Choose this school" in page
    assert "3 of 5 places" in page

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url("inquiries:request_action", open_request.pk), {"action": "choose", "answer": answer_a.pk}, follow=True
        )
    assert response.status_code == 200
    open_request.refresh_from_db()
    assert (open_request.status, open_request.chosen) == (OpenRequestStatus.AWARDED, answer_a)
    subjects = {message.to[0]: message.subject for message in mail.outbox}
    assert "teacher.c@example.org" in subjects  # the school not chosen hears
    assert "teacher.a@example.org" in subjects  # and so does the chosen one
    assert "Choose this school" not in response.content.decode()

    # Choosing again, or another school, changes nothing.
    again = client.post(
        url("inquiries:request_action", open_request.pk), {"action": "choose", "answer": answer_c.pk}, follow=True
    )
    assert "Another school was already chosen" in again.content.decode()
    open_request.refresh_from_db()
    assert open_request.chosen == answer_a
    with django_capture_on_commit_callbacks(execute=True):
        services.close_past_due_requests()
    assert OpenRequest.objects.get().status == OpenRequestStatus.AWARDED


def test_closing_early_stops_answers_and_tells_the_schools_that_answered(
    client, market, django_capture_on_commit_callbacks
):
    open_request = post_request(market)
    services.answer_open_request(open_request, market.school_a, body="We can.", author=market.teacher_a)
    client.force_login(market.buyer)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("inquiries:request_action", open_request.pk), {"action": "close"})
    open_request.refresh_from_db()
    assert open_request.status == OpenRequestStatus.CLOSED
    assert sorted(message.to[0] for message in mail.outbox) == ["coordinator.a@example.org", "teacher.a@example.org"]
    by_address = {message.to[0]: message.body for message in mail.outbox}
    assert "closed this request without choosing" in by_address["coordinator.a@example.org"]  # English
    assert "uždarė šį prašymą" in by_address["teacher.a@example.org"]  # Lithuanian
    assert Category.objects.filter(pk=open_request.category_id).exists()
