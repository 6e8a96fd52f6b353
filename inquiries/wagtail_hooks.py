"""The school inbox and open requests in the Wagtail admin."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_urls
from .admin_views import InboxMenuItem, WaitingInquiriesPanel, is_school_staff


class OpenRequestsMenuItem(MenuItem):
    """Shown to school staff and site administrators: the requests their schools may answer."""

    def is_shown(self, request):
        return is_school_staff(request)


@hooks.register("register_admin_urls")
def register_inquiry_urls():
    return [path("inquiries/", include(admin_urls, namespace="inquiries_admin"))]


@hooks.register("register_admin_menu_item")
def register_inbox_menu_item():
    return InboxMenuItem(
        _("Inquiries"), reverse("inquiries_admin:index"), name="inquiries", icon_name="mail", order=150
    )


@hooks.register("register_admin_menu_item")
def register_open_requests_menu_item():
    url = reverse("inquiries_admin:requests")
    return OpenRequestsMenuItem(_("Open requests"), url, name="open-requests", icon_name="help", order=151)


@hooks.register("construct_homepage_panels")
def inquiries_waiting_panel(request, panels):
    panels.append(WaitingInquiriesPanel(request))
