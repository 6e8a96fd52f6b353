"""Anonymous page views: a person reading a showcase or an offering is counted, in batches; nothing else is."""

import json
import os
import subprocess
import sys
import threading
from io import StringIO
from unittest import mock

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.models import PageViewRestriction

from accounts.models import AccountKind
from insights import pageviews
from insights.models import PageViewDay
from schools.tenancy import grant_school_role
from tests.accounts.factories import make_account
from tests.offerings.factories import make_offering
from tests.schools.factories import make_school

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0"
SCHOOL_URL = "/en/schools/kaunas/"
OFFERING_URL = "/en/schools/kaunas/cupcakes/"
DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture(autouse=True)
def empty_buffer(settings):
    """Each test starts with no views counted, and leaves none for the test process's exit."""
    settings.PAGE_VIEW_BATCH_SIZE = 200
    settings.PAGE_VIEW_BATCH_SECONDS = 3600  # only the tests about time use the age rule
    pageviews.buffer.take()
    yield
    pageviews.buffer.take()


@pytest.fixture
def school(site_tree, catering):
    _homes, directories = site_tree
    return make_school(directories["en"], "Kaunas School of Services", slug="kaunas", categories=[catering])


@pytest.fixture
def offering(school, catering):
    return make_offering(school, "Branded cupcakes", slug="cupcakes", categories=[catering])


def read(client, url, **headers):
    """Open a page as a person in a browser would (plus `headers`)."""
    return client.get(url, headers={"User-Agent": BROWSER, **headers})


def views(page):
    """The page's stored views per day."""
    return dict(PageViewDay.objects.filter(page_id=page.pk).values_list("day", "views"))


def today():
    return timezone.localdate()


def test_views_of_a_showcase_and_an_offering_are_stored_together(client, school, offering):
    for _ in range(3):
        assert "Kaunas School of Services" in read(client, SCHOOL_URL).text
    for _ in range(2):
        assert "Branded cupcakes" in read(client, OFFERING_URL).text
    assert not PageViewDay.objects.exists()

    result = pageviews.flush()

    assert result.status == "SUCCESSFUL"
    assert views(school) == {today(): 3}
    assert views(offering) == {today(): 2}
    assert pageviews.flush() is None  # the buffer is empty again


def test_one_task_per_batch_waits_in_the_database_queue(client, settings, school, offering):
    settings.PAGE_VIEW_BATCH_SIZE = 2  # pages-and-days, not views
    queued = DBTaskResult.objects.filter(task_path="insights.tasks.store_page_views")
    with override_settings(TASKS=DATABASE_QUEUE):
        for _ in range(5):
            read(client, SCHOOL_URL)
        assert not queued.exists()  # one page on one day: the batch is not due

        read(client, OFFERING_URL)

        assert queued.count() == 1
        assert queued.get().args_kwargs["args"] == [
            [[school.pk, today().isoformat(), 5], [offering.pk, today().isoformat(), 1]]
        ]
        assert not PageViewDay.objects.exists()  # queued, not stored: the page view did not wait

        # As in tests/inquiries/test_queue.py: the worker must not close the test's own connection.
        with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
            call_command("db_worker", batch=True, no_startup_delay=True, stdout=StringIO(), stderr=StringIO())

    assert queued.get().status == "SUCCESSFUL"
    assert views(school) == {today(): 5}
    assert views(offering) == {today(): 1}


def test_a_batch_is_due_once_its_oldest_view_is_old_enough(client, settings, school):
    settings.PAGE_VIEW_BATCH_SECONDS = 0
    read(client, SCHOOL_URL)
    assert views(school) == {today(): 1}
    read(client, SCHOOL_URL)
    assert views(school) == {today(): 2}


def test_two_batches_of_the_same_page_and_day_add_up(client, school):
    for _ in range(3):
        read(client, SCHOOL_URL)
    pageviews.flush()
    for _ in range(2):
        read(client, SCHOOL_URL)
    pageviews.flush()
    assert views(school) == {today(): 5}
    assert PageViewDay.objects.count() == 1


@pytest.mark.parametrize(
    "user_agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36",
        "curl/8.5.0",
        "python-requests/2.32.3",
        "",
    ],
)
def test_robots_link_previews_and_scripts_are_not_counted(client, school, user_agent):
    response = client.get(SCHOOL_URL, headers={"User-Agent": user_agent} if user_agent else {})
    assert response.status_code == 200
    assert pageviews.flush() is None
    assert not PageViewDay.objects.exists()


@pytest.mark.parametrize(
    "header", [{"Sec-Purpose": "prefetch"}, {"Sec-Purpose": "prefetch;prerender"}, {"Purpose": "prefetch"}]
)
def test_prefetches_are_not_counted(client, school, header):
    assert read(client, SCHOOL_URL, **header).status_code == 200
    assert pageviews.flush() is None


def test_editors_are_not_counted_but_logged_in_companies_are(client, school):
    teacher = make_account("teacher@example.org", kind=AccountKind.SCHOOL_STAFF)
    grant_school_role(school, teacher, "editor")
    client.force_login(teacher)
    assert read(client, SCHOOL_URL).status_code == 200
    assert pageviews.flush() is None

    client.force_login(make_account("buyer@example.com", kind=AccountKind.COMPANY))
    read(client, SCHOOL_URL)
    pageviews.flush()
    assert views(school) == {today(): 1}


def test_previews_in_the_editor_are_not_counted(school):
    response = school.make_preview_request()
    assert response.status_code == 200
    assert pageviews.flush() is None


def test_only_reading_a_live_showcase_or_offering_counts(client, school, offering):
    assert client.post(SCHOOL_URL, headers={"User-Agent": BROWSER}).status_code == 200  # served, yet no reading
    assert client.head(SCHOOL_URL, headers={"User-Agent": BROWSER}).status_code == 200
    assert read(client, "/en/schools/no-such-school/").status_code == 404
    assert read(client, "/en/schools/").status_code == 200  # the directory is no showcase
    offering.unpublish()
    assert read(client, OFFERING_URL).status_code == 404
    assert pageviews.flush() is None


def test_a_password_protected_page_counts_only_once_opened(client, school):
    restriction = PageViewRestriction.objects.create(
        page=school, restriction_type=PageViewRestriction.PASSWORD, password="cake"
    )
    form = read(client, SCHOOL_URL)
    assert form.status_code == 200
    assert "Kaunas School of Services" not in form.text
    assert pageviews.flush() is None  # the password form is no view of the showcase

    client.post(
        reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, school.pk]),
        {"password": "cake", "return_url": SCHOOL_URL},
    )
    assert "Kaunas School of Services" in read(client, SCHOOL_URL).text
    pageviews.flush()
    assert views(school) == {today(): 1}


def test_the_translation_a_visitor_is_sent_to_is_counted_once(client, site_tree, school):
    _homes, directories = site_tree
    translation = make_school(directories["lt"], "Kauno paslaugų mokykla", slug="kauno", translation_of=school)
    # The English address under the Lithuanian prefix leads to the Lithuanian showcase.
    response = client.get("/lt/schools/kaunas/", headers={"User-Agent": BROWSER}, follow=True)
    assert response.redirect_chain == [("/lt/schools/kauno/", 302)]
    pageviews.flush()
    assert views(translation) == {today(): 1}
    assert views(school) == {}


def test_a_page_deleted_before_its_batch_is_stored_is_skipped(client, school, offering):
    read(client, SCHOOL_URL)
    read(client, OFFERING_URL)
    offering.delete()

    result = pageviews.flush()

    assert result.status == "SUCCESSFUL"
    assert result.return_value == 1
    assert views(school) == {today(): 1}
    assert not PageViewDay.objects.filter(page_id=offering.pk).exists()


def test_counting_keeps_nothing_about_the_visitor(client, school):
    response = read(client, SCHOOL_URL)
    pageviews.flush()
    assert not response.cookies
    assert "sessionid" not in client.cookies
    assert [field.name for field in PageViewDay._meta.get_fields()] == ["id", "page", "day", "views"]


def test_counting_a_view_costs_the_page_no_query(client, school):
    read(client, SCHOOL_URL)  # warms the per-process caches (site, locales)
    with CaptureQueriesContext(connection) as robot:
        client.get(SCHOOL_URL, headers={"User-Agent": "Googlebot/2.1"})
    with CaptureQueriesContext(connection) as person:
        read(client, SCHOOL_URL)
    assert len(person) == len(robot)


def test_a_queue_that_fails_costs_the_views_but_never_the_page(client, settings, school, caplog):
    settings.PAGE_VIEW_BATCH_SIZE = 1
    # A queue that refuses the task (it serves only another queue name).
    with override_settings(TASKS={"default": {**DATABASE_QUEUE["default"], "QUEUES": ["elsewhere"]}}):
        response = read(client, SCHOOL_URL)
    assert response.status_code == 200
    assert "Kaunas School of Services" in response.text
    assert "Could not queue 1 page views" in caplog.text
    assert not PageViewDay.objects.exists()


def test_views_still_counted_are_queued_when_the_process_exits(tmp_path):
    # A separate process with an in-memory queue counts two views and exits without flushing;
    # an exit handler registered before Django loads the counting module (so run after its
    # handler) reports what was queued.
    (tmp_path / "memory_queue.py").write_text(
        "from portal.settings.test import *  # noqa\n"
        "TASKS = {'default': {'BACKEND': 'django_tasks.backends.dummy.DummyBackend'}}\n"
    )
    script = """
import atexit, json, django
from datetime import date

def report():
    from django_tasks import task_backends
    print(json.dumps([result.args for result in task_backends["default"].results]))

atexit.register(report)
django.setup()
from insights import pageviews
pageviews.count_view(41, date(2026, 3, 2))
pageviews.count_view(41, date(2026, 3, 2))
"""
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "memory_queue",
        "PYTHONPATH": os.pathsep.join([str(tmp_path), str(django_settings.BASE_DIR)]),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'unused.sqlite3'}",  # the in-memory queue needs no database
    }
    finished = subprocess.run(
        [sys.executable, "-c", script], cwd=django_settings.BASE_DIR, env=environment, capture_output=True, text=True
    )
    assert finished.returncode == 0, finished.stderr
    assert json.loads(finished.stdout) == [[[[41, "2026-03-02", 2]]]], finished.stderr


@pytest.mark.skipif(
    django_settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
    reason="SQLite runs one write transaction at a time, so two batches cannot race there",
)
@pytest.mark.django_db(transaction=True)
def test_batches_racing_to_create_the_same_day_all_count(site_tree, catering):
    _homes, directories = site_tree
    school = make_school(directories["en"], "Kaunas School of Services", slug="kaunas", categories=[catering])
    racers = 8
    start = threading.Barrier(racers)
    stored, failures = [], []

    def store_a_batch():
        try:
            start.wait()
            stored.append(pageviews.store([[school.pk, "2026-03-02", 1]]))
        except Exception as error:  # reported below, not lost in the thread
            failures.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=store_a_batch) for _ in range(racers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    assert stored == [1] * racers
    assert PageViewDay.objects.get(page=school).views == racers
