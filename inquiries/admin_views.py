"""The school inbox in the Wagtail admin: inquiries to the user's schools, their threads, quotes and order steps.

Every view reads inquiries through `inquiries_of(user)`, so another school's
inquiry is a 404 wherever its id is typed; a superuser sees every school's.
Changes go through `services`, whose `InquiryError` comes back as a form error.
"""

import re
from datetime import timedelta

import django_filters
from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Case, IntegerField, Q, Value, When
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.sidebar import LinkMenuItem as LinkMenuItemComponent
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic.base import BaseListingView, WagtailAdminTemplateMixin
from wagtail.admin.widgets import AdminDateInput, BooleanRadioSelect, HeaderButton

from offerings.models import Currency
from schools.models import SchoolPage
from schools.tenancy import schools_of_user

from . import services
from .csv_export import csv_download
from .models import ORDER_STEPS, Inquiry, InquiryStatus
from .stats import describe_delay

WAITING_STATUSES = [InquiryStatus.OPEN]


# --- Whose inquiries ---------------------------------------------------------


def schools_of_request(request):
    """The original SchoolPages the request's user works for, read once per request (menu, views and panel ask)."""
    if not hasattr(request, "_inquiry_schools"):
        request._inquiry_schools = list(schools_of_user(request.user)) if request.user.is_authenticated else []
    return request._inquiry_schools


def is_school_staff(request):
    """Whether the user may use the inbox at all: a superuser, or staff of at least one school."""
    user = request.user
    return user.is_authenticated and (user.is_superuser or bool(schools_of_request(request)))


def inquiries_of(request):
    """The inquiries the user may see and answer: every school's for a superuser, else their schools'."""
    if request.user.is_superuser:
        return Inquiry.objects.visible_to_schools()
    return Inquiry.objects.for_schools(schools_of_request(request))


def waiting_for_answer(queryset):
    """Inquiries that have had no first answer yet and still expect one."""
    return queryset.filter(first_response_at__isnull=True, status__in=WAITING_STATUSES)


def schools_to_filter(request):
    """The original SchoolPages the user can pick in the inbox filter (a queryset, read when the filter renders)."""
    if request.user.is_superuser:
        return SchoolPage.objects.originals().order_by("title")
    return SchoolPage.objects.filter(pk__in=[school.pk for school in schools_of_request(request)]).order_by("title")


def answer_summary(inquiry):
    """'Answered after 5 hours' or 'Waiting for 2 days', for the inbox column."""
    if inquiry.response_time is not None:
        return gettext("Answered after %(delay)s") % {"delay": describe_delay(inquiry.response_time)}
    if inquiry.status in WAITING_STATUSES:
        return gettext("Waiting for %(delay)s") % {"delay": describe_delay(timezone.now() - inquiry.received_at)}
    return ""


# --- The inbox -------------------------------------------------------------------


class InquiryFilterSet(WagtailFilterSet):
    """Filters of the inbox: status, waiting for a first answer, and the school when there are several."""

    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[choice for choice in InquiryStatus.choices if choice[0] != InquiryStatus.UNCONFIRMED],
        widget=forms.RadioSelect,
        empty_label=_("All"),
    )
    waiting = django_filters.BooleanFilter(
        label=_("Waiting for a first answer"), method="filter_waiting", widget=BooleanRadioSelect
    )
    school = django_filters.ModelChoiceFilter(
        label=_("School"), queryset=SchoolPage.objects.none(), method="filter_school", empty_label=_("All")
    )

    class Meta:
        model = Inquiry
        fields = ["status"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.request.user.is_superuser or len(schools_of_request(self.request)) > 1:
            self.filters["school"].queryset = schools_to_filter(self.request)
        else:
            del self.filters["school"]

    def filter_waiting(self, queryset, name, value):
        if value:
            return waiting_for_answer(queryset)
        return queryset.exclude(first_response_at__isnull=True, status__in=WAITING_STATUSES)

    def filter_school(self, queryset, name, value):
        return queryset.filter(school__translation_key=value.translation_key) if value else queryset


class AnswerColumn(Column):
    """Whether the inquiry has been answered, and how fast, or how long it has waited."""

    def get_value(self, instance):
        return answer_summary(instance)


class InboxQueryMixin:
    """What the inbox and its CSV export share: whose inquiries, filters, search and ordering."""

    filterset_class = InquiryFilterSet
    is_searchable = True
    search_fields = ["company_name", "contact_name", "need", "delivery_place", "offering__title", "open_request__title"]
    default_ordering = "waiting"

    def dispatch(self, request, *args, **kwargs):
        if not is_school_staff(request):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        return inquiries_of(self.request).select_related("school", "offering", "open_request")

    def get_valid_orderings(self):
        return [*super().get_valid_orderings(), "waiting"]

    def order_queryset(self, queryset):
        if self.ordering != "waiting":
            return queryset.order_by(self.ordering, "-pk")
        # Unanswered inquiries first, the longest waiting on top; then the rest by last activity.
        waiting = Case(
            When(first_response_at__isnull=True, status__in=WAITING_STATUSES, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
        return queryset.annotate(waiting_rank=waiting).order_by(
            "waiting_rank",
            Case(When(waiting_rank=0, then="created_at")).asc(),
            "-updated_at",
            "-pk",
        )

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        query = Q()
        for field in self.search_fields:
            query |= Q(**{f"{field}__icontains": self.search_query})
        # A reference as the company quotes it: "VET2B-000042" or "42".
        reference = re.fullmatch(r"\s*(?:VET2B-)?0*(\d{1,9})\s*", self.search_query, re.IGNORECASE)
        if reference:
            query |= Q(pk=int(reference.group(1)))
        return queryset.filter(query)


class InboxView(InboxQueryMixin, BaseListingView):
    """The school inbox: the inquiries of the user's schools, those waiting for an answer first."""

    page_title = _("Inquiries")
    header_icon = "mail"
    index_url_name = "inquiries_admin:index"
    index_results_url_name = "inquiries_admin:index_results"
    template_name = "inquiries/admin/index.html"
    results_template_name = "inquiries/admin/index_results.html"
    paginate_by = 25
    verbose_name = _("inquiry")
    verbose_name_plural = _("inquiries")

    @cached_property
    def columns(self):
        columns = [
            TitleColumn("reference", label=_("Reference"), url_name="inquiries_admin:detail", sort_key="pk"),
            Column("company_name", label=_("Company"), sort_key="company_name"),
            Column("subject", label=_("Offering or request")),
        ]
        if "school" in (self.filters.filters if self.filters else {}):
            columns.append(Column("school", label=_("School"), accessor="school.title"))
        columns += [
            StatusTagColumn(
                "status",
                label=_("Status"),
                accessor="get_status_display",
                sort_key="status",
                primary=lambda inquiry: inquiry.status == InquiryStatus.OPEN and not inquiry.first_response_at,
            ),
            DateColumn("received", label=_("Received"), accessor="received_at", sort_key="created_at"),
            DateColumn("updated_at", label=_("Last activity"), sort_key="updated_at"),
            AnswerColumn("first_response_at", label=_("First answer"), sort_key="first_response_at"),
        ]
        return columns

    def get_header_buttons(self):
        query = self.request.GET.copy()
        query.pop(self.page_kwarg, None)
        url = reverse("inquiries_admin:export") + (f"?{query.urlencode()}" if query else "")
        return [HeaderButton(_("Download CSV"), url=url, icon_name="download")]


class ExportView(InboxQueryMixin, BaseListingView):
    """The inbox as a CSV file, filtered and searched as the inbox is: one line per inquiry with its latest quote."""

    def get(self, request, *args, **kwargs):
        return csv_download(self.get_queryset(), "inquiries")


# --- One inquiry -------------------------------------------------------------------


class ReplyForm(forms.Form):
    body = forms.CharField(label=_("Your answer"), max_length=5000, widget=forms.Textarea(attrs={"rows": 5}))


class QuoteForm(forms.Form):
    price = forms.DecimalField(label=_("Price"), min_value=0, max_digits=10, decimal_places=2)
    currency = forms.ChoiceField(label=_("Currency"), choices=Currency.choices, initial=Currency.EUR)
    included = forms.CharField(label=_("What is included"), max_length=5000, widget=forms.Textarea(attrs={"rows": 4}))
    delivery_date = forms.DateField(label=_("Delivery date"), widget=AdminDateInput)
    valid_until = forms.DateField(label=_("Valid until"), widget=AdminDateInput)
    teacher = forms.ModelChoiceField(label=_("Teacher responsible"), queryset=get_user_model().objects.none())

    def __init__(self, *args, staff=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["teacher"].queryset = get_user_model().objects.filter(pk__in=[user.pk for user in staff])
        self.fields["teacher"].label_from_instance = lambda user: user.get_full_name() or user.email

    def clean_delivery_date(self):
        value = self.cleaned_data["delivery_date"]
        if value < timezone.localdate():
            raise forms.ValidationError(_("The delivery date is in the past."))
        return value

    def clean_valid_until(self):
        value = self.cleaned_data["valid_until"]
        if value < timezone.localdate():
            raise forms.ValidationError(_("The validity date is in the past."))
        return value


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Next step"), choices=InquiryStatus.choices)
    note = forms.CharField(label=_("Note to the company (optional)"), max_length=500, required=False)

    def __init__(self, *args, steps=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [(step.value, step.label) for step in steps]


class InquiryDetailView(WagtailAdminTemplateMixin, View):
    """One inquiry: the company, the thread and quotes, the reply and quote forms, and the order steps."""

    template_name = "inquiries/admin/detail.html"
    header_icon = "mail"
    actions = ("reply", "quote", "status")

    def dispatch(self, request, pk):
        if not is_school_staff(request):
            raise PermissionDenied
        self.inquiry = get_object_or_404(
            inquiries_of(request).select_related("school", "offering", "open_request", "organisation"), pk=pk
        )
        return super().dispatch(request, pk)

    def get_page_title(self):
        return self.inquiry.reference

    def get_page_subtitle(self):
        return self.inquiry.company_name

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("inquiries_admin:index"), "label": gettext("Inquiries")},
            {"url": "", "label": self.inquiry.reference, "sublabel": self.inquiry.company_name},
        ]

    @cached_property
    def staff(self):
        return services.school_staff(self.inquiry.school)

    def steps(self):
        """The steps the school may take now: the order steps, and Cancel while the inquiry is not closed."""
        steps = list(self.inquiry.next_steps())
        if not self.inquiry.is_closed and InquiryStatus.CANCELLED not in steps:
            steps.append(InquiryStatus.CANCELLED)
        return steps

    def can_quote(self):
        """A quote may be sent (or replace the last one) until the company accepts one."""
        return not self.inquiry.is_closed and self.inquiry.status not in ORDER_STEPS

    def forms(self, bound=None, data=None):
        teacher = self.request.user if any(user.pk == self.request.user.pk for user in self.staff) else None
        forms_ = {
            "reply": ReplyForm(prefix="reply"),
            "quote": QuoteForm(
                prefix="quote",
                staff=self.staff,
                initial={"teacher": teacher, "valid_until": timezone.localdate() + timedelta(days=30)},
            ),
            "status": StatusForm(prefix="status", steps=self.steps()),
        }
        if bound == "reply":
            forms_["reply"] = ReplyForm(data, prefix="reply")
        elif bound == "quote":
            forms_["quote"] = QuoteForm(data, prefix="quote", staff=self.staff)
        elif bound == "status":
            forms_["status"] = StatusForm(data, prefix="status", steps=self.steps())
        return forms_

    def get(self, request, pk):
        return self.render(self.forms())

    def post(self, request, pk):
        action = request.POST.get("action")
        if action not in self.actions:
            return self.render(self.forms(), status=400)
        forms_ = self.forms(action, request.POST)
        form = forms_[action]
        if not form.is_valid():
            messages.error(request, gettext("Please correct the errors below."))
            return self.render(forms_)
        try:
            message = getattr(self, f"do_{action}")(form.cleaned_data)
        except services.InquiryError as error:
            # Shown at the top too: the form may be gone from the page (say, the quote once one is accepted).
            form.add_error(None, error)
            for text in error.messages:
                messages.error(request, text)
            return self.render(forms_)
        messages.success(request, message)
        return redirect("inquiries_admin:detail", pk=self.inquiry.pk)

    def do_reply(self, data):
        services.post_message(self.inquiry, body=data["body"], from_school=True, author=self.request.user)
        return gettext("Your answer was sent to %(company)s.") % {"company": self.inquiry.company_name}

    def do_quote(self, data):
        services.send_quote(self.inquiry, created_by=self.request.user, **data)
        return gettext("The quote was sent to %(company)s.") % {"company": self.inquiry.company_name}

    def do_status(self, data):
        services.change_status(self.inquiry, data["status"], self.request.user, by_school=True, note=data["note"])
        return gettext("The inquiry is now “%(status)s”.") % {"status": self.inquiry.get_status_display()}

    def render(self, forms_, status=200):
        inquiry = self.inquiry
        thread = [("message", item) for item in inquiry.messages.all()] + [
            ("quote", item) for item in inquiry.quotes.all()
        ]
        thread.sort(key=lambda entry: (entry[1].created_at, entry[0] == "quote"))
        context = self.get_context_data(
            inquiry=inquiry,
            thread=thread,
            history=inquiry.status_changes.select_related("changed_by"),
            answer=answer_summary(inquiry),
            received=inquiry.received_at,
            reply_form=forms_["reply"],
            quote_form=forms_["quote"] if self.can_quote() else None,
            status_form=forms_["status"] if self.steps() else None,
            has_staff=bool(self.staff),
            is_closed=inquiry.is_closed,
        )
        return TemplateResponse(self.request, self.get_template_names(), context, status=status)


urlpatterns = [
    path("", InboxView.as_view(), name="index"),
    path("results/", InboxView.as_view(results_only=True), name="index_results"),
    path("export.csv", ExportView.as_view(), name="export"),
    path("<int:pk>/", InquiryDetailView.as_view(), name="detail"),
]


# --- Menu item and dashboard panel ------------------------------------------------


def waiting_count(request):
    """How many of the user's inquiries wait for a first answer, or None when the user has no inbox.

    Read once per request (the menu renders on every admin page): a count, after the user's schools.
    """
    if not hasattr(request, "_inquiries_waiting"):
        count = None
        if is_school_staff(request):
            count = waiting_for_answer(inquiries_of(request)).count()
        request._inquiries_waiting = count
    return request._inquiries_waiting


class InboxMenuItem(MenuItem):
    """'Inquiries' in the admin menu, for superusers and school staff, with the number waiting for an answer."""

    def is_shown(self, request):
        return waiting_count(request) is not None

    def render_component(self, request):
        count = waiting_count(request)
        label = f"{self.label} ({count})" if count else self.label
        return LinkMenuItemComponent(self.name, label, self.url, icon_name=self.icon_name, attrs=self.attrs)


class WaitingInquiriesPanel(Component):
    """The dashboard's oldest inquiries waiting for a first answer, with their age against the school's promise."""

    name = "inquiries_waiting"
    order = 90
    template_name = "inquiries/admin/waiting_panel.html"
    limit = 5

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        count = waiting_count(self.request)
        if not count:
            return {"items": []}
        inquiries = (
            waiting_for_answer(inquiries_of(self.request))
            .select_related("school", "offering", "open_request")
            .order_by("created_at", "pk")[: self.limit]
        )
        now = timezone.now()
        items = []
        for inquiry in inquiries:
            age = now - inquiry.received_at
            promised = timedelta(days=inquiry.school.response_time_days)
            items.append({"inquiry": inquiry, "age": describe_delay(age), "late": age > promised})
        return {"items": items, "count": count, "index_url": reverse("inquiries_admin:index") + "?waiting=true"}
