from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("translations/", views.status_board, name="translation_status"),
        # Registered before wagtail-localize's own URL (this app comes first), so this view answers it.
        path(
            "localize/submit/page/<int:page_id>/",
            views.SubmitPageTranslationView.as_view(),
            name="translation_submit_page",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return MenuItem(_("Translation status"), reverse("translation_status"), icon_name="globe", order=250)


@hooks.register("construct_homepage_panels")
def out_of_date_translations_panel(request, panels):
    panels.append(views.OutOfDatePanel(request.user))
