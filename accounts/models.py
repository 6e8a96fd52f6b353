"""Accounts of the public site, the organisations they belong to, and what they keep.

Django's own `auth.User` is the account: its username is the e-mail address,
lower-cased, so both the public login and the Wagtail admin login take the
e-mail address. Everything the portal adds lives beside it here.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.choices import Country


class AccountKind(models.TextChoices):
    """Who registers: the role an account is recorded with."""

    COMPANY = "company", _("Company")
    SCHOOL_STAFF = "school_staff", _("School staff member")
    STUDENT = "student", _("Student")
    AUTHORITY = "authority", _("Local or regional authority")
    EMPLOYMENT_BODY = "employment_body", _("Public employment body")


# Roles a person declares and that grant nothing sensitive until a site
# administrator confirms them (statistics access comes with a later issue).
ROLES_CONFIRMED_BY_ADMINISTRATOR = {AccountKind.AUTHORITY, AccountKind.EMPLOYMENT_BODY}


class Profile(models.Model):
    """What the portal knows about an account beyond Django's user: role, language, organisation."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    # Blank for accounts made in the admin, which declared no role.
    kind = models.CharField(_("I am registering as"), max_length=20, choices=AccountKind, blank=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The portal writes to you in this language."),
    )
    organisation_name = models.CharField(
        _("organisation"),
        max_length=200,
        blank=True,
        help_text=_("The authority, employment body or school you belong to."),
    )
    role_confirmed = models.BooleanField(
        _("role confirmed"),
        default=False,
        help_text=_("Authorities and employment bodies get their access once a site administrator confirms this."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("account profile")
        verbose_name_plural = _("account profiles")

    def __str__(self):
        return f"{self.user.email} ({self.get_kind_display()})"


class NaceSection(models.TextChoices):
    """Sections of the EU's statistical classification of economic activities, NACE Rev. 2."""

    A = "A", _("A – Agriculture, forestry and fishing")
    B = "B", _("B – Mining and quarrying")
    C = "C", _("C – Manufacturing")
    D = "D", _("D – Electricity, gas, steam and air conditioning supply")
    E = "E", _("E – Water supply; sewerage, waste management and remediation activities")
    F = "F", _("F – Construction")
    G = "G", _("G – Wholesale and retail trade; repair of motor vehicles and motorcycles")
    H = "H", _("H – Transportation and storage")
    I = "I", _("I – Accommodation and food service activities")  # noqa: E741 (the section's own letter)
    J = "J", _("J – Information and communication")
    K = "K", _("K – Financial and insurance activities")
    L = "L", _("L – Real estate activities")
    M = "M", _("M – Professional, scientific and technical activities")
    N = "N", _("N – Administrative and support service activities")
    O = "O", _("O – Public administration and defence; compulsory social security")  # noqa: E741
    P = "P", _("P – Education")
    Q = "Q", _("Q – Human health and social work activities")
    R = "R", _("R – Arts, entertainment and recreation")
    S = "S", _("S – Other service activities")
    T = "T", _("T – Activities of households as employers and for own use")
    U = "U", _("U – Activities of extraterritorial organisations and bodies")


class CompanySize(models.TextChoices):
    """Size bands by headcount, as in the EU's SME definition."""

    MICRO = "micro", _("1–9 people")
    SMALL = "small", _("10–49 people")
    MEDIUM = "medium", _("50–249 people")
    LARGE = "large", _("250 people or more")


class OrganisationKind(models.TextChoices):
    COMPANY = "company", _("Company")
    SCHOOL = "school", _("School")


def name_key(name):
    return " ".join(name.casefold().split())


class Organisation(models.Model):
    """A buyer: a company, or a school ordering from other schools on its own behalf."""

    kind = models.CharField(_("kind"), max_length=10, choices=OrganisationKind, default=OrganisationKind.COMPANY)
    name = models.CharField(_("name"), max_length=200)
    # The name case-folded with single spaces: "UAB Ąžuolas" and "uab  ąžuolas" are one company
    # (SQLite folds only ASCII letters itself).
    name_key = models.CharField(max_length=200, db_index=True, editable=False, default="")
    country = models.CharField(_("country"), max_length=2, choices=Country)
    sector = models.CharField(_("sector (NACE Rev. 2)"), max_length=1, choices=NaceSection, blank=True)
    website = models.URLField(_("website"), blank=True)
    size = models.CharField(_("size"), max_length=10, choices=CompanySize, blank=True)
    # A school as a buyer: its staff order on its behalf. Any language version of the school.
    school = models.OneToOneField(
        "schools.SchoolPage",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="buyer_organisation",
        verbose_name=_("school"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name_key = name_key(self.name)
        return super().save(*args, **kwargs)

    def members(self):
        return self.memberships.filter(status=MembershipStatus.APPROVED)

    def administrators(self):
        return self.members().filter(is_admin=True)


class MembershipStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for a decision")
    APPROVED = "approved", _("Approved")
    REFUSED = "refused", _("Refused")


class MembershipQuerySet(models.QuerySet):
    def pending(self):
        """Requests still to decide, from people who have confirmed their e-mail address."""
        return self.filter(status=MembershipStatus.PENDING, user__is_active=True)

    def approved(self):
        return self.filter(status=MembershipStatus.APPROVED)


class OrganisationMembership(models.Model):
    """A person in an organisation. The first member of a company is its administrator and approves the others."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="organisation_memberships"
    )
    status = models.CharField(_("status"), max_length=10, choices=MembershipStatus, default=MembershipStatus.PENDING)
    is_admin = models.BooleanField(_("administrator"), default=False)
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("organisation membership")
        verbose_name_plural = _("organisation memberships")
        constraints = [models.UniqueConstraint(fields=["organisation", "user"], name="one_membership_per_organisation")]

    def __str__(self):
        return f"{self.user.email} in {self.organisation}"


class StaffRole(models.TextChoices):
    """What a member of a school's staff does; each maps to a role in the school's admin."""

    TEACHER = "teacher", _("Teacher")
    COORDINATOR = "coordinator", _("Coordinator")

    @property
    def tenancy_role(self):
        """The `schools.tenancy` role: teachers edit, coordinators moderate."""
        return "moderator" if self == StaffRole.COORDINATOR else "editor"


class SchoolMembership(models.Model):
    """A request of a school's staff member to join the school, and its outcome."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="school_memberships")
    school = models.ForeignKey(
        "schools.SchoolPage", on_delete=models.CASCADE, related_name="staff_memberships", verbose_name=_("school")
    )
    role = models.CharField(_("role"), max_length=12, choices=StaffRole, default=StaffRole.TEACHER)
    status = models.CharField(_("status"), max_length=10, choices=MembershipStatus, default=MembershipStatus.PENDING)
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("school staff membership")
        verbose_name_plural = _("school staff memberships")
        constraints = [
            # One open or approved request per person and school; refused ones stay as history.
            models.UniqueConstraint(
                fields=["user", "school"],
                condition=~Q(status="refused"),
                name="one_open_school_membership",
            )
        ]

    def __str__(self):
        return f"{self.user.email}: {self.get_role_display()} at {self.school}"


class Favourite(models.Model):
    """An offering an account keeps to come back to; saved in one language, shown as saved in all."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="favourites")
    offering = models.ForeignKey("offerings.OfferingPage", on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(_("saved at"), auto_now_add=True)

    class Meta:
        verbose_name = _("favourite offering")
        verbose_name_plural = _("favourite offerings")
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["user", "offering"], name="one_favourite_per_offering")]

    def __str__(self):
        return f"{self.user.email}: {self.offering.title}"


class SavedSearch(models.Model):
    """A search kept as its query string, optionally e-mailed when new offerings match it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_searches")
    query_string = models.CharField(_("query string"), max_length=2000)
    alerts_enabled = models.BooleanField(_("e-mail me new results"), default=False)
    # Offerings first published after this moment are new to the account.
    last_alert_at = models.DateTimeField(_("last checked for new results"), default=timezone.now)
    created_at = models.DateTimeField(_("saved at"), auto_now_add=True)

    class Meta:
        verbose_name = _("saved search")
        verbose_name_plural = _("saved searches")
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["user", "query_string"], name="one_saved_search_per_query")]

    def __str__(self):
        return self.query_string or "(all offerings)"
