"""The public, read-only API at /api/v1/: schools, offerings and categories in every language.

Built on django-ninja, as Wagtail 8's own API v3 is, for its OpenAPI
document and validated parameters. Wagtail's v3 routers are not mounted:
they expose the write side and page-generic fields, while companies and
regional portals need offering fields, language fallback and filters.
Errors are always JSON with a `detail` message, never an HTML page.
"""

import logging

from django.http import Http404, JsonResponse
from ninja import NinjaAPI
from ninja.errors import HttpError, ValidationError

from offerings.api import categories_router
from offerings.api import router as offerings_router
from schools.api import router as schools_router
from search.api import router as search_router

logger = logging.getLogger(__name__)

api = NinjaAPI(
    title="VET2B API",
    version="1",
    description=(
        "Read-only access to the showcases of vocational schools: schools, the products and services their "
        "students make, and the category taxonomy, in English, Lithuanian, Latvian, Polish, Italian and "
        "Portuguese. Every item says its language and links to its translations. Only live, public pages "
        "are served; lists are paged with a stable cursor (`next`). `/search` answers as the website's search does, "
        "with relevance and facet counts."
    ),
    urls_namespace="api",
    docs_url="/docs",
    openapi_url="/openapi.json",
)


@api.exception_handler(Http404)
def not_found(request, exc):
    return api.create_response(request, {"detail": str(exc) or "Not found."}, status=404)


@api.exception_handler(HttpError)
def client_error(request, exc):
    return api.create_response(request, {"detail": exc.message}, status=exc.status_code)


@api.exception_handler(ValidationError)
def invalid_parameters(request, exc):
    problems = [{"parameter": _parameter_name(error["loc"]), "message": error["msg"]} for error in exc.errors]
    return api.create_response(request, {"detail": "Invalid parameters.", "errors": problems}, status=422)


def _parameter_name(location):
    """The URL parameter a validation error is about: `country`, not `query.filters.country.0`."""
    names = [part for part in location[1:] if isinstance(part, str)]
    return names[-1] if names else str(location[0])


@api.exception_handler(Exception)
def server_error(request, exc):
    logger.exception("API error at %s", request.get_full_path())
    return api.create_response(request, {"detail": "Server error; it has been logged."}, status=500)


def api_not_found(request):
    """Any other address under /api/: a JSON 404 that points to the documentation."""
    return JsonResponse({"detail": "No such API endpoint; see /api/v1/docs for the ones there are."}, status=404)


api.add_router("/offerings", offerings_router)
api.add_router("/schools", schools_router)
api.add_router("/categories", categories_router)
api.add_router("/search", search_router)
