"""Students, the versioned consent wording, and the consent records that decide what is public."""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.images import get_image_model
from wagtail.search import index

from schools.tenancy import school_collection

# Below this age a guardian consents for the student (GDPR art. 8 lets member states choose 13 to 16; we take 16).
AGE_OF_CONSENT = 16


class ConsentText(models.Model):
    """One version of the wording a student or guardian agrees to.

    A consent record points to the exact version that was signed, so a text
    that has been consented to is never changed: a new wording is a new version.
    """

    version = models.CharField(
        _("version"), max_length=20, unique=True, help_text=_("For example 2026-01; printed on the paper form.")
    )
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("text"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    panels = [FieldPanel("version"), FieldPanel("title"), FieldPanel("text")]

    class Meta:
        verbose_name = _("consent text")
        verbose_name_plural = _("consent texts")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.version}: {self.title}"

    def clean(self):
        if self.pk and self.consents.exists():
            stored = ConsentText.objects.get(pk=self.pk)
            if (stored.version, stored.title, stored.text) != (self.version, self.title, self.text):
                raise ValidationError(
                    _("People have consented to this text, so it cannot change. Add a new version instead.")
                )


class StudentQuerySet(models.QuerySet):
    def of_schools(self, schools):
        """Students of these schools (source-language SchoolPages or a queryset of them)."""
        return self.filter(school__in=schools)


class Student(index.Indexed, models.Model):
    """A student of a school who may be credited on the school's offerings.

    Whether the name or photo may be shown is decided by the student's
    consent records at the moment a page is shown (see `public_credits`).
    """

    school = models.ForeignKey(
        "schools.SchoolPage",
        on_delete=models.CASCADE,
        related_name="students",
        verbose_name=_("school"),
        help_text=_("The school's original language version."),
    )
    first_name = models.CharField(_("first name"), max_length=60)
    last_name = models.CharField(_("last name"), max_length=80)
    birth_date = models.DateField(
        _("date of birth"),
        null=True,
        blank=True,
        help_text=_("Tells whether a guardian must consent. Without it, the student counts as under 16."),
    )
    photo = models.ForeignKey(
        get_image_model(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("photo"),
        help_text=_("Shown only while a consent covers the photo; deleted when that consent is withdrawn."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = StudentQuerySet.as_manager()

    panels = [
        FieldPanel("school"),
        FieldRowPanel([FieldPanel("first_name"), FieldPanel("last_name")]),
        FieldPanel("birth_date"),
        FieldPanel("photo"),
    ]

    search_fields = [
        index.SearchField("first_name"),
        index.SearchField("last_name"),
        index.AutocompleteField("first_name"),
        index.AutocompleteField("last_name"),
        index.FilterField("school_id"),
    ]

    class Meta:
        verbose_name = _("student")
        verbose_name_plural = _("students")
        ordering = ["last_name", "first_name", "pk"]

    def __str__(self):
        return f"{self.first_name} {self.last_name}"

    def save(self, *args, **kwargs):
        # The photo joins the school's collection, so the school's staff (and only they) manage the file.
        if self.photo_id and self.school_id:
            collection = school_collection(self.school)
            if self.photo.collection_id != collection.pk:
                self.photo.collection = collection
                self.photo.save(update_fields=["collection"])
        super().save(*args, **kwargs)

    @property
    def initial(self):
        """What the public sees without consent: "A."."""
        return f"{self.first_name[:1].upper()}." if self.first_name else ""

    def age_on(self, day):
        if self.birth_date is None:
            return None
        before_birthday = (day.month, day.day) < (self.birth_date.month, self.birth_date.day)
        return day.year - self.birth_date.year - before_birthday

    def is_minor_on(self, day):
        """Under 16 on `day`; a student without a known birth date counts as a minor."""
        age = self.age_on(day)
        return age is None or age < AGE_OF_CONSENT

    def withdraw_consent(self, user=None):
        """Withdraw every active consent; the records stay. Returns how many were withdrawn.

        The pages read consent when shown, so the name disappears at once; a
        task then deletes the photo and reindexes the pages that credit the student.
        """
        from .tasks import purge_withdrawn_consent  # the task module builds on these models

        withdrawn = self.consents.filter(withdrawn_at__isnull=True).update(
            withdrawn_at=timezone.now(), withdrawn_by=user
        )
        if withdrawn:
            transaction.on_commit(lambda: purge_withdrawn_consent.enqueue(self.pk))
        return withdrawn


class GivenBy(models.TextChoices):
    STUDENT = "student", _("The student")
    GUARDIAN = "guardian", _("A parent or guardian")


class NameShown(models.TextChoices):
    NONE = "none", _("No name")
    FIRST_NAME = "first_name", _("First name")
    FULL_NAME = "full_name", _("First and last name")


class ConsentQuerySet(models.QuerySet):
    def active(self, at=None):
        """Given (not in the future) and not withdrawn."""
        at = at or timezone.now()
        return self.filter(given_at__lte=at, withdrawn_at__isnull=True)

    def withdrawn(self):
        return self.filter(withdrawn_at__isnull=False)


class Consent(models.Model):
    """A signed consent to show a student's name and/or photo publicly on the portal.

    Records are never edited or deleted: withdrawing sets `withdrawn_at`,
    and a changed agreement is a new record.
    """

    student = models.ForeignKey(Student, on_delete=models.CASCADE, related_name="consents", verbose_name=_("student"))
    given_by = models.CharField(_("given by"), max_length=10, choices=GivenBy, default=GivenBy.STUDENT)
    guardian_name = models.CharField(_("guardian's name"), max_length=120, blank=True)
    guardian_relation = models.CharField(
        _("guardian's relation"), max_length=60, blank=True, help_text=_("For example mother, father, legal guardian.")
    )
    consent_text = models.ForeignKey(
        ConsentText, on_delete=models.PROTECT, related_name="consents", verbose_name=_("text consented to")
    )
    name_shown = models.CharField(_("name shown"), max_length=12, choices=NameShown, default=NameShown.FIRST_NAME)
    photo_shown = models.BooleanField(_("photo shown"), default=False)
    given_at = models.DateTimeField(_("given at"), default=timezone.now)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("withdrawal recorded by"),
    )

    objects = ConsentQuerySet.as_manager()

    panels = [
        FieldPanel("student"),
        MultiFieldPanel(
            [FieldPanel("given_by"), FieldRowPanel([FieldPanel("guardian_name"), FieldPanel("guardian_relation")])],
            heading=_("Who consents"),
        ),
        MultiFieldPanel(
            [FieldPanel("consent_text"), FieldPanel("name_shown"), FieldPanel("photo_shown")],
            heading=_("What is consented to"),
        ),
        FieldPanel("given_at"),
    ]

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["-given_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(name_shown="none", photo_shown=False), name="consent_covers_name_or_photo"
            ),
        ]

    def __str__(self):
        return _("%(student)s, %(date)s") % {"student": self.student, "date": self.given_at.date().isoformat()}

    @property
    def is_active(self):
        return self.withdrawn_at is None and self.given_at <= timezone.now()

    @property
    def covers_name(self):
        return self.name_shown != NameShown.NONE

    def is_valid_for_age(self):
        """A student under 16 (or of unknown age) needs a guardian's consent."""
        return self.given_by == GivenBy.GUARDIAN or not self.student.is_minor_on(timezone.localdate(self.given_at))

    def clean(self):
        errors = {}
        if self.pk:
            raise ValidationError(_("A consent record cannot be changed. Withdraw it and record a new one."))
        if self.name_shown == NameShown.NONE and not self.photo_shown:
            errors["name_shown"] = _("Consent must cover the name, the photo or both.")
        if self.given_by == GivenBy.GUARDIAN:
            if not self.guardian_name.strip():
                errors["guardian_name"] = _("Enter the name of the parent or guardian who consents.")
            if not self.guardian_relation.strip():
                errors["guardian_relation"] = _("Say how the guardian is related to the student.")
        elif self.student_id and self.given_at and self.student.is_minor_on(timezone.localdate(self.given_at)):
            errors["given_by"] = _(
                "This student is under 16 (or has no date of birth recorded): a parent or guardian must consent."
            )
        if self.given_at and self.given_at > timezone.now():
            errors["given_at"] = _("Consent cannot be dated in the future.")
        if errors:
            raise ValidationError(errors)


@dataclass(frozen=True)
class PublicCredit:
    """What the public may see of one student right now."""

    name: str | None
    photo: object | None
    initial: str


def public_credits(students, at=None):
    """{student pk: PublicCredit} for `students`, read from their consents now, in one query.

    The most recent active consent that is valid for the student's age
    decides; without one, only the initial is shown.
    """
    students = [student for student in students if student is not None]
    consents = (
        Consent.objects.active(at)
        .filter(student__in=[student.pk for student in students])
        .order_by("student_id", "-given_at", "-pk")
    )
    governing = {}
    by_pk = {student.pk: student for student in students}
    for consent in consents:
        consent.student = by_pk[consent.student_id]
        if consent.student_id not in governing and consent.is_valid_for_age():
            governing[consent.student_id] = consent
    return {student.pk: credit_for(student, governing.get(student.pk)) for student in students}


def credit_for(student, consent):
    if consent is None:
        return PublicCredit(None, None, student.initial)
    name = {
        NameShown.FIRST_NAME: student.first_name,
        NameShown.FULL_NAME: f"{student.first_name} {student.last_name}",
    }.get(consent.name_shown)
    photo = student.photo if consent.photo_shown and student.photo_id else None
    return PublicCredit(name, photo, student.initial)


def public_credit(student):
    return public_credits([student])[student.pk]
