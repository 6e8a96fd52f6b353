"""What schools sell: the offering pages and the category taxonomy."""

from decimal import Decimal

from anyascii import anyascii
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import PageManager, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.choices import SCHOOL_YEAR, Country, EQFLevel, Month
from home.fields import ChoiceListField
from home.i18n import active_locale, attach_localized_urls
from home.models import BasePage, PortalPageQuerySet

from .blocks import OfferingStreamBlock
from .forms import CategorisedPageForm


class Category(TranslatableMixin, index.Indexed, models.Model):
    """A trade that vocational schools teach and sell, mapped to ISCED-F 2013.

    Each language has its own row; `code` is the same in all of them and is
    what URLs, filters and the API use.
    """

    code = models.SlugField(max_length=50, help_text=_("Stable identifier used in links and the API."))
    isced_code = models.CharField(
        "ISCED-F code", max_length=4, help_text=_("ISCED-F 2013 detailed field, for example 1013.")
    )
    name = models.CharField(_("name"), max_length=100)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("code"), FieldPanel("isced_code"), FieldPanel("description")]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("code"),
        index.FilterField("locale_id"),
    ]

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("code"),
        SynchronizedField("isced_code"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["code", "locale"], name="unique_category_code_per_locale")]

    def __str__(self):
        return self.name

    @classmethod
    def in_locale(cls, locale):
        """This language's categories in alphabetical order, accents folded ("Ēdināšana" under E)."""
        return sorted(cls.objects.filter(locale=locale), key=lambda category: anyascii(category.name).casefold())

    @classmethod
    def names_in_all_languages(cls, categories):
        """The names of `categories` in every language, so a word in any language finds what they hold."""
        keys = {category.translation_key for category in categories}
        names = cls.objects.filter(translation_key__in=keys).order_by("translation_key", "locale_id")
        return " ".join(names.values_list("name", flat=True))

    @classmethod
    def labels(cls):
        """The visitor's language's categories keyed by translation key, to name any language's rows."""
        return {category.translation_key: category for category in cls.in_locale(active_locale())}


class OfferingKind(models.TextChoices):
    PRODUCT = "product", _("Product")
    SERVICE = "service", _("Service")


class PriceModel(models.TextChoices):
    FIXED = "fixed", _("Fixed price")
    FROM = "from", _("Price from")
    PER_UNIT = "per_unit", _("Price per unit")
    ON_REQUEST = "on_request", _("Price on request")
    FREE = "free", _("Free")


class Currency(models.TextChoices):
    EUR = "EUR", "EUR (€)"
    PLN = "PLN", "PLN (zł)"


class DeliveryMode(models.TextChoices):
    PICKUP = "pickup", _("Pickup at the school")
    DELIVERY = "delivery", _("Delivery")
    ON_SITE = "on_site", _("On site at the customer")
    REMOTE = "remote", _("Remote")


CURRENCY_SYMBOLS = {Currency.EUR: "€", Currency.PLN: "zł"}


class OfferingTag(TaggedItemBase):
    """A free keyword on an offering."""

    content_object = ParentalKey("offerings.OfferingPage", related_name="tagged_items", on_delete=models.CASCADE)


class OfferingPageQuerySet(PortalPageQuerySet):
    def available_in(self, month):
        return self.filter(months_available__has=int(month))

    def delivers(self, mode):
        return self.filter(delivery_modes__has=mode)

    def serves(self, country):
        return self.filter(countries_served__has=country)


class OfferingPage(BasePage):
    """A product or service students make for paying customers, under a school's showcase."""

    kind = models.CharField(_("kind"), max_length=10, choices=OfferingKind, default=OfferingKind.PRODUCT)
    categories = ParentalManyToManyField(Category, related_name="offerings", verbose_name=_("categories"))
    keywords = ClusterTaggableManager(through=OfferingTag, blank=True, verbose_name=_("keywords"))
    summary = models.TextField(_("summary"), max_length=400, help_text=_("One or two sentences for result lists."))
    body = StreamField(OfferingStreamBlock(), blank=True, verbose_name=_("body"))
    price_model = models.CharField(_("price model"), max_length=12, choices=PriceModel, default=PriceModel.FIXED)
    price_amount = models.DecimalField(
        _("amount"), max_digits=10, decimal_places=2, null=True, blank=True, validators=[MinValueValidator(Decimal(0))]
    )
    currency = models.CharField(_("currency"), max_length=3, choices=Currency, default=Currency.EUR)
    unit = models.CharField(_("unit"), max_length=40, blank=True, help_text=_("For example: piece, hour, m²."))
    minimum_order = models.PositiveIntegerField(_("minimum order"), default=1, validators=[MinValueValidator(1)])
    lead_time_days = models.PositiveSmallIntegerField(_("lead time in days"), default=7)
    capacity_per_month = models.PositiveIntegerField(
        _("capacity per month"), null=True, blank=True, help_text=_("Units or jobs the students can take on.")
    )
    delivery_modes = ChoiceListField(_("delivery modes"), choices=DeliveryMode.choices)
    countries_served = ChoiceListField(_("countries served"), choices=Country.choices)
    months_available = ChoiceListField(_("months available"), choices=Month.choices, coerce=int)
    eqf_level = models.PositiveSmallIntegerField(
        _("EQF level"),
        choices=EQFLevel,
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(8)],
        help_text=_("Level of the students who make it."),
    )
    hero_image = models.ForeignKey(
        get_image_model(), null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("image")
    )

    objects = PageManager.from_queryset(OfferingPageQuerySet)()

    base_form_class = CategorisedPageForm

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("categories"), FieldPanel("keywords"), FieldPanel("eqf_level")],
            heading=_("What it is"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("price_model"), FieldPanel("price_amount"), FieldPanel("currency")]),
                FieldRowPanel([FieldPanel("unit"), FieldPanel("minimum_order")]),
            ],
            heading=_("Price"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("lead_time_days"), FieldPanel("capacity_per_month")]),
                FieldPanel("delivery_modes"),
                FieldPanel("countries_served"),
                FieldPanel("months_available"),
            ],
            heading=_("Ordering"),
        ),
        FieldPanel("body"),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.RelatedFields("keywords", [index.SearchField("name", boost=2)]),
        index.SearchField("category_names", boost=2),
        index.AutocompleteField("summary"),
        index.FilterField("kind"),
        index.FilterField("price_model"),
        index.FilterField("lead_time_days"),
        index.FilterField("eqf_level"),
        index.FilterField("delivery_modes"),
        index.FilterField("months_available"),
        index.FilterField("first_published_at"),
        # Facts of the school and the translation group, for search engines that keep their own documents.
        index.FilterField("school_country"),
        index.FilterField("school_languages"),
        index.FilterField("category_codes"),
        index.FilterField("display_languages"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        # No slug: a translation's slug is made from its translated title (BasePage.slug_from_translated_title).
        TranslatableField("summary"),
        TranslatableField("unit"),
        TranslatableField("body"),
        SynchronizedField("kind"),
        SynchronizedField("categories"),
        SynchronizedField("keywords"),
        SynchronizedField("price_model"),
        SynchronizedField("price_amount"),
        SynchronizedField("currency"),
        SynchronizedField("minimum_order"),
        SynchronizedField("lead_time_days"),
        SynchronizedField("capacity_per_month"),
        SynchronizedField("delivery_modes"),
        SynchronizedField("countries_served"),
        SynchronizedField("months_available"),
        SynchronizedField("eqf_level"),
        SynchronizedField("hero_image"),
    ]

    parent_page_types = ["schools.SchoolPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("offering")

    def clean(self):
        super().clean()
        priced = self.price_model not in {PriceModel.ON_REQUEST, PriceModel.FREE}
        if priced and self.price_amount is None:
            raise ValidationError({"price_amount": _("Enter an amount for this price model.")})
        if not priced:
            self.price_amount = None
        if self.price_model == PriceModel.PER_UNIT and not self.unit:
            raise ValidationError({"unit": _("Say what one unit is, for example “piece” or “hour”.")})

    @property
    def price_label(self):
        """The price as a buyer reads it: "from 120,00 €", "2,50 € / piece", "Price on request"."""
        if self.price_model == PriceModel.ON_REQUEST:
            return _("Price on request")
        if self.price_model == PriceModel.FREE:
            return _("Free")
        if self.price_amount is None:
            return ""
        number = number_format(self.price_amount, 2, use_l10n=True, force_grouping=True)
        amount = f"{number} {CURRENCY_SYMBOLS.get(self.currency, self.currency)}"
        if self.price_model == PriceModel.FROM:
            return _("from %(amount)s") % {"amount": amount}
        if self.price_model == PriceModel.PER_UNIT and self.unit:
            return f"{amount} / {self.unit}"
        return amount

    def category_names(self):
        return Category.names_in_all_languages(self.categories.all())

    def category_codes(self):
        return sorted({category.code for category in self.categories.all()})

    def school(self):
        """The school this offering belongs to (its parent page)."""
        return self.get_parent().specific

    def school_country(self):
        return self.school().country

    def school_languages(self):
        return list(self.school().working_languages)

    @property
    def school_year_availability(self):
        """(month, available) for each month in school-year order, for the calendar strip."""
        available = set(self.months_available)
        return [(Month(month), month in available) for month in SCHOOL_YEAR]

    @classmethod
    def card_queryset(cls, queryset):
        """What an offering card needs, in a fixed number of queries."""
        return queryset.select_related("locale", "hero_image").prefetch_related("categories", "hero_image__renditions")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        school = self.get_parent().specific  # cached by routing
        school.localized_url = context["breadcrumbs"][-1].localized_url  # the parent is the last crumb
        label_categories([self])
        context["school"] = school
        return context


def label_categories(pages):
    """Set `page.category_labels`: the page's categories named in the visitor's language."""
    labels = Category.labels()
    for page in pages:
        page.category_labels = [labels.get(c.translation_key, c) for c in page.categories.all()]
    return pages


def prepare_cards(pages, request):
    """Name categories and localise the URLs of pages shown as cards."""
    return attach_localized_urls(label_categories(pages), request)
