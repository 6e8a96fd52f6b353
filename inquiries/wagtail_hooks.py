"""The school inbox and open requests in the Wagtail admin."""

from django.urls import include, path
from wagtail import hooks

from . import admin_urls


@hooks.register("register_admin_urls")
def register_inquiry_urls():
    return [path("inquiries/", include(admin_urls, namespace="inquiries_admin"))]
