"""Withdrawing consent in the admin takes the name and photo off the live page, its translations, search and storage."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from students.models import Consent, Student
from tests.offerings.factories import make_offering
from tests.schools.factories import make_school
from tests.students.factories import give_consent, make_student, team

pytestmark = pytest.mark.django_db


def team_text(client, page):
    html = BeautifulSoup(client.get(page.url).content, "html.parser")
    return html.select_one(".block-team").get_text(" ", strip=True), html.select(".team img")


def found_by_search(client, language, words, title):
    return title in client.get(f"/{language}/search/", {"q": words}).content.decode()


def team_in_api(client, page):
    response = client.get(f"/api/v1/offerings/{page.pk}")
    return response, next(b["value"] for b in response.json()["body"] if b["type"] == "team")


def test_withdrawing_consent_removes_name_and_photo_everywhere(
    client, admin_client, admin_user, site_tree, school, catering, django_capture_on_commit_callbacks
):
    homes, directories = site_tree
    photo = get_image_model().objects.create(title="Portrait", file=get_test_image_file())
    student = make_student(school, "Zigmantė", "Vaitkutė", photo=photo)
    give_consent(student, photo_shown=True)
    offering = make_offering(school, "Festive cake", categories=[catering], body=[team((student, "Pastry cook"))])
    lithuanian_school = make_school(directories["lt"], "Kauno paslaugų mokykla", translation_of=school)
    translation = make_offering(
        lithuanian_school,
        "Šventinis tortas",
        translation_of=offering,
        categories=[catering],
        body=[team((student, "Konditerė"))],
    )

    # With consent: the first name and photo on both language versions, in search and in the API.
    for page in (offering, translation):
        text, images = team_text(client, page)
        assert "Zigmantė" in text and len(images) == 1
    assert found_by_search(client, "en", "Zigmantė", "Festive cake")
    assert found_by_search(client, "lt", "Zigmantė", "Šventinis tortas")
    assert team_in_api(client, offering)[1]["members"][0]["name"] == "Zigmantė"
    photo.refresh_from_db()
    files = [photo.file.name] + [rendition.file.name for rendition in photo.renditions.all()]
    storage = photo.file.storage
    assert len(files) >= 2 and all(storage.exists(name) for name in files)

    # The school's staff withdraws it in the admin with one button.
    withdraw_url = reverse(Student.snippet_viewset.get_url_name("withdraw"), args=[student.pk])
    listing = admin_client.get(reverse(Student.snippet_viewset.get_url_name("list")))
    assert withdraw_url in listing.content.decode()
    assert "Yes, withdraw consent" in admin_client.get(withdraw_url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(withdraw_url, follow=True)
    assert any("withdrawn" in str(message) for message in response.context["messages"])

    for page in (offering, translation):
        text, images = team_text(client, page)
        assert "Zigmantė" not in text and "Z." in text and images == []
    assert not found_by_search(client, "en", "Zigmantė", "Festive cake")
    assert not found_by_search(client, "lt", "Zigmantė", "Šventinis tortas")
    response, block = team_in_api(client, offering)
    assert block["members"][0] == {"role": "Pastry cook", "name": None, "photo": None}
    assert "Zigmantė" not in response.text

    # The photo and its renditions are gone from storage; the consent record stays, marked withdrawn.
    assert not any(storage.exists(name) for name in files)
    assert not get_image_model().objects.filter(pk=photo.pk).exists()
    consent = Consent.objects.get(student=student)
    assert consent.withdrawn_at is not None and consent.withdrawn_by == admin_user


def test_a_consent_record_cannot_be_deleted_or_edited_in_the_admin(admin_client, school):
    consent = give_consent(make_student(school))
    viewset = Consent.snippet_viewset
    assert admin_client.get(reverse(viewset.get_url_name("delete"), args=[consent.pk])).status_code in {302, 403}
    assert admin_client.post(reverse(viewset.get_url_name("delete"), args=[consent.pk])).status_code in {302, 403}
    assert Consent.objects.filter(pk=consent.pk).exists()
    assert admin_client.get(reverse(viewset.get_url_name("edit"), args=[consent.pk])).status_code in {302, 403}
