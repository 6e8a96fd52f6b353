"""Forms of the public inquiry pages: the inquiry itself, a reply, declining a quote, cancelling."""

from django import forms
from django.core.validators import MinValueValidator, RegexValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from offerings.models import Currency

from .spam import SpamProtectedForm

phone_validator = RegexValidator(
    r"^\+?[0-9 ()/.\-]{5,40}$",
    _("Enter a phone number with digits, spaces and + ( ) - / only."),
)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class InquiryForm(SpamProtectedForm):
    """What a company asks a school about one offering; an account's name, e-mail and company are filled in."""

    need = forms.CharField(
        label=_("What do you need?"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Describe the product or service, and anything the school should know."),
    )
    quantity = forms.IntegerField(label=_("Quantity"), min_value=1, max_value=1_000_000)
    wished_date = forms.DateField(label=_("Wished date"), widget=DateInput())
    delivery_place = forms.CharField(
        label=_("Delivery place"), max_length=200, help_text=_("Town or address where it should be delivered.")
    )
    budget_amount = forms.DecimalField(
        label=_("Budget (optional)"),
        required=False,
        max_digits=10,
        decimal_places=2,
        validators=[MinValueValidator(0)],
    )
    budget_currency = forms.ChoiceField(label=_("Currency of the budget"), choices=Currency, initial=Currency.EUR)
    contact_name = forms.CharField(
        label=_("Contact person"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    company_name = forms.CharField(
        label=_("Company"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "organization"})
    )
    contact_email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        help_text=_("The school's answers are sent here. It is never shown on the site."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    contact_phone = forms.CharField(
        label=_("Phone (optional)"),
        required=False,
        max_length=40,
        validators=[phone_validator],
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    organisation = forms.TypedChoiceField(label=_("On behalf of"), coerce=int, required=False)

    # The Inquiry's own fields, in the order the form asks for them ("organisation" goes before the company).
    inquiry_field_names = [
        "need",
        "quantity",
        "wished_date",
        "delivery_place",
        "budget_amount",
        "budget_currency",
        "company_name",
        "contact_name",
        "contact_email",
        "contact_phone",
    ]
    field_order = [*inquiry_field_names[:6], "organisation", *inquiry_field_names[6:]]

    def __init__(self, *args, user=None, organisations=(), **kwargs):
        """`organisations`: the account's approved companies; with more than one, the account picks."""
        super().__init__(*args, **kwargs)
        self.organisations = {organisation.pk: organisation for organisation in organisations}
        if len(self.organisations) > 1:
            self.fields["organisation"].choices = [(pk, org.name) for pk, org in self.organisations.items()]
            self.fields["organisation"].required = True
        else:
            del self.fields["organisation"]
        if user is not None and user.is_authenticated:
            first = next(iter(self.organisations.values()), None)
            self.fields["contact_name"].initial = user.get_full_name()
            self.fields["company_name"].initial = first.name if first else ""
            # Replies to an account go to its own confirmed address.
            self.fields["contact_email"].initial = user.email
            self.fields["contact_email"].disabled = True
            self.fields["contact_email"].help_text = _("Your account's address. The school's answers are sent here.")

    def clean_wished_date(self):
        wished = self.cleaned_data["wished_date"]
        if wished < timezone.localdate():
            raise forms.ValidationError(_("The wished date is in the past. Choose today or a later day."))
        return wished

    def clean_need(self):
        need = self.cleaned_data["need"].strip()
        if not need:
            raise forms.ValidationError(_("Describe what you need."))
        return need

    def chosen_organisation(self):
        if "organisation" in self.fields:
            return self.organisations.get(self.cleaned_data.get("organisation"))
        return next(iter(self.organisations.values()), None)

    def inquiry_fields(self):
        """The Inquiry's own fields, as the service takes them."""
        return {name: self.cleaned_data[name] for name in self.inquiry_field_names}


class ReplyForm(forms.Form):
    body = forms.CharField(label=_("Your message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 5}))


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Why do you decline? (optional)"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The school sees this and may send a better quote."),
    )


class CancelForm(forms.Form):
    note = forms.CharField(
        label=_("Reason for cancelling (optional)"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
