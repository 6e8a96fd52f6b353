"""The company's side of inquiries on the public site: ask about an offering, confirm, follow the thread.

Views check input with forms and change nothing themselves: every step is a
call to `services`, whose `InquiryError` is shown to the person as a message.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods
from wagtail.models import Page

from accounts.membership import buyer_organisations
from accounts.models import OrganisationKind
from home.i18n import active_locale
from offerings.models import OfferingPage

from . import services
from .csv_export import csv_download
from .forms import CancelForm, DeclineForm, InquiryForm, ReplyForm
from .models import Inquiry, InquiryStatus, OpenRequest
from .spam import check_rate_limit, count_submission, rate_limited_response

RATE_SCOPE = "inquiry"
SENT_SESSION_KEY = "inquiries.sent"
PER_PAGE = 20


@require_http_methods(["GET", "POST"])
def new_inquiry(request, offering_id):
    """The inquiry form for one live offering; an account's inquiry goes out at once, a visitor's after confirming."""
    offering = get_object_or_404(OfferingPage.objects.live().public(), pk=offering_id)
    school = offering.get_parent().specific
    user = request.user if request.user.is_authenticated else None
    form_kwargs = {"user": request.user, "organisations": buyer_organisations(request.user, OrganisationKind.COMPANY)}
    if request.method == "POST":
        if not check_rate_limit(request, RATE_SCOPE):
            return rate_limited_response(request)
        form = InquiryForm(request.POST, **form_kwargs)
        if form.is_valid():
            try:
                inquiry = services.create_inquiry(
                    school=school,
                    offering=offering,
                    user=user,
                    organisation=form.chosen_organisation() if user else None,
                    language=request.LANGUAGE_CODE,
                    **form.inquiry_fields(),
                )
            except services.InquiryError as error:
                form.add_error(None, error)
            else:
                count_submission(request, RATE_SCOPE)
                request.session[SENT_SESSION_KEY] = {
                    "reference": inquiry.reference,
                    "confirmed": inquiry.status != InquiryStatus.UNCONFIRMED,
                    "key": inquiry.access_key if user else "",
                    "school": school.title,
                }
                return redirect("inquiries:sent")
    else:
        form = InquiryForm(**form_kwargs)
    context = {"form": form, "offering": offering, "school": school, "offering_url": offering.get_url(request)}
    return render(request, "inquiries/inquiry_form.html", context)


@require_GET
def inquiry_sent(request):
    """Says what happens next: the school has it, or the visitor confirms their address first."""
    return render(request, "inquiries/sent.html", {"sent": request.session.get(SENT_SESSION_KEY)})


@require_GET
def confirm(request, token):
    """A visitor's confirmation link: the inquiry reaches the school; a second click only says so again."""
    try:
        inquiry = services.read_confirmation_token(token)
    except services.InquiryError as error:
        return render(request, "inquiries/confirm_invalid.html", {"error": error.messages[0]}, status=400)
    already = inquiry.status != InquiryStatus.UNCONFIRMED
    inquiry = services.confirm_inquiry(inquiry)
    return render(request, "inquiries/confirm_done.html", {"inquiry": inquiry, "already": already})


def is_bound_to_account(inquiry):
    return inquiry.created_by_id is not None or inquiry.organisation_id is not None


@require_http_methods(["GET", "POST"])
def thread(request, key):
    """One inquiry for the company: details, messages, the quote to accept or decline, the order steps.

    An account's inquiry opens only for that account and its company's approved
    members; a visitor's opens for whoever holds the key from the e-mail.
    """
    inquiry = get_object_or_404(
        Inquiry.objects.select_related("school", "offering", "open_request", "organisation"), access_key=key
    )
    if is_bound_to_account(inquiry):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not Inquiry.objects.of_buyer(request.user).filter(pk=inquiry.pk).exists():
            raise Http404
    if inquiry.status == InquiryStatus.UNCONFIRMED:
        return render(request, "inquiries/thread_unconfirmed.html", {"inquiry": inquiry})

    user = request.user if request.user.is_authenticated else None
    reply_form, decline_form, cancel_form = ReplyForm(), DeclineForm(), CancelForm()
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "reply":
                reply_form = ReplyForm(request.POST)
                if reply_form.is_valid():
                    services.post_message(inquiry, body=reply_form.cleaned_data["body"], from_school=False, author=user)
                    messages.success(request, _("Your message was sent to the school."))
                    return redirect(request.path)
            elif action in {"accept", "decline"}:
                quote = inquiry.current_quote()
                if quote is None or str(quote.pk) != request.POST.get("quote"):
                    messages.error(request, _("The quote has changed meanwhile. Please read the current one."))
                    return redirect(request.path)
                if action == "accept":
                    services.accept_quote(quote, user)
                    messages.success(request, _("You accepted the quote. The school has been told."))
                    return redirect(request.path)
                decline_form = DeclineForm(request.POST)
                if decline_form.is_valid():
                    services.decline_quote(quote, user, decline_form.cleaned_data["reason"])
                    messages.success(request, _("You declined the quote. The school has been told."))
                    return redirect(request.path)
            elif action == "cancel":
                cancel_form = CancelForm(request.POST)
                if cancel_form.is_valid():
                    services.change_status(
                        inquiry, InquiryStatus.CANCELLED, user, by_school=False, note=cancel_form.cleaned_data["note"]
                    )
                    messages.success(request, _("The inquiry is cancelled. The school has been told."))
                    return redirect(request.path)
            else:
                messages.error(request, _("Choose what to do with one of the buttons."))
                return redirect(request.path)
        except services.InquiryError as error:
            messages.error(request, error.messages[0])
            return redirect(request.path)

    quote = inquiry.current_quote()
    offering = inquiry.offering.localized if inquiry.offering_id else None
    context = {
        "inquiry": inquiry,
        "thread_messages": inquiry.messages.all(),
        "quote": quote,
        "quote_history": [other for other in inquiry.quotes.all() if quote is None or other.pk != quote.pk],
        "steps": inquiry.status_changes.all(),
        "reply_form": reply_form,
        "decline_form": decline_form,
        "cancel_form": cancel_form,
        "can_cancel": not inquiry.is_closed,
        # The offering and the school as the company reads them: in its language where translated.
        "subject": offering.title if offering else inquiry.subject,
        "offering_url": offering.get_url(request) if offering and offering.live else "",
        "school_title": inquiry.school.localized.title,
    }
    return render(request, "inquiries/thread.html", context)


def name_in_language(inquiries):
    """Set `shown_subject` and `shown_school` on each inquiry: the offering's and school's titles in the
    active language where a live translation exists, read in one query for the whole list."""
    inquiries = list(inquiries)
    keys = {inquiry.school.translation_key for inquiry in inquiries}
    keys |= {inquiry.offering.translation_key for inquiry in inquiries if inquiry.offering_id}
    titles = dict(
        Page.objects.live()
        .filter(locale=active_locale(), translation_key__in=keys)
        .values_list("translation_key", "title")
    )
    for inquiry in inquiries:
        inquiry.shown_school = titles.get(inquiry.school.translation_key, inquiry.school.title)
        offering_key = inquiry.offering.translation_key if inquiry.offering_id else None
        inquiry.shown_subject = titles.get(offering_key, inquiry.subject)


@login_required
@require_GET
def my_inquiries(request):
    """The company's inquiries (its own and its colleagues'), newest activity first, and its open requests."""
    inquiries = (
        Inquiry.objects.of_buyer(request.user)
        .select_related("school", "offering", "open_request")
        .order_by("-updated_at", "-pk")
    )
    page = Paginator(inquiries, PER_PAGE).get_page(request.GET.get("page"))
    name_in_language(page.object_list)
    open_requests = OpenRequest.objects.of_buyer(request.user).order_by("-created_at")[:20]
    context = {
        "page_obj": page,
        "inquiries": page.object_list,
        "open_requests": open_requests,
        "request_new_url": reverse("inquiries:request_new"),
        "query_without_page": "",
    }
    return render(request, "inquiries/mine.html", context)


@login_required
@require_GET
def export(request):
    """The company's own inquiries with their latest quotes, as CSV (formula-like cells neutralised)."""
    return csv_download(Inquiry.objects.of_buyer(request.user).order_by("-created_at"), "vet2b-inquiries")


urlpatterns = [
    path("", my_inquiries, name="mine"),
    path("export.csv", export, name="export"),
    path("offering/<int:offering_id>/", new_inquiry, name="new"),
    path("sent/", inquiry_sent, name="sent"),
    path("confirm/<str:token>/", confirm, name="confirm"),
    # A key never holds "/", so this catch-all leaves the requests' "requests/..." paths alone; it stays last here.
    path("<str:key>/", thread, name="thread"),
]
