"""A company searches in its own language, narrows with facets, goes back, and uses suggestions."""

import pytest

from tests.browser.conftest import axe_violations
from tests.search.factories import make_catalogue

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def catalogue(db):
    return make_catalogue()


def test_company_searches_and_narrows_the_results(page, live_server, catalogue):
    page.goto(f"{live_server.url}/pl/")
    page.get_by_role("search").get_by_role("searchbox").fill("catering")
    page.get_by_role("search").get_by_role("button").click()
    page.wait_for_url("**/pl/search/?q=catering")
    count = page.locator("h2.result-count")
    assert count.inner_text() == "4 oferty"
    assert axe_violations(page) == []

    # Ticking a facet applies it at once and puts it in the URL.
    page.get_by_role("group", name="Kraj").get_by_label("Włochy").check()
    page.wait_for_url("**country=IT*")
    assert count.inner_text() == "1 oferta"
    assert page.get_by_role("link", name="Buffet per eventi aziendali").is_visible()
    assert page.locator(".card:not(.card--school) .card__language").first.inner_text() == "Język: włoski"
    assert axe_violations(page) == []

    # The back button returns to the wider search.
    page.go_back()
    page.wait_for_url("**/pl/search/?q=catering")
    assert count.inner_text() == "4 oferty"

    # Suggestions come while typing.
    box = page.get_by_role("combobox", name="Czego potrzebujesz?")
    box.fill("")
    box.press_sequentially("Prot", delay=30)
    page.wait_for_function("document.querySelectorAll('#search-suggestions option').length > 0")
    values = page.locator("#search-suggestions option").evaluate_all("options => options.map(o => o.value)")
    assert "Prototipi in PLA" in values


def test_search_works_without_javascript(browser, live_server, catalogue):
    context = browser.new_context(locale="en-GB", java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/en/search/?q=web+design")
    assert page.locator("h2.result-count").inner_text() == "3 offerings"
    page.get_by_role("group", name="Country").get_by_label("Portugal").check()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url("**country=PT*")
    assert page.locator("h2.result-count").inner_text() == "1 offering"
    page.get_by_role("link", name="Remove filter: Country: Portugal").click()
    page.wait_for_url("**/en/search/?q=web+design")
    assert page.locator("h2.result-count").inner_text() == "3 offerings"
    context.close()
