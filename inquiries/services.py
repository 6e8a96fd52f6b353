"""What companies and schools do with inquiries, quotes and open requests.

Views in the site and the admin call these and nothing else changes an
inquiry. Each function stores the change, records the step, and queues the
e-mails to the other side in the same transaction (see `outbox.py`).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from accounts.emails import absolute_url, preferred_language
from home.models import original_version
from offerings.models import Category
from schools.models import SchoolPage, SchoolTenancy

from .models import (
    CLOSED_STATUSES,
    ORDER_STEPS,
    Inquiry,
    InquiryStatus,
    Message,
    OpenRequest,
    OpenRequestStatus,
    Quote,
    QuoteStatus,
    StatusChange,
)
from .outbox import queue_email

CONFIRMATION_SALT = "inquiries.confirm"
CONFIRMATION_DAYS = 3


class InquiryError(ValidationError):
    """A step that is not possible now; its message is shown to the person who tried."""


# --- Who hears about what ---------------------------------------------------


def school_staff(school):
    """Active accounts that teach at or coordinate `school` (any language version)."""
    tenancy = SchoolTenancy.objects.filter(translation_key=school.translation_key).first()
    if tenancy is None:
        return []
    users = (
        get_user_model()
        .objects.filter(groups__in=[tenancy.editors_id, tenancy.moderators_id], is_active=True)
        .distinct()
    )
    return list(users.select_related("profile").order_by("pk"))


def school_recipients(school):
    """(address, language) pairs for a school: its staff, or its contact address when it has no staff yet."""
    staff = [(user.email, preferred_language(user)) for user in school_staff(school) if user.email]
    if staff:
        return staff
    if school.contact_email:
        return [(school.contact_email, school.locale.language_code)]
    return []


def company_language(inquiry):
    return preferred_language(inquiry.created_by) if inquiry.created_by_id else inquiry.language


def company_link(inquiry):
    """The company's page for the thread, in its language (the key is the visitor's pass)."""
    with translation.override(company_language(inquiry)):
        return absolute_url(reverse("inquiries:thread", args=[inquiry.access_key]))


def school_link(inquiry):
    return absolute_url(reverse("inquiries_admin:detail", args=[inquiry.pk]))


def notify_school(inquiry, template, **context):
    for address, language in school_recipients(inquiry.school):
        queue_email(
            address,
            template,
            {"inquiry": inquiry, "link": school_link(inquiry), **context},
            language,
            inquiry=inquiry,
        )


def notify_company(inquiry, template, **context):
    queue_email(
        inquiry.contact_email,
        template,
        {"inquiry": inquiry, "link": company_link(inquiry), **context},
        company_language(inquiry),
        inquiry=inquiry,
    )


def display_name(user):
    """How a person is named to the other side: never their e-mail address (usernames are addresses)."""
    return user.get_full_name() or user.get_username().split("@")[0]


def _record(inquiry, status, user=None, note=""):
    inquiry.status = status
    inquiry.updated_at = timezone.now()
    inquiry.save(update_fields=["status", "updated_at"])
    StatusChange.objects.create(inquiry=inquiry, status=status, changed_by=user, note=note[:500])


def _answered(inquiry, when):
    if inquiry.first_response_at is None:
        inquiry.first_response_at = when
        inquiry.save(update_fields=["first_response_at"])


# --- Inquiries ----------------------------------------------------------------


@transaction.atomic
def create_inquiry(*, school, offering=None, user=None, organisation=None, language="en", **fields):
    """Store a company's inquiry; an account's goes to the school at once, a visitor's after confirmation.

    `fields` are the Inquiry's own fields (need, quantity, contact_name, ...).
    """
    confirmed = user is not None and user.is_authenticated
    inquiry = Inquiry.objects.create(
        school=original_version(school),
        offering=offering,
        created_by=user if confirmed else None,
        organisation=organisation if confirmed else None,
        language=language,
        status=InquiryStatus.OPEN if confirmed else InquiryStatus.UNCONFIRMED,
        confirmed_at=timezone.now() if confirmed else None,
        **fields,
    )
    StatusChange.objects.create(inquiry=inquiry, status=inquiry.status, changed_by=user if confirmed else None)
    if confirmed:
        _announce(inquiry)
    else:
        with translation.override(language):
            link = absolute_url(reverse("inquiries:confirm", args=[make_confirmation_token(inquiry)]))
        queue_email(
            inquiry.contact_email,
            "confirm_inquiry",
            {"inquiry": inquiry, "link": link, "days": CONFIRMATION_DAYS},
            language,
            inquiry=inquiry,
        )
    return inquiry


def _announce(inquiry):
    notify_school(inquiry, "new_inquiry")
    notify_company(inquiry, "inquiry_received")


def make_confirmation_token(inquiry):
    return signing.dumps({"inquiry": inquiry.pk, "key": inquiry.access_key}, salt=CONFIRMATION_SALT, compress=True)


def read_confirmation_token(token):
    """The inquiry a confirmation link stands for; InquiryError when the link is bad or too old."""
    try:
        data = signing.loads(token, salt=CONFIRMATION_SALT, max_age=CONFIRMATION_DAYS * 24 * 3600)
    except signing.SignatureExpired as error:
        raise InquiryError(_("This confirmation link has expired. Please send your inquiry again.")) from error
    except signing.BadSignature as error:
        raise InquiryError(_("This confirmation link is not valid.")) from error
    inquiry = Inquiry.objects.filter(pk=data.get("inquiry"), access_key=data.get("key")).first()
    if inquiry is None:
        raise InquiryError(_("This confirmation link is not valid."))
    return inquiry


@transaction.atomic
def confirm_inquiry(inquiry):
    """A visitor confirmed their address: the inquiry reaches the school now. Confirming twice is harmless."""
    inquiry = Inquiry.objects.select_for_update().get(pk=inquiry.pk)
    if inquiry.status != InquiryStatus.UNCONFIRMED:
        return inquiry
    inquiry.confirmed_at = timezone.now()
    inquiry.save(update_fields=["confirmed_at"])
    _record(inquiry, InquiryStatus.OPEN)
    _announce(inquiry)
    return inquiry


@transaction.atomic
def post_message(inquiry, *, body, from_school, author):
    """Add a message to the thread and tell the other side."""
    if inquiry.status == InquiryStatus.UNCONFIRMED:
        raise InquiryError(_("This inquiry is waiting for its e-mail address to be confirmed."))
    body = body.strip()
    if not body:
        raise InquiryError(_("Write a message first."))
    if from_school:
        name = display_name(author) if author and author.is_authenticated else inquiry.school.title
    else:
        name = inquiry.contact_name
    message = Message.objects.create(
        inquiry=inquiry,
        from_school=from_school,
        author=author if author and author.pk else None,
        author_name=name,
        body=body,
    )
    inquiry.updated_at = message.created_at
    inquiry.save(update_fields=["updated_at"])
    if from_school:
        _answered(inquiry, message.created_at)
        notify_company(inquiry, "new_message", message=message)
    else:
        notify_school(inquiry, "new_message", message=message)
    return message


@transaction.atomic
def send_quote(inquiry, *, price, currency, included, delivery_date, valid_until, teacher, created_by):
    """Send a written quote; an earlier unanswered quote is replaced by it."""
    if inquiry.is_closed or inquiry.status in {InquiryStatus.UNCONFIRMED, *ORDER_STEPS}:
        raise InquiryError(_("A quote can no longer be sent for this inquiry."))
    if valid_until < timezone.localdate():
        raise InquiryError(_("The validity date is in the past."))
    inquiry.quotes.filter(status=QuoteStatus.SENT).update(status=QuoteStatus.WITHDRAWN)
    quote = Quote.objects.create(
        inquiry=inquiry,
        price=price,
        currency=currency,
        included=included,
        delivery_date=delivery_date,
        valid_until=valid_until,
        teacher=teacher,
        teacher_name=display_name(teacher),
        created_by=created_by,
    )
    _answered(inquiry, quote.created_at)
    _record(inquiry, InquiryStatus.QUOTED, created_by)
    notify_company(inquiry, "quote_sent", quote=quote)
    return quote


@transaction.atomic
def accept_quote(quote, user):
    """The company accepts: the work is ordered. For an open request, that school is the one chosen."""
    quote = Quote.objects.select_for_update().select_related("inquiry").get(pk=quote.pk)
    if not quote.can_be_answered:
        raise InquiryError(_("This quote can no longer be accepted."))
    quote.status, quote.decided_at = QuoteStatus.ACCEPTED, timezone.now()
    quote.save(update_fields=["status", "decided_at"])
    inquiry = quote.inquiry
    _record(inquiry, InquiryStatus.ACCEPTED, user)
    notify_school(inquiry, "quote_accepted", quote=quote)
    if inquiry.open_request_id:
        choose_answer(inquiry.open_request, inquiry, user)
    return quote


@transaction.atomic
def decline_quote(quote, user, reason=""):
    """The company declines; the school may send another quote."""
    quote = Quote.objects.select_for_update().select_related("inquiry").get(pk=quote.pk)
    if not quote.can_be_answered:
        raise InquiryError(_("This quote can no longer be declined."))
    quote.status, quote.decided_at = QuoteStatus.DECLINED, timezone.now()
    quote.save(update_fields=["status", "decided_at"])
    _record(quote.inquiry, InquiryStatus.DECLINED, user, reason)
    notify_school(quote.inquiry, "quote_declined", quote=quote, reason=reason)
    return quote


@transaction.atomic
def change_status(inquiry, status, user, *, by_school, note=""):
    """Move an order a step on (school), or cancel it (either side)."""
    status = InquiryStatus(status)
    if inquiry.status in CLOSED_STATUSES:
        raise InquiryError(_("This inquiry is closed."))
    allowed = set(ORDER_STEPS.get(inquiry.status, [])) if by_school else set()
    if inquiry.status != InquiryStatus.UNCONFIRMED:
        allowed.add(InquiryStatus.CANCELLED)
    if status not in allowed:
        raise InquiryError(
            _("An inquiry that is “%(current)s” cannot become “%(new)s”.")
            % {"current": inquiry.get_status_display(), "new": status.label}
        )
    _record(inquiry, status, user, note)
    if by_school:
        notify_company(inquiry, "status_changed", note=note)
    else:
        notify_school(inquiry, "status_changed", note=note)
    return inquiry


# --- Open requests ------------------------------------------------------------


def schools_for_request(open_request):
    """Live schools (original versions) in the request's country that teach its category, in any language."""
    schools = (
        SchoolPage.objects.live()
        .filter(country=open_request.country, categories__translation_key=open_request.category.translation_key)
        .distinct()
    )
    return list(
        SchoolPage.objects.filter(translation_key__in=schools.values("translation_key")).originals().order_by("pk")
    )


def school_matches_request(school, open_request):
    """Whether `school` (any language version) is one `schools_for_request` names."""
    return (
        SchoolPage.objects.live()
        .filter(
            translation_key=school.translation_key,
            country=open_request.country,
            categories__translation_key=open_request.category.translation_key,
        )
        .exists()
    )


def requests_for_schools(schools):
    """Open requests (in any state) that any of `schools` may answer or has answered: `schools_for_request` set-wise.

    A school matches a request when one of its live versions is in the request's
    country and teaches the request's category (in any language).
    """
    keys = [school.translation_key for school in schools]
    matching = SchoolPage.objects.live().filter(
        translation_key__in=keys,
        country=OuterRef("country"),
        categories__translation_key=OuterRef("category__translation_key"),
    )
    answered = Inquiry.objects.filter(open_request=OuterRef("pk"), school__translation_key__in=keys)
    return OpenRequest.objects.filter(Exists(matching) | Exists(answered))


def request_link(open_request):
    return absolute_url(reverse("inquiries_admin:request", args=[open_request.pk]))


def check_request_dates(needed_from, needed_by):
    """InquiryError when the dates of an open request cannot be right."""
    if needed_by < timezone.localdate():
        raise InquiryError(_("The date you need it by is in the past."))
    if needed_from and needed_from > needed_by:
        raise InquiryError(_("The work cannot start after the date it is needed by."))


@transaction.atomic
def post_open_request(*, user, organisation, language="en", **fields):
    """Store a company's open request and tell the schools that could take it on.

    `category` may be any language's row; the request keeps the original. The
    returned request's `schools_notified` says how many schools were e-mailed.
    """
    check_request_dates(fields.get("needed_from"), fields["needed_by"])
    fields["category"] = original_version(fields["category"])  # as inquiries hang on a school's original
    fields.setdefault("max_answers", settings.OPEN_REQUEST_MAX_ANSWERS)
    open_request = OpenRequest.objects.create(created_by=user, organisation=organisation, language=language, **fields)
    # Each school reads the trade's name in its own language.
    names = dict(
        Category.objects.filter(translation_key=open_request.category.translation_key).values_list(
            "locale__language_code", "name"
        )
    )
    open_request.schools_notified = 0
    for school in schools_for_request(open_request):
        recipients = school_recipients(school)
        open_request.schools_notified += bool(recipients)
        for address, school_language in recipients:
            context = {
                "open_request": open_request,
                "school": school,
                "category_name": names.get(school_language, open_request.category.name),
                "link": request_link(open_request),
            }
            queue_email(address, "open_request_posted", context, school_language)
    return open_request


def open_request_link(open_request, language=None):
    """The company's page for its request, in `language` (else its author's)."""
    if language is None:
        language = preferred_language(open_request.created_by) if open_request.created_by else open_request.language
    with translation.override(language):
        return absolute_url(reverse("inquiries:request", args=[open_request.pk]))


@transaction.atomic
def answer_open_request(open_request, school, *, body, author):
    """A school offers to take an open request on: a thread opens with its message, while places are left."""
    # The row lock makes answers to one request take turns, so the count below cannot be outrun.
    open_request = OpenRequest.objects.select_for_update().get(pk=open_request.pk)
    school = original_version(school)
    if not open_request.is_open:
        raise InquiryError(_("This request is closed."))
    if not school_matches_request(school, open_request):
        raise InquiryError(_("Only schools that teach this trade in this country can answer this request."))
    if open_request.answers.filter(school__translation_key=school.translation_key).exists():
        raise InquiryError(_("Your school has already answered this request."))
    if open_request.places_left() == 0:
        raise InquiryError(
            _("This request already has the %(count)s answers it accepts.") % {"count": open_request.max_answers}
        )
    buyer = open_request.created_by
    inquiry = Inquiry.objects.create(
        school=school,
        open_request=open_request,
        created_by=buyer,
        organisation=open_request.organisation,
        company_name=open_request.organisation.name,
        contact_name=display_name(buyer) if buyer else open_request.organisation.name,
        contact_email=buyer.email if buyer else "",
        language=open_request.language,
        need=open_request.description,
        quantity=open_request.quantity,
        wished_date=open_request.needed_by,
        delivery_place=open_request.place,
        status=InquiryStatus.OPEN,
        confirmed_at=timezone.now(),
    )
    StatusChange.objects.create(inquiry=inquiry, status=InquiryStatus.OPEN, changed_by=author)
    post_message(inquiry, body=body, from_school=True, author=author)
    return inquiry


@transaction.atomic
def choose_answer(open_request, inquiry, user):
    """The company picks one school's answer: the request closes and the other schools hear so."""
    open_request = OpenRequest.objects.select_for_update().get(pk=open_request.pk)
    if inquiry.open_request_id != open_request.pk:
        raise InquiryError(_("This answer does not belong to the request."))
    if open_request.chosen_id == inquiry.pk:
        return open_request
    # A request closed by its date without a choice may still be given to a school that answered in time
    # (accepting that school's quote chooses it).
    if open_request.status == OpenRequestStatus.AWARDED:
        raise InquiryError(_("Another school was already chosen for this request."))
    if inquiry.is_closed:
        raise InquiryError(_("This school's answer was cancelled."))
    was_open = open_request.status == OpenRequestStatus.OPEN
    open_request.status, open_request.chosen = OpenRequestStatus.AWARDED, inquiry
    open_request.closed_at = open_request.closed_at or timezone.now()
    open_request.save(update_fields=["status", "chosen", "closed_at"])
    notify_school(inquiry, "open_request_chosen")
    if was_open:
        for other in open_request.answers.exclude(pk=inquiry.pk).select_related("school", "open_request"):
            notify_school(other, "open_request_closed")
    return open_request


@transaction.atomic
def close_open_request(open_request, user):
    """The company closes its request early without choosing; the schools that answered hear so."""
    open_request = OpenRequest.objects.select_for_update().get(pk=open_request.pk)
    if open_request.status != OpenRequestStatus.OPEN:
        raise InquiryError(_("This request is already closed."))
    open_request.status, open_request.closed_at = OpenRequestStatus.CLOSED, timezone.now()
    open_request.save(update_fields=["status", "closed_at"])
    for answer in open_request.answers.select_related("school", "open_request"):
        notify_school(answer, "open_request_withdrawn")
    return open_request


def request_owners(open_request):
    """Who hears about the company's request: its author, or the company's administrators if the author left."""
    if open_request.created_by_id and open_request.created_by.is_active:
        return [open_request.created_by]
    admins = open_request.organisation.administrators().filter(user__is_active=True).select_related("user__profile")
    return [membership.user for membership in admins]


def close_past_due_requests():
    """Close open requests whose date has passed and tell each company; returns how many were closed."""
    closed = 0
    for pk in OpenRequest.objects.past_due().values_list("pk", flat=True):
        with transaction.atomic():
            # Locked and checked again: the company may have chosen a school since the list was read.
            open_request = OpenRequest.objects.select_for_update().past_due().filter(pk=pk).first()
            if open_request is None:
                continue
            open_request.status, open_request.closed_at = OpenRequestStatus.CLOSED, timezone.now()
            open_request.save(update_fields=["status", "closed_at"])
            answers = open_request.answers.count()
            for owner in request_owners(open_request):
                if owner.email:
                    language = preferred_language(owner)
                    link = open_request_link(open_request, language)
                    context = {"open_request": open_request, "answers": answers, "link": link}
                    queue_email(owner.email, "open_request_expired", context, language)
            closed += 1
    return closed
