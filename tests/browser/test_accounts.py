"""A company registers, confirms its address from the e-mail, logs in, and saves an offering."""

import re

import pytest
from django.core import mail

from tests.browser.conftest import axe_violations
from tests.offerings.factories import make_offering
from tests.schools.factories import make_school

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-Portal-passphrase-7"


@pytest.fixture
def offering(site_tree, catering):
    _homes, directories = site_tree
    school = make_school(directories["en"], "Cork Catering School", slug="cork", working_languages=["en"])
    return make_offering(school, "Oak cupcakes", slug="cupcakes", categories=[catering])


def test_register_confirm_and_log_in(page, live_server, offering):
    page.goto(f"{live_server.url}/en/")
    page.get_by_role("navigation", name="Account").get_by_role("link", name="Register").click()
    page.wait_for_url("**/en/account/register/")
    assert axe_violations(page) == []

    page.get_by_label("First name").fill("Ona")
    page.get_by_label("Last name").fill("Medienė")
    page.get_by_label("E-mail address").fill("Ona@Example.org")
    page.get_by_role("group", name="I am registering as").get_by_label("Company").check()
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)
    page.get_by_role("button", name="Create my account").click()
    page.wait_for_url("**/en/account/register/done/")
    assert "ona@example.org" in page.get_by_role("main").inner_text()
    assert axe_violations(page) == []

    # The e-mail's link names the configured site address; follow its path on the test server.
    path = re.search(r"https?://[^/\s]+(/\S+)", mail.outbox[-1].body).group(1)
    page.goto(live_server.url + path)
    page.wait_for_url("**/en/account/confirm/**")
    assert page.get_by_role("heading", level=1).inner_text() == "Your e-mail address is confirmed"
    assert axe_violations(page) == []

    page.get_by_role("main").get_by_role("link", name="Log in").click()
    page.wait_for_url("**/en/account/login/")
    page.get_by_label("E-mail address").fill("ona@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Log in").click()
    page.wait_for_url("**/en/account/")
    assert page.get_by_role("heading", level=1).inner_text() == "My account"
    assert axe_violations(page) == []

    # Save an offering from its page, without any script of ours involved.
    page.goto(f"{live_server.url}{offering.get_url()}")
    page.get_by_role("button", name=re.compile(r"^Save\W+Oak cupcakes$")).click()
    saved = page.get_by_role("button", name=re.compile(r"^Saved\W+Oak cupcakes$"))
    assert saved.get_attribute("aria-pressed") == "true"
    assert axe_violations(page) == []

    page.get_by_role("navigation", name="Account").get_by_role("button", name="Log out").click()
    page.wait_for_url("**/en/account/login/")
    assert page.get_by_role("navigation", name="Account").get_by_role("link", name="Log in").is_visible()
