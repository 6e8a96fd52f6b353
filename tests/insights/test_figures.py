"""Every figure on the hand-counted portal of conftest.py, through the snapshot the pages read."""

import pytest

from insights.figures import FIGURES_BY_NAME, Selection
from insights.snapshot import current, refresh


def rows(name, figures, labels=None, **selection):
    return FIGURES_BY_NAME[name].rows(figures, Selection(**selection), labels or {})


@pytest.fixture
def figures(world):
    refresh()
    return current()


def test_offerings_are_counted_once_per_translation_group_and_only_when_listed(figures):
    by_country = {row["country"]: row["offerings"] for row in rows("offerings-by-country", figures)}
    assert by_country == {"LT": 2, "LV": 1}  # A1 with its translation once, A2; not the draft

    by_category = {row["category"]: row["offerings"] for row in rows("offerings-by-category", figures)}
    assert by_category == {"catering": 2, "webdesign": 2}  # A2 counts in both


def test_a_figure_ignores_the_filter_on_its_own_dimension_and_keeps_the_others(figures):
    by_country = {
        row["country"]: row["offerings"] for row in rows("offerings-by-country", figures, category="webdesign")
    }
    assert by_country == {"LT": 1, "LV": 1}
    by_category = {row["category"]: row["offerings"] for row in rows("offerings-by-category", figures, country="LT")}
    assert by_category == {"catering": 2, "webdesign": 1}
    assert {row["country"] for row in rows("offerings-by-country", figures, country="LV")} == {"LT", "LV"}


def test_schools_per_country(figures):
    assert {row["country"]: row["schools"] for row in rows("schools-by-country", figures)} == {
        "LT": 1,
        "LV": 1,
        "PL": 1,
    }
    catering = {row["country"]: row["schools"] for row in rows("schools-by-country", figures, category="catering")}
    assert catering == {"LT": 1, "PL": 1}


def test_inquiries_and_orders_per_month(figures):
    months = rows("activity-by-month", figures)
    assert len(months) == 12
    this_month, last_month = months[-1], months[-2]
    # 1, 3 and the visitor's 6; not the unconfirmed 4
    assert (this_month["inquiries"], this_month["quotes_accepted"], this_month["orders_completed"]) == (3, 1, 1)
    assert (last_month["inquiries"], last_month["quotes_accepted"], last_month["orders_completed"]) == (1, 0, 0)
    assert sum(month["inquiries"] for month in months) == 4
    assert sum(month["inquiries"] for month in rows("activity-by-month", figures, period=24)) == 5
    assert sum(month["inquiries"] for month in rows("activity-by-month", figures, country="LV")) == 1
    assert sum(month["inquiries"] for month in rows("activity-by-month", figures, category="webdesign")) == 2  # 2, 3


def test_median_response_time_per_country(figures):
    medians = {row["country"]: (row["median_hours"], row["answered"]) for row in rows("response-by-country", figures)}
    # LT: 2, 6 and 4 (the visitor's, timed from confirmation); LV: 30
    assert medians == {"LT": (4.0, 3), "LV": (30.0, 1)}
    longer = {row["country"]: row["median_hours"] for row in rows("response-by-country", figures, period=24)}
    assert longer["LT"] == 5.0  # 2, 4, 6, 10


def test_unmet_demand_names_zero_result_words_asked_often_enough_and_nothing_personal(figures):
    words = {row["words"]: row["searches"] for row in rows("unmet-demand", figures)}
    assert words == {"drone filming": 3, "tortas": 3}
    # Found offerings: not unmet. Too rare: not named. Addresses and numbers: never named.
    assert {row["words"]: row["searches"] for row in rows("unmet-demand", figures, period=24)}["old words"] == 3
    assert {row["words"] for row in rows("unmet-demand", figures, country="LT")} == {"tortas"}
    assert {row["words"] for row in rows("unmet-demand", figures, category="webdesign")} == set()

    groups = rows("unmet-demand-by-country-and-language", figures)
    assert {(row["country"], row["language"], row["words"], row["searches"]) for row in groups} == {
        ("", "en", "drone filming", 3),
        ("LT", "lt", "tortas", 3),
    }
    totals = figures.totals(Selection())
    assert totals["unmet_searches"] == 3 + 2 + 3 + 3 + 3  # every zero-result search counts, named or not


def test_totals(figures):
    totals = figures.totals(Selection())
    assert totals == {
        "offerings": 3,
        "schools": 3,
        "inquiries": 4,
        "completed": 1,
        "median_response_hours": 5.0,  # 2, 4, 6, 30
        "unmet_searches": 14,
    }
    assert figures.totals(Selection(country="LT", region="Kauno apskritis"))["inquiries"] == 3


def test_by_region_and_by_school(figures):
    regions = {(row["country"], row["region"]): row for row in rows("by-region", figures)}
    kaunas = regions[("LT", "Kauno apskritis")]
    assert (kaunas["schools"], kaunas["offerings"], kaunas["inquiries"], kaunas["median_hours"]) == (1, 2, 3, 4.0)
    assert (kaunas["showcase_views"], kaunas["offering_views"]) == (10, 5)
    assert regions[("PL", "Region not given")]["schools"] == 1

    schools = {row["school"]: row for row in rows("by-school", figures, country="LV")}
    assert list(schools) == ["Rīgas tehnikums official"]
    assert schools["Rīgas tehnikums official"]["showcase_views"] == 7


def test_trends_cover_twelve_months(figures):
    months = rows("trends", figures, period=3)  # trends always show 12 months; both trend figures share their rows
    assert len(months) == 12
    assert months[-1]["offerings_published"] == 3
    assert (months[-1]["showcase_views"], months[-1]["offering_views"]) == (17, 5)
    assert sum(month["unmet_searches"] for month in months) == 14
