"""Builders for the site skeleton: locales, home pages and school directories, shared by the test packages."""

from wagtail.models import Locale, Page, Site

from home.models import HomePage
from schools.models import SchoolIndexPage

LANGUAGES = ["en", "lt", "lv", "pl", "it", "pt"]
DIRECTORY_TITLES = {"en": "Schools", "lt": "Mokyklos", "lv": "Skolas", "pl": "Szkoły", "it": "Scuole", "pt": "Escolas"}


def locale(code):
    return Locale.objects.get_or_create(language_code=code)[0]


def make_site():
    """A home page and a school directory in all six languages, served as the default site."""
    # A transactional test's flush removes the root page that migrations created.
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", locale=locale("en")))
    Site.objects.all().delete()
    homes, directories = {}, {}
    for code in LANGUAGES:
        home = HomePage(title="VET2B", slug=f"vet2b-{code}", locale=locale(code), headline=f"Headline {code}")
        directory = SchoolIndexPage(title=DIRECTORY_TITLES[code], slug="schools", locale=locale(code))
        if code != "en":
            home.translation_key = homes["en"].translation_key
            directory.translation_key = directories["en"].translation_key
        homes[code] = root.add_child(instance=home)
        directories[code] = homes[code].add_child(instance=directory)
    Site.objects.create(hostname="localhost", port=80, root_page=homes["en"], is_default_site=True, site_name="VET2B")
    return homes, directories
