"""Registering, confirming the e-mail address, and the languages of both."""

import re
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.core import mail, signing

from accounts.models import AccountKind, MembershipStatus, SchoolMembership
from accounts.tokens import make_confirmation_token
from tests.accounts.factories import PASSWORD, make_account

User = get_user_model()
LINK = re.compile(r"https?://\S+")


def registration(kind, email="Ana.Maria@Example.ORG", **extra):
    data = {
        "first_name": "Ana",
        "last_name": "Petrauskienė",
        "email": email,
        "kind": kind,
        "preferred_language": "en",
        "password1": PASSWORD,
        "password2": PASSWORD,
    }
    data.update(extra)
    return data


def confirmation_link():
    assert len(mail.outbox) == 1
    return LINK.search(mail.outbox[0].body).group(0)


@pytest.mark.parametrize(
    "kind, extra",
    [
        (AccountKind.COMPANY, {}),
        (AccountKind.STUDENT, {"organisation_name": "Kauno paslaugų mokykla"}),
        (AccountKind.AUTHORITY, {"organisation_name": "Kauno miesto savivaldybė"}),
        (AccountKind.EMPLOYMENT_BODY, {"organisation_name": "Užimtumo tarnyba"}),
        (AccountKind.SCHOOL_STAFF, "school"),
    ],
)
def test_every_role_registers_and_confirms_by_the_emailed_link(client, school, kind, extra):
    if extra == "school":
        extra = {"school": school.pk, "staff_role": "teacher"}
    response = client.post("/en/account/register/", registration(kind, **extra))
    assert response.status_code == 302
    assert response["Location"] == "/en/account/register/done/"
    assert "ana.maria@example.org" in client.get(response["Location"]).content.decode()

    user = User.objects.get(email="ana.maria@example.org")
    assert user.username == "ana.maria@example.org"  # stored lower-cased
    assert not user.is_active
    assert user.profile.kind == kind
    assert mail.outbox[0].to == ["ana.maria@example.org"]

    # Not confirmed yet: the login is refused with a hint.
    response = client.post("/en/account/login/", {"username": "ana.maria@example.org", "password": PASSWORD})
    assert response.status_code == 200
    assert "confirm your address first" in response.content.decode()

    link = confirmation_link()
    assert link.startswith("http://testserver/en/account/confirm/")
    response = client.get(link.removeprefix("http://testserver"))
    assert response.status_code == 200
    assert "Your account is active." in response.content.decode()
    user.refresh_from_db()
    assert user.is_active

    # The address logs in whatever its case.
    response = client.post("/en/account/login/", {"username": "ANA.maria@example.org", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/en/account/"
    assert "My account" in client.get("/en/account/").content.decode()


def test_school_staff_registration_asks_the_school(client, school):
    data = registration(AccountKind.SCHOOL_STAFF, school=school.pk, staff_role="coordinator")
    client.post("/en/account/register/", data)
    membership = SchoolMembership.objects.get(user__email="ana.maria@example.org")
    assert (membership.school, membership.role, membership.status) == (school, "coordinator", MembershipStatus.PENDING)


def test_school_staff_must_choose_a_school(client, school):
    response = client.post("/en/account/register/", registration(AccountKind.SCHOOL_STAFF))
    assert response.status_code == 200
    assert "Choose the school you work at." in response.content.decode()
    assert not User.objects.exists()


def test_a_confirmed_link_used_again_says_so(client):
    user = make_account(active=False)
    url = f"/en/account/confirm/{make_confirmation_token(user)}/"
    client.get(url)
    response = client.get(url)
    assert response.status_code == 200
    assert "You had already confirmed it." in response.content.decode()


def test_an_altered_link_is_refused(client):
    user = make_account(active=False)
    token = make_confirmation_token(user)
    response = client.get(f"/en/account/confirm/{token[:-3]}abc/")
    assert response.status_code == 400
    assert "The link is incomplete or has been changed." in response.content.decode()
    user.refresh_from_db()
    assert not user.is_active


def test_a_link_for_another_address_is_refused(client):
    user = make_account(active=False)
    forged = signing.dumps({"user": user.pk, "email": "someone@else.org"}, salt="accounts.email-confirmation")
    assert client.get(f"/en/account/confirm/{forged}/").status_code == 400
    user.refresh_from_db()
    assert not user.is_active


def test_an_expired_link_is_refused_and_a_new_one_can_be_sent(client):
    user = make_account(active=False)
    with mock.patch("django.core.signing.time.time", return_value=signing.time.time() - 4 * 24 * 3600):
        token = make_confirmation_token(user)
    response = client.get(f"/en/account/confirm/{token}/")
    assert response.status_code == 400
    assert "The link has expired" in response.content.decode()

    response = client.post("/en/account/confirm/resend/", {"email": user.email.upper()})
    assert response.status_code == 200
    link = confirmation_link()
    assert client.get(link.removeprefix("http://testserver")).status_code == 200
    user.refresh_from_db()
    assert user.is_active


def test_resending_says_the_same_for_unknown_and_confirmed_addresses(client):
    confirmed = make_account()
    for email in ("nobody@example.org", confirmed.email):
        response = client.post("/en/account/confirm/resend/", {"email": email})
        assert response.status_code == 200
        assert "If " + email in response.content.decode()
    assert mail.outbox == []


def test_a_registered_address_gets_a_clear_error(client):
    make_account("ana.maria@example.org")
    response = client.post("/en/account/register/", registration(AccountKind.COMPANY, email="Ana.Maria@example.org"))
    assert response.status_code == 200
    assert "An account with this e-mail address already exists." in response.content.decode()
    assert User.objects.count() == 1
    assert mail.outbox == []


def test_weak_and_mismatched_passwords_are_refused(client):
    response = client.post(
        "/en/account/register/", registration(AccountKind.COMPANY, password1="12345678", password2="12345678")
    )
    assert "This password is too common." in response.content.decode()
    response = client.post("/en/account/register/", registration(AccountKind.COMPANY, password2=PASSWORD + "x"))
    assert "The two passwords differ." in response.content.decode()
    assert not User.objects.exists()


def test_authorities_must_name_their_body(client):
    response = client.post("/en/account/register/", registration(AccountKind.AUTHORITY))
    assert "Name the body you work for." in response.content.decode()


@pytest.mark.parametrize("language", ["lt", "lv", "pl", "it", "pt"])
def test_registration_page_in_every_language(client, language):
    response = client.get(f"/{language}/account/register/")
    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.content.decode()
    assert f'action="/{language}/account/logout/"' not in response.content.decode()


def test_confirmation_email_is_in_the_chosen_language_with_its_prefix(client):
    client.post("/en/account/register/", registration(AccountKind.COMPANY, preferred_language="lt"))
    link = confirmation_link()
    assert link.startswith("http://testserver/lt/account/confirm/")
    response = client.get(link.removeprefix("http://testserver"))
    assert response.status_code == 200
    assert '<html lang="lt">' in response.content.decode()


def test_header_offers_login_and_register_then_account_and_logout(client):
    page = client.get("/en/account/login/").content.decode()
    assert 'href="/en/account/login/"' in page and 'href="/en/account/register/"' in page
    client.force_login(make_account())
    page = client.get("/en/account/").content.decode()
    assert 'href="/en/account/"' in page
    assert 'action="/en/account/logout/"' in page
