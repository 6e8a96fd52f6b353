"""The translation status board in the admin."""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from home.choices import Country
from schools.models import SchoolPage

from .status import State, board, language_columns

ACTIONS = {
    State.MISSING: _("Translate"),
    State.OUT_OF_DATE: _("Sync"),
    State.MACHINE_DRAFT: _("Review"),
    State.DRAFT: _("Continue"),
    State.TRANSLATED: _("Edit"),
    State.SOURCE: _("Edit"),
}


def status_board(request):
    """Schools and their offerings × languages: translated, out of date, machine draft, draft or missing."""
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    country = request.GET.get("country") if request.GET.get("country") in Country.values else ""
    try:
        school_id = int(request.GET.get("school") or 0) or None
    except ValueError:
        school_id = None
    rows = board(country=country or None, school_id=school_id)
    for row in rows:
        for cell in row.cells:
            cell.action_label = ACTIONS[cell.state]
            cell.action_url = _action_url(row, cell)
    counts = {state: sum(cell.state == state for row in rows for cell in row.cells) for state in State}
    return TemplateResponse(
        request,
        "translations/status_board.html",
        {
            "page_title": _("Translation status"),
            "header_icon": "globe",
            "rows": rows,
            "languages": language_columns(),
            "states": [(state, state.label, counts[state]) for state in State],
            "countries": sorted(Country.choices, key=lambda choice: str(choice[1])),
            "schools": SchoolPage.objects.filter(country=country) if country else SchoolPage.objects.none(),
            "country": country,
            "school_id": school_id,
        },
    )


def _action_url(row, cell):
    if cell.state == State.MISSING:
        return reverse("wagtail_localize:submit_page_translation", args=[row.source.pk])
    if cell.state == State.OUT_OF_DATE and row.translation_source_id:
        return reverse("wagtail_localize:update_translations", args=[row.translation_source_id])
    return reverse("wagtailadmin_pages:edit", args=[cell.page_id])
