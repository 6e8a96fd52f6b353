"""Offering pages: what a teacher creates in the admin and what a company reads."""

import json
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils.form_data import nested_form_data, streamfield

from offerings.models import OfferingPage
from tests.offerings.factories import make_offering
from tests.schools.factories import make_school

pytestmark = pytest.mark.django_db


@pytest.fixture
def school(site_tree, catering):
    homes, directories = site_tree
    return make_school(directories["lt"], "Kauno paslaugų mokykla", slug="kauno", categories=[catering])


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("teacher", "teacher@example.org", "pw")
    client.force_login(user)
    return client


def test_teacher_creates_and_publishes_a_rich_offering(admin_client, school, catering):
    image = get_image_model().objects.create(title="Cupcakes", file=get_test_image_file(), description="Cupcakes")
    data = nested_form_data(
        {
            "title": "Firminiai keksiukai",
            "slug": "firminiai-keksiukai",
            "summary": "Keksiukai su jūsų logotipu.",
            "kind": "product",
            "keywords": "keksiukai, dovanos",
            "eqf_level": "4",
            "price_model": "per_unit",
            "price_amount": "2.50",
            "currency": "EUR",
            "unit": "vnt.",
            "minimum_order": "24",
            "lead_time_days": "7",
            "capacity_per_month": "600",
            "body": streamfield(
                [
                    ("text", {"heading": "Apie", "text": json.dumps(rich_text("Kepame mokyklos dirbtuvėse."))}),
                    (
                        "gallery",
                        {
                            "heading": "",
                            "images": streamfield(
                                [("item", {"image": image.pk, "alt_text": "Keksiukai", "decorative": ""})]
                            ),
                        },
                    ),
                    ("video", {"video": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "caption": "Kaip kepame"}),
                    (
                        "specification",
                        {"caption": "", "rows": streamfield([("item", {"name": "Svoris", "value": "80 g"})])},
                    ),
                    (
                        "process",
                        {
                            "heading": "",
                            "steps": streamfield(
                                [("item", {"title": "Tešla", "description": "Minkome.", "image": ""})]
                            ),
                        },
                    ),
                    (
                        "team",
                        {
                            "heading": "",
                            "anonymous": "",
                            "members": streamfield(
                                [
                                    ("item", {"student": "", "role": "Konditerė"}),
                                    ("item", {"student": "", "role": ""}),
                                ]
                            ),
                        },
                    ),
                ]
            ),
            "action-publish": "publish",
        }
    )
    lithuanian_catering = catering.get_translation(school.locale)
    data.update(
        categories=[lithuanian_catering.pk],
        delivery_modes=["pickup", "delivery"],
        countries_served=["LT", "LV"],
        months_available=["9", "10", "5"],
    )
    response = admin_client.post(f"/admin/pages/add/offerings/offeringpage/{school.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    offering = OfferingPage.objects.get(slug="firminiai-keksiukai")
    assert offering.live
    assert offering.delivery_modes == ["pickup", "delivery"]
    assert offering.months_available == [9, 10, 5]
    assert sorted(tag.name for tag in offering.keywords.all()) == ["dovanos", "keksiukai"]

    page = BeautifulSoup(admin_client.get("/lt/schools/kauno/firminiai-keksiukai/").content, "html.parser")
    assert page.h1.get_text() == "Firminiai keksiukai"
    assert "Kepame mokyklos dirbtuvėse." in page.get_text()
    assert page.select_one(".block-gallery img")["alt"] == "Keksiukai"
    assert "youtube-nocookie.com/embed/dQw4w9WgXcQ" in page.select_one(".block-video iframe")["src"]
    assert [th.get_text() for th in page.select(".block-spec th")] == ["Svoris"]
    # Members without a student record (see tests/students for credited students) show as "Student".
    assert [li.get_text(" ", strip=True) for li in page.select(".team li")] == ["Mokinys (Konditerė)", "Mokinys"]
    available = [li.abbr["title"] for li in page.select(".months li.is-available")]
    assert available == ["Rugsėjis", "Spalis", "Gegužė"]


def rich_text(text):
    """The editor's JSON (Draftail contentstate) for one paragraph."""
    return {
        "blocks": [
            {"key": "a", "type": "unstyled", "text": text, "depth": 0, "inlineStyleRanges": [], "entityRanges": []}
        ],
        "entityMap": {},
    }


def test_admin_edit_views_open_for_every_page_type(admin_client, site_tree, school):
    offering = make_offering(school, "Tortas")
    homes, directories = site_tree
    for page in [homes["en"], directories["lt"], school, offering]:
        assert admin_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200


def test_price_needs_an_amount_unless_on_request_or_free(school):
    offering = make_offering(school, "Tortas")
    offering.price_model = "fixed"
    offering.price_amount = None
    with pytest.raises(ValidationError) as error:
        offering.full_clean()
    assert "price_amount" in error.value.message_dict

    offering.price_model = "on_request"
    offering.price_amount = Decimal("10")
    offering.full_clean()
    assert offering.price_amount is None


def test_per_unit_price_needs_a_unit(school):
    with pytest.raises(ValidationError) as error:
        make_offering(school, "Tortas", price_model="per_unit", unit="")
    assert "unit" in error.value.message_dict


@pytest.mark.parametrize(
    ("language", "fields", "label"),
    [
        ("en", {"price_model": "fixed", "price_amount": Decimal("1200")}, "1,200.00 €"),
        ("lt", {"price_model": "from", "price_amount": Decimal("99.5")}, "nuo 99,50 €"),
        (
            "pl",
            {"price_model": "per_unit", "price_amount": Decimal("12"), "currency": "PLN", "unit": "szt."},
            "12,00 zł / szt.",
        ),
        ("it", {"price_model": "on_request", "price_amount": None}, "Prezzo su richiesta"),
        ("pt", {"price_model": "free", "price_amount": None}, "Gratuito"),
    ],
)
def test_price_label_reads_naturally(school, language, fields, label):
    offering = make_offering(school, "Tortas", **fields)
    with translation.override(language):
        assert str(offering.price_label).replace("\xa0", " ") == label


def test_choice_lists_are_queryable(school):
    september = make_offering(school, "Rudens", months_available=[9, 10], delivery_modes=["remote"])
    make_offering(school, "Pavasario", months_available=[4, 5], delivery_modes=["pickup"], countries_served=["PL"])
    assert list(OfferingPage.objects.available_in(9)) == [september]
    assert list(OfferingPage.objects.delivers("remote")) == [september]
    assert OfferingPage.objects.serves("PL").get().title == "Pavasario"
    # "1" must not match 10, 11 or 12
    assert not OfferingPage.objects.available_in(1).exists()


def test_unknown_choice_codes_are_rejected(school):
    offering = make_offering(school, "Tortas")
    offering.delivery_modes = ["teleport"]
    with pytest.raises(ValidationError) as error:
        offering.full_clean()
    assert "delivery_modes" in error.value.message_dict


def test_editor_picks_categories_in_the_page_language(admin_client, school, catering):
    offering = make_offering(school, "Tortas", categories=[catering])  # linked to the English row
    page = BeautifulSoup(admin_client.get(f"/admin/pages/{offering.pk}/edit/").content, "html.parser")
    boxes = page.select("input[name=categories]")
    labels = [box.find_parent("label").get_text(strip=True) for box in boxes]
    assert labels == ["Maitinimas ir renginiai"]
    assert boxes[0].has_attr("checked")


def test_offering_page_has_description_and_link_preview(client, school):
    image = get_image_model().objects.create(title="Tortas", file=get_test_image_file(), description="Tortas")
    make_offering(school, "Tortas", slug="tortas", summary="Šventinis tortas  su\nlogotipu.", hero_image=image)
    page = BeautifulSoup(client.get("/lt/schools/kauno/tortas/").content, "html.parser")
    assert page.select_one("meta[name=description]")["content"] == "Šventinis tortas su logotipu."
    assert page.select_one("meta[property='og:title']")["content"] == "Tortas"
    assert page.select_one("meta[property='og:image']")["content"].startswith("http://testserver/media/images/")


def test_choice_lists_show_their_labels_in_the_visitor_language(client, school):
    make_offering(school, "Tortas", slug="tortas", delivery_modes=["pickup", "remote"], countries_served=["LT", "PL"])
    page = BeautifulSoup(client.get("/pl/schools/kauno/tortas/").content, "html.parser")
    facts = {dt.get_text(): dt.find_next_sibling("dd").get_text() for dt in page.select(".facts dt")}
    assert facts["Obsługiwane kraje"] == "Litwa, Polska"
    assert facts["Dostawa"].count(", ") == 1 and "Zdalnie" in facts["Dostawa"]
