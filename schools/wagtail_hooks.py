"""Admin hooks that keep each school's staff inside their own school."""

from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.models import Page
from wagtail.permissions import policy_registry


@hooks.register("construct_page_chooser_queryset")
def only_explorable_pages_in_chooser(pages, request):
    """Teachers and coordinators choose among their schools' pages (and the pages above them), not other schools'."""
    if request.user.is_superuser:
        return pages
    return pages.filter(pk__in=policy_registry.get_by_type(Page).explorable_instances(request.user).values("pk"))


class SchoolImagesAdminAPIViewSet(ImagesAdminAPIViewSet):
    """The admin API's images: only those the user may choose or edit (their schools' collections)."""

    def get_queryset(self):
        policy = policy_registry.get_by_type(get_image_model())
        allowed = policy.instances_user_has_any_permission_for(self.request.user, ["choose", "change"])
        return super().get_queryset().filter(pk__in=allowed.values("pk"))


class SchoolDocumentsAdminAPIViewSet(DocumentsAdminAPIViewSet):
    """The admin API's documents: only those the user may choose or edit (their schools' collections)."""

    def get_queryset(self):
        policy = policy_registry.get_by_type(get_document_model())
        allowed = policy.instances_user_has_any_permission_for(self.request.user, ["choose", "change"])
        return super().get_queryset().filter(pk__in=allowed.values("pk"))


# order=1: after wagtail.images and wagtail.documents register their own endpoints under the same names.
@hooks.register("construct_admin_api", order=1)
def restrict_admin_api_media(router):
    router.register_endpoint("images", SchoolImagesAdminAPIViewSet)
    router.register_endpoint("documents", SchoolDocumentsAdminAPIViewSet)
