"""Favourite offerings, saved searches and their e-mail alerts."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from accounts.models import Favourite, SavedSearch
from search.models import SearchLog
from tests.accounts.factories import make_account
from tests.offerings.factories import make_offering
from tests.schools.factories import make_school


@pytest.fixture
def shop(site_tree, catering):
    """A school with an English offering and its Lithuanian translation."""
    _homes, directories = site_tree
    school = make_school(directories["en"], "Cork Catering School", slug="cork", working_languages=["en"])
    school_lt = make_school(directories["lt"], "Korko mokykla", slug="cork", translation_of=school)
    cakes = make_offering(
        school, "Oak cupcakes", slug="cupcakes", categories=[catering], first_published_at=timezone.now()
    )
    cakes_lt = make_offering(
        school_lt,
        "Keksiukai",
        slug="cupcakes",
        translation_of=cakes,
        categories=[catering],
        first_published_at=timezone.now(),
    )
    return cakes, cakes_lt


def test_saving_an_offering_without_javascript(client, shop):
    cakes, cakes_lt = shop
    user = make_account()
    client.force_login(user)
    url = cakes.get_url()
    page = client.get(url).content.decode()
    assert f'action="/en/account/favourites/{cakes.pk}/"' in page
    assert 'aria-pressed="false"' in page

    response = client.post(f"/en/account/favourites/{cakes.pk}/", {"action": "add", "next": url})
    assert response.status_code == 302 and response["Location"] == url
    assert 'aria-pressed="true"' in client.get(url).content.decode()
    # Saved in English, shown as saved in Lithuanian too, and listed on the account page.
    assert 'aria-pressed="true"' in client.get(cakes_lt.get_url()).content.decode()
    assert "Oak cupcakes" in client.get("/en/account/").content.decode()

    client.post(f"/en/account/favourites/{cakes.pk}/", {"action": "add"})
    assert Favourite.objects.count() == 1
    client.post(f"/en/account/favourites/{cakes_lt.pk}/", {"action": "remove", "next": "https://evil.example/"})
    assert not Favourite.objects.exists()


def test_favourites_need_a_login_and_a_post(client, shop):
    cakes, _cakes_lt = shop
    page = client.get(cakes.get_url()).content.decode()
    assert "Log in to save this offering" in page
    response = client.post(f"/en/account/favourites/{cakes.pk}/", {"action": "add"})
    assert response.status_code == 302 and "/en/account/login/" in response["Location"]
    client.force_login(make_account())
    assert client.get(f"/en/account/favourites/{cakes.pk}/").status_code == 405
    assert client.post("/en/account/favourites/999999/", {"action": "add"}).status_code == 404
    assert not Favourite.objects.exists()


def test_favourite_buttons_on_search_cards_cost_one_query(client, shop, django_assert_max_num_queries):
    cakes, _cakes_lt = shop
    user = make_account()
    Favourite.objects.create(user=user, offering=cakes)
    client.force_login(user)
    page = client.get("/en/search/?q=cupcakes").content.decode()
    assert 'aria-pressed="true"' in page
    for number in range(5):
        make_offering(cakes.get_parent().specific, f"Cupcakes {number}", first_published_at=timezone.now())
    with django_assert_max_num_queries(40) as few:
        client.get("/en/search/?q=cupcakes")
    for number in range(5, 15):
        make_offering(cakes.get_parent().specific, f"Cupcakes {number}", first_published_at=timezone.now())
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/en/search/?q=cupcakes")


def test_saving_a_search_and_switching_alerts(client, shop):
    client.force_login(make_account())
    page = client.get("/en/search/?q=cupcakes&category=catering").content.decode()
    assert "Save this search" in page
    response = client.post("/en/account/searches/save/", {"query": "q=cupcakes&category=catering&page=3&bogus=1"})
    assert response.status_code == 302
    saved = SavedSearch.objects.get()
    assert saved.query_string == "q=cupcakes&category=catering"
    assert response["Location"] == "/en/search/?q=cupcakes&category=catering"
    assert "This search is saved." in client.get(response["Location"]).content.decode()

    account = client.get("/en/account/").content.decode()
    assert 'href="/en/search/?q=cupcakes&amp;category=catering"' in account
    assert "“cupcakes” · Category: Catering and events" in account
    client.post(f"/en/account/searches/{saved.pk}/", {"action": "alerts_on"})
    saved.refresh_from_db()
    assert saved.alerts_enabled
    client.post(f"/en/account/searches/{saved.pk}/", {"action": "delete"})
    assert not SavedSearch.objects.exists()


def test_another_accounts_saved_search_cannot_be_changed(client):
    owner = make_account()
    saved = SavedSearch.objects.create(user=owner, query_string="q=oak")
    client.force_login(make_account())
    assert client.post(f"/en/account/searches/{saved.pk}/", {"action": "delete"}).status_code == 404
    assert SavedSearch.objects.filter(pk=saved.pk).exists()


def test_alerts_send_only_new_results_and_only_once(site_tree, catering, shop):
    cakes, _cakes_lt = shop
    school = cakes.get_parent().specific
    user = make_account("buyer@example.org", language="en")
    last_week = timezone.now() - timedelta(days=7)
    SavedSearch.objects.filter(user=user).delete()
    saved = SavedSearch.objects.create(user=user, query_string="q=oak", alerts_enabled=True)
    SavedSearch.objects.filter(pk=saved.pk).update(last_alert_at=timezone.now() - timedelta(hours=1))
    make_offering(school, "Old oak table", first_published_at=last_week)
    quiet = make_account("quiet@example.org")
    SavedSearch.objects.create(user=quiet, query_string="q=oak", alerts_enabled=False)

    call_command("send_saved_search_alerts")
    # "Oak cupcakes" was published after the last alert; the old table was not.
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["buyer@example.org"]
    assert "Oak cupcakes" in message.body
    assert "Old oak table" not in message.body
    assert "http://testserver/en/" in message.body
    assert "1 new offering" in message.subject
    assert SearchLog.objects.filter(source="alert").exists()

    call_command("send_saved_search_alerts")
    assert len(mail.outbox) == 1  # nothing new since

    make_offering(school, "Oak benches", first_published_at=timezone.now())
    call_command("send_saved_search_alerts")
    assert len(mail.outbox) == 2
    assert "Oak benches" in mail.outbox[1].body
    assert "Oak cupcakes" not in mail.outbox[1].body


def test_alerts_are_written_in_the_accounts_language(shop):
    user = make_account("pirkejas@example.org", language="lt")
    saved = SavedSearch.objects.create(user=user, query_string="category=catering", alerts_enabled=True)
    SavedSearch.objects.filter(pk=saved.pk).update(last_alert_at=timezone.now() - timedelta(hours=1))
    call_command("send_saved_search_alerts")
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert "Keksiukai" in body  # the Lithuanian version of the offering
    assert "http://testserver/lt/" in body
    assert "Maitinimas ir renginiai" in body  # the category in Lithuanian


def test_inactive_accounts_get_no_alerts(shop):
    user = make_account(active=False)
    saved = SavedSearch.objects.create(user=user, query_string="q=oak", alerts_enabled=True)
    SavedSearch.objects.filter(pk=saved.pk).update(last_alert_at=timezone.now() - timedelta(hours=1))
    call_command("send_saved_search_alerts")
    assert mail.outbox == []
