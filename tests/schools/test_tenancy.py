"""Schools as admin tenants: automatic groups and rights, the moderation round trip with its e-mails, revoking."""

from io import StringIO
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import GroupPagePermission, WorkflowPage
from wagtail.test.utils.form_data import streamfield

from home.demo.schools import SCHOOLS
from offerings.models import OfferingPage
from schools.models import SchoolPage, SchoolTenancy
from schools.tenancy import (
    grant_school_role,
    is_school_moderator,
    revoke_school_roles,
    school_collection,
    schools_of_user,
)
from tests.home.factories import locale
from tests.offerings.factories import make_offering
from tests.schools.factories import make_school
from tests.schools.tenancy_world import make_world, offering_form, png_upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(site_tree, catering):
    _homes, directories = site_tree
    return make_world(directories, catering)


def page_rights(group, page):
    return set(
        GroupPagePermission.objects.filter(group=group, page=page).values_list("permission__codename", flat=True)
    )


def test_a_new_school_gets_groups_rights_collection_and_workflow_in_every_language(site_tree, client):
    _homes, directories = site_tree
    school = make_school(directories["lt"], "Kauno mokykla", slug="kauno")

    tenancy = SchoolTenancy.objects.get(translation_key=school.translation_key)
    assert tenancy.editors.name == f"Kauno mokykla ({school.pk}) – teachers"
    assert tenancy.moderators.name == f"Kauno mokykla ({school.pk}) – coordinators"
    assert page_rights(tenancy.editors, school) == {"add_page", "change_page"}
    assert page_rights(tenancy.moderators, school) == {
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
    }
    assert tenancy.collection.name == "Kauno mokykla"
    assert tenancy.collection.get_parent().name == "Schools"
    task = tenancy.workflow.tasks.get().specific
    assert list(task.groups.all()) == [tenancy.moderators]
    assert WorkflowPage.objects.get(page=school).workflow == tenancy.workflow

    # A translation made through wagtail-localize gets the same rights and workflow.
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(admin)
    response = client.post(f"/admin/localize/submit/page/{school.pk}/", {"locales": [locale("lv").pk]})
    assert response.status_code == 302
    latvian = school.get_translation(locale("lv"))
    assert SchoolTenancy.objects.count() == 1
    assert page_rights(tenancy.editors, latvian) == {"add_page", "change_page"}
    assert "publish_page" in page_rights(tenancy.moderators, latvian)
    assert WorkflowPage.objects.get(page=latvian).workflow == tenancy.workflow


def test_contract_functions(world):
    assert list(schools_of_user(world.teacher_a)) == [world.school_a]  # the original, not its translation
    assert list(schools_of_user(world.teacher_a, role="moderator")) == []
    assert list(schools_of_user(world.coordinator_a, role="moderator")) == [world.school_a]
    assert is_school_moderator(world.coordinator_a, world.school_a_lt)
    assert not is_school_moderator(world.teacher_a, world.school_a)
    assert not is_school_moderator(world.coordinator_a, world.school_b)
    assert school_collection(world.school_a_lt) == school_collection(world.school_a)
    assert school_collection(world.school_a) != school_collection(world.school_b)

    grant_school_role(world.school_a_lt, world.teacher_a, "editor")  # idempotent, from any language version
    assert world.teacher_a.groups.count() == 1
    with pytest.raises(ValueError):
        grant_school_role(world.school_a, world.teacher_a, "owner")


def test_teacher_submits_coordinator_approves_with_mail_both_ways(world, client, catering):
    client.force_login(world.teacher_a)
    assert client.get(f"/admin/pages/{world.school_a_lt.pk}/edit/").status_code == 200  # the school page, any language
    assert client.get(f"/admin/pages/{world.offering_a.pk}/edit/").status_code == 200

    # A teacher adds a new offering and submits it; they cannot publish it themselves.
    data = offering_form(world.offering_a, catering, action="publish", title="Alytus pine stools", slug="pine-stools")
    response = client.post(f"/admin/pages/add/offerings/offeringpage/{world.school_a.pk}/", data)
    assert response.status_code == 302
    stools = OfferingPage.objects.get(slug="pine-stools")
    assert not stools.live
    assert client.get(f"/admin/pages/{stools.pk}/unpublish/").status_code != 200

    mail.outbox.clear()
    data = offering_form(stools, catering, action="submit", summary="Pine stools for kitchens.")
    response = client.post(f"/admin/pages/{stools.pk}/edit/", data)
    assert response.status_code == 302
    stools.refresh_from_db()
    assert stools.workflow_in_progress
    assert [message.to for message in mail.outbox] == [["coordinator_a@example.org"]]
    assert "Alytus pine stools" in mail.outbox[0].subject

    # The coordinator asks for changes: the teacher is told, with the comment.
    client.force_login(world.coordinator_a)
    mail.outbox.clear()
    task_state = stools.current_workflow_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{stools.pk}/reject/{task_state.pk}/", {"comment": "Add the wood's origin."}
    )
    assert response.status_code == 302
    assert [message.to for message in mail.outbox] == [["teacher_a@example.org"]]
    assert "Add the wood's origin." in mail.outbox[0].body

    # The teacher resubmits; the coordinator approves and the offering goes live.
    client.force_login(world.teacher_a)
    data = offering_form(stools, catering, action="submit", summary="Pine stools from Dzūkija's forests.")
    assert client.post(f"/admin/pages/{stools.pk}/edit/", data).status_code == 302
    client.force_login(world.coordinator_a)
    mail.outbox.clear()
    task_state = OfferingPage.objects.get(pk=stools.pk).current_workflow_task_state
    response = client.post(f"/admin/pages/workflow/action/{stools.pk}/approve/{task_state.pk}/", {})
    assert response.status_code == 302
    stools.refresh_from_db()
    assert stools.live
    assert stools.summary == "Pine stools from Dzūkija's forests."
    assert [message.to for message in mail.outbox] == [["teacher_a@example.org"]]
    assert "approved" in mail.outbox[0].subject

    # Coordinators also unpublish.
    assert client.post(f"/admin/pages/{stools.pk}/unpublish/", {}).status_code == 302
    assert not OfferingPage.objects.get(pk=stools.pk).live


def test_submission_mails_only_the_schools_own_coordinators(world, client, catering):
    client.force_login(world.teacher_a)
    mail.outbox.clear()
    data = offering_form(world.offering_a, catering, action="submit")
    assert client.post(f"/admin/pages/{world.offering_a.pk}/edit/", data).status_code == 302
    recipients = {address for message in mail.outbox for address in message.to}
    assert recipients == {"coordinator_a@example.org"}


def test_revoking_removes_the_rights(world, client):
    client.force_login(world.teacher_a)
    assert client.get(f"/admin/pages/{world.offering_a.pk}/edit/").status_code == 200
    revoke_school_roles(world.school_a, world.teacher_a)
    revoke_school_roles(world.school_a, world.teacher_a)  # idempotent
    response = client.get(f"/admin/pages/{world.offering_a.pk}/edit/")
    assert response.status_code in (302, 403)
    assert list(schools_of_user(world.teacher_a)) == []


def test_uploads_land_in_the_teachers_school_collection(world, client):
    client.force_login(world.teacher_a)
    response = client.post("/admin/images/add/", {"title": "Workbench", "file": png_upload()})
    assert response.status_code == 302, response.context["form"].errors
    assert get_image_model().objects.get(title="Workbench").collection == school_collection(world.school_a)


def test_a_page_cannot_use_another_schools_image(world, client, catering):
    client.force_login(world.teacher_a)
    data = offering_form(world.offering_a, catering, action="submit", title="Stolen", hero_image=world.image_b.pk)
    response = client.post(f"/admin/pages/{world.offering_a.pk}/edit/", data)
    assert response.status_code == 200
    assert "“Birstonas spa” belongs to another school" in response.content.decode()
    assert OfferingPage.objects.get(pk=world.offering_a.pk).get_latest_revision_as_object().title != "Stolen"

    gallery = streamfield(
        [
            (
                "gallery",
                {
                    "heading": "",
                    "images": streamfield([("item", {"image": world.image_b.pk, "alt_text": "Spa", "decorative": ""})]),
                },
            )
        ]
    )
    data = offering_form(world.offering_a, catering, action="submit", body=gallery)
    response = client.post(f"/admin/pages/{world.offering_a.pk}/edit/", data)
    assert response.status_code == 200
    assert "“Birstonas spa” belongs to another school" in response.content.decode()

    # The school's own image is fine.
    data = offering_form(
        world.offering_a, catering, action="submit", title="With our image", hero_image=world.image_a.pk
    )
    assert client.post(f"/admin/pages/{world.offering_a.pk}/edit/", data).status_code == 302
    assert OfferingPage.objects.get(pk=world.offering_a.pk).get_latest_revision_as_object().hero_image == world.image_a


def test_teacher_finds_their_own_school_in_choosers_board_and_api(world, client):
    client.force_login(world.teacher_a)
    assert "Alytus oak chairs" in client.get(f"/admin/choose-page/{world.school_a.pk}/").content.decode()
    assert "Alytus workshop" in client.get("/admin/images/chooser/").content.decode()
    assert "Alytus School" in client.get("/admin/translations/").content.decode()
    listing = client.get(f"/admin/api/main/pages/?child_of={world.school_a.pk}").json()
    assert [item["title"] for item in listing["items"]] == ["Alytus oak chairs"]
    images = client.get("/admin/api/main/images/").json()
    assert [item["title"] for item in images["items"]] == ["Alytus workshop"]


def test_demo_gives_each_school_its_tenancy_and_the_first_school_a_teacher_and_coordinator():
    out = StringIO()
    with mock.patch("home.management.commands.load_demo.SCHOOLS", SCHOOLS[:2]):
        call_command("load_demo", stdout=out)
        call_command("load_demo", stdout=StringIO())  # again: nothing doubles

    first = SchoolPage.objects.get(slug=SCHOOLS[0]["slug"])
    assert SchoolTenancy.objects.count() == 2
    for school in SchoolPage.objects.all():
        assert WorkflowPage.objects.filter(page=school).exists()
    assert first.logo.collection == school_collection(first)
    teacher = get_user_model().objects.get(username="teacher")
    coordinator = get_user_model().objects.get(username="coordinator")
    assert list(schools_of_user(teacher, role="editor")) == [first]
    assert is_school_moderator(coordinator, first)
    assert f"Demo teacher of {first.title}: teacher / vet2b-teacher" in out.getvalue()
    assert f"Demo coordinator of {first.title}: coordinator / vet2b-coordinator" in out.getvalue()


def test_offering_made_by_a_factory_sits_under_its_schools_workflow(world, catering):
    offering = make_offering(world.school_a_lt, "Ąžuolinės kėdės", slug="azuolines", categories=[catering])
    assert offering.get_workflow() == SchoolTenancy.objects.get(translation_key=world.school_a.translation_key).workflow
