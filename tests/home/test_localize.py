"""wagtail-localize creates real translations of the portal's pages."""

import pytest
from bs4 import BeautifulSoup
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from schools.models import SchoolPage
from tests.home.factories import locale
from tests.offerings.factories import make_offering
from tests.schools.factories import make_school

pytestmark = pytest.mark.django_db


def translate(page, language, replacements, captured):
    """Submit `page` for translation, translate its strings, and publish."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=locale(language))
    for segment in source.stringsegment_set.select_related("string"):
        text = segment.string.data
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locale(language),
            context=segment.context,
            data=replacements.get(text, text),
        )
    with captured(execute=True):
        translation.save_target(publish=True)
    return page.get_translation(locale(language))


def test_school_translated_with_wagtail_localize_is_served_and_listed(
    client, site_tree, catering, django_capture_on_commit_callbacks
):
    homes, directories = site_tree
    school = make_school(
        directories["lt"],
        "Kauno paslaugų mokykla",
        slug="kauno",
        introduction="Mokome virėjus.",
        categories=[catering],
        working_languages=["lt", "en"],
        eqf_levels=[3, 4],
    )
    offering = make_offering(school, "Tortas", slug="tortas", months_available=[9, 10], delivery_modes=["pickup"])
    italian_school = translate(
        school,
        "it",
        {"Kauno paslaugų mokykla": "Scuola di servizi di Kaunas", "Mokome virėjus.": "Formiamo cuochi."},
        django_capture_on_commit_callbacks,
    )
    italian_offering = translate(offering, "it", {"Tortas": "Torta"}, django_capture_on_commit_callbacks)

    assert isinstance(italian_school, SchoolPage)
    assert italian_school.live and italian_offering.live
    # Synchronised fields keep their values, words are translated.
    assert italian_school.working_languages == ["lt", "en"]
    assert italian_school.eqf_levels == [3, 4]
    assert italian_offering.specific.months_available == [9, 10]
    assert italian_offering.specific.price_amount == offering.price_amount

    response = client.get(italian_school.url)
    page = BeautifulSoup(response.content, "html.parser")
    assert page.h1.get_text() == "Scuola di servizi di Kaunas"
    assert page.select_one("[role=note]") is None
    assert {link["hreflang"] for link in page.select("link[rel=alternate]")} == {"lt", "it", "x-default"}
    assert [a.get_text() for a in page.select(".card__title a")] == ["Torta"]

    directory = BeautifulSoup(client.get("/it/schools/").content, "html.parser")
    assert [a.get_text() for a in directory.select(".card__title a")] == ["Scuola di servizi di Kaunas"]


def test_editor_submits_a_school_for_translation_from_the_admin(client, site_tree, catering, django_user_model):
    homes, directories = site_tree
    school = make_school(directories["lt"], "Kauno paslaugų mokykla", slug="kauno", categories=[catering])
    make_offering(school, "Tortas", slug="tortas")
    client.force_login(django_user_model.objects.create_superuser("editor", "editor@example.org", "pw"))

    url = f"/admin/localize/submit/page/{school.pk}/"
    assert client.get(url).status_code == 200
    response = client.post(url, {"locales": [locale("pl").pk], "include_subtree": "on"})
    assert response.status_code == 302

    polish = school.get_translation(locale("pl"))
    assert not polish.live  # a draft until someone translates and publishes it
    assert polish.get_children().count() == 1  # the offering came along
    edit = client.get(f"/admin/pages/{polish.pk}/edit/")
    assert edit.status_code == 200
    # Visitors still get the original until the translation is published.
    response = client.get("/pl/schools/kauno/")
    assert response.status_code == 200
    assert "Kauno paslaugų mokykla" in response.text
