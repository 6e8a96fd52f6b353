"""Companies and schools: creating, asking to join, deciding, and the admin rights that follow."""

import pytest
from django.core import mail

from accounts.models import (
    AccountKind,
    MembershipStatus,
    Organisation,
    OrganisationKind,
    OrganisationMembership,
    SchoolMembership,
)
from accounts.roles import Role, has_role
from schools.tenancy import grant_school_role, is_school_moderator, schools_of_user
from tests.accounts.factories import make_account
from tests.schools.factories import make_school

COMPANY = {
    "action": "create",
    "create-name": "UAB Ąžuolas",
    "create-country": "LT",
    "create-sector": "C",
    "create-website": "https://azuolas.example.lt",
    "create-size": "small",
}


def test_a_company_user_registers_the_company_and_administers_it(client):
    user = make_account("ona@example.org")
    client.force_login(user)
    response = client.post("/en/account/company/", COMPANY)
    assert response.status_code == 302
    company = Organisation.objects.get()
    assert (company.kind, company.name, company.get_sector_display()) == (
        OrganisationKind.COMPANY,
        "UAB Ąžuolas",
        "C – Manufacturing",
    )
    membership = OrganisationMembership.objects.get()
    assert membership.is_admin and membership.status == MembershipStatus.APPROVED
    page = client.get("/en/account/").content.decode()
    assert "UAB Ąžuolas is registered, and you administer it." in page


def test_sector_and_size_are_required_and_names_are_unique_per_country(client):
    client.force_login(make_account())
    response = client.post("/en/account/company/", {**COMPANY, "create-sector": "", "create-size": "huge"})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert "Select a valid choice." in response.content.decode()
    client.post("/en/account/company/", COMPANY)
    response = client.post("/en/account/company/", {**COMPANY, "create-name": "uab ąžuolas"})
    assert "already registered: ask to join it instead" in response.content.decode()
    assert Organisation.objects.count() == 1


def test_joining_a_company_is_approved_by_its_administrator(client):
    admin = make_account("admin@example.org")
    client.force_login(admin)
    client.post("/en/account/company/", COMPANY)
    company = Organisation.objects.get()

    colleague = make_account("colleague@example.org", language="lt")
    client.force_login(colleague)
    response = client.post("/en/account/company/", {"action": "join", "join-name": "uab ąžuolas", "join-country": "PL"})
    assert "No company of this name is registered in this country." in response.content.decode()
    response = client.post("/en/account/company/", {"action": "join", "join-name": "uab ąžuolas", "join-country": "LT"})
    assert response.status_code == 302
    membership = OrganisationMembership.objects.get(user=colleague)
    assert membership.status == MembershipStatus.PENDING
    assert [message.to for message in mail.outbox] == [["admin@example.org"]]

    # Only the administrator decides.
    outsider = make_account()
    client.force_login(outsider)
    assert client.post(f"/en/account/members/company/{membership.pk}/", {"decision": "approve"}).status_code == 403

    client.force_login(admin)
    assert "colleague@example.org" in client.get("/en/account/").content.decode()
    response = client.post(f"/en/account/members/company/{membership.pk}/", {"decision": "approve"})
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.status == MembershipStatus.APPROVED
    assert mail.outbox[-1].to == ["colleague@example.org"]
    assert company.name in mail.outbox[-1].subject

    response = client.post(f"/en/account/members/company/{membership.pk}/", {"decision": "remove"})
    assert not OrganisationMembership.objects.filter(user=colleague).exists()


def test_a_refused_company_request_is_told(client):
    admin = make_account("admin@example.org")
    client.force_login(admin)
    client.post("/en/account/company/", COMPANY)
    requester = make_account("asker@example.org")
    client.force_login(requester)
    client.post("/en/account/company/", {"action": "join", "join-name": "UAB Ąžuolas", "join-country": "LT"})
    membership = OrganisationMembership.objects.get(user=requester)
    client.force_login(admin)
    client.post(f"/en/account/members/company/{membership.pk}/", {"decision": "refuse"})
    membership.refresh_from_db()
    assert membership.status == MembershipStatus.REFUSED
    assert mail.outbox[-1].to == ["asker@example.org"]


@pytest.fixture
def teacher_request(client, school):
    """A teacher who registered, confirmed, and asks to join `school`."""
    teacher = make_account("mokytoja@example.org", kind=AccountKind.SCHOOL_STAFF)
    return SchoolMembership.objects.create(user=teacher, school=school, role="teacher")


def edit_page_status(client, user, school):
    client.force_login(user)
    return client.get(f"/admin/pages/{school.pk}/edit/").status_code


def test_a_coordinator_approves_a_teacher_who_then_edits_the_school_in_the_admin(client, school, teacher_request):
    teacher = teacher_request.user
    coordinator = make_account("koordinatore@example.org", kind=AccountKind.SCHOOL_STAFF)
    grant_school_role(school, coordinator, "moderator")
    assert edit_page_status(client, teacher, school) in (302, 403)

    client.force_login(coordinator)
    page = client.get("/en/account/").content.decode()
    assert "mokytoja@example.org" in page
    response = client.post(f"/en/account/members/school/{teacher_request.pk}/", {"decision": "approve"})
    assert response.status_code == 302
    teacher_request.refresh_from_db()
    assert teacher_request.status == MembershipStatus.APPROVED
    assert teacher_request.decided_by == coordinator
    assert list(schools_of_user(teacher, role="editor")) == [school]
    assert has_role(teacher, Role.SCHOOL_STAFF)
    assert mail.outbox[-1].to == ["mokytoja@example.org"]
    assert school.title in mail.outbox[-1].subject
    # The school acts as a buyer, and its approved staff order on its behalf.
    buyer = Organisation.objects.get(kind=OrganisationKind.SCHOOL)
    assert buyer.school == school and buyer.members().filter(user=teacher).exists()

    assert edit_page_status(client, teacher, school) == 200

    client.force_login(coordinator)
    client.post(f"/en/account/members/school/{teacher_request.pk}/", {"decision": "remove"})
    assert not SchoolMembership.objects.filter(user=teacher).exists()
    assert not schools_of_user(teacher).exists()
    assert mail.outbox[-1].to == ["mokytoja@example.org"]
    assert edit_page_status(client, teacher, school) in (302, 403)


def test_a_coordinator_request_is_approved_by_a_site_administrator(client, school, django_user_model):
    coordinator = make_account("koordinatore@example.org", kind=AccountKind.SCHOOL_STAFF)
    request = SchoolMembership.objects.create(user=coordinator, school=school, role="coordinator")
    admin = django_user_model.objects.create_superuser("boss@example.org", "boss@example.org", "x")
    client.force_login(admin)
    client.post(f"/en/account/members/school/{request.pk}/", {"decision": "approve"})
    assert is_school_moderator(coordinator, school)


def test_a_refused_request_grants_nothing_and_is_told(client, school, teacher_request, django_user_model):
    admin = django_user_model.objects.create_superuser("boss@example.org", "boss@example.org", "x")
    client.force_login(admin)
    client.post(f"/en/account/members/school/{teacher_request.pk}/", {"decision": "refuse"})
    teacher_request.refresh_from_db()
    assert teacher_request.status == MembershipStatus.REFUSED
    assert not schools_of_user(teacher_request.user).exists()
    assert "refused" in mail.outbox[-1].body
    # Refused requests may be made again.
    client.force_login(teacher_request.user)
    response = client.post("/en/account/school/", {"school": school.pk, "staff_role": "teacher"})
    assert response.status_code == 302


def test_teachers_and_coordinators_of_other_schools_cannot_decide(client, site_tree, school, teacher_request):
    _homes, directories = site_tree
    other_school = make_school(directories["lt"], "Kita mokykla")
    other_coordinator = make_account(kind=AccountKind.SCHOOL_STAFF)
    grant_school_role(other_school, other_coordinator, "moderator")
    teacher_of_school = make_account(kind=AccountKind.SCHOOL_STAFF)
    grant_school_role(school, teacher_of_school, "editor")
    for user in (other_coordinator, teacher_of_school, teacher_request.user):
        client.force_login(user)
        response = client.post(f"/en/account/members/school/{teacher_request.pk}/", {"decision": "approve"})
        assert response.status_code == 403
        assert "People to decide on" not in client.get("/en/account/").content.decode()
    teacher_request.refresh_from_db()
    assert teacher_request.status == MembershipStatus.PENDING


def test_coordinators_are_emailed_when_a_confirmed_teacher_asks(client, school):
    coordinator = make_account("koordinatore@example.org", kind=AccountKind.SCHOOL_STAFF)
    SchoolMembership.objects.create(user=coordinator, school=school, role="coordinator", status="approved")
    teacher = make_account(kind=AccountKind.SCHOOL_STAFF)
    client.force_login(teacher)
    response = client.post("/en/account/school/", {"school": school.pk, "staff_role": "teacher"})
    assert response.status_code == 302
    assert [message.to for message in mail.outbox] == [["koordinatore@example.org"]]
    response = client.post("/en/account/school/", {"school": school.pk, "staff_role": "teacher"})
    assert "You have already asked to join this school." in response.content.decode()


def test_a_bad_decision_is_a_clear_400(client, school, teacher_request, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("boss@example.org", "boss@example.org", "x"))
    response = client.post(f"/en/account/members/school/{teacher_request.pk}/", {"decision": "promote"})
    assert response.status_code == 400
    assert client.get(f"/en/account/members/school/{teacher_request.pk}/").status_code == 405


def test_deleting_an_approved_teacher_revokes_the_school_rights(client, school, teacher_request):
    from accounts.membership import approve_school_membership
    from tests.accounts.factories import PASSWORD

    approve_school_membership(teacher_request, decided_by=None)
    teacher = teacher_request.user
    groups = list(teacher.groups.all())
    assert groups
    client.force_login(teacher)
    client.post("/en/account/delete/", {"password": PASSWORD})
    assert not any(group.user_set.filter(email="mokytoja@example.org").exists() for group in groups)
