"""The portal's shared page behaviour and its home page."""

from anyascii import anyascii
from django.conf import settings
from django.db import models
from django.db.models import Exists, Min, OuterRef, Q
from django.http import Http404
from django.shortcuts import redirect
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.coreutils import find_available_slug
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail.search.tasks import insert_or_update_object_task

from .i18n import active_language, active_locale, attach_localized_urls, language_name, locale_for, page_navigation
from .text import alternative_spellings


def children_of_versions(page):
    """A filter for the children of `page` and of all its translations."""
    parents = Page.objects.filter(translation_key=page.translation_key).values_list("path", "depth")
    condition = Q(pk__in=[])
    for path, depth in parents:
        condition |= Q(path__startswith=path, depth=depth + 1)
    return condition


def original_version(page):
    """The version of `page` its translations were made from: the oldest of its translation group.

    wagtail-localize always creates a translation after its source, so the
    lowest primary key of a group is its original.
    """
    return type(page).objects.filter(translation_key=page.translation_key).order_by("pk").first()


class PortalPageQuerySet(PageQuerySet):
    def originals(self):
        """Only original versions, one per translation group (see `original_version`)."""
        older = Page.objects.filter(translation_key=OuterRef("translation_key"), pk__lt=OuterRef("pk"))
        return self.exclude(Exists(older))

    def in_language(self, locale):
        """One version of each page: its live translation in `locale`, else its original.

        Translations are always created after their source, so the oldest
        version of a translation group is its original.
        """
        # Set-based rather than correlated subqueries: each subquery runs once, not once per row.
        translated = Page.objects.live().filter(locale=locale).values("translation_key")
        originals = Page.objects.live().values("translation_key").annotate(first=Min("pk")).values("first")
        return self.filter(Q(locale=locale) | (~Q(translation_key__in=translated) & Q(pk__in=originals)))

    def children_of_any_version(self, page):
        """Children of `page` or of any of its translations."""
        return self.filter(children_of_versions(page))


PortalPageManager = PageManager.from_queryset(PortalPageQuerySet)


class BasePage(Page):
    """What every portal page shares: language fallback, alternates, breadcrumbs.

    A page that has no translation in the visitor's language is still served
    under their language prefix, showing its original text with a note.
    Wagtail's own search fields already filter by locale.
    """

    objects = PortalPageManager()

    search_fields = Page.search_fields + [index.SearchField("alternative_spellings")]

    class Meta:
        abstract = True

    def original_version(self):
        return original_version(self)

    def save(self, *args, **kwargs):
        self.slug_from_translated_title()
        result = super().save(*args, **kwargs)
        # Wagtail indexes a page on post_save, but modelcluster saves its tags
        # and many-to-many relations after that signal; index again once they
        # are stored, so a keyword or category edit is searchable at once.
        insert_or_update_object_task.enqueue(self._meta.app_label, self._meta.model_name, str(self.pk))
        return result

    def permissions_for_user(self, user):
        # Translator groups may edit translations, never the originals they translate from.
        from translations.permissions import PortalPagePermissionTester

        return PortalPagePermissionTester(user, self)

    def slug_from_translated_title(self):
        """Give a translation a slug made from its own title while it carries its source's slug or, before
        its first publication, one made from an earlier title.

        wagtail-localize copies the source's slug, and translating a slug as
        a string (by hand or by machine) gives odd addresses; "/it/.../sedie-di-quercia/"
        reads better than "/it/.../azuolines-kedes/".
        """
        if not self.pk or not self.title:
            return  # wagtail-localize first saves a plain copy, then the translated text
        source = Page.objects.filter(translation_key=self.translation_key).exclude(pk=self.pk).order_by("pk").first()
        if source is None or source.locale_id == self.locale_id or self.pk < source.pk:
            return  # no translation group, or this page is the original
        from_source = {source.slug, slugify(anyascii(source.title))}
        inherited = set(from_source)
        if self.first_published_at is None:
            # Until its first publication, a translation's slug follows its title: a machine
            # draft's title corrected by hand gives the corrected address. Published addresses stay.
            stored = Page.objects.filter(pk=self.pk).values_list("title", "draft_title").first() or ()
            inherited |= {slugify(anyascii(title))[:250] for title in stored if title}
        candidate = slugify(anyascii(self.title))[:250]
        if self.slug in inherited and candidate and candidate not in from_source and candidate != self.slug:
            self.slug = find_available_slug(self.get_parent(), candidate, ignore_page_id=self.pk)

    def route(self, request, path_components):
        try:
            return super().route(request, path_components)
        except Http404:
            child = self.untranslated_child(path_components[0]) if path_components else None
            if child is None:
                raise
            return child.specific.route(request, path_components[1:])

    def untranslated_child(self, slug):
        """A live child with this slug that exists only under another version of this page."""
        return (
            Page.objects.live()
            .filter(children_of_versions(self), slug=slug)
            .exclude(path__startswith=self.path)
            .order_by("pk")
            .first()
        )

    def serve(self, request, *args, **kwargs):
        locale = active_locale()
        if self.locale_id != locale.pk:
            translation = self.get_translation_or_none(locale)
            if translation is not None and translation.live:
                return redirect(translation.get_url(request))
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        navigation = page_navigation(self, request)
        content_language = locale_for(self.locale_id).language_code
        context.update(
            breadcrumbs=navigation.breadcrumbs,
            content_language=content_language,
            content_language_name=language_name(content_language),
            is_untranslated=content_language != active_language(),
            language_links=navigation.language_links,
            hreflang_links=[link for link in navigation.language_links if link.translated],
            x_default_url=navigation.x_default_url,
        )
        return context

    def content_language_code(self):
        """The language this version is written in, for search documents."""
        return locale_for(self.locale_id).language_code

    def display_languages(self):
        """Languages whose visitors are shown this version: its own, plus every language it stands in for.

        An original stands in for languages without a live translation; a
        translation only for its own.
        """
        versions = Page.objects.live().filter(translation_key=self.translation_key).order_by("pk")
        languages = {
            pk: locale_for(locale_id).language_code for pk, locale_id in versions.values_list("pk", "locale_id")
        }
        own = locale_for(self.locale_id).language_code
        if not languages or next(iter(languages)) != self.pk:
            return [own]
        translated = set(languages.values())
        return [own] + [code for code, _name in settings.LANGUAGES if code not in translated]

    def alternative_spellings(self):
        """Title words spelled in plain Latin letters where folding accents is not enough ("Łódź" -> "lodz").

        SQLite folds "ė" to "e" but keeps "ł"; indexing the plain spelling
        lets a visitor without a Polish keyboard find the page.
        """
        return alternative_spellings(" ".join([self.title, getattr(self, "summary", "")]))

    @property
    def meta_description(self):
        """What search engines and link previews show: the SEO text, else the page's own summary."""
        text = self.search_description or getattr(self, "summary", "") or getattr(self, "introduction", "")
        return Truncator(" ".join(text.split())).chars(160)


class HomePage(BasePage):
    """The portal's front page in one language: what VET2B is and where to start."""

    headline = models.CharField(max_length=160, verbose_name=_("headline"))
    introduction = models.TextField(blank=True, verbose_name=_("introduction"))

    content_panels = BasePage.content_panels + [FieldPanel("headline"), FieldPanel("introduction")]

    search_fields = BasePage.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["schools.SchoolIndexPage"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        # Imported here: offerings and schools build on this module's BasePage.
        from offerings.models import Category, OfferingPage, prepare_cards
        from schools.models import SchoolIndexPage, SchoolPage

        context = super().get_context(request, *args, **kwargs)
        locale = active_locale()
        directory = SchoolIndexPage.objects.live().child_of(self).first()
        if directory is not None:
            attach_localized_urls([directory], request)
        offerings = OfferingPage.objects.live().in_language(locale)
        latest = list(OfferingPage.card_queryset(offerings).order_by("-first_published_at")[:6])
        prepare_cards(latest, request)
        context.update(
            directory=directory,
            categories=Category.in_locale(locale),
            latest_offerings=latest,
            school_count=SchoolPage.objects.live().in_language(locale).count(),
            offering_count=offerings.count(),
        )
        return context
