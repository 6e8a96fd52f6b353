"""Where a page lives in each portal language.

Schools write in their own language and translate when they can, so a page
often has no version in the visitor's language. The portal still serves it
under the visitor's language prefix (see `BasePage.route`): its URL is the
URL of its nearest translated ancestor plus the original slugs below it.
These helpers compute those URLs for many pages in a fixed number of queries.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Page


def active_language():
    """The interface language of this request, as one of the portal languages."""
    code = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def active_locale():
    return Locale.objects.get(language_code=active_language())


def language_name(code):
    """The language's name in the active interface language ("lituano")."""
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code


def _ancestor_paths(page):
    steplen = Page.steplen
    return [page.path[: steplen * depth] for depth in range(2, page.depth)]


def localized_urls(pages, languages, request=None):
    """Map (page.pk, language) to the URL that shows the page in that language.

    Two queries whatever the number of pages: their ancestors, then every live
    version of them and their ancestors in the requested languages.
    """
    pages = list(pages)
    if not pages:
        return {}
    paths = {path for page in pages for path in _ancestor_paths(page)}
    ancestors = {
        p.path: p for p in Page.objects.filter(path__in=paths).only("path", "depth", "slug", "translation_key")
    }
    keys = {page.translation_key for page in pages} | {p.translation_key for p in ancestors.values()}
    versions = {
        (version.translation_key, version.locale.language_code): version
        for version in Page.objects.live()
        .filter(translation_key__in=keys, locale__language_code__in=languages)
        .select_related("locale")
        .order_by("-pk")  # on a clash keep the oldest version
    }
    urls = {}
    for page in pages:
        chain = [page] + [ancestors[path] for path in reversed(_ancestor_paths(page)) if path in ancestors]
        for language in languages:
            slugs = []
            for node in chain:
                version = versions.get((node.translation_key, language))
                if version is not None:
                    base = version.get_url(request)
                    if base is not None:
                        urls[page.pk, language] = base + "".join(f"{slug}/" for slug in reversed(slugs))
                    break
                slugs.append(node.slug)
    return urls


def attach_localized_urls(pages, request, language=None):
    """Set `page.localized_url` on each page for the visitor's language."""
    language = language or active_language()
    urls = localized_urls(pages, [language], request)
    for page in pages:
        page.localized_url = urls.get((page.pk, language)) or page.get_url(request)
    return pages


@dataclass
class LanguageLink:
    """One entry of the language switcher and of the hreflang alternates."""

    code: str
    name: str
    url: str | None
    translated: bool


def language_links(page, request):
    """This page in every portal language, and the language it was written in.

    `translated` marks the languages with a real, live translation.
    """
    languages = [code for code, _name in settings.LANGUAGES]
    urls = localized_urls([page], languages, request)
    translated = list(
        Page.objects.live()
        .filter(translation_key=page.translation_key)
        .order_by("pk")
        .values_list("locale__language_code", flat=True)
    )
    links = [
        LanguageLink(code, name, urls.get((page.pk, code)), code in translated) for code, name in settings.LANGUAGES
    ]
    return links, translated[0] if translated else page.locale.language_code
