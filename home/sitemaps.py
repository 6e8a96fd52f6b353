"""One sitemap per language, listing only the pages really written in it.

Untranslated pages are reachable under every prefix, but listing those
fallbacks would tell search engines that the same text exists in six
languages; each sitemap holds a language's own pages, and the index at
/sitemap.xml points to all six.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .i18n import locale_for


class LanguageSitemap(Sitemap):
    def __init__(self, language):
        self.language = language

    def items(self):
        pages = Page.objects.live().public().filter(locale=locale_for(self.language)).exclude(depth=1)
        return pages.order_by("path")

    def location(self, page):
        return page.url

    def lastmod(self, page):
        return page.last_published_at


def sitemaps():
    return {code: LanguageSitemap(code) for code, _name in settings.LANGUAGES}
