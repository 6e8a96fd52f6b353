"""School staff keep their own students' records and consents, and credit only their own students."""

from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from schools.tenancy import grant_school_role
from students.models import Consent, ConsentText, Student
from tests.students.factories import make_student

pytestmark = pytest.mark.django_db


@pytest.fixture
def teacher(client, school):
    user = get_user_model().objects.create_user("teacher", "teacher@example.org", "pw")
    grant_school_role(school, user, "editor")
    client.force_login(user)
    return user


def chooser(client):
    return client.get(reverse("wagtailsnippetchoosers_students_student:choose")).json()["html"]


def test_a_teacher_chooses_only_among_their_own_schools_students(client, teacher, school, other_school):
    own = make_student(school, "Zigmantė", "Vaitkutė")
    foreign = make_student(other_school, "Anna", "Bērziņa")

    html = chooser(client)
    assert "Vaitkutė" in html and "Bērziņa" not in html
    chosen = client.get(reverse("wagtailsnippetchoosers_students_student:chosen", args=[foreign.pk]))
    assert chosen.status_code != 200 and "Bērziņa" not in chosen.content.decode()  # a 404 (the portal redirects those)
    assert client.get(reverse("wagtailsnippetchoosers_students_student:chosen", args=[own.pk])).status_code == 200


def test_a_site_administrator_chooses_among_all_students(admin_client, school, other_school):
    make_student(school, "Zigmantė", "Vaitkutė")
    make_student(other_school, "Anna", "Bērziņa")
    html = chooser(admin_client)
    assert "Vaitkutė" in html and "Bērziņa" in html


def test_a_teacher_sees_and_edits_only_their_own_schools_students(client, teacher, school, other_school):
    make_student(school, "Zigmantė", "Vaitkutė")
    foreign = make_student(other_school, "Anna", "Bērziņa")
    viewset = Student.snippet_viewset

    listing = client.get(reverse(viewset.get_url_name("list"))).content.decode()
    assert "Vaitkutė" in listing and "Bērziņa" not in listing
    assert client.get(reverse(viewset.get_url_name("edit"), args=[foreign.pk])).status_code in {302, 403}
    assert client.get(reverse(viewset.get_url_name("withdraw"), args=[foreign.pk])).status_code != 200


def test_recording_consent_for_a_student_under_16_needs_a_guardian(client, teacher, school):
    minor = make_student(school, "Ugnė", "Petraitė", birth_date=date(timezone.now().year - 13, 1, 1))
    add_url = reverse(Consent.snippet_viewset.get_url_name("add"))
    data = {
        "student": minor.pk,
        "given_by": "student",
        "guardian_name": "",
        "guardian_relation": "",
        "consent_text": ConsentText.objects.get().pk,
        "name_shown": "first_name",
        "given_at": timezone.localtime().strftime("%Y-%m-%d %H:%M"),
    }

    response = client.post(add_url, data)
    assert response.status_code == 200
    assert "a parent or guardian must consent" in response.content.decode()
    assert not Consent.objects.exists()

    data.update(given_by="guardian", guardian_name="Rasa Petraitienė", guardian_relation="mother")
    response = client.post(add_url, data)
    assert response.status_code == 302
    consent = Consent.objects.get()
    assert consent.recorded_by == teacher and consent.guardian_name == "Rasa Petraitienė"


def test_a_page_cannot_credit_another_schools_student_even_by_a_crafted_request(client, teacher, school, other_school):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    from tests.offerings.factories import make_offering
    from tests.students.test_publishing import edit_data

    category = school.categories.first()
    offering = make_offering(school, "Festive cake", categories=[category])
    foreign = make_student(other_school, "Anna", "Bērziņa")
    data = edit_data(offering, category, "Baked by our class.")
    del data["action-publish"]
    # A list block's form data has the stream's shape; the chooser would never offer this student.
    members = streamfield([("item", {"student": str(foreign.pk), "role": "Baker"})])
    team = streamfield([("team", {"heading": "", "members": members})])
    data = {key: value for key, value in data.items() if not key.startswith("body-")}
    data.update(nested_form_data({"body": team}))

    response = client.post(f"/admin/pages/{offering.pk}/edit/", data)

    assert response.status_code == 200  # the form again, with the error
    html = response.content.decode()
    assert "A team credit names a student of another school" in html
    assert "Bērziņa" not in html
    assert offering.revisions.count() == 0
