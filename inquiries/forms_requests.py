"""Forms of open requests: the company's request, and a school's answer to one in the admin."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.choices import Country
from home.i18n import active_locale
from offerings.models import Category

from .spam import SpamProtectedForm


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class OpenRequestForm(SpamProtectedForm):
    """A company's need, posted to every school that teaches the trade in a country."""

    title = forms.CharField(
        label=_("What do you need, in one line?"),
        max_length=200,
        help_text=_("For example: 300 branded cupcakes for our shop opening."),
    )
    category = forms.ModelChoiceField(
        label=_("Trade"), queryset=Category.objects.none(), help_text=_("Schools that teach this trade are told.")
    )
    country = forms.ChoiceField(label=_("Country"), help_text=_("Schools in this country are told."))
    place = forms.CharField(
        label=_("Delivery place"), max_length=200, help_text=_("Town or address where it should be delivered.")
    )
    quantity = forms.IntegerField(label=_("Quantity (optional)"), required=False, min_value=1, max_value=1_000_000)
    needed_from = forms.DateField(
        label=_("Work can start on (optional)"), required=False, widget=DateInput(attrs={"autocomplete": "off"})
    )
    needed_by = forms.DateField(
        label=_("Needed by"),
        widget=DateInput(attrs={"autocomplete": "off"}),
        help_text=_("The request closes on this date."),
    )
    description = forms.CharField(
        label=_("Description"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Describe the product or service, and anything the schools should know."),
    )
    organisation = forms.TypedChoiceField(label=_("On behalf of"), coerce=int)

    field_order = [
        "title",
        "category",
        "country",
        "place",
        "quantity",
        "needed_from",
        "needed_by",
        "description",
        "organisation",
    ]

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        # The trades in the visitor's language; the service maps the row to the original.
        self.fields["category"].queryset = Category.objects.filter(locale=active_locale())
        self.fields["country"].choices = [
            ("", self.fields["category"].empty_label),
            *sorted(Country.choices, key=lambda c: str(c[1])),
        ]
        self.organisations = {organisation.pk: organisation for organisation in organisations}
        self.fields["organisation"].choices = [(pk, org.name) for pk, org in self.organisations.items()]
        if organisations:
            self.fields["organisation"].initial = organisations[0].pk
            self.fields["country"].initial = organisations[0].country
        if len(self.organisations) < 2:
            # One company: nothing to choose, it is the one.
            del self.fields["organisation"]

    def clean_needed_by(self):
        needed_by = self.cleaned_data["needed_by"]
        if needed_by < timezone.localdate():
            raise forms.ValidationError(_("This date is in the past."), code="past")
        return needed_by

    def clean(self):
        cleaned = super().clean()
        needed_from, needed_by = cleaned.get("needed_from"), cleaned.get("needed_by")
        if needed_from and needed_by and needed_from > needed_by:
            self.add_error("needed_from", _("The work cannot start after the date it is needed by."))
        return cleaned

    def request_fields(self):
        """The OpenRequest fields for `services.post_open_request`."""
        names = ["title", "category", "country", "place", "quantity", "needed_from", "needed_by", "description"]
        return {name: self.cleaned_data[name] for name in names}

    @property
    def organisation_object(self):
        if "organisation" not in self.fields:
            return next(iter(self.organisations.values()))
        return self.organisations[self.cleaned_data["organisation"]]


class OpenRequestAnswerForm(forms.Form):
    """A school's first message to the company that posted an open request; it opens a thread."""

    school = forms.IntegerField(widget=forms.HiddenInput())
    body = forms.CharField(
        label=_("Your message to the company"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Say what your school can do, when and how. You can send a quote in the thread afterwards."),
    )
