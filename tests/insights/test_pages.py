"""The insights pages through the test client: charts with their words, filters in the URL, roles, downloads."""

import csv
import io
import json
import re

import pytest
from django.core.management import call_command

from accounts.models import AccountKind
from insights.models import Snapshot
from insights.snapshot import current, refresh
from tests.accounts.factories import PASSWORD, make_account
from tests.insights.conftest import searches


def test_the_public_page_shows_every_public_figure_as_an_accessible_chart(client, world):
    response = client.get("/en/insights/")
    assert response.status_code == 200
    html = response.content.decode()
    for name in ["offerings-by-country", "offerings-by-category", "schools-by-country", "activity-by-month"]:
        svg = re.search(rf'<svg[^>]*aria-labelledby="{name}-title {name}-desc"[^>]*>(.*?)</svg>', html, re.S)
        assert svg, name
        assert f'<title id="{name}-title">' in svg.group(1)
        assert f'<desc id="{name}-desc">' in svg.group(1)
    # The description says what the chart shows first, and the data table is behind a disclosure.
    assert "First: Lithuania, 2." in html
    assert "In all: Inquiries 4; Quotes accepted 1; Orders completed 1." in html
    table = re.search(r'id="offerings-by-country".*?<details.*?<table.*?</table>', html, re.S).group(0)
    assert '<th scope="row">Lithuania</th><td>2</td>' in table.replace("\n", "").replace("  ", "")
    assert "drone filming" in html
    # Deeper figures stay on the deeper view.
    assert 'id="by-school"' not in html
    assert "Rīgas tehnikums official" not in html


def test_filters_live_in_the_url_and_bad_ones_are_dropped_with_a_notice(client, world):
    html = client.get("/lt/insights/?country=LT&category=catering&period=24").content.decode()
    assert '<option value="LT" selected>' in html
    assert '<option value="catering" selected>' in html
    assert '<option value="24" selected>' in html
    assert "tortas" in html and "drone filming" not in html  # searched without choosing Lithuania
    assert "old words" in client.get("/lt/insights/?period=24").content.decode()  # 13 months ago

    response = client.get("/en/insights/?country=ZZ&category=<script>&period=7")
    assert response.status_code == 200
    html = response.content.decode()
    assert "The country in the link is not known" in html
    assert "The category in the link is not known" in html
    assert "The period in the link is not known" in html
    assert "<script>" not in html


def test_the_language_switcher_keeps_the_page_and_its_filters(client, world):
    html = client.get("/en/insights/?country=LT").content.decode()
    assert 'href="/lt/insights/?country=LT" hreflang="lt"' in html


def test_no_personal_data_reaches_the_page(client, world):
    html = client.get("/en/insights/?period=24").content.decode()
    assert "jonas@example.com" not in html
    assert "12345" not in html
    assert "[email]" not in html and "[number]" not in html
    assert "laser engraving" not in html  # asked twice: below the threshold
    assert "ada@example.com" not in html and "Buyer Ltd" not in html


def test_the_page_reads_the_stored_snapshot_until_the_schedule_refreshes_it(
    client, world, django_assert_max_num_queries
):
    refresh()
    current()
    searches("pottery", 3)
    assert "pottery" not in client.get("/en/insights/").content.decode()
    with django_assert_max_num_queries(12):
        client.get("/en/insights/?country=LT")

    call_command("refresh_insights", stdout=io.StringIO())
    assert "pottery" in client.get("/en/insights/").content.decode()
    for _ in range(4):
        refresh()
    assert Snapshot.objects.count() == 3


def authority(confirmed=True, kind=AccountKind.AUTHORITY):
    return make_account(kind=kind, role_confirmed=confirmed, organisation_name="Kauno rajono savivaldybė")


@pytest.mark.parametrize("url", ["/en/insights/details/", "/en/insights/download/by-school.csv"])
def test_anonymous_visitors_are_asked_to_log_in(client, world, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/account/login/")


@pytest.mark.parametrize(
    "user",
    [
        lambda: make_account(kind=AccountKind.COMPANY),
        lambda: authority(confirmed=False),
        lambda: authority(confirmed=False, kind=AccountKind.EMPLOYMENT_BODY),
        lambda: make_account(kind=AccountKind.SCHOOL_STAFF),
    ],
    ids=["company", "unconfirmed authority", "unconfirmed employment body", "school staff"],
)
def test_the_deeper_view_and_downloads_are_refused_to_everyone_else(client, world, user):
    client.force_login(user())
    for url in ["/en/insights/details/", "/en/insights/download/by-school.csv", "/en/insights/download/trends.json"]:
        response = client.get(url)
        assert response.status_code == 403
        assert b"Not allowed" in response.content
    assert b"/en/insights/details/" not in client.get("/en/insights/").content


@pytest.mark.parametrize("kind", [AccountKind.AUTHORITY, AccountKind.EMPLOYMENT_BODY])
def test_confirmed_authorities_and_employment_bodies_see_regions_schools_and_trends(client, world, kind):
    client.force_login(authority(kind=kind))
    assert b"/en/insights/details/" in client.get("/en/insights/").content
    response = client.get("/en/insights/details/?country=LT&region=Kauno+apskritis")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="by-region"' in html and 'id="by-school"' in html
    assert 'aria-labelledby="trends-title trends-desc"' in html
    assert 'aria-labelledby="attention-trends-title attention-trends-desc"' in html
    assert "Kauno mokykla official" in html
    assert "Rīgas tehnikums official" not in html  # another country
    assert '<option value="Kauno apskritis" selected>' in html
    assert "/en/insights/download/by-school.csv?country=LT&amp;region=Kauno+apskritis" in html


def test_downloads_hold_the_rows_the_page_shows(client, world):
    client.login(username=authority().username, password=PASSWORD)
    response = client.get("/en/insights/download/offerings-by-country.csv?category=webdesign")
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows == [["Country code", "Country", "Offerings"], ["LT", "Lithuania", "1"], ["LV", "Latvia", "1"]]

    data = json.loads(client.get("/en/insights/download/response-by-country.json").content)
    assert data["filters"] == {"period_months": 12}
    assert {row["country"]: row["median_hours"] for row in data["rows"]} == {"LT": 4.0, "LV": 30.0}
    data = json.loads(client.get("/en/insights/download/attention-trends.json").content)
    assert set(data["rows"][-1]) == {"month", "month_name", "unmet_searches", "showcase_views", "offering_views"}
    assert (data["rows"][-1]["showcase_views"], data["rows"][-1]["offering_views"]) == (17, 5)
    assert client.get("/en/insights/download/nothing.csv").status_code == 404
    assert client.get("/en/insights/download/trends.xlsx").status_code == 404


def test_search_words_cannot_become_spreadsheet_formulas(client, world):
    searches("=HYPERLINK(1)", 3)
    refresh()
    client.force_login(authority())
    body = client.get("/en/insights/download/unmet-demand.csv").content.decode("utf-8-sig")
    assert "'=hyperlink(1)" in body


def test_a_long_table_shows_its_first_rows_and_says_the_download_holds_them_all(client, world, monkeypatch):
    monkeypatch.setattr("insights.views.ROWS_SHOWN", 2)
    client.force_login(authority())
    html = client.get("/en/insights/details/").content.decode()
    table = re.search(r'id="by-school".*?<tbody>(.*?)</tbody>', html, re.S).group(1)
    assert table.count("<tr>") == 2
    assert "The first 2 rows of 3 are shown; the download holds them all." in html
    rows = list(csv.reader(io.StringIO(client.get("/en/insights/download/by-school.csv").content.decode("utf-8-sig"))))
    assert len(rows) == 1 + 3
