"""Logging in and out, the login rate limit, and passwords."""

import re

import pytest
from django.conf import settings
from django.core import mail

from accounts.models import AccountKind
from tests.accounts.factories import PASSWORD, make_account

LINK = re.compile(r"https?://testserver(\S+)")


def login(client, email, password, address="127.0.0.1", url="/en/account/login/"):
    return client.post(url, {"username": email, "password": password}, REMOTE_ADDR=address)


def test_login_and_logout(client):
    user = make_account("jonas@example.org")
    response = login(client, "jonas@example.org", PASSWORD)
    assert response.status_code == 302 and response["Location"] == "/en/account/"
    assert client.get("/en/account/").status_code == 200

    # Logging out is a POST; a GET does nothing.
    assert client.get("/en/account/logout/").status_code == 405
    response = client.post("/en/account/logout/")
    assert response.status_code == 302 and response["Location"] == "/en/account/login/"
    assert "You are logged out." in client.get(response["Location"]).content.decode()
    response = client.get("/en/account/")
    assert response.status_code == 302 and response["Location"].startswith("/en/account/login/")
    assert user.pk  # the account stays


def test_a_wrong_password_is_a_plain_error(client):
    make_account("jonas@example.org")
    response = login(client, "jonas@example.org", "wrong")
    assert response.status_code == 200
    assert "The e-mail address or the password is not right." in response.content.decode()


def test_login_redirects_to_next_on_this_site_only(client):
    make_account("jonas@example.org")
    data = {"username": "jonas@example.org", "password": PASSWORD}
    assert client.post("/en/account/login/?next=/en/search/", data)["Location"] == "/en/search/"
    client.post("/en/account/logout/")
    assert client.post("/en/account/login/?next=https://evil.example/", data)["Location"] == "/en/account/"


def test_an_account_is_locked_after_repeated_failures_from_any_address(client):
    make_account("jonas@example.org")
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        response = login(client, "Jonas@example.org", "wrong", address=f"10.0.0.{attempt + 1}")
        assert response.status_code in (200, 429)
    # Even the right password, from yet another address, is refused while the account is locked.
    response = login(client, "jonas@example.org", PASSWORD, address="10.0.1.1")
    assert response.status_code == 429
    page = response.content.decode()
    assert "Too many login attempts" in page
    assert '<html lang="en">' in page
    assert client.get("/en/account/").status_code == 302  # not logged in


def test_an_address_is_locked_after_repeated_failures_on_any_account(client):
    victim = make_account("jonas@example.org")
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        login(client, f"guess{attempt}@example.org", "wrong", address="10.9.9.9")
    response = login(client, victim.email, PASSWORD, address="10.9.9.9")
    assert response.status_code == 429
    # The account itself is not locked: from another address it logs in.
    assert login(client, victim.email, PASSWORD, address="10.9.9.10").status_code == 302


def test_fewer_failures_than_the_limit_do_not_lock(client):
    make_account("jonas@example.org")
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        login(client, "jonas@example.org", "wrong")
    assert login(client, "jonas@example.org", PASSWORD).status_code == 302


def test_the_lockout_page_is_translated_with_the_language_prefix(client):
    make_account("jonas@example.org")
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        login(client, "jonas@example.org", "wrong", url="/lt/account/login/")
    response = login(client, "jonas@example.org", PASSWORD, url="/lt/account/login/")
    assert response.status_code == 429
    assert '<html lang="lt">' in response.content.decode()


def test_the_wagtail_admin_login_is_rate_limited_too(client):
    make_account("editor@example.org")
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        response = login(client, "editor@example.org", "wrong", url="/admin/login/")
        assert response.status_code in (200, 429)
    response = login(client, "editor@example.org", PASSWORD, url="/admin/login/")
    assert response.status_code == 429
    assert "Too many login attempts" in response.content.decode()


def test_the_admin_login_takes_the_email_address(client, django_user_model):
    admin = django_user_model.objects.create_superuser("boss@example.org", "boss@example.org", PASSWORD)
    response = login(client, "Boss@Example.org", PASSWORD, url="/admin/login/")
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
    assert admin.pk


def test_password_reset_round_trip_in_the_accounts_language(client):
    user = make_account("jonas@example.org", language="pl")
    other_device = client.__class__()
    other_device.force_login(user)

    response = client.post("/en/account/password/reset/", {"email": "JONAS@example.org"})
    assert response.status_code == 302 and response["Location"] == "/en/account/password/reset/sent/"
    assert len(mail.outbox) == 1
    path = LINK.search(mail.outbox[0].body).group(1)
    assert path.startswith("/pl/account/password/reset/")

    response = client.get(path, follow=True)
    assert response.status_code == 200
    form_url = response.redirect_chain[-1][0]
    new_password = "another-Portal-passphrase-9"
    response = client.post(form_url, {"new_password1": new_password, "new_password2": new_password})
    assert response.status_code == 302
    assert "/account/password/reset/complete/" in response["Location"]

    assert login(client, "jonas@example.org", new_password).status_code == 302
    # The session that was logged in with the old password has ended.
    assert other_device.get("/en/account/").status_code == 302
    # The link works once; the page says so in the account's language.
    assert "Ten link został już użyty lub wygasł." in client.get(path, follow=True).content.decode()


def test_password_reset_does_not_tell_whether_an_address_has_an_account(client):
    make_account("jonas@example.org")
    make_account("waiting@example.org", active=False)
    answers = []
    for email in ("jonas@example.org", "nobody@example.org", "waiting@example.org"):
        response = client.post("/en/account/password/reset/", {"email": email}, follow=True)
        answers.append((response.status_code, response.redirect_chain, response.content))
    assert answers[0] == answers[1] == answers[2]
    assert [message.to for message in mail.outbox] == [["jonas@example.org"]]


def test_changing_the_password_keeps_this_session_and_ends_the_others(client):
    user = make_account("jonas@example.org")
    login(client, "jonas@example.org", PASSWORD)
    other_device = client.__class__()
    login(other_device, "jonas@example.org", PASSWORD)
    assert other_device.get("/en/account/").status_code == 200

    new_password = "another-Portal-passphrase-9"
    response = client.post(
        "/en/account/password/change/",
        {"old_password": PASSWORD, "new_password1": new_password, "new_password2": new_password},
    )
    assert response.status_code == 302
    assert client.get("/en/account/").status_code == 200
    assert other_device.get("/en/account/").status_code == 302
    user.refresh_from_db()
    assert user.check_password(new_password)


def test_password_change_applies_the_validators(client):
    user = make_account("jonas@example.org")
    client.force_login(user)
    response = client.post(
        "/en/account/password/change/", {"old_password": PASSWORD, "new_password1": "jonas", "new_password2": "jonas"}
    )
    assert response.status_code == 200
    assert "This password is too short." in response.content.decode()


@pytest.mark.parametrize("kind", [AccountKind.COMPANY, AccountKind.STUDENT])
def test_a_test_client_login_without_a_request_still_works(client, kind):
    """The rate limit needs a client address; logins made in code have none and are not blocked."""
    make_account("jonas@example.org", kind=kind)
    assert client.login(username="jonas@example.org", password=PASSWORD)
