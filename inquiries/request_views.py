"""The company's pages for open requests: post one, see its answers, choose a school or close it."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, OuterRef, Subquery
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from accounts.membership import buyer_organisations
from offerings.models import Category

from . import services, spam
from .forms_requests import OpenRequestForm
from .models import Message, OpenRequest, OpenRequestStatus

RATE_SCOPE = "open_request"


def _posted_message(open_request):
    """How many schools were told, and how many of them may answer."""
    told = open_request.schools_notified
    if not told:
        return _(
            "Your request is posted, but no school teaches this trade in this country yet. "
            "Schools that join later will find it in their list."
        )
    posted = ngettext(
        "Your request is posted and %(count)s school was told about it.",
        "Your request is posted and %(count)s schools were told about it.",
        told,
    ) % {"count": told}
    cap = ngettext(
        "At most %(count)s school may answer.", "At most %(count)s schools may answer.", open_request.max_answers
    ) % {"count": open_request.max_answers}
    return f"{posted} {cap}"


@login_required
def new_request(request):
    """Post an open request to every school that teaches the trade in a country (company accounts only)."""
    organisations = buyer_organisations(request.user)
    if not organisations:
        return render(request, "inquiries/requests/company_needed.html", status=403)
    if request.method == "POST" and not spam.check_rate_limit(request, RATE_SCOPE):
        return spam.rate_limited_response(request)
    form = OpenRequestForm(request.POST or None, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        try:
            open_request = services.post_open_request(
                user=request.user,
                organisation=form.organisation_object,
                language=request.LANGUAGE_CODE,
                **form.request_fields(),
            )
        except services.InquiryError as error:
            form.add_error(None, error)
        else:
            spam.count_submission(request, RATE_SCOPE)
            messages.success(request, _posted_message(open_request))
            return redirect("inquiries:request", pk=open_request.pk)
    context = {"form": form, "max_answers": settings.OPEN_REQUEST_MAX_ANSWERS}
    return render(request, "inquiries/requests/new.html", context)


@login_required
def request_list(request):
    """The open requests of the account's companies, newest first."""
    open_requests = (
        OpenRequest.objects.of_buyer(request.user)
        .select_related("category", "organisation")
        .annotate(answer_count=Count("answers"))
    )
    context = {"open_requests": open_requests, "can_post": bool(buyer_organisations(request.user))}
    return render(request, "inquiries/requests/list.html", context)


@login_required
def request_detail(request, pk):
    """One of the company's requests: where it stands, the schools' answers, choose one or close it early."""
    open_request = get_object_or_404(
        OpenRequest.objects.of_buyer(request.user).select_related("category", "organisation", "chosen__school"), pk=pk
    )
    first_message = Message.objects.filter(inquiry=OuterRef("pk"), from_school=True).order_by("created_at", "pk")
    answers = (
        open_request.answers.select_related("school")
        .annotate(first_message=Subquery(first_message.values("body")[:1]))
        .order_by("created_at", "pk")
    )
    context = {
        "open_request": open_request,
        "answers": answers,
        "places_left": open_request.places_left() if open_request.is_open else 0,
        "can_choose": open_request.status != OpenRequestStatus.AWARDED,
        "category_name": Category.labels().get(open_request.category.translation_key),
    }
    return render(request, "inquiries/requests/detail.html", context)


@login_required
@require_POST
def request_action(request, pk):
    """Choose a school's answer, or close the request early; errors come back as a message."""
    open_request = get_object_or_404(OpenRequest.objects.of_buyer(request.user), pk=pk)
    try:
        if request.POST.get("action") == "close":
            services.close_open_request(open_request, request.user)
            messages.success(request, _("Your request is closed. The schools that answered were told."))
        else:
            answer_id = request.POST.get("answer", "")
            answers = open_request.answers.select_related("school")
            answer = get_object_or_404(answers, pk=int(answer_id) if answer_id.isdigit() else 0)
            services.choose_answer(open_request, answer, request.user)
            messages.success(
                request,
                _("You chose %(school)s. The other schools were told; continue in its thread.")
                % {"school": answer.school.title},
            )
    except services.InquiryError as error:
        for message in error.messages:
            messages.error(request, message)
    return redirect("inquiries:request", pk=open_request.pk)


urlpatterns = [
    path("requests/", request_list, name="requests"),
    path("requests/new/", new_request, name="request_new"),
    path("requests/<int:pk>/", request_detail, name="request"),
    path("requests/<int:pk>/decide/", request_action, name="request_action"),
]
