"""Machine-translated first drafts, slugs from translated titles, and PO files for outside translators."""

from unittest import mock

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from wagtail_localize.models import StringTranslation, Translation

from tests.home.factories import locale
from translations.machine import PortalDeepLTranslator, glossary_entries, parse_glossary_ids

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("editor", "editor@example.org", "pw"))
    return client


def submit(client, page, language):
    response = client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [locale(language).pk]})
    assert response.status_code == 302
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locale(language))


def test_machine_draft_from_lithuanian_to_italian_is_never_public(
    editor, client, catalogue, django_capture_on_commit_callbacks
):
    offerings, schools, _categories = catalogue
    submit(editor, schools["kaunas"], "it")
    translation = submit(editor, offerings["lt_chairs"], "it")

    response = editor.post(f"/admin/localize/translate/{translation.pk}/machine_translate/", {"next": "/admin/"})
    assert response.status_code == 302
    machine = StringTranslation.objects.filter(locale=locale("it"), translation_type="machine")
    assert machine.filter(data="[it] Ąžuolinės kėdės").exists()
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=False)  # the editor's "Save draft"

    draft = offerings["lt_chairs"].get_translation(locale("it")).specific
    assert not draft.live
    assert draft.get_latest_revision_as_object().title == "[it] Ąžuolinės kėdės"
    # The slug comes from the translated title, not from the Lithuanian slug.
    assert draft.get_latest_revision_as_object().slug == "it-azuolines-kedes"
    # Synchronised facts are copied, not translated.
    assert draft.lead_time_days == offerings["lt_chairs"].lead_time_days

    board = editor.get("/admin/translations/", {"country": "LT"}).content.decode()
    assert 'data-language="it" data-state="machine_draft"' in board
    # Visitors still read the Lithuanian original under /it/.
    page = client.get("/it/schools/kaunas/lt-chairs/")
    assert page.status_code == 200
    assert "[it]" not in page.content.decode()


def test_po_file_round_trip_for_an_outside_translator(editor, client, catalogue, django_capture_on_commit_callbacks):
    offerings, schools, _categories = catalogue
    submit(editor, schools["kaunas"], "it")
    with django_capture_on_commit_callbacks(execute=True):
        Translation.objects.get(source__object_id=schools["kaunas"].translation_key).save_target(publish=True)
    translation = submit(editor, offerings["lt_cake"], "it")

    exported = editor.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert exported.status_code == 200
    po = polib.pofile(exported.content.decode())
    assert "Šventinis tortas" in [entry.msgid for entry in po]
    for entry in po:
        entry.msgstr = {"Šventinis tortas": "Torta per feste"}.get(entry.msgid, f"IT {entry.msgid}")

    upload = SimpleUploadedFile("torta.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = editor.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/", {"file": upload, "next": "/admin/"}
    )
    assert response.status_code == 302
    assert StringTranslation.objects.filter(data="Torta per feste", translation_type="manual").exists()
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    italian = offerings["lt_cake"].get_translation(locale("it"))
    assert italian.live and italian.title == "Torta per feste"
    assert italian.slug == "torta-per-feste"
    assert client.get(italian.url).status_code == 200


def test_glossary_holds_the_category_names_of_a_language_pair(catalogue):
    entries = glossary_entries("lt", "it")
    assert entries["Maitinimas ir renginiai"] == "Ristorazione ed eventi"
    assert entries["Baldai ir medžio darbai"] == "Mobili e falegnameria"
    assert len(entries) == 5


def test_glossary_ids_are_read_from_one_variable():
    assert parse_glossary_ids("LT:IT=abc, lt:en = def,broken,:X=1") == {("LT", "IT"): "abc", ("LT", "EN"): "def"}
    assert parse_glossary_ids("") == {}


class RecordedDeepL:
    """DeepL's answer to /v2/translate as its documentation records it, for the strings it was sent."""

    def __init__(self):
        self.calls = []

    def __call__(self, url, data, timeout, headers):
        self.calls.append((url, data, headers))
        answer = mock.Mock(status_code=200)
        answer.json.return_value = {
            "translations": [{"detected_source_language": "LT", "text": f"IT:{text}"} for text in data["text"]]
        }
        return answer


def test_deepl_gets_the_glossary_of_the_language_pair(catalogue):
    from wagtail_localize.strings import StringValue

    recorded = RecordedDeepL()
    translator = PortalDeepLTranslator({"AUTH_KEY": "secret:fx", "GLOSSARIES": "LT:IT=glossary-lt-it"})
    with mock.patch("wagtail_localize.machine_translators.deepl.requests.post", recorded):
        result = translator.translate(locale("lt"), locale("it"), [StringValue("Ąžuolinės kėdės")])

    url, data, headers = recorded.calls[0]
    assert url == "https://api-free.deepl.com/v2/translate"
    assert data["glossary_id"] == "glossary-lt-it"
    assert (data["source_lang"], data["target_lang"]) == ("LT", "IT")
    assert headers["Authorization"] == "DeepL-Auth-Key secret:fx"
    assert [value.data for value in result.values()] == ["IT:Ąžuolinės kėdės"]


def test_glossaries_are_created_from_categories(catalogue, settings, capsys):
    settings.DEEPL_API_KEY = "secret"
    created = []

    def post(url, data, headers, timeout):
        created.append(data)
        return mock.Mock(
            status_code=201, json=lambda: {"glossary_id": f"g-{data['source_lang']}-{data['target_lang']}"}
        )

    with mock.patch("translations.management.commands.deepl_glossaries.requests.post", post):
        call_command("deepl_glossaries")
    assert len(created) == 30  # every ordered pair of six languages
    lt_it = next(data for data in created if (data["source_lang"], data["target_lang"]) == ("lt", "it"))
    assert "Maitinimas ir renginiai\tRistorazione ed eventi" in lt_it["entries"]
    assert "LT:IT=g-lt-it" in capsys.readouterr().out


def test_development_translator_is_configured_without_a_deepl_key(settings):
    assert settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR["CLASS"] == "translations.machine.DevelopmentTranslator"
