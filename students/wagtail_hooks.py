"""Students and their consents in the admin, each school seeing only its own; and the publish check."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.widgets import ListingButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import views
from .models import Consent, ConsentText, Student
from .publishing import refuse_in_editor


class StudentChooserViewSet(SnippetChooserViewSet):
    """The chooser of a team block: a teacher picks among their own school's students."""

    choose_view_class = views.StudentChooseView
    choose_results_view_class = views.StudentChooseResultsView
    chosen_view_class = views.StudentChosenView
    chosen_multiple_view_class = views.StudentChosenMultipleView


class StudentViewSet(SnippetViewSet):
    """A school's students, with a button to record or withdraw each one's consent."""

    model = Student
    icon = "user"
    menu_label = _("Students")
    list_display = ["__str__", "school", "birth_date"]
    search_fields = ["first_name", "last_name"]
    copy_view_enabled = False
    chooser_viewset_class = StudentChooserViewSet
    index_view_class = views.StudentIndexView
    add_view_class = views.ScopedCreateView
    edit_view_class = views.ScopedEditView
    delete_view_class = views.ScopedDeleteView
    history_view_class = views.ScopedHistoryView
    usage_view_class = views.ScopedUsageView

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/withdraw/", views.WithdrawConsentView.as_view(), name="withdraw"),
        ]


class ConsentPermissionPolicy(ModelPermissionPolicy):
    """Consents are legal records: recorded and withdrawn, never edited or deleted, not even by an administrator."""

    def user_has_permission(self, user, action):
        if action in {"change", "delete"}:
            return False
        return super().user_has_permission(user, action)


register_permission_policy(Consent, ConsentPermissionPolicy(Consent), exact_class=True)


class ConsentViewSet(SnippetViewSet):
    """Who consented to what, when; each row can be withdrawn with one button."""

    model = Consent
    icon = "tick-inverse"
    menu_label = _("Consents")
    list_display = ["student", "given_by", "name_shown", "photo_shown", "consent_text", "given_at", "withdrawn_at"]
    list_filter = ["given_by", "name_shown", "photo_shown"]
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = views.ConsentIndexView
    add_view_class = views.ScopedCreateView
    inspect_view_class = views.ScopedInspectView
    history_view_class = views.ScopedHistoryView
    usage_view_class = views.ScopedUsageView


class ConsentTextViewSet(SnippetViewSet):
    """The versions of the consent wording; a version people agreed to stays as it was."""

    model = ConsentText
    icon = "doc-full"
    menu_label = _("Consent texts")
    list_display = ["version", "title", "created_at"]
    copy_view_enabled = False


class StudentsGroup(ViewSetGroup):
    menu_label = _("Students")
    menu_icon = "group"
    menu_order = 250
    items = (StudentViewSet, ConsentViewSet, ConsentTextViewSet)


register_snippet(StudentsGroup)


@hooks.register("register_snippet_listing_buttons")
def consent_buttons(snippet, user, next_url=None):
    """Record and withdraw consent side by side on each student and each active consent."""
    student = snippet if isinstance(snippet, Student) else getattr(snippet, "student", None)
    if student is None or not user.has_perm("students.add_consent"):
        return []
    buttons = []
    if isinstance(snippet, Student):
        add_url = reverse(Consent.snippet_viewset.get_url_name("add"))
        buttons.append(ListingButton(_("Record consent"), url=f"{add_url}?student={student.pk}", icon_name="tick"))
    if not isinstance(snippet, Consent) or snippet.withdrawn_at is None:
        buttons.append(
            ListingButton(
                _("Withdraw consent"),
                url=reverse(Student.snippet_viewset.get_url_name("withdraw"), args=[student.pk]),
                icon_name="cross",
            )
        )
    return buttons


hooks.register("before_publish_page", refuse_in_editor)
