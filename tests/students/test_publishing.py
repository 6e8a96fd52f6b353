"""Publishing a page whose text names a student without consent is refused, whichever way it is published."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from offerings.models import OfferingPage
from schools.tenancy import grant_school_role
from students.publishing import PublishRefused
from tests.offerings.factories import make_offering
from tests.schools.factories import make_school
from tests.students.factories import give_consent, make_student

pytestmark = pytest.mark.django_db


def edit_data(offering, category, paragraph):
    """The page editor's form as a teacher sends it, with one paragraph of body text."""
    data = nested_form_data(
        {
            "title": offering.title,
            "slug": offering.slug,
            "summary": offering.summary,
            "kind": "product",
            "keywords": "",
            "eqf_level": "4",
            "price_model": "fixed",
            "price_amount": "120.00",
            "currency": "EUR",
            "unit": "",
            "minimum_order": "1",
            "lead_time_days": "10",
            "capacity_per_month": "",
            "body": streamfield([("text", {"heading": "", "text": rich_text(f"<p>{paragraph}</p>")})]),
            "action-publish": "action-publish",
        }
    )
    # Lists stay lists (nested_form_data would number them).
    data.update(categories=[category.pk], delivery_modes=["pickup"], countries_served=["LT"], months_available=["9"])
    return data


@pytest.fixture
def offering(school, catering):
    offering = make_offering(school, "Festive cake", categories=[catering])
    offering.save_revision().publish()
    return OfferingPage.objects.get(pk=offering.pk)


def test_publishing_a_text_that_names_a_student_without_consent_is_refused(admin_client, offering, catering, school):
    make_student(school, "Zigmantė", "Vaitkutė")
    live_revision = offering.live_revision_id
    data = edit_data(offering, catering, "Baked by Zigmantė Vaitkutė and her class.")

    response = admin_client.post(f"/admin/pages/{offering.pk}/edit/", data, follow=True)

    assert response.redirect_chain[0][0] == f"/admin/pages/{offering.pk}/edit/"
    messages = [str(m) for m in response.context["messages"]]
    assert any("Not published" in m and "Zigmantė Vaitkutė" in m and "consent" in m for m in messages), messages
    offering.refresh_from_db()
    assert offering.live_revision_id == live_revision
    assert "Vaitkutė" not in str(offering.body)  # the live page is unchanged
    draft = offering.get_latest_revision()
    assert draft.pk != live_revision and "Vaitkutė" in str(draft.as_object().body)  # the draft is kept
    assert "Vaitkutė" not in admin_client.get(offering.url).content.decode()


def test_with_consent_to_the_full_name_the_page_is_published(admin_client, offering, catering, school):
    student = make_student(school, "Zigmantė", "Vaitkutė")
    give_consent(student, name_shown="full_name")

    response = admin_client.post(
        f"/admin/pages/{offering.pk}/edit/", edit_data(offering, catering, "Baked by Zigmantė Vaitkutė.")
    )

    assert response.status_code == 302
    offering.refresh_from_db()
    assert "Zigmantė Vaitkutė" in admin_client.get(offering.url).content.decode()


def test_a_consent_to_the_first_name_does_not_cover_the_full_name(admin_client, offering, catering, school):
    student = make_student(school, "Zigmantė", "Vaitkutė")
    give_consent(student, name_shown="first_name")
    live_revision = offering.live_revision_id

    admin_client.post(
        f"/admin/pages/{offering.pk}/edit/", edit_data(offering, catering, "Vaitkutė Zigmantė iškepė tortą.")
    )

    offering.refresh_from_db()
    assert offering.live_revision_id == live_revision


def test_a_coordinator_approving_the_page_in_the_workflow_is_refused(client, offering, school):
    teacher = get_user_model().objects.create_user("teacher", "teacher@example.org", "pw")
    coordinator = get_user_model().objects.create_user("coordinator", "coordinator@example.org", "pw")
    grant_school_role(school, teacher, "editor")
    grant_school_role(school, coordinator, "moderator")
    make_student(school, "Zigmantė", "Vaitkutė")
    offering.summary = "Zigmantė Vaitkutė bakes it."
    revision = offering.save_revision(user=teacher)
    workflow_state = offering.get_workflow().start(offering, teacher)
    task_state = workflow_state.current_task_state

    client.force_login(coordinator)
    url = reverse("wagtailadmin_pages:workflow_action", args=[offering.pk, "approve", task_state.pk])
    response = client.post(url, {"comment": ""}, follow=True)

    messages = [str(m) for m in response.context["messages"]]
    assert any("Not published" in m and "Zigmantė Vaitkutė" in m for m in messages), messages
    offering.refresh_from_db()
    assert offering.live_revision_id != revision.pk
    assert "Vaitkutė" not in client.get(offering.url).content.decode()
    task_state.refresh_from_db()
    assert task_state.status == "in_progress"  # still waiting for a decision once the name is removed


def test_publishing_a_translation_that_names_a_student_is_refused(site_tree, offering, school):
    """wagtail-localize publishes a translation through its revision, as here."""
    homes, directories = site_tree
    lithuanian_school = make_school(directories["lt"], "Kauno paslaugų mokykla", translation_of=school)
    translation = make_offering(lithuanian_school, "Šventinis tortas", translation_of=offering)
    translation.save_revision().publish()
    make_student(school, "Zigmantė", "Vaitkutė")
    translation.summary = "Tortą iškepė Zigmantė Vaitkutė."
    revision = translation.save_revision()

    with pytest.raises(PublishRefused, match="Zigmantė Vaitkutė"):
        revision.publish()

    translation.refresh_from_db()
    assert translation.live_revision_id != revision.pk
    assert "Vaitkutė" not in translation.summary
