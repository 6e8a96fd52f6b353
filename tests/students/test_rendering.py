"""The consent gate when a page is shown: a name or photo only with consent, else the initial."""

import json
from datetime import date

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from offerings.models import OfferingPage
from students.models import Consent, ConsentText
from tests.offerings.factories import make_offering
from tests.students.factories import give_consent, make_student, team

pytestmark = pytest.mark.django_db


def credits_on(client, page):
    html = BeautifulSoup(client.get(page.url).content, "html.parser")
    return [li.get_text(" ", strip=True) for li in html.select(".team li")], html


def test_name_with_consent_initial_without(client, school):
    consented = make_student(school, "Zigmantė", "Vaitkutė")
    give_consent(consented)
    full = make_student(school, "Rūta", "Jonaitė")
    give_consent(full, name_shown="full_name")
    unconsented = make_student(school, "Nojus", "Kazlauskas")
    offering = make_offering(school, body=[team((consented, "Pastry cook"), full, unconsented)])

    names, html = credits_on(client, offering)

    assert names == ["Zigmantė (Pastry cook)", "Rūta Jonaitė", "N."]
    assert "Nojus" not in html.get_text() and "Kazlauskas" not in html.get_text()
    assert "Vaitkutė" not in html.get_text()  # her consent covers the first name only


def test_a_student_under_16_needs_a_guardians_consent(client, school):
    minor = make_student(school, "Ugnė", "Petraitė", birth_date=date(timezone.now().year - 14, 5, 1))
    text = ConsentText.objects.first()
    # Recorded as her own consent (say, before her birth date was corrected): not enough.
    Consent.objects.create(student=minor, consent_text=text, given_by="student", name_shown="first_name")
    offering = make_offering(school, body=[team(minor)])
    assert credits_on(client, offering)[0] == ["U."]

    give_consent(minor, given_by="guardian", guardian_name="Rasa Petraitienė", guardian_relation="mother")
    assert credits_on(client, offering)[0] == ["Ugnė"]


def test_a_student_without_a_birth_date_counts_as_a_minor(school):
    student = make_student(school, "Ona", "Be Datos", birth_date=None)
    with pytest.raises(Exception, match="parent or guardian must consent"):
        give_consent(student)


def test_photo_only_when_the_consent_covers_it(client, school):
    photo = get_image_model().objects.create(title="Zigmantė", file=get_test_image_file())
    student = make_student(school, photo=photo)
    consent = give_consent(student)
    offering = make_offering(school, body=[team(student)])
    assert credits_on(client, offering)[1].select(".team img") == []

    consent.withdrawn_at = timezone.now()
    consent.save()
    give_consent(student, photo_shown=True)
    assert len(credits_on(client, offering)[1].select(".team img.team__photo")) == 1


def test_an_anonymous_team_names_nobody(client, school):
    student = make_student(school)
    give_consent(student)
    offering = make_offering(school, body=[team(student, make_student(school, "Nojus", "K"), anonymous=True)])

    names, html = credits_on(client, offering)
    section = html.select_one(".block-team").get_text(" ", strip=True)
    assert names == []
    assert "Made by a team of 2 students." in section
    assert "Zigmantė" not in section and "N." not in section


def test_first_names_typed_before_student_records_show_as_initials(client, school):
    offering = make_offering(school)
    old_team = {
        "heading": "",
        "anonymous": False,
        "members": [{"type": "item", "value": {"first_name": "Ona", "role": "Cook"}, "id": "m1"}],
    }
    # Stored as pages saved before student records were: a free-text first name.
    OfferingPage.objects.filter(pk=offering.pk).update(
        body=json.dumps([{"type": "team", "value": old_team, "id": "t1"}])
    )
    offering.refresh_from_db()
    assert "Ona" in json.dumps(offering.body.raw_data[0]["value"])
    names, html = credits_on(client, offering)
    assert names == ["O. (Cook)"]
    assert "Ona" not in html.get_text()


def test_the_api_gives_a_name_or_photo_only_with_consent(client, school):
    photo = get_image_model().objects.create(title="Portrait", file=get_test_image_file())
    consented = make_student(school, photo=photo)
    give_consent(consented, photo_shown=True)
    unconsented = make_student(
        school,
        "Nojus",
        "Kazlauskas",
        photo=get_image_model().objects.create(title="Other portrait", file=get_test_image_file()),
    )
    offering = make_offering(school, body=[team((consented, "Pastry cook"), (unconsented, "Helper"))])

    response = client.get(f"/api/v1/offerings/{offering.pk}")
    assert response.status_code == 200
    block = next(b["value"] for b in response.json()["body"] if b["type"] == "team")
    first, second = block["members"]
    assert (first["name"], first["role"]) == ("Zigmantė", "Pastry cook")
    assert set(first["photo"]["renditions"]) == {"small", "medium", "large"}
    assert second == {"role": "Helper", "name": None, "photo": None}
    assert "Nojus" not in response.text and "Kazlauskas" not in response.text
    assert "Vaitkutė" not in response.text
