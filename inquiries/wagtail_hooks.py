"""The school inbox and open requests in the Wagtail admin."""

from django.urls import include, path
from wagtail import hooks

from . import admin_urls


@hooks.register("register_admin_urls")
def register_inquiry_urls():
    return [path("inquiries/", include(admin_urls, namespace="inquiries_admin"))]


@hooks.register("register_admin_menu_item")
def register_inbox_menu_item():
    from django.urls import reverse
    from django.utils.translation import gettext_lazy as _

    from .admin_views import InboxMenuItem

    url = reverse("inquiries_admin:index")
    return InboxMenuItem(_("Inquiries"), url, name="inquiries", icon_name="mail", order=150)


@hooks.register("construct_homepage_panels")
def inquiries_waiting_panel(request, panels):
    from .admin_views import WaitingInquiriesPanel

    panels.append(WaitingInquiriesPanel(request))


@hooks.register("register_admin_menu_item")
def register_open_requests_menu_item():
    from django.urls import reverse
    from django.utils.translation import gettext_lazy as _
    from wagtail.admin.menu import MenuItem

    from schools.tenancy import schools_of_user

    class OpenRequestsMenuItem(MenuItem):
        """Shown to school staff and site administrators: the requests their schools may answer."""

        def is_shown(self, request):
            user = request.user
            return user.is_superuser or schools_of_user(user).exists()

    url = reverse("inquiries_admin:requests")
    return OpenRequestsMenuItem(_("Open requests"), url, name="open-requests", icon_name="help", order=151)
