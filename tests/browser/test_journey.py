"""A company's first visit: home, directory, a school's showcase, one offering."""

import pytest

from tests.browser.conftest import axe_violations
from tests.offerings.factories import make_offering
from tests.schools.factories import make_school

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def portal(site_tree, catering):
    homes, directories = site_tree
    school = make_school(
        directories["lt"],
        "Kauno paslaugų mokykla",
        slug="kauno-paslaugu",
        city="Kaunas",
        categories=[catering],
        contact_phone="+370 37 123456",
    )
    make_offering(
        school,
        "Firminiai keksiukai",
        slug="keksiukai",
        categories=[catering],
        body=[
            ("text", {"heading": "Apie", "text": "<p>Kepame mokyklos dirbtuvėse.</p>"}),
            ("specification", {"caption": "", "rows": [{"name": "Svoris", "value": "80 g"}]}),
            ("team", {"heading": "", "anonymous": False, "members": [{"first_name": "Ona", "role": ""}]}),
        ],
    )
    return school


def test_company_walks_from_home_to_an_offering(page, live_server, portal):
    page.goto(f"{live_server.url}/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert axe_violations(page) == []

    page.get_by_role("link", name="Browse the school directory").click()
    page.wait_for_url("**/en/schools/")
    page.get_by_label("Category").select_option("catering")
    page.get_by_role("button", name="Show schools").click()
    page.wait_for_url("**/en/schools/?*category=catering*")
    assert axe_violations(page) == []

    page.get_by_role("link", name="Kauno paslaugų mokykla").click()
    page.wait_for_url("**/en/schools/kauno-paslaugu/")
    assert page.get_by_role("note").inner_text().startswith("Original in Lithuanian")
    assert axe_violations(page) == []

    page.get_by_role("link", name="Firminiai keksiukai").click()
    page.wait_for_url("**/en/schools/kauno-paslaugu/keksiukai/")
    assert page.get_by_role("heading", level=1).inner_text() == "Firminiai keksiukai"
    assert page.get_by_role("heading", level=1).get_attribute("lang") == "lt"
    assert axe_violations(page) == []

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Polski").click()
    page.wait_for_url("**/pl/schools/kauno-paslaugu/keksiukai/")
    assert page.locator("html").get_attribute("lang") == "pl"
    assert "Firminiai keksiukai" in page.get_by_role("heading", level=1).inner_text()
