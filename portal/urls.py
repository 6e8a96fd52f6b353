"""URLs: admin and technical routes outside the language prefix, pages inside it."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home.sitemaps import sitemaps
from home.views import robots_txt
from portal.api import api, api_not_found

urlpatterns = [
    # The API lives outside the language prefix so its errors stay JSON.
    path("api/v1/", api.urls),
    re_path(r"^api/", api_not_found),
    path("admin/", include(wagtailadmin_urls)),
    path("robots.txt", robots_txt),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": sitemaps(), "sitemap_url_name": "sitemap_language"},
        name="sitemap_index",
    ),
    path("sitemap-<section>.xml", sitemap_views.sitemap, {"sitemaps": sitemaps()}, name="sitemap_language"),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("account/", include("accounts.urls")),
    path("inquiries/", include("inquiries.urls")),
    path("insights/", include("insights.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
