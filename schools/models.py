"""The school directory and each school's showcase."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import OuterRef
from django.db.models.functions import Length, Lower, Substr
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Workflow
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BaseStreamBlock
from home.choices import Country, EQFLevel
from home.fields import ChoiceListField
from home.i18n import active_locale
from home.models import BasePage
from offerings.forms import CategorisedPageForm
from offerings.models import Category, OfferingPage, prepare_cards

SCHOOLS_PER_PAGE = 24


class SchoolIndexPage(BasePage):
    """The directory of schools in one language, filterable by country and category."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["schools.SchoolPage"]

    max_count_per_parent = 1

    class Meta:
        verbose_name = _("school directory")

    def schools(self, locale, country=None, category=None):
        """Live schools in the directory, one version each, in `locale` where translated."""
        schools = SchoolPage.objects.live().children_of_any_version(self).in_language(locale)
        if country:
            schools = schools.filter(country=country)
        if category:
            schools = schools.filter(categories__code=category).distinct()
        return schools.order_by(Lower("title"), "pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        locale = active_locale()
        country = request.GET.get("country", "").upper()
        country = country if country in Country.values else ""
        categories = Category.in_locale(locale)
        category = next((c for c in categories if c.code == request.GET.get("category")), None)

        schools = self.schools(locale, country, category.code if category else None)
        paginator = Paginator(SchoolPage.card_queryset(schools), SCHOOLS_PER_PAGE)
        schools_page = paginator.get_page(request.GET.get("page"))
        schools = prepare_cards(list(schools_page), request)
        filters = request.GET.copy()
        filters.pop("page", None)

        present_countries = set(
            SchoolPage.objects.live().children_of_any_version(self).values_list("country", flat=True)
        )
        context.update(
            schools=schools,
            schools_page=schools_page,
            query_without_page=f"{filters.urlencode()}&" if filters else "",
            countries=[(code, label) for code, label in Country.choices if code in present_countries],
            categories=categories,
            selected_country=country,
            selected_country_name=Country(country).label if country else "",
            selected_category=category,
        )
        return context


class SchoolPage(BasePage):
    """A school's showcase: who they are, what they teach, and what their students make."""

    official_name = models.CharField(_("official name"), max_length=255)
    country = models.CharField(_("country"), max_length=2, choices=Country)
    city = models.CharField(_("city"), max_length=100)
    region = models.CharField(
        _("region"),
        max_length=100,
        blank=True,
        help_text=_("County, voivodeship or region as public statistics name it, for example “Kauno apskritis”."),
    )
    address = models.CharField(_("address"), max_length=255, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    website = models.URLField(_("website"), blank=True)
    contact_email = models.EmailField(
        _("contact e-mail"), blank=True, help_text=_("The portal forwards inquiries here; it is never shown publicly.")
    )
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    logo = models.ForeignKey(
        get_image_model(), null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("logo")
    )
    hero_image = models.ForeignKey(
        get_image_model(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("hero image"),
    )
    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))
    categories = ParentalManyToManyField(Category, related_name="schools", blank=True, verbose_name=_("categories"))
    working_languages = ChoiceListField(
        _("working languages"), choices=settings.WORKING_LANGUAGES, help_text=_("Languages the school can work in.")
    )
    response_time_days = models.PositiveSmallIntegerField(
        _("response time commitment in days"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(30)],
        help_text=_("How many working days a customer waits at most for a first answer."),
    )
    eqf_levels = ChoiceListField(_("EQF levels"), choices=EQFLevel.choices, coerce=int)

    base_form_class = CategorisedPageForm

    content_panels = BasePage.content_panels + [
        FieldPanel("official_name"),
        FieldPanel("introduction"),
        FieldRowPanel([FieldPanel("logo"), FieldPanel("hero_image")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("country"), FieldPanel("region"), FieldPanel("city")]),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Location"),
        ),
        MultiFieldPanel(
            [FieldPanel("website"), FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")])],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("categories"),
                FieldPanel("working_languages"),
                FieldPanel("eqf_levels"),
                FieldPanel("response_time_days"),
            ],
            heading=_("Teaching and service"),
        ),
        FieldPanel("body"),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("official_name"),
        index.SearchField("city"),
        index.SearchField("introduction", boost=2),
        index.SearchField("body"),
        index.SearchField("category_names", boost=2),
        index.AutocompleteField("city"),
        index.FilterField("country"),
        index.FilterField("working_languages"),
        index.FilterField("category_codes"),
        index.FilterField("display_languages"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        # No slug: a translation's slug is made from its translated title (BasePage.slug_from_translated_title).
        TranslatableField("introduction"),
        TranslatableField("body"),
        SynchronizedField("official_name"),
        SynchronizedField("country"),
        SynchronizedField("city"),
        SynchronizedField("region"),
        SynchronizedField("address"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("website"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        SynchronizedField("logo"),
        SynchronizedField("hero_image"),
        SynchronizedField("categories"),
        SynchronizedField("working_languages"),
        SynchronizedField("response_time_days"),
        SynchronizedField("eqf_levels"),
    ]

    parent_page_types = ["schools.SchoolIndexPage"]
    subpage_types = ["offerings.OfferingPage"]

    class Meta:
        verbose_name = _("school")

    @classmethod
    def card_queryset(cls, queryset):
        return queryset.select_related("locale", "logo").prefetch_related("categories", "logo__renditions")

    def category_names(self):
        return Category.names_in_all_languages(self.categories.all())

    def category_codes(self):
        return sorted({category.code for category in self.categories.all()})

    def offerings(self, locale):
        """This school's live offerings, one version each, in `locale` where translated."""
        offerings = OfferingPage.objects.live().children_of_any_version(self).in_language(locale)
        return offerings.order_by(Lower("title"), "pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        offerings = list(OfferingPage.card_queryset(self.offerings(active_locale())))
        prepare_cards([*offerings, self], request)  # one pass also names this school's categories
        context["offerings"] = offerings
        return context


def school_of_offering():
    """A subquery for the school above the outer offering: its parent, found by the tree path.

    Use it inside `Subquery(...)` to read a school's facts in the same query
    as its offerings, on SQLite and PostgreSQL alike.
    """
    return SchoolPage.objects.filter(path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen))


class SchoolTenancy(models.Model):
    """What one school owns in the admin: its staff groups, its media collection and its moderation workflow.

    Keyed by the school's translation_key, so every language version of the
    school shares them. `schools.tenancy` creates and grants them.
    """

    translation_key = models.UUIDField(_("school translation key"), unique=True, editable=False)
    name = models.CharField(_("name"), max_length=255, help_text=_("The school's title when it was created."))
    editors = models.OneToOneField(
        Group, on_delete=models.CASCADE, related_name="school_as_editors", verbose_name=_("teachers' group")
    )
    moderators = models.OneToOneField(
        Group, on_delete=models.CASCADE, related_name="school_as_moderators", verbose_name=_("coordinators' group")
    )
    collection = models.ForeignKey(
        Collection, on_delete=models.PROTECT, related_name="+", verbose_name=_("images and documents collection")
    )
    workflow = models.ForeignKey(
        Workflow, on_delete=models.PROTECT, related_name="+", verbose_name=_("moderation workflow")
    )

    class Meta:
        verbose_name = _("school tenancy")
        verbose_name_plural = _("school tenancies")

    def __str__(self):
        return self.name
