"""The insights pages: public figures for everyone, the deeper view and downloads for authorities."""

import csv
import json
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from accounts.roles import Role, has_role
from home.choices import Country
from home.i18n import LanguageLink, active_locale
from inquiries.csv_export import csv_attachment, neutralise
from inquiries.stats import describe_delay
from offerings.models import Category

from .charts import bar_chart, trend_chart
from .figures import FIGURES, FIGURES_BY_NAME, PERIODS, Selection
from .snapshot import current

ROWS_SHOWN = 50  # of a table figure on the page; its download holds every row


def may_see_details(user):
    """Authorities and employment bodies whose role an administrator confirmed, and site administrators."""
    return user.is_authenticated and (user.is_superuser or has_role(user, Role.AUTHORITY, Role.EMPLOYMENT_BODY))


def _refusal(request):
    """The answer for whoever may not see the deeper figures (a login, or a 403 that says why), else None."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not may_see_details(request.user):
        return render(request, "insights/forbidden.html", status=403)
    return None


def _read(request):
    """The current figures, the visitor's category names by code, and the selection in the URL."""
    figures = current()
    categories = {category.code: category.name for category in Category.in_locale(active_locale())}
    return figures, categories, Selection.from_params(request.GET, figures, categories)


def _context(request, deep):
    figures, categories, selection = _read(request)
    shown = [figure for figure in FIGURES if deep or not figure.deep]
    query = urlencode(selection.params())
    sections, counted = [], {}
    for figure in shown:
        if figure.rows not in counted:  # the two trend figures share their rows
            counted[figure.rows] = figure.rows(figures, selection, categories)
        rows = counted[figure.rows]
        sections.append(
            {
                "figure": figure,
                "chart": _chart(figure, rows),
                "columns": [label for _key, label in figure.columns],
                # Only the rows a table shows are formatted; the download holds them all.
                "shown_rows": [[_cell(row[key]) for key, _label in figure.columns] for row in rows[:ROWS_SHOWN]],
                "total_rows": len(rows),
                "downloads": {
                    fmt: reverse("insights:download", args=[figure.name, fmt]) + (f"?{query}" if query else "")
                    for fmt in ("csv", "json")
                }
                if deep
                else None,
            }
        )
    present = figures.countries()
    totals = figures.totals(selection)
    rest = request.path.split("/", 2)[2]  # the same page in another language: /<code>/insights/...
    return {
        "language_links": [LanguageLink(code, name, f"/{code}/{rest}", True) for code, name in settings.LANGUAGES],
        "query": query,
        "min_searches": settings.INSIGHTS_MIN_SEARCHES,
        "deep": deep,
        "selection": selection,
        "totals": totals,
        "median_response": describe_delay(timedelta(hours=hours))
        if (hours := totals["median_response_hours"])
        else None,
        "sections": sections,
        "computed_at": figures.computed_at,
        "countries": [(code, label) for code, label in Country.choices if code in present],
        "regions": figures.regions(selection.country) if deep and selection.country else [],
        "categories": sorted(categories.items(), key=lambda item: item[1].casefold()),
        "periods": PERIODS,
        "may_see_details": may_see_details(request.user),
        "filtered": bool(selection.params()),
    }


def _cell(value):
    if value is None:
        return _("no data")
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, int | float):
        return number_format(value, decimal_pos=1 if isinstance(value, float) else 0, force_grouping=True)
    return str(value)


def _chart(figure, rows):
    if figure.chart is None:
        return None
    label_key, value_keys, decimals = figure.plot
    columns = dict(figure.columns)
    if figure.chart == "trend":
        totals = [
            f"{columns[key]} {number_format(sum(row[key] for row in rows), decimal_pos=decimals, force_grouping=True)}"
            for key in value_keys
        ]
        description = f"{figure.description} " + _("In all: %(totals)s.") % {"totals": "; ".join(totals)}
        return trend_chart(
            figure.name,
            str(figure.title),
            description,
            [row[label_key] for row in rows],
            [(str(columns[key]), [row[key] for row in rows]) for key in value_keys],
            value_label=str(columns[value_keys[0]]),
            decimals=decimals,
        )
    return bar_chart(
        figure.name,
        str(figure.title),
        _describe_bars(figure, rows, label_key, value_keys[0], decimals),
        [(row[label_key], row[value_keys[0]]) for row in rows],
        value_label=str(columns[value_keys[0]]),
        decimals=decimals,
        label_heading=str(columns[label_key]),
    )


def _describe_bars(figure, rows, label_key, value_key, decimals):
    """The figure's description and, in words, what its chart shows first."""
    if not rows:
        return str(figure.description)
    first = rows[0]
    value = number_format(first[value_key], decimal_pos=decimals, force_grouping=True)
    headline = _("First: %(label)s, %(value)s.") % {"label": first[label_key], "value": value}
    return f"{figure.description} {headline}"


@require_GET
def insights(request):
    """Supply, demand and unmet needs across the portal, with filters in the URL."""
    return render(request, "insights/insights.html", _context(request, deep=False))


@require_GET
def details(request):
    """The same figures by region and school, trends and downloads: for authorities and employment bodies."""
    return _refusal(request) or render(request, "insights/insights.html", _context(request, deep=True))


@require_GET
def download(request, name, fmt):
    """One figure as CSV or JSON, with the filters of the page it was downloaded from."""
    figure = FIGURES_BY_NAME.get(name)
    if figure is None or fmt not in ("csv", "json"):
        raise Http404
    if refusal := _refusal(request):
        return refusal
    figures, categories, selection = _read(request)
    rows = figure.rows(figures, selection, categories)
    if fmt == "csv":
        response = csv_attachment(f"vet2b-{figure.name}")
        writer = csv.writer(response)
        writer.writerow([str(label) for _key, label in figure.columns])
        for row in rows:
            writer.writerow([neutralise(row[key]) for key, _label in figure.columns])
        return response
    body = {
        "figure": figure.name,
        "title": str(figure.title),
        "description": str(figure.description),
        "filters": {"period_months": selection.period, **selection.params()},
        "computed_at": figures.computed_at,
        "columns": {key: str(label) for key, label in figure.columns},
        "rows": [{key: row[key] for key, _label in figure.columns} for row in rows],
    }
    response = HttpResponse(
        json.dumps(body, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="vet2b-{figure.name}-{timezone.localdate():%Y-%m-%d}.json"'
    return response


app_name = "insights"
urlpatterns = [
    path("", insights, name="index"),
    path("details/", details, name="details"),
    path("download/<slug:name>.<str:fmt>", download, name="download"),
]
