"""Tenant isolation: a teacher of school A walks every admin route at school B's pages, media and tasks."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from offerings.models import OfferingPage
from schools.tenancy import school_collection
from tests.home.factories import locale, make_site
from tests.offerings.factories import make_category
from tests.schools.tenancy_world import make_world, offering_form, png_upload

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def shared_world(django_db_setup, django_db_blocker):
    """One world for the whole module (building it takes seconds); each test still rolls back its own changes."""
    with django_db_blocker.unblock(), transaction.atomic():
        _homes, directories = make_site()
        category = make_category("catering", "1013")
        yield make_world(directories, category), category
        transaction.set_rollback(True)


@pytest.fixture
def world(shared_world, db):
    return shared_world[0]


@pytest.fixture
def catering(shared_world, db):
    return shared_world[1]


@pytest.fixture
def teacher_a(client, world):
    client.force_login(world.teacher_a)
    return client


def refused(client, response):
    """403, 404, or Wagtail's "no permission" redirect to the dashboard or the login.

    Other redirects are followed: the revisions index sends to the history,
    and the language middleware answers a 404 outside the language prefix
    with a redirect to "/en/...", where it is a 404 again.
    """
    for _hop in range(3):
        if response.status_code in (403, 404):
            return True
        if response.status_code != 302:
            return False
        location = response["Location"].split("?")[0]
        if location in ("/admin/", "/admin/login/"):
            return True
        response = client.get(response["Location"])
    return False


# Every route a teacher reaches in the admin, aimed at school B: (name, method, url, data).
# The lambdas take the world (w) and, for posts, the catering category (c).
B_ROUTES = [
    ("edit", "get", lambda w: f"/admin/pages/{w.offering_b.pk}/edit/", None),
    ("edit post", "post", lambda w: f"/admin/pages/{w.offering_b.pk}/edit/", "edit"),
    ("edit school page", "get", lambda w: f"/admin/pages/{w.school_b.pk}/edit/", None),
    ("edit translated school page", "get", lambda w: f"/admin/pages/{w.school_b_lt.pk}/edit/", None),
    ("edit translated offering", "get", lambda w: f"/admin/pages/{w.offering_b_lt.pk}/edit/", None),
    ("preview", "get", lambda w: f"/admin/pages/{w.offering_b.pk}/edit/preview/", None),
    ("preview post", "post", lambda w: f"/admin/pages/{w.offering_b.pk}/edit/preview/", "edit"),
    ("view draft", "get", lambda w: f"/admin/pages/{w.draft_b.pk}/view_draft/", None),
    ("history", "get", lambda w: f"/admin/pages/{w.offering_b.pk}/history/", None),
    ("history results", "get", lambda w: f"/admin/pages/{w.offering_b.pk}/history/results/", None),
    ("revisions", "get", lambda w: f"/admin/pages/{w.offering_b.pk}/revisions/", None),
    (
        "revision view",
        "get",
        lambda w: f"/admin/pages/{w.draft_b.pk}/revisions/{w.draft_b.latest_revision_id}/view/",
        None,
    ),
    (
        "revision compare",
        "get",
        lambda w: f"/admin/pages/{w.draft_b.pk}/revisions/compare/earliest...{w.draft_b.latest_revision_id}/",
        None,
    ),
    (
        "revision revert",
        "get",
        lambda w: f"/admin/pages/{w.draft_b.pk}/revisions/{w.draft_b.latest_revision_id}/revert/",
        None,
    ),
    ("workflow history", "get", lambda w: f"/admin/pages/{w.draft_b.pk}/workflow_history/", None),
    ("usage", "get", lambda w: f"/admin/pages/{w.offering_b.pk}/usage/", None),
    ("copy", "get", lambda w: f"/admin/pages/{w.offering_b.pk}/copy/", None),
    ("copy into school A", "post", lambda w: f"/admin/pages/{w.offering_b.pk}/copy/", "copy"),
    ("move", "get", lambda w: f"/admin/pages/{w.offering_b.pk}/move/", None),
    ("move into school A", "post", lambda w: f"/admin/pages/{w.offering_b.pk}/move/{w.school_a.pk}/confirm/", {}),
    ("delete", "get", lambda w: f"/admin/pages/{w.offering_b.pk}/delete/", None),
    ("delete post", "post", lambda w: f"/admin/pages/{w.offering_b.pk}/delete/", {}),
    ("unpublish", "get", lambda w: f"/admin/pages/{w.offering_b.pk}/unpublish/", None),
    ("unpublish post", "post", lambda w: f"/admin/pages/{w.offering_b.pk}/unpublish/", {}),
    ("lock", "post", lambda w: f"/admin/pages/{w.offering_b.pk}/lock/", {}),
    ("privacy", "get", lambda w: f"/admin/pages/{w.offering_b.pk}/privacy/", None),
    ("add offering", "get", lambda w: f"/admin/pages/add/offerings/offeringpage/{w.school_b.pk}/", None),
    ("add subpage", "get", lambda w: f"/admin/pages/{w.school_b.pk}/add_subpage/", None),
    (
        "workflow approve",
        "post",
        lambda w: f"/admin/pages/workflow/action/{w.draft_b.pk}/approve/{w.task_state_b.pk}/",
        {},
    ),
    (
        "workflow collect action data",
        "get",
        lambda w: f"/admin/pages/workflow/collect_action_data/{w.draft_b.pk}/approve/{w.task_state_b.pk}/",
        None,
    ),
    (
        "workflow preview",
        "get",
        lambda w: f"/admin/pages/workflow/preview/{w.draft_b.pk}/{w.task_state_b.task_id}/",
        None,
    ),
    ("workflow cancel", "get", lambda w: f"/admin/pages/workflow/confirm_cancellation/{w.draft_b.pk}/", None),
    ("workflow edit task", "get", lambda w: f"/admin/workflows/tasks/edit/{w.task_state_b.task_id}/", None),
    ("workflow list", "get", lambda w: "/admin/workflows/list/", None),
    ("page chooser at school B", "get", lambda w: f"/admin/choose-page/{w.school_b.pk}/", None),
    ("admin API page", "get", lambda w: f"/admin/api/main/pages/{w.offering_b.pk}/", None),
    ("admin API draft", "get", lambda w: f"/admin/api/main/pages/{w.draft_b.pk}/", None),
    ("admin API copy action", "post", lambda w: f"/admin/api/main/pages/{w.offering_b.pk}/action/copy/", "api-copy"),
    ("image edit", "get", lambda w: f"/admin/images/{w.image_b.pk}/", None),
    ("image edit post", "post", lambda w: f"/admin/images/{w.image_b.pk}/", "image"),
    ("image delete", "post", lambda w: f"/admin/images/{w.image_b.pk}/delete/", {}),
    ("image url generator", "get", lambda w: f"/admin/images/{w.image_b.pk}/generate_url/", None),
    ("image usage", "get", lambda w: f"/admin/images/usage/{w.image_b.pk}/", None),
    ("image chosen", "get", lambda w: f"/admin/images/chooser/chosen/{w.image_b.pk}/", None),
    ("image upload into school B", "post", lambda w: "/admin/images/add/", "upload-image"),
    ("image multiple upload into school B", "post", lambda w: "/admin/images/multiple/add/", "upload-images"),
    ("image API", "get", lambda w: f"/admin/api/main/images/{w.image_b.pk}/", None),
    ("document edit", "get", lambda w: f"/admin/documents/edit/{w.document_b.pk}/", None),
    ("document delete", "post", lambda w: f"/admin/documents/delete/{w.document_b.pk}/", {}),
    ("document usage", "get", lambda w: f"/admin/documents/usage/{w.document_b.pk}/", None),
    ("document chosen", "get", lambda w: f"/admin/documents/chooser/chosen/{w.document_b.pk}/", None),
    ("document upload into school B", "post", lambda w: "/admin/documents/add/", "upload-document"),
    ("document API", "get", lambda w: f"/admin/api/main/documents/{w.document_b.pk}/", None),
    ("collection edit", "get", lambda w: f"/admin/collections/{school_collection(w.school_b).pk}/", None),
    ("translate page", "get", lambda w: f"/admin/localize/submit/page/{w.offering_b.pk}/", None),
    ("translate page post", "post", lambda w: f"/admin/localize/submit/page/{w.draft_b.pk}/", "translate"),
    ("translate school", "post", lambda w: f"/admin/localize/submit/page/{w.school_b.pk}/", "translate"),
    ("update translations", "get", lambda w: f"/admin/localize/update/{w.source_b.pk}/", None),
    ("update translations post", "post", lambda w: f"/admin/localize/update/{w.source_b.pk}/", {}),
    ("translation preview", "get", lambda w: f"/admin/localize/translate/{w.translation_b.pk}/preview/", None),
    ("translation PO file", "get", lambda w: f"/admin/localize/translate/{w.translation_b.pk}/pofile/download/", None),
    ("translation machine", "post", lambda w: f"/admin/localize/translate/{w.translation_b.pk}/machine_translate/", {}),
    ("translation stop", "post", lambda w: f"/admin/localize/translate/{w.translation_b.pk}/disable/", {}),
    ("convert to alias", "get", lambda w: f"/admin/localize/page/{w.offering_b_lt.pk}/convert_to_alias/", None),
    ("translations report", "get", lambda w: "/admin/localize/reports/translations/", None),
    (
        "category translation",
        "get",
        lambda w: f"/admin/localize/submit/snippet/offerings/category/{w.source_b.pk}/",
        None,
    ),
]


def post_data(kind, world, category):
    if kind == "edit":
        return offering_form(world.offering_b, category, title="Taken over by A")
    if kind == "copy":
        return {"new_title": "Copied by A", "new_slug": "copied-by-a", "new_parent_page": world.school_a.pk}
    if kind == "api-copy":
        return {"destination_page_id": world.school_a.pk, "slug": "copied-by-a"}
    if kind == "image":
        return {"title": "Renamed by A", "collection": school_collection(world.school_b).pk}
    if kind == "upload-image":
        return {
            "title": "Planted by A",
            "file": png_upload(),
            "collection": school_collection(world.school_b).pk,
        }
    if kind == "upload-images":
        return {"files[]": png_upload(), "collection": school_collection(world.school_b).pk}
    if kind == "upload-document":
        return {
            "title": "Planted by A",
            "file": SimpleUploadedFile("planted.txt", b"planted"),
            "collection": school_collection(world.school_b).pk,
        }
    if kind == "translate":
        return {"locales": [locale("lv").pk], "include_subtree": "on"}
    return kind


def assert_school_b_untouched(world):
    offering = OfferingPage.objects.get(pk=world.offering_b.pk)
    assert offering.title == "Birstonas spa towels"
    assert offering.live
    assert offering.get_parent().pk == world.school_b.pk
    assert not Page.objects.filter(title__in=["Copied by A", "Taken over by A"]).exists()
    assert not Page.objects.filter(slug="copied-by-a").exists()
    assert not Page.objects.filter(locale=locale("lv"), translation_key=world.draft_b.translation_key).exists()
    assert not Page.objects.filter(locale=locale("lv"), translation_key=world.school_b.translation_key).exists()
    assert world.draft_b.get_workflow().workflow_states.filter(status="in_progress").count() == 1
    assert get_image_model().objects.get(pk=world.image_b.pk).title == "Birstonas spa"
    # An upload aimed at school B's collection is refused or filed in the teacher's own.
    for planted in [
        *get_image_model().objects.filter(title__startswith="Planted"),
        *get_document_model().objects.filter(title__startswith="Planted"),
    ]:
        assert planted.collection == school_collection(world.school_a)
    assert get_image_model().objects.filter(collection=school_collection(world.school_b)).count() == 1
    assert get_document_model().objects.filter(collection=school_collection(world.school_b)).count() == 1
    assert not OfferingPage.objects.get(pk=world.offering_b.pk).locked


@pytest.mark.parametrize(("name", "method", "url", "data"), B_ROUTES, ids=[route[0] for route in B_ROUTES])
def test_teacher_of_school_a_is_refused_on_school_b(teacher_a, world, catering, name, method, url, data):
    if method == "get":
        response = teacher_a.get(url(world))
    else:
        response = teacher_a.post(url(world), post_data(data, world, catering))
    if name.endswith("upload into school B"):
        # Wagtail answers with the form again, or files the upload in the teacher's own
        # collection when it is their only one; either way nothing lands in school B.
        assert response.status_code in (200, 302, 403)
    else:
        assert refused(teacher_a, response), (response.status_code, response.get("Location"))
    assert_school_b_untouched(world)


# Listings a teacher may open, that must not show anything of school B.
B_LISTINGS = [
    ("dashboard", lambda w: "/admin/"),
    ("explorer root", lambda w: "/admin/pages/"),
    ("explorer of the directory", lambda w: f"/admin/pages/{w.school_b.get_parent().pk}/"),
    ("page search", lambda w: "/admin/pages/search/?q=towels"),
    ("page chooser", lambda w: f"/admin/choose-page/{w.school_b.get_parent().pk}/"),
    ("page chooser search", lambda w: "/admin/choose-page/search/?q=towels"),
    ("page type usage", lambda w: "/admin/pages/usage/offerings/offeringpage/"),
    ("admin API listing", lambda w: "/admin/api/main/pages/?limit=20"),
    ("admin API children", lambda w: f"/admin/api/main/pages/?child_of={w.school_b.get_parent().pk}&for_explorer=1"),
    ("admin API search", lambda w: "/admin/api/main/pages/?search=towels"),
    ("image search", lambda w: "/admin/images/?q=spa"),
    ("document search", lambda w: "/admin/documents/?q=price"),
    ("admin API images", lambda w: "/admin/api/main/images/"),
    ("admin API documents", lambda w: "/admin/api/main/documents/"),
    ("image library", lambda w: "/admin/images/"),
    ("image chooser", lambda w: "/admin/images/chooser/"),
    ("image upload form", lambda w: "/admin/images/add/"),
    ("document library", lambda w: "/admin/documents/"),
    ("document chooser", lambda w: "/admin/documents/chooser/"),
    ("locked pages report", lambda w: "/admin/reports/locked/"),
    ("workflow report", lambda w: "/admin/reports/workflow/"),
    ("workflow tasks report", lambda w: "/admin/reports/workflow_tasks/"),
    ("site history", lambda w: "/admin/reports/site-history/"),
    ("aging pages", lambda w: "/admin/reports/aging-pages/"),
    ("page types usage", lambda w: "/admin/reports/page-types-usage/"),
    ("translation status board", lambda w: "/admin/translations/"),
    ("translation status board for Lithuania", lambda w: "/admin/translations/?country=LT"),
]


@pytest.mark.parametrize(("name", "url"), B_LISTINGS, ids=[listing[0] for listing in B_LISTINGS])
def test_teacher_of_school_a_sees_nothing_of_school_b(teacher_a, world, name, url):
    response = teacher_a.get(url(world))
    assert refused(teacher_a, response) or response.status_code == 200, response.status_code
    if response.status_code == 200:
        text = response.content.decode()
        for secret in ["Birstonas", "Birštono", "spa-towels", "secret-draft", "prices.txt"]:
            assert secret not in text, f"{secret} listed on {name}"
