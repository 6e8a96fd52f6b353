"""Open requests in the Wagtail admin: the ones a school's staff may answer, and answering one.

A request is shown to staff of a school that matches it (live, in the
request's country, teaching its category in any language) or has answered it;
anyone else gets a 404. Site administrators see every request.
"""

from django.contrib import messages
from django.db.models import Count, Exists, OuterRef
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext as _

from offerings.models import Category

from . import services
from .admin_views import schools_of_request
from .forms_requests import OpenRequestAnswerForm
from .models import Inquiry, OpenRequest


def _visible_requests(user, schools):
    if user.is_superuser:
        return OpenRequest.objects.all()
    return services.requests_for_schools(schools)


def request_list(request):
    """Open requests in the countries and trades of the user's schools, with the places left for answers."""
    schools = schools_of_request(request)
    keys = [school.translation_key for school in schools]
    answered = Inquiry.objects.filter(open_request=OuterRef("pk"), school__translation_key__in=keys)
    open_requests = list(
        _visible_requests(request.user, schools)
        .open()
        .select_related("category", "organisation")
        .annotate(answer_count=Count("answers"), answered_by_us=Exists(answered))
        .order_by("needed_by", "pk")
    )
    labels = Category.labels()
    for open_request in open_requests:
        open_request.places = max(open_request.max_answers - open_request.answer_count, 0)
        open_request.category_name = getattr(labels.get(open_request.category.translation_key), "name", None)
    context = {"page_title": _("Open requests"), "header_icon": "help", "open_requests": open_requests}
    return TemplateResponse(request, "inquiries/admin/requests_index.html", context)


def _answer_rows(open_request, request):
    """(school, its answer or None) for each of the user's schools that may answer or has answered."""
    matching = services.schools_for_request(open_request)
    answers = open_request.answers.select_related("school")
    if request.user.is_superuser:
        schools = matching
    else:
        mine = {school.translation_key: school for school in schools_of_request(request)}
        schools = [mine[school.translation_key] for school in matching if school.translation_key in mine]
        answers = answers.filter(school__translation_key__in=mine)
    answers = {answer.school.translation_key: answer for answer in answers}
    listed = {school.translation_key for school in schools}
    # A school that answered but no longer matches (it stopped teaching the trade) still sees its answer.
    schools += [answer.school for key, answer in answers.items() if key not in listed]
    return [(school, answers.get(school.translation_key)) for school in schools]


def request_detail(request, pk):
    """One open request: its details, and per school of the user an answer form, its answer or why it cannot."""
    schools = [] if request.user.is_superuser else schools_of_request(request)
    open_request = get_object_or_404(
        _visible_requests(request.user, schools).select_related("category", "organisation"), pk=pk
    )
    rows = _answer_rows(open_request, request)
    errors = {}
    if request.method == "POST":
        form = OpenRequestAnswerForm(request.POST)
        if form.is_valid():
            school = next(
                (school for school, answer in rows if school.pk == form.cleaned_data["school"] and answer is None),
                None,
            )
            if school is None:
                raise Http404
            try:
                inquiry = services.answer_open_request(
                    open_request, school, body=form.cleaned_data["body"], author=request.user
                )
            except services.InquiryError as error:
                errors[school.pk] = form
                form.add_error(None, error)
            else:
                messages.success(
                    request, _("Your answer is sent to %(company)s.") % {"company": open_request.organisation.name}
                )
                return redirect("inquiries_admin:detail", pk=inquiry.pk)
        else:
            errors[form.cleaned_data.get("school")] = form
    places_left = open_request.places_left()
    answerable = open_request.is_open and places_left > 0
    schools = [
        {
            "school": school,
            "answer": answer,
            "form": errors.get(school.pk) or OpenRequestAnswerForm(initial={"school": school.pk}),
        }
        for school, answer in rows
    ]
    label = Category.labels().get(open_request.category.translation_key)
    context = {
        "page_title": _("Open request"),
        "page_subtitle": open_request.title,
        "header_icon": "help",
        "open_request": open_request,
        "category_name": label.name if label else open_request.category.name,
        "places_left": places_left,
        "answerable": answerable,
        "schools": schools,
    }
    return TemplateResponse(request, "inquiries/admin/requests_detail.html", context)


urlpatterns = [
    path("requests/", request_list, name="requests"),
    path("requests/<int:pk>/", request_detail, name="request"),
]
