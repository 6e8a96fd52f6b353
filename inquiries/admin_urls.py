"""The school inbox in the Wagtail admin, at /admin/inquiries/."""

from . import admin_request_views, admin_views

app_name = "inquiries_admin"

urlpatterns = [*admin_views.urlpatterns, *admin_request_views.urlpatterns]
