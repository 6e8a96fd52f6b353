"""Inquiries with their messages, quotes and order steps; open requests; the e-mail outbox.

An inquiry belongs to a school's original language version, whichever
language the company wrote from, so every language version of a school shares
one inbox. Text is stored exactly as written and escaped wherever it is shown.
"""

import secrets

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.choices import Country
from offerings.models import Currency


def new_access_key():
    return secrets.token_urlsafe(24)


class InquiryStatus(models.TextChoices):
    """Where an inquiry stands; the order steps follow an accepted quote."""

    UNCONFIRMED = "unconfirmed", _("Waiting for e-mail confirmation")
    OPEN = "open", _("Open")
    QUOTED = "quoted", _("Quote sent")
    ACCEPTED = "accepted", _("Quote accepted")
    IN_PROGRESS = "in_progress", _("In progress")
    DELIVERED = "delivered", _("Delivered")
    COMPLETED = "completed", _("Completed")
    CANCELLED = "cancelled", _("Cancelled")
    DECLINED = "declined", _("Declined")


# The order steps a school moves an accepted order through, and where each may go next.
ORDER_STEPS = {
    InquiryStatus.ACCEPTED: [InquiryStatus.IN_PROGRESS, InquiryStatus.CANCELLED],
    InquiryStatus.IN_PROGRESS: [InquiryStatus.DELIVERED, InquiryStatus.CANCELLED],
    InquiryStatus.DELIVERED: [InquiryStatus.COMPLETED, InquiryStatus.CANCELLED],
}
CLOSED_STATUSES = {InquiryStatus.COMPLETED, InquiryStatus.CANCELLED}


class InquiryQuerySet(models.QuerySet):
    def visible_to_schools(self):
        """Inquiries a school sees: a visitor's only once their e-mail address is confirmed."""
        return self.exclude(status=InquiryStatus.UNCONFIRMED)

    def for_school(self, school):
        """Inquiries to any language version of `school`."""
        return self.visible_to_schools().filter(school__translation_key=school.translation_key)

    def for_schools(self, schools):
        keys = [school.translation_key for school in schools]
        return self.visible_to_schools().filter(school__translation_key__in=keys)

    def of_buyer(self, user):
        """What `user` sent, or any approved member of their organisations sent."""
        from accounts.models import MembershipStatus

        organisations = user.organisation_memberships.filter(status=MembershipStatus.APPROVED).values("organisation_id")
        return self.filter(Q(created_by=user) | Q(organisation__in=organisations))


class Inquiry(models.Model):
    """A company's question to a school about one offering, or a school's answer to an open request."""

    school = models.ForeignKey(
        "schools.SchoolPage", on_delete=models.CASCADE, related_name="inquiries", verbose_name=_("school")
    )
    offering = models.ForeignKey(
        "offerings.OfferingPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="inquiries",
        verbose_name=_("offering"),
    )
    open_request = models.ForeignKey(
        "OpenRequest",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="answers",
        verbose_name=_("open request"),
    )
    # Who asks: an account (with its company), or a visitor who confirmed their address.
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="inquiries",
        verbose_name=_("sent by"),
    )
    organisation = models.ForeignKey(
        "accounts.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="inquiries",
        verbose_name=_("company"),
    )
    company_name = models.CharField(_("company"), max_length=200)
    contact_name = models.CharField(_("contact person"), max_length=200)
    contact_email = models.EmailField(_("e-mail address"))
    contact_phone = models.CharField(_("phone"), max_length=40, blank=True)
    # The language the company wrote in: its e-mails and links use it.
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES, default="en")

    need = models.TextField(_("what you need"), max_length=5000)
    quantity = models.PositiveIntegerField(_("quantity"), null=True, blank=True, validators=[MinValueValidator(1)])
    wished_date = models.DateField(_("wished date"), null=True, blank=True)
    delivery_place = models.CharField(_("delivery place"), max_length=200, blank=True)
    budget_amount = models.DecimalField(
        _("budget"), max_digits=10, decimal_places=2, null=True, blank=True, validators=[MinValueValidator(0)]
    )
    budget_currency = models.CharField(_("currency"), max_length=3, choices=Currency, default=Currency.EUR)

    status = models.CharField(_("status"), max_length=12, choices=InquiryStatus, default=InquiryStatus.OPEN)
    access_key = models.CharField(max_length=40, unique=True, default=new_access_key, editable=False)
    created_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)
    confirmed_at = models.DateTimeField(_("e-mail confirmed at"), null=True, blank=True)
    # The school's first message or quote: the response time is measured to it.
    first_response_at = models.DateTimeField(_("first answered at"), null=True, blank=True)
    updated_at = models.DateTimeField(_("last activity"), default=timezone.now)

    objects = InquiryQuerySet.as_manager()

    class Meta:
        verbose_name = _("inquiry")
        verbose_name_plural = _("inquiries")
        ordering = ["-updated_at"]
        indexes = [models.Index(fields=["school", "created_at"])]
        constraints = [
            # A school answers an open request once (the service says so first, in words).
            models.UniqueConstraint(
                fields=["open_request", "school"],
                condition=Q(open_request__isnull=False),
                name="one_answer_per_school_and_request",
            )
        ]

    def __str__(self):
        return f"{self.reference}: {self.company_name}"

    @property
    def reference(self):
        """The number both sides quote in e-mails and calls."""
        return f"VET2B-{self.pk:06d}" if self.pk else "VET2B-new"

    @property
    def subject(self):
        if self.offering_id:
            return self.offering.title
        if self.open_request_id:
            return self.open_request.title
        return self.need[:80]

    @property
    def received_at(self):
        """When the school got the inquiry: a visitor's on confirmation."""
        return self.confirmed_at or self.created_at

    @property
    def response_time(self):
        """From receipt to the school's first answer, or None while it waits."""
        return self.first_response_at - self.received_at if self.first_response_at else None

    @property
    def is_closed(self):
        return self.status in CLOSED_STATUSES

    def next_steps(self):
        """Order steps the school may move this inquiry to now."""
        return ORDER_STEPS.get(self.status, [])

    def current_quote(self):
        return self.quotes.exclude(status=QuoteStatus.WITHDRAWN).order_by("-created_at").first()


class Message(models.Model):
    """One message in an inquiry's thread, from the company or from the school."""

    inquiry = models.ForeignKey(Inquiry, on_delete=models.CASCADE, related_name="messages")
    from_school = models.BooleanField(_("from the school"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    author_name = models.CharField(_("written by"), max_length=200)
    body = models.TextField(_("message"), max_length=5000)
    created_at = models.DateTimeField(_("sent at"), default=timezone.now)

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.author_name}, {self.created_at:%Y-%m-%d %H:%M}"


class QuoteStatus(models.TextChoices):
    SENT = "sent", _("Waiting for the company's answer")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    WITHDRAWN = "withdrawn", _("Replaced by a newer quote")


class Quote(models.Model):
    """A school's written offer: price, what is included, delivery and validity dates, the teacher responsible."""

    inquiry = models.ForeignKey(Inquiry, on_delete=models.CASCADE, related_name="quotes")
    price = models.DecimalField(_("price"), max_digits=10, decimal_places=2, validators=[MinValueValidator(0)])
    currency = models.CharField(_("currency"), max_length=3, choices=Currency, default=Currency.EUR)
    included = models.TextField(_("what is included"), max_length=5000)
    delivery_date = models.DateField(_("delivery date"))
    valid_until = models.DateField(_("valid until"))
    teacher = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("teacher responsible"),
    )
    # Kept as written when the quote was sent, so it reads the same if the account goes.
    teacher_name = models.CharField(_("teacher responsible"), max_length=200)
    status = models.CharField(_("status"), max_length=10, choices=QuoteStatus, default=QuoteStatus.SENT)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(_("sent at"), default=timezone.now)
    decided_at = models.DateTimeField(_("answered at"), null=True, blank=True)

    class Meta:
        verbose_name = _("quote")
        verbose_name_plural = _("quotes")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.price} {self.currency}"

    @property
    def is_expired(self):
        return self.valid_until < timezone.localdate()

    @property
    def can_be_answered(self):
        return self.status == QuoteStatus.SENT and not self.is_expired


class StatusChange(models.Model):
    """One step in an inquiry's life, with its date and who took it."""

    inquiry = models.ForeignKey(Inquiry, on_delete=models.CASCADE, related_name="status_changes")
    status = models.CharField(_("status"), max_length=12, choices=InquiryStatus)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    note = models.CharField(_("note"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("date"), default=timezone.now)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.get_status_display()} {self.created_at:%Y-%m-%d}"


class OpenRequestStatus(models.TextChoices):
    OPEN = "open", _("Open for answers")
    AWARDED = "awarded", _("A school was chosen")
    CLOSED = "closed", _("Closed")


class OpenRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=OpenRequestStatus.OPEN, needed_by__gte=timezone.localdate())

    def past_due(self):
        return self.filter(status=OpenRequestStatus.OPEN, needed_by__lt=timezone.localdate())

    def of_buyer(self, user):
        """Requests `user` posted, or any approved member of their organisations posted."""
        from accounts.models import MembershipStatus

        organisations = user.organisation_memberships.filter(status=MembershipStatus.APPROVED).values("organisation_id")
        return self.filter(Q(created_by=user) | Q(organisation__in=organisations))


class OpenRequest(models.Model):
    """A company's need posted to every school that teaches the trade in a country; a few schools may answer."""

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="open_requests"
    )
    organisation = models.ForeignKey(
        "accounts.Organisation", on_delete=models.CASCADE, related_name="open_requests", verbose_name=_("company")
    )
    title = models.CharField(_("what you need, in one line"), max_length=200)
    category = models.ForeignKey(
        "offerings.Category", on_delete=models.PROTECT, related_name="+", verbose_name=_("category")
    )
    country = models.CharField(_("country"), max_length=2, choices=Country)
    place = models.CharField(_("delivery place"), max_length=200, blank=True)
    description = models.TextField(_("description"), max_length=5000)
    quantity = models.PositiveIntegerField(_("quantity"), null=True, blank=True, validators=[MinValueValidator(1)])
    needed_from = models.DateField(_("work can start on"), null=True, blank=True)
    needed_by = models.DateField(_("needed by"))
    max_answers = models.PositiveSmallIntegerField(
        _("schools that may answer"), default=settings.OPEN_REQUEST_MAX_ANSWERS, validators=[MinValueValidator(1)]
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES, default="en")
    status = models.CharField(_("status"), max_length=10, choices=OpenRequestStatus, default=OpenRequestStatus.OPEN)
    chosen = models.ForeignKey(
        Inquiry, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("chosen answer")
    )
    created_at = models.DateTimeField(_("posted at"), default=timezone.now)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)

    objects = OpenRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("open request")
        verbose_name_plural = _("open requests")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    @property
    def is_open(self):
        return self.status == OpenRequestStatus.OPEN and self.needed_by >= timezone.localdate()

    def places_left(self):
        return max(self.max_answers - self.answers.count(), 0)


class EmailStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to be sent")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Gave up")


class OutboundEmailQuerySet(models.QuerySet):
    def due(self):
        return self.filter(status=EmailStatus.PENDING, next_attempt_at__lte=timezone.now())


class OutboundEmail(models.Model):
    """An e-mail stored with the change it reports, then sent by the task queue with retries."""

    to = models.EmailField(_("to"))
    subject = models.CharField(_("subject"), max_length=300)
    body = models.TextField(_("body"))
    inquiry = models.ForeignKey(Inquiry, on_delete=models.CASCADE, null=True, blank=True, related_name="emails")
    status = models.CharField(_("status"), max_length=10, choices=EmailStatus, default=EmailStatus.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    next_attempt_at = models.DateTimeField(_("next attempt at"), default=timezone.now, db_index=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    objects = OutboundEmailQuerySet.as_manager()

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.to}: {self.subject}"
