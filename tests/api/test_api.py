"""The public API as a regional portal or a procurement tool uses it."""

import json
from datetime import timedelta
from functools import partial
from urllib.parse import parse_qs, urlparse

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from openapi_spec_validator import validate
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction

from tests.offerings.factories import make_offering

pytestmark = pytest.mark.django_db
dumps = partial(json.dumps, ensure_ascii=False)


def get(client, url, status=200, **params):
    response = client.get(url, params)
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def titles(data):
    return {item["title"] for item in data["items"]}


def translate(page, locale, title, **fields):
    """A live translation of `page` (and of its parent, where missing) into `locale`."""
    parent = page.get_parent().specific
    if not parent.get_translations(inclusive=True).filter(locale=locale).exists():
        translate(parent, locale, parent.title)
    translation = page.copy_for_translation(locale)
    translation.title = title
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


@pytest.fixture
def rich_offering(catalogue):
    offerings, schools, categories = catalogue
    image = get_image_model().objects.create(title="Cake", file=get_test_image_file(), description="A layered cake")
    page = offerings["lt_cake"]
    page.hero_image = image
    page.keywords.add("tortas", "šventė")
    page.body = [
        ("text", {"heading": "Apie", "text": "<p>Kepame <b>mokykloje</b>.</p>"}),
        (
            "gallery",
            {"heading": "", "images": [{"image": image, "alt_text": "Tortas iš viršaus", "decorative": False}]},
        ),
        ("specification", {"caption": "", "rows": [{"name": "Svoris", "value": "2 kg"}]}),
        ("team", {"heading": "", "anonymous": False, "members": [{"first_name": "Ona", "role": "Konditerė"}]}),
    ]
    page.save_revision().publish()
    return page


def test_offering_detail_has_every_structured_field(client, rich_offering):
    data = get(client, f"/api/v1/offerings/{rich_offering.pk}")
    assert data["locale"] == data["original_locale"] == "lt"
    assert data["title"] == "Šventinis tortas"
    assert data["kind"] == "product"
    assert data["categories"] == [{"code": "bakery", "isced_code": "1013", "name": "Kepiniai ir konditerija"}]
    assert data["keywords"] == ["tortas", "šventė"]
    assert data["price"] == {
        "model": "fixed",
        "amount": "120.00",
        "currency": "EUR",
        "unit": "",
        "label": "120,00 €",  # formatted the Lithuanian way, as the page reads
    }
    assert data["lead_time_days"] == 3
    assert data["delivery_modes"] == ["pickup"]
    assert data["countries_served"] == ["LT"]
    assert data["months_available"] == [9, 10, 11, 12]
    assert data["eqf_level"] == 4
    assert data["school"]["title"] == "Kauno technikos mokykla"
    assert data["school"]["api_url"].endswith(f"/api/v1/schools/{data['school']['id']}")
    assert data["html_url"] == "http://testserver/lt/schools/kaunas/lt-cake/"
    assert set(data["image"]["renditions"]) == {"small", "medium", "large"}
    assert data["image"]["renditions"]["small"]["width"] == 480
    assert data["image"]["alt"] == "A layered cake"

    blocks = {block["type"]: block["value"] for block in data["body"]}
    assert blocks["text"]["text"] == "<p>Kepame <b>mokykloje</b>.</p>"
    assert blocks["gallery"]["images"][0]["alt"] == "Tortas iš viršaus"
    assert blocks["gallery"]["images"][0]["renditions"]["medium"]["url"].startswith("http://testserver/media/")
    assert blocks["specification"]["rows"] == [{"name": "Svoris", "value": "2 kg"}]


def test_students_names_and_email_addresses_never_appear(client, rich_offering):
    detail = dumps(get(client, f"/api/v1/offerings/{rich_offering.pk}"))
    school = rich_offering.get_parent().specific
    schools = dumps(get(client, "/api/v1/schools")) + dumps(get(client, f"/api/v1/schools/{school.pk}"))
    assert "Ona" not in detail  # names wait for consent records; the role stays
    assert "Konditerė" in detail
    assert "@" not in detail + schools
    assert school.contact_email and school.contact_email not in schools


def test_languages_one_all_or_with_fallback(client, catalogue):
    offerings, schools, _categories = catalogue
    italian = offerings["it_print"].locale
    translate(offerings["lt_chairs"], italian, "Sedie di quercia")

    everything = get(client, "/api/v1/offerings", limit=100)
    assert len(everything["items"]) == 15  # 14 originals and one translation
    only_italian = get(client, "/api/v1/offerings", locale="it", limit=100)
    assert {item["locale"] for item in only_italian["items"]} == {"it"}
    assert titles(only_italian) == {"Sedie di quercia", "Buffet per eventi aziendali", "Prototipi in PLA"}

    with_fallback = get(client, "/api/v1/offerings", locale="it", fallback=True, limit=100)
    assert len(with_fallback["items"]) == 14
    assert "Sedie di quercia" in titles(with_fallback) and "Ąžuolinės kėdės" not in titles(with_fallback)
    chair = next(item for item in with_fallback["items"] if item["title"] == "Sedie di quercia")
    assert chair["original_locale"] == "lt"
    assert [(link["locale"], link["title"]) for link in chair["translations"]] == [("lt", "Ąžuolinės kėdės")]

    # One page in a language, with the original where it has no such translation.
    assert get(client, f"/api/v1/offerings/{offerings['lt_chairs'].pk}", locale="it")["title"] == "Sedie di quercia"
    assert get(client, f"/api/v1/offerings/{offerings['pl_cakes'].pk}", locale="it")["locale"] == "pl"


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "PL"}, {"Torty weselne", "Obsługa przyjęć firmowych", "Strony internetowe dla firm"}),
        ({"country": ["LV", "PT"], "kind": "service"}, {"Criação de sites", "Mājaslapu izstrāde"}),
        ({"category": "3d-printing"}, {"Prototipi in PLA", "Printed spare parts"}),
        ({"delivery": "remote"}, {"Strony internetowe dla firm", "Criação de sites", "Mājaslapu izstrāde"}),
    ],
)
def test_filters(client, catalogue, params, expected):
    assert titles(get(client, "/api/v1/offerings", **params)) == expected


def test_filter_by_school_includes_its_translations(client, catalogue):
    offerings, schools, _categories = catalogue
    assert titles(get(client, "/api/v1/offerings", school=schools["cork"].pk)) == {
        "Printed spare parts",
        "Coffee breaks for meetings",
    }
    get(client, "/api/v1/offerings", status=404, school=999999)


def test_updated_since(client, catalogue):
    offerings, _schools, _categories = catalogue
    since = timezone.now()
    page = offerings["pt_web"]
    page.summary = "Sites novos."
    page.save_revision().publish()
    assert titles(get(client, "/api/v1/offerings", updated_since=since.isoformat())) == {"Criação de sites"}
    assert get(client, "/api/v1/offerings", updated_since=(since + timedelta(days=1)).isoformat())["items"] == []
    # Any offset ISO 8601 allows is read as the same instant in UTC.
    assert get(client, "/api/v1/schools", updated_since="2844-12-01T22:55:34+18:28")["items"] == []


@pytest.mark.parametrize("order", ["-updated", "updated", "title", "-title", "id"])
def test_cursor_walks_every_item_once_in_order(client, catalogue, order):
    seen, url, params = [], "/api/v1/offerings", {"limit": 4, "order": order}
    while url:
        data = get(client, url, **params)
        seen += [item["title"] for item in data["items"]]
        url, params = (data["next"], {}) if data["next"] else (None, {})
        assert len(seen) <= 14
    assert len(seen) == len(set(seen)) == 14
    if order in {"title", "-title"}:
        assert seen == sorted(seen, reverse=order == "-title")


def test_cursor_stays_stable_when_pages_are_published(client, catalogue):
    _offerings, schools, _categories = catalogue
    first = get(client, "/api/v1/offerings", limit=5, order="title")
    make_offering(schools["cork"], "Aardvark carvings")  # sorts before everything already seen
    rest = get(client, first["next"])
    assert not titles(first) & titles(rest)


@pytest.mark.parametrize(
    ("params", "status", "message"),
    [
        ({"limit": 101}, 422, "limit"),
        ({"limit": 0}, 422, "limit"),
        ({"cursor": "not-a-cursor"}, 400, "Invalid cursor"),
        ({"locale": "xx"}, 422, "locale"),
        ({"country": "XX"}, 422, "country"),
        ({"order": "price"}, 422, "order"),
        ({"updated_since": "yesterday"}, 422, "updated_since"),
        ({"category": "bad\x00code"}, 422, "category"),
        ({"school": 2**40}, 422, "school"),
        ({"updated_since": "0001-01-01T00:00:00+10:00"}, 422, "out of range"),
    ],
)
def test_bad_parameters_get_a_clear_json_error(client, catalogue, params, status, message):
    data = get(client, "/api/v1/offerings", status=status, **params)
    assert message in dumps(data)


def test_a_cursor_for_another_order_is_refused(client, catalogue):
    first = get(client, "/api/v1/offerings", limit=2, order="title")
    cursor = parse_qs(urlparse(first["next"]).query)["cursor"][0]
    assert "Invalid cursor" in get(client, "/api/v1/offerings", status=400, cursor=cursor, order="id")["detail"]


@pytest.mark.parametrize("url", ["/api/v1/offerings/999999", "/api/v1/schools/999999", "/api/v1/nothing", "/api/v2/"])
def test_missing_things_are_json_404s_not_redirects(client, catalogue, url):
    assert "detail" in get(client, url, status=404)


def test_wrong_method_is_refused_as_json(client, catalogue):
    response = client.post("/api/v1/offerings", {})
    assert response.status_code == 405


def test_drafts_private_pages_and_their_images_never_leak(client, catalogue):
    offerings, schools, _categories = catalogue
    secret_image = get_image_model().objects.create(title="Secret", file=get_test_image_file())
    draft = make_offering(schools["cork"], "Draft desk", live=False, hero_image=secret_image)
    private = make_offering(schools["cork"], "Private shelf")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    withdrawn = offerings["en_coffee"]
    withdrawn.unpublish()
    # A translation that is still a draft, as machine translation leaves it.
    machine = offerings["it_print"].copy_for_translation(offerings["lt_cake"].locale, copy_parents=True)
    machine.title = "Mašininis vertimas"
    machine.live = False
    machine.save()

    everything = dumps(get(client, "/api/v1/offerings", limit=100))
    for hidden in ["Draft desk", "Private shelf", "Coffee breaks for meetings", "Mašininis vertimas", "Secret"]:
        assert hidden not in everything
    for page in [draft, private, withdrawn, machine]:
        get(client, f"/api/v1/offerings/{page.pk}", status=404)
    assert f'"id": {secret_image.pk},' not in everything


def test_listing_queries_do_not_grow_with_the_page_size(client, catalogue):
    offerings, _schools, _categories = catalogue
    image = get_image_model().objects.create(title="Photo", file=get_test_image_file())
    for page in offerings.values():
        page.hero_image = image
        page.save()
    get(client, "/api/v1/offerings", limit=2)  # renditions are created once, on first use
    with CaptureQueriesContext(connection) as small:
        get(client, "/api/v1/offerings", limit=2)
    with CaptureQueriesContext(connection) as large:
        get(client, "/api/v1/offerings", limit=14)
    assert len(large) == len(small)
    with CaptureQueriesContext(connection) as schools_small:
        get(client, "/api/v1/schools", limit=1)
    with CaptureQueriesContext(connection) as schools_large:
        get(client, "/api/v1/schools", limit=6)
    assert len(schools_large) == len(schools_small)


def test_schools(client, catalogue):
    data = get(client, "/api/v1/schools", country="PL")
    assert [item["title"] for item in data["items"]] == ["Krakowska Szkoła Rzemiosł"]
    school = data["items"][0]
    assert school["working_languages"] == ["pl", "en", "de"]
    assert school["offerings_url"].endswith(f"/api/v1/offerings?school={school['id']}")
    assert titles(get(client, "/api/v1/schools", language="ru")) == {"Rīgas Tehnikums"}
    detail = get(client, f"/api/v1/schools/{school['id']}")
    assert detail["body"] == []
    assert "contact_email" not in detail


def test_categories_have_names_in_every_language(client, catalogue):
    data = get(client, "/api/v1/categories")
    catering = next(item for item in data if item["code"] == "catering")
    assert catering["names"]["it"] == "Ristorazione ed eventi"
    assert set(catering["names"]) == {"en", "lt", "lv", "pl", "it", "pt"}


@pytest.mark.parametrize(
    ("origin", "allowed"), [("https://portal.region.lt", True), ("https://elsewhere.example", False)]
)
def test_cors_for_allowed_origins_only(client, catalogue, settings, origin, allowed):
    settings.CORS_ALLOWED_ORIGINS = ["https://portal.region.lt"]
    response = client.get("/api/v1/categories", headers={"Origin": origin})
    assert (response.headers.get("Access-Control-Allow-Origin") == origin) is allowed
    page = client.get("/en/search/", headers={"Origin": "https://portal.region.lt"})
    assert "Access-Control-Allow-Origin" not in page.headers


def test_openapi_document_and_docs(client):
    schema = get(client, "/api/v1/openapi.json")
    validate(schema)  # raises on any deviation from the OpenAPI 3.1 specification
    assert schema["openapi"].startswith("3.1")
    assert {"/api/v1/offerings", "/api/v1/offerings/{page_id}", "/api/v1/schools", "/api/v1/categories"} <= set(
        schema["paths"]
    )
    assert all(set(item) == {"get"} for item in schema["paths"].values())  # read-only
    docs = client.get("/api/v1/docs")
    assert docs.status_code == 200
    assert b"/static/ninja/swagger-ui-bundle.js" in docs.content  # served locally, not from a CDN
