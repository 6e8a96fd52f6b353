"""Charts as a reader gets them: a labelled SVG picture and the same figures in a data table, in their language."""

import re
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.template import engines
from django.utils import translation

from insights.charts import bar_chart, trend_chart

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = "<script>alert(1)</script> Kaunas & Co"
MONTHS = ["Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026", "May 2026", "Jun 2026"]


def svg_of(chart):
    """The chart's SVG as an XML tree: parsing fails on anything left unescaped."""
    return ET.fromstring(str(chart.svg))


def by_class(root, css_class):
    return [element for element in root.iter() if css_class in element.get("class", "").split()]


def texts(root):
    """What the picture says in words: the visible text of every <text>, hover titles left out."""
    words = []
    for element in root.iter(f"{SVG}text"):
        title = element.find(f"{SVG}title")
        words.append(element.text if title is None else title.tail)
    return words


def render(chart, **context):
    template = engines["django"].from_string(
        '{% include "insights/includes/chart.html" with chart=chart heading_level=heading_level %}'
    )
    return BeautifulSoup(template.render({"chart": chart, **context}), "html.parser")


def searches(rows=None, **kwargs):
    if rows is None:
        rows = [("catering", 1234), ("welding", 450), ("bakery", 87)]
    return bar_chart(
        "top-words",
        "Most searched words",
        "Catering leads with 1,234 searches.",
        rows,
        value_label="Searches",
        **kwargs,
    )


def by_language(series=None):
    series = series or [
        ("English", [100, 120, None, 150, 160, 170]),
        ("Lietuvių", [80, 85, 90, 95, 100, 110]),
        ("Latviešu", [20, 30, 40, 35, -10, 50]),
    ]
    return trend_chart("by-language", "Searches by language", "English leads.", MONTHS, series, value_label="Searches")


def contrast_with_white(colour):
    def channel(hex_pair):
        value = int(hex_pair, 16) / 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(colour[i : i + 2]) for i in (1, 3, 5))
    luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    return 1.05 / (luminance + 0.05)


def test_the_svg_is_an_image_named_by_its_title_and_description():
    root = svg_of(searches())

    assert root.get("role") == "img"
    assert root.get("width") == "100%"
    assert root.get("aria-labelledby") == "top-words-title top-words-desc"
    assert root.find(f"{SVG}title").get("id") == "top-words-title"
    assert root.find(f"{SVG}title").text == "Most searched words"
    assert root.find(f"{SVG}desc").get("id") == "top-words-desc"
    assert root.find(f"{SVG}desc").text == "Catering leads with 1,234 searches."


def test_one_bar_per_row_in_the_order_given_with_its_label_and_value():
    chart = searches()
    root = svg_of(chart)

    bars = by_class(root, "chart__bar")
    assert len(bars) == 3
    widths = [float(bar.get("width")) for bar in bars]
    assert widths[0] > widths[1] > widths[2] > 0
    words = texts(root)
    assert words.index("catering") < words.index("welding") < words.index("bakery")
    assert {"1,234", "450", "87", "Searches"} <= set(words)
    assert chart.columns == ["", "Searches"]
    assert chart.rows == [["catering", "1,234"], ["welding", "450"], ["bakery", "87"]]


def test_axis_ticks_fall_on_round_numbers():
    root = svg_of(searches())
    ticks = [text for text in texts(root) if re.fullmatch(r"[\d,]+", text) and text not in {"1,234", "450", "87"}]

    assert ticks == ["0", "250", "500", "750", "1,000", "1,250"]


def test_decimal_ticks_and_values_keep_the_decimals_asked_for():
    chart = searches([("LT", 0.42), ("LV", 0.1)], decimals=2)

    assert chart.rows == [["LT", "0.42"], ["LV", "0.10"]]
    assert {"0.0", "0.1", "0.2", "0.3", "0.4", "0.5"} <= set(texts(svg_of(chart)))


def test_user_text_is_escaped_in_the_picture_and_the_table():
    chart = bar_chart(
        "schools",
        "Schools & <b>inquiries</b>",
        "Most asked: <script>",
        [(HOSTILE, 3), ("Vilnius", 2)],
        value_label="Inquiries",
    )
    svg = str(chart.svg)

    assert "<script" not in svg and "<b>" not in svg
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Kaunas &amp; Co" in svg
    root = svg_of(chart)  # well-formed: no stray & or <
    assert root.find(f"{SVG}title").text == "Schools & <b>inquiries</b>"

    html = render(chart)
    assert html.find("script") is None and html.find("b") is None
    assert html.find("tbody").find("th").get_text() == HOSTILE
    assert html.find("caption").get_text() == "Schools & <b>inquiries</b>"


def test_a_long_label_is_cut_with_an_ellipsis_in_the_picture_but_whole_in_the_table():
    name = "Profesinio mokymo centras „Žirmūnų darbo rinkos mokymo centras“"
    chart = searches([(name, 5), ("Short", 3)])
    words = texts(svg_of(chart))

    assert name not in words
    cut = next(word for word in words if word.endswith("…"))
    assert name.startswith(cut.removesuffix("…")) and len(cut) <= 24
    assert chart.rows[0][0] == name
    assert render(chart).find("tbody").find("th").get_text() == name


def test_numbers_follow_the_active_language():
    with translation.override("lt"):
        chart = searches([("Kaunas", 1234.5), ("Vilnius", 987.25)], decimals=1)
        html = render(chart)

    assert chart.rows == [["Kaunas", "1.234,5"], ["Vilnius", "987,2"]]
    assert "1.234,5" in texts(svg_of(chart))
    assert [cell.get_text() for cell in html.select("tbody td")] == ["1.234,5", "987,2"]


def test_negative_bars_grow_left_of_zero_and_a_missing_value_draws_no_bar():
    chart = searches([("up", 12), ("down", -3), ("unknown", None)])
    root = svg_of(chart)

    up, down = by_class(root, "chart__bar")
    assert float(down.get("x")) + float(down.get("width")) == pytest.approx(float(up.get("x")))
    assert "-3" in texts(root) and "no data" in texts(root)
    assert chart.rows[2] == ["unknown", "no data"]


def test_a_single_series_is_drawn_as_columns_with_gaps_for_missing_months():
    chart = trend_chart(
        "inquiries",
        "Inquiries per month",
        "Inquiries grew.",
        MONTHS,
        [("Inquiries", [5, 12, None, 30, 0, 44])],
        value_label="Inquiries",
    )
    root = svg_of(chart)

    assert len(by_class(root, "chart__bar")) == 5
    assert not by_class(root, "chart__line")
    assert chart.columns == ["Period", "Inquiries"]
    assert chart.rows[2] == ["Mar 2026", "no data"]
    assert "Jan 2026" in texts(root)


def test_several_series_are_lines_told_apart_by_dashes_and_markers_not_colour_alone():
    root = svg_of(by_language())

    lines = by_class(root, "chart__line")
    assert len(lines) == 3
    assert len({line.get("stroke-dasharray", "solid") for line in lines}) == 3
    points = by_class(root, "chart__point")
    assert len(points) == 5 + 6 + 6  # English has no figure for March
    marker_shapes = {(point.tag, point.get("fill")) for point in points}
    assert len({tag for tag, _fill in marker_shapes}) >= 2
    assert len(by_class(root, "chart__legend-marker")) == 3
    assert {"English", "Lietuvių", "Latviešu", "Searches"} <= set(texts(root))


def test_a_missing_value_breaks_the_line():
    root = svg_of(by_language([("English", [1, None, 3, 4, None, 6]), ("Polski", [1, 2, 3, 4, 5, 6])]))

    english, polish = by_class(root, "chart__line")
    assert english.get("d").count("M") == 1  # only March to April is joined
    assert polish.get("d").count("M") == 5


def test_colours_stand_out_against_white():
    for chart in (searches(), by_language()):
        root = svg_of(chart)
        shapes = by_class(root, "chart__bar") + by_class(root, "chart__line") + by_class(root, "chart__point")
        for shape in shapes:
            colour = shape.get("stroke") if shape.get("fill") == "none" else shape.get("fill")
            assert contrast_with_white(colour) >= 3, colour
        for text in root.iter(f"{SVG}text"):
            assert contrast_with_white(text.get("fill") or root.get("fill")) >= 4.5


def test_the_include_renders_heading_description_picture_and_data_table():
    html = render(by_language(), heading_level=2)

    figure = html.find("figure", class_="chart")
    heading = figure.find("h2")
    assert heading.get_text() == "Searches by language"
    assert figure.get("aria-labelledby") == heading.get("id")
    assert figure.find("p").get_text() == "English leads."
    assert figure.find("svg").get("aria-labelledby") == "by-language-title by-language-desc"
    assert figure.find("details").find("summary").get_text() == "Data table"
    table = figure.find("details").find("table")
    assert table.find("caption").get_text() == "Searches by language"
    assert [(th.get("scope"), th.get_text()) for th in table.find("thead").find_all("th")] == [
        ("col", "Period"),
        ("col", "English"),
        ("col", "Lietuvių"),
        ("col", "Latviešu"),
    ]
    body_rows = table.find("tbody").find_all("tr")
    assert [row.find("th", scope="row").get_text() for row in body_rows] == MONTHS
    assert [td.get_text() for td in body_rows[4].find_all("td")] == ["160", "100", "-10"]


def test_the_heading_is_level_three_unless_the_page_says_otherwise():
    html = render(searches())

    assert html.find("h3").get_text() == "Most searched words"
    # A bar chart's label column has no heading of its own: an empty corner cell, not an empty <th>.
    header = html.find("thead").find("tr")
    assert header.find("td").get_text() == ""
    assert [th.get_text() for th in header.find_all("th")] == ["Searches"]


def test_a_named_label_column_gets_its_heading():
    html = render(searches(label_heading="Search words"))

    assert [th.get_text() for th in html.find("thead").find_all("th", scope="col")] == ["Search words", "Searches"]


@pytest.mark.parametrize(
    "chart",
    [
        searches([]),
        searches([("catering", None)]),
        trend_chart("t", "Inquiries per month", "None yet.", MONTHS, [("Inquiries", [None] * 6)], value_label="n"),
    ],
    ids=["no rows", "no values", "no values over time"],
)
def test_an_empty_selection_says_so_instead_of_drawing(chart):
    assert chart.empty
    assert chart.svg == ""

    html = render(chart)
    assert html.find("h3").get_text() == chart.title
    assert html.find("p").get_text() == "No figures for this selection."
    assert html.find("svg") is None and html.find("table") is None


def test_all_zero_figures_are_a_chart_not_an_empty_selection():
    chart = searches([("catering", 0), ("welding", 0)])

    assert not chart.empty
    assert len(by_class(svg_of(chart), "chart__bar")) == 2


def test_mistakes_in_the_call_are_reported():
    with pytest.raises(ValueError, match="slug"):
        bar_chart("two words", "t", "d", [("a", 1)], value_label="v")
    with pytest.raises(ValueError, match="6 periods"):
        by_language([("English", [1, 2, 3])])
