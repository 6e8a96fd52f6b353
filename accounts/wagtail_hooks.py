"""Admin views of the accounts app: confirming the roles of authorities and employment bodies."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Profile


class ProfileViewSet(SnippetViewSet):
    """Account profiles for site administrators, who confirm the roles that open statistics pages.

    Nobody but a superuser holds the permissions on profiles, so school staff never see this menu.
    """

    model = Profile
    icon = "user"
    menu_label = _("Account roles")
    menu_order = 800
    add_to_admin_menu = True
    list_display = ["user", "kind", "organisation_name", "role_confirmed", "created_at"]
    list_filter = ["kind", "role_confirmed"]
    panels = [FieldPanel("kind"), FieldPanel("organisation_name"), FieldPanel("role_confirmed")]
    inspect_view_enabled = False


register_snippet(ProfileViewSet)
