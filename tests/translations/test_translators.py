"""Translators per language: what they may translate, what they may not touch, and what they are told."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from wagtail_localize.models import Translation

from tests.home.factories import locale
from tests.translations.test_machine_and_po import submit
from translations.models import TranslatorGroup

pytestmark = pytest.mark.django_db


def translator(django_user_model, client, language, username):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(TranslatorGroup.objects.get(locale=locale(language)).group)
    client.force_login(user)
    return user


@pytest.fixture
def admin_client(django_user_model):
    from django.test import Client

    admin = Client()
    admin.force_login(django_user_model.objects.create_superuser("admin", "admin@example.org", "pw"))
    return admin


@pytest.fixture
def latvian(client, django_user_model, catalogue):
    translator(django_user_model, client, "lv", "liga")
    return client


def refused(response):
    """Wagtail answers a refused admin page with a 403, or for a full page with a redirect to the dashboard."""
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")


def test_every_language_has_a_translator_group_with_rights_on_its_home(site_tree):
    homes, _directories = site_tree
    for code, home in homes.items():
        group = TranslatorGroup.objects.get(locale=locale(code)).group
        assert group.page_permissions.filter(page=home, permission__codename="change_page").exists(), code
        assert group.permissions.filter(codename="access_admin").exists()
    assert Group.objects.filter(name="Translators: Latviešu").exists()


def test_a_latvian_translator_is_offered_latvian_only(latvian, catalogue):
    offerings, schools, _categories = catalogue
    form = latvian.get(f"/admin/localize/submit/page/{schools['kaunas'].pk}/").context["form"]
    assert [item.language_code for item in form.fields["locales"].queryset] == ["lv"]
    # Asking for Polish anyway is refused by the form, and nothing is created.
    response = latvian.post(f"/admin/localize/submit/page/{schools['kaunas'].pk}/", {"locales": [locale("pl").pk]})
    assert response.status_code == 200
    assert response.context["form"].errors["locales"]
    assert not Translation.objects.exists()


def test_a_latvian_translator_translates_into_latvian_and_edits_only_that(latvian, catalogue):
    offerings, schools, _categories = catalogue
    submit(latvian, schools["kaunas"], "lv")
    submit(latvian, offerings["lt_cake"], "lv")
    latvian_version = offerings["lt_cake"].get_translation(locale("lv"))
    # The Latvian draft opens in the translation editor.
    assert latvian.get(f"/admin/pages/{latvian_version.pk}/edit/").status_code == 200

    # A Polish version is out of reach, and so are originals, Latvian ones included.
    polish_school = schools["kaunas"].copy_for_translation(locale("pl"), copy_parents=True)
    for page in [polish_school, offerings["lt_cake"], schools["riga"], offerings["lv_chairs"]]:
        assert refused(latvian.get(f"/admin/pages/{page.pk}/edit/")), page
        assert refused(latvian.post(f"/admin/pages/{page.pk}/delete/")), page
        assert refused(latvian.post(f"/admin/pages/{page.pk}/unpublish/")), page
    assert page.specific_class.objects.filter(pk=page.pk, live=True).exists()
    # A Latvian original is already in the translator's one language: there is nothing for them to send it into.
    form = latvian.get(f"/admin/localize/submit/page/{schools['riga'].pk}/").context["form"]
    assert not form.fields["locales"].queryset.exists()


def test_republishing_an_original_tells_its_translators(
    admin_client, client, catalogue, django_user_model, django_capture_on_commit_callbacks
):
    offerings, schools, _categories = catalogue
    italian = django_user_model.objects.create_user("giulia", "giulia@example.org", "pw")
    italian.groups.add(TranslatorGroup.objects.get(locale=locale("it")).group)
    polish = django_user_model.objects.create_user("piotr", "piotr@example.org", "pw")
    polish.groups.add(TranslatorGroup.objects.get(locale=locale("pl")).group)
    submit(admin_client, schools["kaunas"], "it")
    translation = submit(admin_client, offerings["lt_cake"], "it")
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    mail.outbox.clear()

    offerings["lt_cake"].summary = "Naujas aprašymas."
    offerings["lt_cake"].save_revision().publish()

    assert [message.to for message in mail.outbox] == [["giulia@example.org"]]
    message = mail.outbox[0]
    assert "Šventinis tortas" in message.subject
    assert f"/admin/localize/update/{translation.source_id}/" in message.body
    # On the dashboard too, with the link that syncs it in one step.
    client.force_login(italian)
    dashboard = client.get("/admin/").content.decode()
    assert "Translations to bring up to date" in dashboard
    assert f"/admin/localize/update/{translation.source_id}/" in dashboard
    client.force_login(polish)
    assert "Translations to bring up to date" not in client.get("/admin/").content.decode()


def test_translators_search_their_own_language_first(latvian, catalogue):
    response = latvian.get("/admin/pages/search/", {"q": "krēsli"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/search/?q=kr%C4%93sli&locale=lv"
    # An explicit choice is kept.
    assert latvian.get("/admin/pages/search/", {"q": "krēsli", "locale": ""}).status_code == 200
    chooser = latvian.get("/admin/choose-page/")
    assert chooser["Location"] == "/admin/choose-page/?locale=lv"


def test_a_page_sent_for_translation_stays_a_draft_until_translated(admin_client, client, catalogue, settings):
    offerings, schools, _categories = catalogue
    submit(admin_client, schools["kaunas"], "it")
    submit(admin_client, offerings["lt_cake"], "it")
    italian = offerings["lt_cake"].get_translation(locale("it"))
    assert not italian.live
    # Visitors read the original under /it/, marked as such.
    page = client.get("/it/schools/kaunas/lt-cake/")
    assert page.status_code == 200
    assert "Šventinis tortas" in page.content.decode()


def test_a_draft_translation_s_slug_follows_its_corrected_title(catalogue):
    offerings, schools, _categories = catalogue
    italian_school = schools["kaunas"].copy_for_translation(locale("it"), copy_parents=True)
    italian_school.save_revision().publish()
    draft = offerings["lt_cake"].copy_for_translation(locale("it"))
    draft.title = "[it] Šventinis tortas"  # a machine draft
    draft.save()
    assert draft.slug == "it-sventinis-tortas"
    draft.title = "Torta per le feste"  # corrected by hand before publishing
    draft.save()
    assert draft.slug == "torta-per-le-feste"
    draft.save_revision().publish()
    draft = type(draft).objects.get(pk=draft.pk)
    draft.title = "Torta delle feste"
    draft.save()
    assert draft.slug == "torta-per-le-feste"  # a published address stays


def test_an_untranslated_school_is_sent_as_a_draft_not_served_as_an_alias(admin_client, client, catalogue):
    offerings, schools, _categories = catalogue
    submit(admin_client, offerings["lt_cake"], "it")
    italian_school = schools["kaunas"].get_translation(locale("it"))
    assert italian_school.alias_of_id is None
    assert not italian_school.live
    # Its strings wait in the translation editor like the offering's.
    assert Translation.objects.filter(source__object_id=schools["kaunas"].translation_key).exists()
    # Visitors read the Lithuanian school, marked as the original, at its Italian address.
    page = client.get("/it/schools/kaunas/")
    assert page.status_code == 200
    assert "Kauno technikos mokykla" in page.content.decode()
    assert "Lingua originale: " in page.content.decode()
