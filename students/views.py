"""Admin views for students and consents, each limited to the schools the user works for."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChosenMultipleView,
    SnippetChosenView,
)
from wagtail.snippets.views.snippets import (
    CreateView,
    DeleteView,
    EditView,
    HistoryView,
    IndexView,
    InspectView,
    UsageView,
)

from schools.tenancy import schools_of_user

from .models import Consent, Student


def students_of(user):
    """The students `user` may see and credit: all for a site administrator, else their schools' students."""
    if user.is_superuser:
        return Student.objects.all()
    return Student.objects.of_schools(schools_of_user(user))


def consents_of(user):
    return Consent.objects.filter(student__in=students_of(user))


class SchoolScopedObjectMixin:
    """For one student or consent: a 404 unless it belongs to one of the user's schools."""

    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        scoped = students_of(self.request.user) if isinstance(obj, Student) else consents_of(self.request.user)
        if not scoped.filter(pk=obj.pk).exists():
            raise PermissionDenied
        return obj


class ScopedFormMixin:
    """Offer only the user's own schools and students in the form."""

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        user = self.request.user
        if "school" in form.fields:
            schools = form.fields["school"].queryset
            form.fields["school"].queryset = schools if user.is_superuser else schools_of_user(user)
        if "student" in form.fields:
            form.fields["student"].queryset = students_of(user).select_related("school")
            if not form.is_bound and self.request.GET.get("student", "").isdigit():
                form.initial["student"] = int(self.request.GET["student"])
        return form


class StudentIndexView(IndexView):
    def get_base_queryset(self):
        return students_of(self.request.user).select_related("school")


class ConsentIndexView(IndexView):
    def get_base_queryset(self):
        return consents_of(self.request.user).select_related("student", "consent_text")


class ScopedCreateView(ScopedFormMixin, CreateView):
    def save_instance(self):
        if isinstance(self.form.instance, Consent):
            self.form.instance.recorded_by = self.request.user
        return super().save_instance()


class ScopedEditView(SchoolScopedObjectMixin, ScopedFormMixin, EditView):
    pass


class ScopedDeleteView(SchoolScopedObjectMixin, DeleteView):
    pass


class ScopedInspectView(SchoolScopedObjectMixin, InspectView):
    pass


class ScopedHistoryView(SchoolScopedObjectMixin, HistoryView):
    pass


class ScopedUsageView(SchoolScopedObjectMixin, UsageView):
    pass


# --- Choosing a student in a team block ------------------------------------
class StudentChooseView(ChooseView):
    def get_object_list(self):
        return students_of(self.request.user).select_related("school")


class StudentChooseResultsView(ChooseResultsView):
    def get_object_list(self):
        return students_of(self.request.user).select_related("school")


class StudentChosenView(SnippetChosenView):
    def get_object(self, pk):
        return students_of(self.request.user).get(pk=pk)  # another school's student is a 404


class StudentChosenMultipleView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return students_of(self.request.user).filter(pk__in=pks)


# --- Withdrawing ------------------------------------------------------------
class WithdrawConsentView(View):
    """Withdraw every active consent of one student: a confirmation, then one button.

    Whoever may record a consent may withdraw it, so withdrawing is as easy
    as consenting. The records stay, marked withdrawn.
    """

    template_name = "students/withdraw_consent.html"

    def dispatch(self, request, pk):
        if not request.user.has_perm("students.add_consent"):
            raise PermissionDenied
        self.student = get_object_or_404(students_of(request.user), pk=pk)
        return super().dispatch(request, pk)

    def get(self, request, pk):
        context = {
            "student": self.student,
            "active_consents": self.student.consents.active().select_related("consent_text"),
            "header_title": _("Withdraw consent"),
            "page_title": _("Withdraw consent"),
            "page_subtitle": str(self.student),
            "header_icon": "user",
            "cancel_url": self.cancel_url(),
        }
        return TemplateResponse(request, self.template_name, context)

    def post(self, request, pk):
        withdrawn = self.student.withdraw_consent(request.user)
        if withdrawn:
            messages.success(
                request,
                _("Consent of %(student)s withdrawn. Their name and photo are being removed from the portal.")
                % {"student": self.student},
            )
        else:
            messages.warning(request, _("%(student)s has no active consent.") % {"student": self.student})
        return redirect(self.cancel_url())

    def cancel_url(self):
        return reverse(Student.snippet_viewset.get_url_name("list"))
