"""Editing one's profile and deleting one's account."""

from django.contrib.auth import get_user_model
from django.core import mail

from accounts.models import (
    AccountKind,
    Favourite,
    MembershipStatus,
    Organisation,
    OrganisationMembership,
    Profile,
    SavedSearch,
)
from accounts.roles import Role, has_role
from tests.accounts.factories import PASSWORD, make_account

User = get_user_model()


def test_profile_edit_changes_name_language_and_organisation(client):
    user = make_account("jonas@example.org", kind=AccountKind.AUTHORITY, organisation_name="Old name")
    client.force_login(user)
    page = client.get("/en/account/profile/").content.decode()
    assert 'value="Old name"' in page
    response = client.post(
        "/en/account/profile/",
        {"first_name": "Jonas", "last_name": "Jonaitis", "preferred_language": "lv", "organisation_name": "Rīgas dome"},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.first_name, user.last_name) == ("Jonas", "Jonaitis")
    assert (user.profile.preferred_language, user.profile.organisation_name) == ("lv", "Rīgas dome")
    assert "Your profile is saved." in client.get("/en/account/").content.decode()


def test_profile_edit_refuses_an_unknown_language(client):
    user = make_account()
    client.force_login(user)
    data = {"first_name": "A", "last_name": "B", "preferred_language": "xx", "organisation_name": ""}
    response = client.post("/en/account/profile/", data)
    assert response.status_code == 200
    assert "Select a valid choice." in response.content.decode()


def test_an_account_made_in_the_admin_gets_a_profile_when_edited(client, django_user_model):
    admin = django_user_model.objects.create_superuser("boss@example.org", "boss@example.org", PASSWORD)
    client.force_login(admin)
    assert client.get("/en/account/").status_code == 200
    assert client.get("/en/account/profile/").status_code == 200
    assert Profile.objects.get(user=admin).kind == ""


def test_deletion_needs_the_password_and_explains_what_happens(client):
    user = make_account("jonas@example.org")
    client.force_login(user)
    page = client.get("/en/account/delete/").content.decode()
    assert "This cannot be undone." in page
    response = client.post("/en/account/delete/", {"password": "wrong"})
    assert response.status_code == 200
    assert "That is not your password." in response.content.decode()
    assert User.objects.filter(pk=user.pk).exists()


def test_deletion_removes_personal_data_and_logs_out(client, catalogue):
    offerings, _schools, _categories = catalogue
    user = make_account("jonas@example.org", first_name="Jonas", organisation_name="UAB Medis")
    company = Organisation.objects.create(name="UAB Medis", country="LT", sector="C", size="small")
    OrganisationMembership.objects.create(organisation=company, user=user, status="approved", is_admin=True)
    colleague = make_account("ona@example.org")
    OrganisationMembership.objects.create(organisation=company, user=colleague, status="approved")
    offering = next(iter(offerings.values()))
    Favourite.objects.create(user=user, offering=offering)
    SavedSearch.objects.create(user=user, query_string="q=chairs", alerts_enabled=True)
    client.force_login(user)

    response = client.post("/en/account/delete/", {"password": PASSWORD})
    assert response.status_code == 200
    assert "Your account is deleted" in response.content.decode()

    assert not User.objects.filter(email="jonas@example.org").exists()
    assert not Profile.objects.filter(organisation_name="UAB Medis").exists()
    assert not Favourite.objects.exists() and not SavedSearch.objects.exists()
    # The company stays with its other member, who now administers it.
    assert OrganisationMembership.objects.get(organisation=company).user == colleague
    assert OrganisationMembership.objects.get(organisation=company).is_admin
    assert client.get("/en/account/").status_code == 302
    assert mail.outbox == []


def test_deleting_the_only_member_deletes_the_company(client):
    user = make_account()
    company = Organisation.objects.create(name="UAB Vienas", country="LT", sector="C", size="micro")
    OrganisationMembership.objects.create(organisation=company, user=user, status="approved", is_admin=True)
    OrganisationMembership.objects.create(organisation=company, user=make_account(), status=MembershipStatus.PENDING)
    client.force_login(user)
    client.post("/en/account/delete/", {"password": PASSWORD})
    assert not Organisation.objects.exists()


def test_roles_are_recorded_and_authorities_wait_for_confirmation():
    company = make_account(kind=AccountKind.COMPANY)
    authority = make_account(kind=AccountKind.AUTHORITY, organisation_name="Kauno savivaldybė")
    employment = make_account(kind=AccountKind.EMPLOYMENT_BODY, organisation_name="Užimtumo tarnyba")
    assert has_role(company, Role.COMPANY)
    assert not has_role(company, Role.AUTHORITY, Role.EMPLOYMENT_BODY)
    assert not has_role(authority, Role.AUTHORITY)
    Profile.objects.filter(user=authority).update(role_confirmed=True)
    authority.refresh_from_db()
    assert has_role(authority, Role.AUTHORITY, Role.EMPLOYMENT_BODY)
    assert not has_role(employment, Role.EMPLOYMENT_BODY)
    assert not has_role(make_account(kind=AccountKind.SCHOOL_STAFF), Role.SCHOOL_STAFF)  # not approved by a school
    assert not has_role(make_account(kind=AccountKind.COMPANY, active=False), Role.COMPANY)


def test_a_site_administrator_confirms_an_authority_in_the_admin(client, django_user_model, school):
    authority = make_account("savivaldybe@example.org", kind=AccountKind.AUTHORITY, organisation_name="Kauno m.")
    admin = django_user_model.objects.create_superuser("boss@example.org", "boss@example.org", PASSWORD)
    client.force_login(admin)
    listing = client.get("/admin/snippets/accounts/profile/")
    assert listing.status_code == 200
    assert "savivaldybe@example.org" in listing.content.decode()
    profile = authority.profile
    response = client.post(
        f"/admin/snippets/accounts/profile/edit/{profile.pk}/",
        {"kind": "authority", "organisation_name": "Kauno m.", "role_confirmed": "on"},
    )
    assert response.status_code == 302
    authority.refresh_from_db()
    assert has_role(authority, Role.AUTHORITY)

    # A school's teacher reaches the admin but not the account roles.
    from schools.tenancy import grant_school_role

    teacher = make_account(kind=AccountKind.SCHOOL_STAFF)
    grant_school_role(school, teacher, "editor")
    client.force_login(teacher)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/snippets/accounts/profile/").status_code in (302, 403)
