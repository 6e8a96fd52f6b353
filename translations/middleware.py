"""Translators see their own language first in the admin's page chooser and page search."""

from django.shortcuts import redirect

from .permissions import translator_locales

# Views that take a `locale` parameter and otherwise show every language (search) or the interface's (chooser).
OWN_LANGUAGE_FIRST = {"wagtailadmin_choose_page", "wagtailadmin_pages:search"}


class TranslatorLanguageMiddleware:
    """Adds `locale=<their language>` for a translator of one language who has not chosen one.

    Choosing another language (or "all") in the view's own filter still works,
    as the parameter is then present.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        user = getattr(request, "user", None)
        if match.view_name not in OWN_LANGUAGE_FIRST or "locale" in request.GET or request.method != "GET":
            return None
        if user is None or not user.is_authenticated or user.is_superuser:
            return None
        languages = list(translator_locales(user).values_list("language_code", flat=True)[:2])
        if len(languages) != 1:
            return None
        params = request.GET.copy()
        params["locale"] = languages[0]
        return redirect(f"{request.path}?{params.urlencode()}")
