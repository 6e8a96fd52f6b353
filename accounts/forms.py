"""Forms of the account pages."""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.db import transaction
from django.db.models.functions import Lower
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from home.choices import Country
from home.i18n import active_language, active_locale
from schools.models import SchoolPage

from .backends import normalise_email
from .emails import preferred_language
from .models import (
    AccountKind,
    MembershipStatus,
    Organisation,
    OrganisationKind,
    Profile,
    SchoolMembership,
    StaffRole,
    name_key,
)

User = get_user_model()

# Django's username holds the address, so an address may not be longer than a username.
EMAIL_MAX_LENGTH = User._meta.get_field("username").max_length


def live_schools():
    """Schools a staff member can ask to join: one version each, in the visitor's language where translated."""
    return SchoolPage.objects.live().in_language(active_locale()).order_by(Lower("title"), "pk")


class SchoolChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, school):
        return f"{school.title} ({school.city})"


class RegistrationForm(forms.Form):
    """A new account of any kind; it stays inactive until its address is confirmed."""

    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    email = forms.EmailField(label=_("E-mail address"), max_length=EMAIL_MAX_LENGTH)
    kind = forms.ChoiceField(label=_("I am registering as"), choices=AccountKind.choices, widget=forms.RadioSelect)
    organisation_name = forms.CharField(
        label=_("Organisation"),
        max_length=200,
        required=False,
        help_text=_("Authorities and employment bodies: the body you work for. Students: your school."),
    )
    school = SchoolChoiceField(
        label=_("School"),
        queryset=SchoolPage.objects.none(),
        required=False,
        help_text=_("School staff: the school you work at. Its coordinator approves your request."),
    )
    staff_role = forms.ChoiceField(
        label=_("Your role at the school"), choices=StaffRole.choices, initial=StaffRole.TEACHER, required=False
    )
    preferred_language = forms.ChoiceField(label=_("Language for e-mails"), choices=settings.LANGUAGES)
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
    )
    password2 = forms.CharField(
        label=_("Password again"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "new-password"})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["school"].queryset = live_schools()
        self.fields["preferred_language"].initial = active_language()
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    def clean_email(self):
        email = normalise_email(self.cleaned_data["email"])
        if User.objects.filter(username__iexact=email).exists() or User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                _(
                    "An account with this e-mail address already exists. Log in, or reset your password "
                    "if you have forgotten it."
                ),
                code="duplicate_email",
            )
        return email

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        if kind == AccountKind.SCHOOL_STAFF:
            if not data.get("school"):
                self.add_error("school", _("Choose the school you work at."))
            if not data.get("staff_role"):
                self.add_error("staff_role", _("Choose your role at the school."))
        if kind in (AccountKind.AUTHORITY, AccountKind.EMPLOYMENT_BODY) and not data.get("organisation_name"):
            self.add_error("organisation_name", _("Name the body you work for."))

        password1, password2 = data.get("password1"), data.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error("password2", _("The two passwords differ."))
        elif password1:
            candidate = User(
                username=data.get("email", ""),
                email=data.get("email", ""),
                first_name=data.get("first_name", ""),
                last_name=data.get("last_name", ""),
            )
            try:
                password_validation.validate_password(password1, candidate)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return data

    @transaction.atomic
    def save(self):
        data = self.cleaned_data
        user = User.objects.create_user(
            username=data["email"],
            email=data["email"],
            password=data["password1"],
            first_name=data["first_name"],
            last_name=data["last_name"],
            is_active=False,
        )
        Profile.objects.create(
            user=user,
            kind=data["kind"],
            preferred_language=data["preferred_language"],
            organisation_name=data.get("organisation_name", ""),
        )
        if data["kind"] == AccountKind.SCHOOL_STAFF:
            SchoolMembership.objects.create(user=user, school=data["school"], role=data["staff_role"])
        return user


class LoginForm(AuthenticationForm):
    """Django's login form, asking for the e-mail address."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _(
            "The e-mail address or the password is not right. If you have just registered, confirm your "
            "address first with the link we sent you."
        ),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("E-mail address")
        self.fields["username"].widget.attrs["autocomplete"] = "email"


class ResendConfirmationForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"), max_length=EMAIL_MAX_LENGTH)

    def clean_email(self):
        return normalise_email(self.cleaned_data["email"])


class LocalisedPasswordResetForm(PasswordResetForm):
    """Django's reset form, writing to each account in its preferred language."""

    def send_mail(self, subject_template_name, email_template_name, context, from_email, to_email, **kwargs):
        with translation.override(preferred_language(context["user"])):
            super().send_mail(subject_template_name, email_template_name, context, from_email, to_email, **kwargs)


class ProfileForm(forms.Form):
    """What a person may change about their account."""

    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    preferred_language = forms.ChoiceField(
        label=_("Language for e-mails"), choices=settings.LANGUAGES, help_text=_("The portal writes to you in it.")
    )
    organisation_name = forms.CharField(label=_("Organisation"), max_length=200, required=False)

    def __init__(self, user, *args, **kwargs):
        self.user = user
        profile = user.profile
        initial = {
            "first_name": user.first_name,
            "last_name": user.last_name,
            "preferred_language": profile.preferred_language,
            "organisation_name": profile.organisation_name,
        }
        super().__init__(*args, initial=initial, **kwargs)

    @transaction.atomic
    def save(self):
        data = self.cleaned_data
        self.user.first_name, self.user.last_name = data["first_name"], data["last_name"]
        self.user.save(update_fields=["first_name", "last_name"])
        profile = self.user.profile
        profile.preferred_language = data["preferred_language"]
        profile.organisation_name = data["organisation_name"]
        profile.save(update_fields=["preferred_language", "organisation_name"])


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That is not your password."), code="password_incorrect")
        return password


class CompanyForm(forms.ModelForm):
    """A new company profile; its creator becomes its administrator."""

    class Meta:
        model = Organisation
        fields = ["name", "country", "sector", "website", "size"]
        labels = {"name": _("Company name")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sector"].required = True
        self.fields["size"].required = True

    def clean(self):
        data = super().clean()
        name, country = data.get("name"), data.get("country")
        if name and country and companies_named(name, country).exists():
            self.add_error(
                "name", _("A company of this name in this country is already registered: ask to join it instead.")
            )
        return data


def companies_named(name, country):
    return Organisation.objects.filter(kind=OrganisationKind.COMPANY, name_key=name_key(name), country=country)


class JoinCompanyForm(forms.Form):
    """Asks to join a company registered under exactly this name and country."""

    name = forms.CharField(label=_("Company name"), max_length=200)
    country = forms.ChoiceField(label=_("Country"), choices=Country.choices)

    def clean(self):
        data = super().clean()
        if data.get("name") and data.get("country"):
            company = companies_named(data["name"], data["country"]).first()
            if company is None:
                raise forms.ValidationError(
                    _("No company of this name is registered in this country. Check the spelling, or create it.")
                )
            data["company"] = company
        return data


class SchoolJoinForm(forms.Form):
    school = SchoolChoiceField(label=_("School"), queryset=SchoolPage.objects.none())
    staff_role = forms.ChoiceField(label=_("Your role at the school"), choices=StaffRole.choices)

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)
        self.fields["school"].queryset = live_schools()

    def clean_school(self):
        school = self.cleaned_data["school"]
        open_requests = SchoolMembership.objects.filter(
            user=self.user, school__translation_key=school.translation_key
        ).exclude(status=MembershipStatus.REFUSED)
        if open_requests.exists():
            raise forms.ValidationError(_("You have already asked to join this school."))
        return school


class MembershipDecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("approve", _("Approve")), ("refuse", _("Refuse")), ("remove", _("Remove"))])
