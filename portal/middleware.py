"""Project middleware."""

from django.middleware.locale import LocaleMiddleware


class PortalLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that a 404 from a route outside the language prefix stands.

    The stock middleware turns any 404 into a redirect to the language-prefixed
    URL, which Wagtail's catch-all route always accepts: an API client asking
    for a missing item would get a redirect instead of its JSON 404, and a
    missing inquiry in the admin a detour through /en/admin/... to the same 404.
    Only addresses that matched no route at all ("/schools/") are sent on to
    their language-prefixed version.
    """

    def process_response(self, request, response):
        if getattr(request, "resolver_match", None) is not None or request.path_info.startswith("/api/"):
            return response
        return super().process_response(request, response)
