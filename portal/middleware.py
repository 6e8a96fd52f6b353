"""Project middleware."""

from django.middleware.locale import LocaleMiddleware


class PortalLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that API answers are never redirected.

    The stock middleware turns any 404 into a redirect to the language-prefixed
    URL, which Wagtail's catch-all route always accepts; an API client asking
    for a missing item must get its JSON 404 instead.
    """

    def process_response(self, request, response):
        if request.path_info.startswith("/api/"):
            return response
        return super().process_response(request, response)
