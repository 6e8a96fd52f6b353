"""The insights page in Chromium: charts without JavaScript, data tables behind a disclosure, filters, axe."""

import pytest

from accounts.models import AccountKind
from tests.accounts.factories import make_account
from tests.browser.conftest import axe_violations
from tests.browser.test_inquiry import log_in
from tests.insights.conftest import world  # noqa: F401 (the fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_public_insights_read_without_javascript_and_pass_axe(browser, live_server, world):  # noqa: F811
    context = browser.new_context(locale="en-GB", java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{live_server.url}/en/insights/")
        assert page.locator("svg[role=img]").count() >= 5
        chart = page.locator("#offerings-by-country")
        table = chart.locator("details table")
        assert not table.is_visible()
        chart.locator("summary").click()
        assert table.is_visible()
        assert table.locator("tbody tr").first.inner_text().split("\t")[:2] == ["Lithuania", "2"]

        page.get_by_label("Country", exact=True).select_option("LV")
        page.get_by_label("Period", exact=True).select_option("24")
        with page.expect_navigation():
            page.get_by_role("button", name="Show").click()
        assert "country=LV" in page.url and "period=24" in page.url
        assert page.get_by_label("Country", exact=True).input_value() == "LV"
    finally:
        context.close()


def test_insights_pages_have_no_serious_accessibility_violations(contexts, live_server, world):  # noqa: F811
    page = contexts()
    page.goto(f"{live_server.url}/en/insights/")
    page.locator("#activity-by-month summary").click()
    assert axe_violations(page) == []

    make_account("region@example.org", kind=AccountKind.AUTHORITY, role_confirmed=True)
    log_in(page, f"{live_server.url}/en/account/login/", "region@example.org")
    page.wait_for_load_state()
    page.goto(f"{live_server.url}/lt/insights/details/?country=LT")
    assert page.locator("#by-school table").is_visible()
    assert axe_violations(page) == []
