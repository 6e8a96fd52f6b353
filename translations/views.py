"""The translation status board, the dashboard panel and the language-aware "Translate page" view."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import translate_object
from wagtail_localize.views import submit_translations

from home.choices import Country
from schools.models import SchoolPage
from schools.tenancy import schools_of_user

from .permissions import target_locales, translator_locales
from .status import State, board, language_columns, out_of_date

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
    # Teachers and coordinators see their own schools only; site administrators see all.
    visible = SchoolPage.objects.all() if request.user.is_superuser else schools_of_user(request.user)
    rows = board(country=country or None, school_id=school_id, schools=visible)
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
            "schools": visible.filter(country=country) if country else SchoolPage.objects.none(),
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


class SubmitPageTranslationView(submit_translations.SubmitPageTranslationView):
    """wagtail-localize's "Translate page", offering only the languages the user may translate into.

    A school's staff and administrators may send their pages into any
    language; a translator only into the languages of their groups.
    """

    def dispatch(self, request, *args, **kwargs):
        self.object = self.get_object()
        if not request.user.is_superuser and not target_locales(request.user, self.object).exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @transaction.atomic
    def form_valid(self, form):
        # wagtail-localize would make untranslated parents (the school) live aliases: the
        # original's text served as if it were a translation. Send them as drafts instead.
        for locale in form.cleaned_data["locales"]:
            for ancestor in self.object.get_ancestors().filter(depth__gt=1).specific():
                if ancestor.get_translation_or_none(locale) is None:
                    translate_object(ancestor, [locale], user=self.request.user)
        return super().form_valid(form)

    def get_form(self):
        form = super().get_form()
        allowed = target_locales(self.request.user, self.object)
        form.fields["locales"].queryset = form.fields["locales"].queryset.filter(pk__in=allowed.values("pk"))
        return form


class OutOfDatePanel(Component):
    """The dashboard's list of translations in the user's languages whose original changed since."""

    name = "translations_out_of_date"
    order = 110
    template_name = "translations/panels/out_of_date.html"

    def __init__(self, user):
        self.user = user

    shown = 20

    def get_context_data(self, parent_context):
        languages = set(translator_locales(self.user).values_list("language_code", flat=True))
        if self.user.is_superuser:
            languages = {code for code, _name in settings.LANGUAGES}
        pages = out_of_date(languages)
        count = pages.count() if languages else 0
        pages = list(pages[: self.shown]) if count else []
        sources = dict(
            TranslationSource.objects.filter(object_id__in=[page.translation_key for page in pages])
            .order_by("created_at")
            .values_list("object_id", "pk")
        )
        items = [
            {
                "title": page.original_title,
                "language": page.locale.language_code,
                "url": reverse("wagtail_localize:update_translations", args=[sources[page.translation_key]])
                if page.translation_key in sources
                else reverse("wagtailadmin_pages:edit", args=[page.pk]),
            }
            for page in pages
        ]
        return {"items": items, "count": count, "board_url": reverse("translation_status")}
