"""A teacher edits an offering and submits it; the school's coordinator approves it and it goes live."""

import pytest
from django.core import mail

from offerings.models import OfferingPage
from schools.tenancy import grant_school_role
from tests.offerings.factories import make_offering
from tests.schools.factories import make_school
from tests.schools.tenancy_world import make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def school_staff(site_tree, catering):
    _homes, directories = site_tree
    school = make_school(directories["lt"], "Alytaus mokykla", slug="alytaus", categories=[catering])
    offering = make_offering(school, "Ąžuolinės kėdės", slug="kedes", categories=[catering], live=False)
    teacher, coordinator = make_user("teacher"), make_user("coordinator")
    grant_school_role(school, teacher, "editor")
    grant_school_role(school, coordinator, "moderator")
    return offering


def log_in(new_page, live_server, username):
    page = new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "pw")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    return page


def test_teacher_submits_and_coordinator_approves(contexts, live_server, school_staff):
    offering = school_staff
    teacher = log_in(contexts, live_server, "teacher")
    teacher.goto(f"{live_server.url}/admin/pages/{offering.pk}/edit/")
    teacher.fill("#id_summary", "Ąžuolinės kėdės virtuvei, pagamintos mokyklos dirbtuvėse.")
    # "Submit for moderation" sits in the footer's action menu; a teacher has no "Publish" there.
    assert teacher.locator("button[name=action-publish]").count() == 0
    teacher.locator("button[name=action-submit]").dispatch_event("click")
    teacher.wait_for_url(f"{live_server.url}/admin/pages/{offering.get_parent().pk}/")
    assert "submitted for moderation" in teacher.content()
    assert [message.to for message in mail.outbox] == [["coordinator@example.org"]]

    coordinator = log_in(contexts, live_server, "coordinator")
    coordinator.goto(f"{live_server.url}/admin/pages/{offering.pk}/edit/")
    coordinator.locator(
        "button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
    ).dispatch_event("click")
    coordinator.wait_for_url(f"{live_server.url}/admin/pages/{offering.get_parent().pk}/")

    offering = OfferingPage.objects.get(pk=offering.pk)
    assert offering.live
    assert offering.summary == "Ąžuolinės kėdės virtuvei, pagamintos mokyklos dirbtuvėse."
    assert mail.outbox[-1].to == ["teacher@example.org"]
