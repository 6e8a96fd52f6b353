"""The translation status board: each source page's state in every language."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from tests.home.factories import locale

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(user)
    return client


def translate(page, language, captured, kind=StringTranslation.TRANSLATION_TYPE_MANUAL, publish=True):
    """Translate every string of `page` with wagtail-localize, as a person or a machine would."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=locale(language))
    for segment in source.stringsegment_set.select_related("string"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locale(language),
            context=segment.context,
            data=f"[{language}] {segment.string.data}",
            translation_type=kind,
        )
    with captured(execute=True):
        translation.save_target(publish=publish)
    return page.get_translation(locale(language))


def states(admin_client, **params):
    html = BeautifulSoup(admin_client.get("/admin/translations/", params).content, "html.parser")
    board = {}
    for row in html.select(".translation-board tbody tr"):
        title = row.th.get_text(strip=True).lstrip("↳ ")
        board[title] = {cell["data-language"]: cell["data-state"] for cell in row.select("td[data-state]")}
    return html, board


def test_board_shows_every_state(admin_client, catalogue, django_capture_on_commit_callbacks):
    offerings, schools, _categories = catalogue
    kaunas = schools["kaunas"]
    translate(kaunas, "it", django_capture_on_commit_callbacks)
    translate(kaunas, "en", django_capture_on_commit_callbacks)
    chairs_in_italian = translate(offerings["lt_chairs"], "it", django_capture_on_commit_callbacks)
    machine = StringTranslation.TRANSLATION_TYPE_MACHINE
    translate(offerings["lt_cake"], "it", django_capture_on_commit_callbacks, machine, publish=False)
    translate(offerings["lt_catering"], "en", django_capture_on_commit_callbacks, publish=False)
    chairs_in_english = translate(offerings["lt_chairs"], "en", django_capture_on_commit_callbacks)
    # The source changes after both chair translations were published ...
    for translation in (chairs_in_english, chairs_in_italian):
        translation.last_published_at = timezone.now() - timedelta(days=2)
        translation.save(update_fields=["last_published_at"])
    offerings["lt_chairs"].save_revision().publish()
    # ... and the Italian one is brought up to date again.
    chairs_in_italian.specific.save_revision().publish()

    _html, board = states(admin_client, country="LT")
    assert set(board) == {"Kauno technikos mokykla", "Ąžuolinės kėdės", "Šventinis tortas", "Furšetas renginiams"}
    assert board["Kauno technikos mokykla"] == {
        "en": "translated",
        "lt": "source",
        "lv": "missing",
        "pl": "missing",
        "it": "translated",
        "pt": "missing",
    }
    assert board["Ąžuolinės kėdės"]["it"] == "translated"
    assert board["Ąžuolinės kėdės"]["en"] == "out_of_date"
    assert board["Šventinis tortas"]["it"] == "machine_draft"
    assert board["Furšetas renginiams"]["en"] == "draft"
    assert board["Furšetas renginiams"]["pl"] == "missing"


def test_board_links_to_the_next_step(admin_client, catalogue, django_capture_on_commit_callbacks):
    offerings, schools, _categories = catalogue
    html, _board = states(admin_client, school=schools["riga"].pk, country="LV")
    row = html.select_one(".translation-board tbody tr")
    links = {cell["data-language"]: cell.a for cell in row.select("td[data-state]")}
    assert links["en"].get_text() == "Translate"
    assert links["en"]["href"] == f"/admin/localize/submit/page/{schools['riga'].pk}/"
    assert links["lv"]["href"] == f"/admin/pages/{schools['riga'].pk}/edit/"


def test_filters_narrow_to_a_country_and_a_school(admin_client, catalogue):
    _offerings, schools, _categories = catalogue
    _html, board = states(admin_client, country="PT")
    assert set(board) == {"Escola Profissional do Porto", "Criação de sites", "Pastéis de nata por encomenda"}
    _html, board = states(admin_client, country="PL", school=schools["krakow"].pk)
    assert "Krakowska Szkoła Rzemiosł" in board and len(board) == 4
    assert states(admin_client, country="nowhere")[1]  # an unknown country shows everything


def test_board_is_for_admin_users_only(client, catalogue, django_user_model):
    assert client.get("/admin/translations/").status_code == 302  # to the login page
    user = django_user_model.objects.create_user("visitor", "v@example.org", "pw")
    client.force_login(user)
    assert client.get("/admin/translations/").status_code in {302, 403}
