"""Open requests in the admin: only matching schools see and answer them, once each, up to the cap."""

from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from accounts.models import AccountKind
from inquiries import services
from inquiries.models import Inquiry, Message, OpenRequest, OpenRequestStatus
from schools.tenancy import grant_school_role
from tests.accounts.factories import make_account
from tests.offerings.factories import make_category
from tests.schools.factories import make_school

from .requests_helpers import in_days, lithuanian_school, post_request


def admin_url(name, *args):
    return reverse(f"inquiries_admin:{name}", args=args)


def test_the_list_shows_requests_of_my_schools_countries_and_trades_with_places_left(client, market):
    here = post_request(market, title="Cupcakes in Kaunas")
    post_request(market, title="Cupcakes in Riga", country="LV")
    woodwork = make_category("woodwork", "0722")
    post_request(market, title="Shelves in Kaunas", category=woodwork)
    OpenRequest.objects.filter(pk=post_request(market, title="Yesterday's cakes").pk).update(needed_by=in_days(-1))
    services.answer_open_request(here, market.school_a, body="We can.", author=market.teacher_a)

    client.force_login(market.teacher_a)
    page = client.get(admin_url("requests")).content.decode()
    assert "Cupcakes in Kaunas" in page
    assert "4 / 5" in page  # places left
    for other in ("Cupcakes in Riga", "Shelves in Kaunas", "Yesterday&#x27;s cakes"):
        assert other not in page

    client.force_login(market.teacher_b)
    page = client.get(admin_url("requests")).content.decode()
    assert "Cupcakes in Riga" in page and "Cupcakes in Kaunas" not in page


def test_the_list_reads_a_fixed_number_of_queries(client, market, django_assert_max_num_queries):
    for number in range(6):
        post_request(market, title=f"Request {number}")
    client.force_login(market.teacher_a)
    with django_assert_max_num_queries(25):
        response = client.get(admin_url("requests"))
    assert response.content.decode().count("Request ") >= 6


def test_a_school_answers_and_a_thread_opens_for_the_company(client, market, django_capture_on_commit_callbacks):
    open_request = post_request(market)
    client.force_login(market.teacher_a)
    page = client.get(admin_url("request", open_request.pk)).content.decode()
    assert "Cupcakes with our logo." in page
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            admin_url("request", open_request.pk), {"school": market.school_a.pk, "body": "We bake them <b>fresh</b>."}
        )
    inquiry = Inquiry.objects.get(open_request=open_request)
    assert response.status_code == 302
    assert response["Location"] == admin_url("detail", inquiry.pk)
    assert (inquiry.school, inquiry.organisation, inquiry.created_by) == (market.school_a, market.company, market.buyer)
    assert Message.objects.get(inquiry=inquiry).body == "We bake them <b>fresh</b>."
    assert [message.to[0] for message in mail.outbox] == ["buyer@example.com"]
    assert "/it/inquiries/" in mail.outbox[0].body  # the buyer reads Italian

    # Answering twice, from the page or the service, stores nothing more.
    page = client.get(admin_url("request", open_request.pk)).content.decode()
    assert "Your school has answered this request." in page
    again = client.post(admin_url("request", open_request.pk), {"school": market.school_a.pk, "body": "Again."})
    assert again.status_code == 404
    try:
        services.answer_open_request(open_request, market.school_a, body="Again.", author=market.coordinator_a)
    except services.InquiryError as error:
        assert "already answered" in str(error)
    else:
        raise AssertionError("answered twice")
    assert Inquiry.objects.filter(open_request=open_request).count() == 1


def test_the_cap_refuses_the_third_school_and_stores_nothing(client, market):
    open_request = post_request(market, max_answers=2)
    school_c, teacher_c = lithuanian_school(market, "Vilniaus mokykla", staff_email="teacher.c@example.org")
    school_d, teacher_d = lithuanian_school(market, "Klaipėdos mokykla", staff_email="teacher.d@example.org")
    services.answer_open_request(open_request, market.school_a, body="One.", author=market.teacher_a)
    services.answer_open_request(open_request, school_c, body="Two.", author=teacher_c)

    client.force_login(teacher_d)
    page = client.get(admin_url("request", open_request.pk)).content.decode()
    assert "This request already has the 2 answers it accepts." in page
    assert 'name="body"' not in page
    response = client.post(admin_url("request", open_request.pk), {"school": school_d.pk, "body": "Three."})
    assert response.status_code == 200
    assert "This request already has the 2 answers it accepts." in response.content.decode()
    assert Inquiry.objects.filter(open_request=open_request).count() == 2
    assert not Message.objects.filter(body="Three.").exists()


def test_a_closed_request_takes_no_answers(client, market):
    open_request = post_request(market)
    services.close_open_request(open_request, market.buyer)
    client.force_login(market.teacher_a)
    page = client.get(admin_url("request", open_request.pk)).content.decode()
    assert "This request is closed and no longer takes answers." in page
    response = client.post(admin_url("request", open_request.pk), {"school": market.school_a.pk, "body": "Late."})
    assert "This request is closed." in response.content.decode()
    assert not Inquiry.objects.exists()
    assert OpenRequest.objects.get().status == OpenRequestStatus.CLOSED


def test_a_school_that_does_not_match_gets_404_and_cannot_answer(client, market):
    open_request = post_request(market)
    client.force_login(market.teacher_b)  # a Latvian school
    assert client.get(admin_url("request", open_request.pk)).status_code == 404
    as_school_b = {"school": market.school_b.pk, "body": "Hi"}
    assert client.post(admin_url("request", open_request.pk), as_school_b).status_code == 404
    # Nor may school A's teacher answer in the name of school B.
    client.force_login(market.teacher_a)
    assert client.post(admin_url("request", open_request.pk), as_school_b).status_code == 404
    # A draft school's staff see nothing either.
    draft = make_school(market.school_a.get_parent(), "Draft", categories=[market.catering], country="LT", live=False)
    drafter = make_account(kind=AccountKind.SCHOOL_STAFF)
    grant_school_role(draft, drafter, "editor")
    client.force_login(drafter)
    assert client.get(admin_url("request", open_request.pk)).status_code == 404
    assert "300 branded cupcakes" not in client.get(admin_url("requests")).content.decode()
    # The service refuses a school that does not match, whoever calls it.
    try:
        services.answer_open_request(open_request, market.school_b, body="Hi", author=market.teacher_b)
    except services.InquiryError:
        pass
    else:
        raise AssertionError("a Latvian school answered a Lithuanian request")
    assert not Inquiry.objects.exists()


def test_the_menu_item_shows_for_school_staff_and_superusers_only(client, market):
    client.force_login(market.teacher_a)
    assert admin_url("requests") in client.get(reverse("wagtailadmin_home")).content.decode()
    superuser = get_user_model().objects.create_superuser("root@example.org", "root@example.org", "x")
    client.force_login(superuser)
    assert admin_url("requests") in client.get(reverse("wagtailadmin_home")).content.decode()
    open_request = post_request(market)
    assert client.get(admin_url("request", open_request.pk)).status_code == 200
