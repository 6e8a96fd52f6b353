"""A coordinator's own school in figures, on the Wagtail dashboard."""

from datetime import timedelta

from django.db.models import Q, Sum
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Page

from inquiries.models import Inquiry, Quote, QuoteStatus
from inquiries.stats import WINDOW_DAYS, describe_delay, median_response_time
from offerings.models import OfferingPage
from schools.models import SchoolPage
from schools.tenancy import schools_of_user

from .models import PageViewDay
from .snapshot import current

DAYS = 30
SEARCH_MONTHS = 3
TOP_OFFERINGS = 5


def school_figures(school, figures, today=None):
    """What one school's coordinator is shown: views, inquiries, accepted quotes, answer time, unmet searches.

    `figures` is the current insights snapshot (`snapshot.current()`), for the searches.
    """
    today = today or timezone.localdate()
    since = today - timedelta(days=DAYS - 1)
    versions = list(SchoolPage.objects.filter(translation_key=school.translation_key).values_list("pk", "path"))
    # Offerings are the children of any version: a path range, which the tree's path index answers.
    children = Q()
    for _pk, path in versions:
        children |= Q(path__range=Page._get_children_path_interval(path))
    offering_pages = Page.objects.filter(children, depth=school.depth + 1).values("pk")
    days = PageViewDay.objects.filter(day__gte=since, day__lte=today)
    showcase = days.filter(page_id__in=[pk for pk, _path in versions])
    showcase_views = showcase.aggregate(n=Sum("views"))["n"] or 0
    per_offering = list(
        days.filter(page_id__in=offering_pages)
        .values("page__translation_key")
        .annotate(n=Sum("views"))
        .order_by("-n", "page__translation_key")
    )
    offering_views = sum(row["n"] for row in per_offering)
    top = per_offering[:TOP_OFFERINGS]
    titles = dict(
        OfferingPage.objects.filter(translation_key__in=[row["page__translation_key"] for row in top])
        .order_by("-pk")
        .values_list("translation_key", "title")
    )
    inquiries = Inquiry.objects.for_school(school)
    started = timezone.now() - timedelta(days=DAYS)
    median = median_response_time(school)
    total, words = figures.unmet_in_categories(school.category_codes(), SEARCH_MONTHS)
    return {
        "school": school,
        "panel_id": f"school-figures-{school.pk}",
        "days": DAYS,
        "showcase_views": showcase_views,
        "offering_views": offering_views,
        "top_offerings": [(titles.get(row["page__translation_key"], "?"), row["n"]) for row in top],
        "inquiries": inquiries.filter(created_at__gte=started).count(),
        "quotes_accepted": Quote.objects.filter(
            inquiry__in=inquiries, status=QuoteStatus.ACCEPTED, decided_at__gte=started
        ).count(),
        "median_response": describe_delay(median) if median is not None else None,
        "response_days": WINDOW_DAYS,
        "unmet_total": total,
        "unmet_words": words,
        "search_months": SEARCH_MONTHS,
    }


class SchoolFiguresPanel(Component):
    """The figures of the schools the user coordinates (not shown to others)."""

    name = "school_figures"
    order = 95
    template_name = "insights/admin/school_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        schools = list(schools_of_user(self.request.user, role="moderator").order_by("title"))
        figures = current() if schools else None
        return {"schools": [school_figures(school, figures) for school in schools]}
