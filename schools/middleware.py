"""Per-object checks for admin views that only check a site-wide permission.

wagtail-localize lets anyone with "submit translation" open the translation
views of any page, and its translations report lists every page; Wagtail's
page chooser opens any page's children, and a few site-wide reports name
every school's pages and workflows. Teachers hold that permission for their
own school's pages only, so these views check the object here.
"""

from django.apps import apps
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail.snippets.permissions import user_can_edit_snippet_type
from wagtail_localize.models import TranslationSource
from wagtail_localize.views.edit_translation import user_can_edit_instance


def can_edit_page(user, page_id, **kwargs):
    page = Page.objects.filter(pk=page_id).first()
    return page is None or page.permissions_for_user(user).can_edit()  # a missing page is the view's 404


def can_update_translations(user, translation_source_id, **kwargs):
    """Syncing rewrites the translations: the user must be able to edit the source or one of them.

    (A translator of one language edits that language's versions, not the original.)
    """
    source = TranslationSource.objects.filter(pk=translation_source_id).first()
    if source is None:
        return True  # the view answers 404
    try:
        instances = [source.get_source_instance()]
    except ObjectDoesNotExist:
        return True  # the source was deleted; the view answers for itself
    for translation in source.translations.filter(enabled=True):
        try:
            instances.append(translation.get_target_instance())
        except ObjectDoesNotExist:
            continue
    return any(user_can_edit_instance(user, instance) for instance in instances)


def can_translate_snippet(user, app_label, model_name, **kwargs):
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError:
        return True  # the view answers 404
    return user_can_edit_snippet_type(user, model)


def can_browse_page(user, parent_page_id=None, **kwargs):
    if parent_page_id is None:
        return True
    return policy_registry.get_by_type(Page).explorable_instances(user).filter(pk=parent_page_id).exists()


def superusers_only(user, **kwargs):
    return False


CHECKS = {
    "wagtail_localize:submit_page_translation": can_edit_page,
    "wagtail_localize:convert_to_alias": can_edit_page,
    "wagtail_localize:update_translations": can_update_translations,
    "wagtail_localize:submit_snippet_translation": can_translate_snippet,
    "wagtail_localize:translations_report": superusers_only,
    "wagtail_localize:translations_report_results": superusers_only,
    "wagtailadmin_choose_page_child": can_browse_page,
    # Names the page's workflow and task, with no permission check of its own.
    "wagtailadmin_pages:confirm_workflow_cancellation": can_edit_page,
    # Site-wide reports whose filters or rows name every school's workflows and pages.
    # Teachers and coordinators follow their own work on the dashboard.
    "wagtailadmin_reports:workflow": superusers_only,
    "wagtailadmin_reports:workflow_results": superusers_only,
    "wagtailadmin_reports:workflow_tasks": superusers_only,
    "wagtailadmin_reports:workflow_tasks_results": superusers_only,
    "wagtailadmin_reports:page_types_usage": superusers_only,
    "wagtailadmin_reports:page_types_usage_results": superusers_only,
}


class AdminTenancyMiddleware:
    """Refuses (403) a non-superuser the views in CHECKS for objects outside their schools."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        check = CHECKS.get(request.resolver_match.view_name)
        user = request.user
        if check is None or not user.is_authenticated or user.is_superuser:
            return None
        if not check(user, **view_kwargs):
            raise PermissionDenied
        return None
