"""Accessible charts drawn on the server as inline SVG: no JavaScript, no fonts or files fetched, printable.

A chart comes with its words: the SVG is labelled by a title and a
description, and the same figures travel as table rows, already formatted
for the active language, for `templates/insights/includes/chart.html` to put
in a data table under the picture. Labels are user data (school names,
search words), so every piece of text is escaped on its way into the SVG.

Text widths are estimated from character counts (the server knows no fonts);
labels that would not fit are cut with an ellipsis, the table keeps them whole.
"""

import math
import re
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from django.utils.formats import number_format
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

# The site palette (portal/static/css/portal.css). Every series colour has at
# least 3:1 contrast against white, the text colours at least 4.5:1.
INK = "#1d2430"  # --ink
MUTED = "#4a5568"  # --muted
LINE = "#d5dbe3"  # --line, gridlines only: the figures never depend on them
SERIES_COLOURS = [
    "#0b5c8a",  # --brand
    "#b3501a",  # --accent
    "#1e6b3a",  # --ok
    "#1d2430",  # --ink
    "#4a5568",  # --muted
]
# Lines differ by dash pattern and marker too, so colour is never the only cue.
DASHES = ["", "8 4", "2 4", "10 4 2 4"]
MARKERS = ["circle", "square", "triangle", "diamond", "cross", "triangle-down"]

WIDTH = 600
FONT_SIZE = 14
CHAR_WIDTH = 0.6 * FONT_SIZE  # a generous average glyph width for the estimates
BAR_ROW = 30
BAR_THICKNESS = 20
BAR_LABEL_CHARS = 24
PLOT_HEIGHT = 240
LEGEND_ROW = 24
ELLIPSIS = "…"

SLUG = re.compile(r"[-a-zA-Z0-9_]+")


@dataclass
class Chart:
    """One chart: its SVG and the same figures as a data table."""

    id: str  # a slug unique on the page: the base of the chart's DOM ids
    title: str
    description: str  # what is shown and its headline, in words
    svg: SafeString  # "" when empty
    columns: list[str]  # data table header
    rows: list[list[str]]  # data table cells, formatted for the active language

    @property
    def empty(self) -> bool:
        """True when there is no figure to show (no rows, or none with a value)."""
        return not self.rows


def bar_chart(id, title, description, rows, *, value_label, decimals=0, label_heading=None) -> Chart:
    """Horizontal bars, one per (label, value) in `rows`, in the order given.

    The label sits left of its bar and the value at the bar's end. A None
    value draws no bar and reads "no data". `value_label` names the axis and
    heads the value column of the data table; `label_heading` heads the label
    column (left blank when not given: the caption already says what the rows are).
    """
    _check_id(id)
    rows = [(str(label), value) for label, value in rows]
    values = [value for _label, value in rows if value is not None]
    columns = [label_heading or "", value_label]
    if not values:
        return Chart(id, title, description, SafeString(""), columns, [])
    no_data = gettext("no data")
    value_texts = [no_data if value is None else _format(value, decimals) for _label, value in rows]
    table = [[label, text] for (label, _value), text in zip(rows, value_texts, strict=True)]

    scale = _Scale(min(values), max(values), decimals)
    text_room = max(_text_width(text) for text in value_texts) + 8
    label_room = max(len(_truncate(label, BAR_LABEL_CHARS)) for label, _v in rows) * CHAR_WIDTH
    left = label_room + 12 + (text_room if scale.low < 0 else 0)
    right = WIDTH - text_room - 4
    top = 8
    bottom = top + len(rows) * BAR_ROW
    height = bottom + 2 * FONT_SIZE + 20  # tick labels and the axis name under the bars
    scale.place(left, right)

    parts = _x_grid(scale, top, bottom)
    parts.append(_line(scale.at(0), top, scale.at(0), bottom, MUTED))
    for index, (label, value) in enumerate(rows):
        y = top + index * BAR_ROW
        middle = y + BAR_ROW / 2
        parts.append(_label_text(label, label_room + 4, middle, BAR_LABEL_CHARS, anchor="end"))
        value_text = value_texts[index]
        if value is None:
            parts.append(_text(value_text, scale.at(0) + 4, middle, fill=MUTED))
            continue
        start, end = sorted((scale.at(0), scale.at(value)))
        parts.append(
            _bar(start, y + (BAR_ROW - BAR_THICKNESS) / 2, end - start, BAR_THICKNESS, f"{label}: {value_text}")
        )
        if value < 0:
            parts.append(_text(value_text, start - 4, middle, anchor="end"))
        else:
            parts.append(_text(value_text, end + 4, middle))
    parts.append(_text(value_label, (left + right) / 2, bottom + 2 * FONT_SIZE + 12, anchor="middle", fill=MUTED))
    return Chart(id, title, description, _svg(id, title, description, height, parts), columns, table)


def trend_chart(id, title, description, periods, series, *, value_label, decimals=0) -> Chart:
    """Figures over time: `series` is a list of (name, values), one value (or None for a gap) per period.

    One series is drawn as columns; two or more as lines that differ by
    colour, dash pattern and marker, with a legend.
    """
    _check_id(id)
    periods = [str(period) for period in periods]
    series = [(str(name), list(values)) for name, values in series]
    for name, values in series:
        if len(values) != len(periods):
            raise ValueError(f"Series {name!r} has {len(values)} values for {len(periods)} periods.")
    columns = [gettext("Period"), *(name for name, _values in series)]
    values = [value for _name, values in series for value in values if value is not None]
    if not values:
        return Chart(id, title, description, SafeString(""), columns, [])
    no_data = gettext("no data")
    table = [
        [period, *(no_data if figures[index] is None else _format(figures[index], decimals) for _, figures in series)]
        for index, period in enumerate(periods)
    ]

    scale = _Scale(min(values), max(values), decimals)
    left = max(_text_width(label) for label in scale.labels) + 12
    right = WIDTH - 8
    legend, legend_height = _legend(series, left, right) if len(series) > 1 else ([], 0)
    top = legend_height + FONT_SIZE + 16  # room for the value label above the plot
    bottom = top + PLOT_HEIGHT
    height = bottom + FONT_SIZE + 16
    scale.place(bottom, top)
    band = (right - left) / len(periods)

    parts = [*legend, _text(value_label, left, top - 12, fill=MUTED)]
    parts += _y_grid(scale, left, right)
    parts.append(_line(left, scale.at(0), right, scale.at(0), MUTED))
    if len(series) == 1:
        parts += _columns(series[0][1], periods, scale, left, band, decimals)
    else:
        for index, (name, values) in enumerate(series):
            parts += _series_line(index, name, values, periods, scale, left, band, decimals)
    # Period labels: as many as fit side by side, always starting with the first.
    step = max(1, math.ceil((max(_text_width(period) for period in periods) + 12) / band))
    for index in range(0, len(periods), step):
        half = _text_width(periods[index]) / 2
        x = min(max(left + band * (index + 0.5), half), WIDTH - half)  # kept inside the picture
        parts.append(_text(periods[index], x, bottom + FONT_SIZE + 6, anchor="middle"))
    return Chart(id, title, description, _svg(id, title, description, height, parts), columns, table)


def _columns(values, periods, scale, left, band, decimals):
    parts = []
    width = band * 0.7
    for index, value in enumerate(values):
        if value is None:
            continue
        start, end = sorted((scale.at(0), scale.at(value)))
        x = left + band * index + (band - width) / 2
        parts.append(_bar(x, start, width, end - start, f"{periods[index]}: {_format(value, decimals)}"))
    return parts


def _bar(x, y, width, height, tooltip):
    """One bar or column of the first series' colour, with its label and value as a tooltip."""
    attributes = {"class": "chart__bar", "x": x, "y": y, "width": width, "height": height, "fill": SERIES_COLOURS[0]}
    return _element("rect", attributes, _element("title", {}, escape(tooltip)))


def _series_line(index, name, values, periods, scale, left, band, decimals):
    colour, dash, marker = _style(index)
    points = [
        (left + band * (position + 0.5), scale.at(value), position, value)
        for position, value in enumerate(values)
        if value is not None
    ]
    # A None value breaks the line: consecutive periods only are joined.
    path = []
    for (x0, y0, p0, _v0), (x1, y1, p1, _v1) in pairwise(points):
        if p1 == p0 + 1:
            path.append(f"M{_n(x0)} {_n(y0)}L{_n(x1)} {_n(y1)}")
    parts = []
    if path:
        attributes = {"class": "chart__line", "d": "".join(path), "fill": "none", "stroke": colour, "stroke-width": 2.5}
        if dash:
            attributes["stroke-dasharray"] = dash
        parts.append(_element("path", attributes))
    for x, y, position, value in points:
        tooltip = f"{name}, {periods[position]}: {_format(value, decimals)}"
        parts.append(_marker(marker, x, y, colour, _element("title", {}, escape(tooltip))))
    return parts


def _legend(series, left, right):
    """Legend entries (line sample with its marker, then the name) laid out in rows; returns (parts, height)."""
    parts, x, row = [], left, 0
    for index, (name, _values) in enumerate(series):
        colour, dash, marker = _style(index)
        shown = _truncate(name, BAR_LABEL_CHARS)
        width = 36 + _text_width(shown) + 20
        if x > left and x + width > right:
            x, row = left, row + 1
        y = 8 + row * LEGEND_ROW + LEGEND_ROW / 2
        sample = {"x1": x, "y1": y, "x2": x + 28, "y2": y, "stroke": colour, "stroke-width": 2.5}
        if dash:
            sample["stroke-dasharray"] = dash
        parts.append(_element("line", sample))
        parts.append(_marker(marker, x + 14, y, colour, css_class="chart__legend-marker"))
        parts.append(_label_text(name, x + 36, y, BAR_LABEL_CHARS))
        x += width
    return parts, 8 + (row + 1) * LEGEND_ROW


def _style(index):
    return (
        SERIES_COLOURS[index % len(SERIES_COLOURS)],
        DASHES[index % len(DASHES)],
        MARKERS[index % len(MARKERS)],
    )


def _marker(shape, x, y, colour, content="", css_class="chart__point"):
    size = 5
    attributes = {"class": css_class, "fill": colour}
    if shape == "circle":
        return _element("circle", {**attributes, "cx": x, "cy": y, "r": size}, content)
    if shape == "square":
        corners = [(x - size, y - size), (x + size, y - size), (x + size, y + size), (x - size, y + size)]
    elif shape == "triangle":
        corners = [(x, y - size - 1), (x + size + 1, y + size), (x - size - 1, y + size)]
    elif shape == "triangle-down":
        corners = [(x - size - 1, y - size), (x + size + 1, y - size), (x, y + size + 1)]
    elif shape == "diamond":
        corners = [(x, y - size - 1), (x + size + 1, y), (x, y + size + 1), (x - size - 1, y)]
    else:  # cross: two strokes, so it reads as a cross and not as a square in print
        low, high = (_n(x - size), _n(y - size)), (_n(x + size), _n(y + size))
        d = f"M{low[0]} {low[1]}L{high[0]} {high[1]}M{low[0]} {high[1]}L{high[0]} {low[1]}"
        return _element("path", {**attributes, "d": d, "fill": "none", "stroke": colour, "stroke-width": 3}, content)
    points = " ".join(f"{_n(cx)},{_n(cy)}" for cx, cy in corners)
    return _element("polygon", {**attributes, "points": points}, content)


class _Scale:
    """A value axis from the data range (always including zero) to round-number ticks, mapped onto pixels."""

    def __init__(self, low, high, decimals):
        low, high = min(float(low), 0.0), max(float(high), 0.0)
        if low == high:
            high = 1.0
        self.step = _nice_step((high - low) / 5, whole=decimals == 0)
        first = math.floor(low / self.step + 1e-9)
        last = math.ceil(high / self.step - 1e-9)
        self.ticks = [round(i * self.step, 10) for i in range(first, last + 1)]
        self.low, self.high = self.ticks[0], self.ticks[-1]
        places = max(0, -Decimal(repr(self.step)).normalize().as_tuple().exponent)
        self.labels = [_format(tick, places) for tick in self.ticks]

    def place(self, start, end):
        """Map the axis onto pixels: `start` is where the lowest tick goes, `end` the highest."""
        self.start, self.end = start, end

    def at(self, value):
        return self.start + (float(value) - self.low) / (self.high - self.low) * (self.end - self.start)


def _nice_step(raw, *, whole):
    """The smallest 1, 2, 2.5 or 5 times a power of ten that is at least `raw`; a whole number when `whole`."""
    magnitude = 10 ** math.floor(math.log10(raw))
    for multiple in (1, 2, 2.5, 5, 10):
        step = multiple * magnitude
        if step >= raw and not (whole and step != int(step)):
            return float(step)
    return 10.0 * magnitude


def _x_grid(scale, top, bottom):
    parts = []
    for tick, label in zip(scale.ticks, scale.labels, strict=True):
        x = scale.at(tick)
        parts.append(_line(x, top, x, bottom, LINE))
        parts.append(_text(label, x, bottom + FONT_SIZE + 4, anchor="middle", fill=MUTED))
    return parts


def _y_grid(scale, left, right):
    parts = []
    for tick, label in zip(scale.ticks, scale.labels, strict=True):
        y = scale.at(tick)
        parts.append(_line(left, y, right, y, LINE))
        parts.append(_text(label, left - 6, y, anchor="end", fill=MUTED))
    return parts


def _svg(id, title, description, height, parts):
    # Safe: every piece was built by _element or _text, which escape what they are given.
    return mark_safe(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart__svg" role="img" '
        f'aria-labelledby="{escape(id)}-title {escape(id)}-desc" viewBox="0 0 {WIDTH} {_n(height)}" width="100%" '
        f'font-size="{FONT_SIZE}" fill="{INK}">'
        f'<title id="{escape(id)}-title">{escape(title)}</title>'
        f'<desc id="{escape(id)}-desc">{escape(description)}</desc>' + "".join(parts) + "</svg>"
    )


def _element(tag, attributes, content=""):
    """An SVG element; attribute values are escaped, `content` must already be (it is text or elements)."""
    rendered = "".join(f' {name}="{escape(_n(value))}"' for name, value in attributes.items())
    if content:
        return f"<{tag}{rendered}>{content}</{tag}>"
    return f"<{tag}{rendered}/>"


def _text(text, x, y, *, anchor="start", fill=None, tooltip=""):
    """A line of text vertically centred on `y`; `tooltip` shows on hover (the whole of a cut label)."""
    attributes = {"x": x, "y": y, "dominant-baseline": "central"}
    if anchor != "start":
        attributes["text-anchor"] = anchor
    if fill:
        attributes["fill"] = fill
    return _element("text", attributes, (_element("title", {}, escape(tooltip)) if tooltip else "") + escape(text))


def _label_text(label, x, y, max_chars, *, anchor="start"):
    """A label cut to `max_chars` with an ellipsis; the whole label shows on hover."""
    label = " ".join(label.split())
    shown = _truncate(label, max_chars)
    return _text(shown, x, y, anchor=anchor, tooltip=label if shown != label else "")


def _line(x1, y1, x2, y2, colour):
    return _element("line", {"x1": x1, "y1": y1, "x2": x2, "y2": y2, "stroke": colour})


def _truncate(text, max_chars):
    text = " ".join(text.split())
    return text if len(text) <= max_chars else text[: max_chars - 1].rstrip() + ELLIPSIS


def _text_width(text):
    return len(text) * CHAR_WIDTH


def _format(value, decimals):
    return number_format(value, decimal_pos=decimals, use_l10n=True, force_grouping=True)


def _n(value):
    """A coordinate with at most one decimal, without a trailing '.0'; anything else as text."""
    return f"{value:.1f}".removesuffix(".0") if isinstance(value, float) else str(value)


def _check_id(id):
    if not SLUG.fullmatch(id):
        raise ValueError(f"A chart id is a slug (letters, digits, hyphens, underscores), not {id!r}.")
