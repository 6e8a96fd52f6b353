"""Where a page lives in each portal language.

Schools write in their own language and translate when they can, so a page
often has no version in the visitor's language. The portal still serves it
under the visitor's language prefix (see `BasePage.route`): its URL is the
URL of its nearest translated ancestor plus the original slugs below it.
These helpers compute those URLs for many pages in a fixed number of queries.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.signals import request_started
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Page

_locales = {}


def _forget_locales(**kwargs):
    _locales.clear()


# Locales almost never change, but a request must not see a stale one.
request_started.connect(_forget_locales)


def active_language():
    """The interface language of this request, as one of the portal languages."""
    code = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def _all_locales():
    if not _locales:
        for locale in Locale.objects.all():
            _locales[locale.language_code] = _locales[locale.pk] = locale
    return _locales


def locale_for(language_code_or_id):
    """A Locale by language code or id; all of them are loaded once per request."""
    try:
        return _all_locales()[language_code_or_id]
    except KeyError:
        _locales.clear()  # created since this request started
        return _all_locales()[language_code_or_id]


def active_locale():
    return locale_for(active_language())


def language_name(code):
    """The language's name in the active interface language ("lituano")."""
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code


def _ancestor_paths(page):
    steplen = Page.steplen
    return [page.path[: steplen * depth] for depth in range(2, page.depth)]


class Versions:
    """The live versions of some pages and of their ancestors, in some languages.

    Two queries whatever the number of pages: their ancestors, then every live
    version of them and their ancestors in the requested languages.
    """

    def __init__(self, pages, languages):
        paths = {path for page in pages for path in _ancestor_paths(page)}
        ancestors = Page.objects.filter(path__in=paths).only("path", "depth", "slug", "title", "translation_key")
        self.ancestors = {ancestor.path: ancestor for ancestor in ancestors}
        keys = {page.translation_key for page in pages} | {p.translation_key for p in self.ancestors.values()}
        self.by_key = {}
        for version in (
            Page.objects.live()
            .filter(translation_key__in=keys, locale__language_code__in=languages)
            .select_related("locale")
            .order_by("pk")
        ):
            self.by_key.setdefault((version.translation_key, version.locale.language_code), version)
            self.by_key.setdefault((version.translation_key, None), version)  # the original

    def chain(self, page):
        """The page and its ancestors below the root, nearest first."""
        return [page] + [self.ancestors[path] for path in reversed(_ancestor_paths(page)) if path in self.ancestors]

    def url(self, page, language, request=None):
        """The URL that shows `page` under `language`'s prefix, or None."""
        slugs = []
        for node in self.chain(page):
            version = self.by_key.get((node.translation_key, language))
            if version is not None:
                base = version.get_url(request)
                return None if base is None else base + "".join(f"{slug}/" for slug in reversed(slugs))
            slugs.append(node.slug)
        return None

    def title(self, page, language):
        """The page's title in `language` where translated, else its own."""
        version = self.by_key.get((page.translation_key, language))
        return version.title if version else page.title

    def translated(self, page, language):
        return (page.translation_key, language) in self.by_key


def attach_localized_urls(pages, request, language=None):
    """Set `page.localized_url` on each page for the visitor's language."""
    language = language or active_language()
    versions = Versions(pages, [language])
    for page in pages:
        page.localized_url = versions.url(page, language, request) or page.get_url(request)
    return pages


@dataclass
class LanguageLink:
    """One entry of the language switcher and of the hreflang alternates."""

    code: str
    name: str
    url: str | None
    translated: bool


@dataclass
class Navigation:
    """What a page's chrome needs to place it among languages and ancestors."""

    language_links: list
    breadcrumbs: list
    x_default_url: str | None


def page_navigation(page, request):
    """The page in every portal language and its breadcrumbs in the visitor's, in two queries."""
    languages = [code for code, _name in settings.LANGUAGES]
    versions = Versions([page], languages)
    links = [
        LanguageLink(code, name, versions.url(page, code, request), versions.translated(page, code))
        for code, name in settings.LANGUAGES
    ]
    language = active_language()
    breadcrumbs = list(reversed(versions.chain(page)[1:]))
    for crumb in breadcrumbs:
        crumb.localized_url = versions.url(crumb, language, request)
        crumb.localized_title = versions.title(crumb, language)
    # x-default: the default-language translation where there is one, else the original.
    key = page.translation_key
    x_default = versions.by_key.get((key, settings.LANGUAGE_CODE)) or versions.by_key.get((key, None))
    return Navigation(links, breadcrumbs, x_default.get_url(request) if x_default else None)
