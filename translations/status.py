"""The state of every school and offering in every language, read in a few queries."""

from dataclasses import dataclass, field

from django.conf import settings
from django.db import models
from django.db.models import F, OuterRef, Subquery
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, TranslationSource

from home.i18n import language_name, locale_for
from offerings.models import OfferingPage
from schools.models import SchoolPage


class State(models.TextChoices):
    SOURCE = "source", _("Source")
    TRANSLATED = "translated", _("Translated")
    OUT_OF_DATE = "out_of_date", _("Out of date")
    MACHINE_DRAFT = "machine_draft", _("Machine draft")
    DRAFT = "draft", _("Draft")
    MISSING = "missing", _("Missing")


@dataclass
class Cell:
    language: str
    state: State
    page_id: int | None = None


@dataclass
class Row:
    """One source page (the original of its translation group) and its state in each language."""

    source: object
    language: str
    is_school: bool
    cells: list = field(default_factory=list)
    translation_source_id: int | None = None


VERSION_FIELDS = ["pk", "translation_key", "locale_id", "live", "has_unpublished_changes", "last_published_at"]


def board(country=None, school_id=None, schools=None):
    """Rows for each matching school followed by its offerings; cells per portal language.

    `schools` narrows the board to those SchoolPages (their originals); all schools when None.
    """
    schools = (SchoolPage.objects.all() if schools is None else schools).order_by("pk")
    if country:
        schools = schools.filter(country=country)
    versions = _versions(schools)
    schools = schools.only("pk", "title", "path", "depth", "translation_key", "locale_id", "country")
    originals = [school for school in schools if school.pk == versions[school.translation_key][0]["pk"]]
    if school_id:
        originals = [school for school in originals if _group_contains(versions, school, school_id)]

    school_paths = {school.path for school in originals}
    light = ["pk", "title", "path", "depth", "translation_key", "locale_id"]
    depths = {school.depth + 1 for school in originals}
    children = OfferingPage.objects.filter(depth__in=depths).only(*light).order_by("path")
    offerings = [offering for offering in children if offering.path[: -offering.steplen] in school_paths]
    versions.update(_versions(OfferingPage.objects.filter(translation_key__in=[o.translation_key for o in offerings])))

    keys = set(versions)
    machine = set(
        StringTranslation.objects.filter(translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE)
        .filter(context__object_id__in=keys)
        .values_list("context__object_id", "locale_id")
        .distinct()
    )
    sources = dict(
        TranslationSource.objects.filter(object_id__in=keys).order_by("created_at").values_list("object_id", "pk")
    )

    rows = []
    by_parent = {}
    for offering in offerings:
        if offering.pk != versions[offering.translation_key][0]["pk"]:
            continue  # a translation, shown in its original's row
        by_parent.setdefault(offering.path[: -offering.steplen], []).append(offering)
    for school in originals:
        rows.append(_row(school, True, versions, machine, sources))
        rows += [_row(offering, False, versions, machine, sources) for offering in by_parent.get(school.path, [])]
    return rows


def out_of_date(languages):
    """Live translations in `languages` whose original was published again after them, latest change first.

    The same test as the board's "Out of date", asked of those pages only: the
    dashboard asks on every visit and must not build the whole board for it.
    Each page carries `original_id` and `original_title`.
    """
    original = Page.objects.filter(translation_key=OuterRef("translation_key")).order_by("pk")
    return (
        Page.objects.type(SchoolPage, OfferingPage)
        .filter(locale__language_code__in=languages, live=True, has_unpublished_changes=False)
        .annotate(
            original_id=Subquery(original.values("pk")[:1]),
            original_title=Subquery(original.values("title")[:1]),
            original_published_at=Subquery(original.values("last_published_at")[:1]),
        )
        .exclude(pk=F("original_id"))
        .filter(original_published_at__gt=F("last_published_at"))
        .select_related("locale")
        .order_by("-original_published_at", "pk")
    )


def _versions(queryset):
    """{translation_key: [version facts, oldest first]} for every version of the pages in `queryset`."""
    model = queryset.model
    keys = queryset.values("translation_key")
    groups = {}
    for facts in model.objects.filter(translation_key__in=keys).order_by("pk").values(*VERSION_FIELDS):
        groups.setdefault(facts["translation_key"], []).append(facts)
    return groups


def _group_contains(versions, school, school_id):
    return any(version["pk"] == school_id for version in versions[school.translation_key])


def _row(page, is_school, versions, machine, sources):
    group = versions[page.translation_key]
    source = group[0]
    row = Row(page, locale_for(source["locale_id"]).language_code, is_school)
    row.translation_source_id = sources.get(page.translation_key)
    by_locale = {facts["locale_id"]: facts for facts in group}
    for code, _name in settings.LANGUAGES:
        locale_id = locale_for(code).pk
        facts = by_locale.get(locale_id)
        state = _state(source, facts, (page.translation_key, locale_id) in machine)
        row.cells.append(Cell(code, state, facts and facts["pk"]))
    return row


def _state(source, facts, has_machine_strings):
    if facts is None:
        return State.MISSING
    if facts["pk"] == source["pk"]:
        return State.SOURCE
    if not facts["live"] or facts["has_unpublished_changes"]:
        return State.MACHINE_DRAFT if has_machine_strings else State.DRAFT
    published, source_published = facts["last_published_at"], source["last_published_at"]
    if published and source_published and source_published > published:
        return State.OUT_OF_DATE
    return State.TRANSLATED


def language_columns():
    return [(code, language_name(code)) for code, _name in settings.LANGUAGES]
