"""Refuse to publish a page whose text names a student who has not consented to showing that name.

Credits in a student team block are safe by construction (they render the
name only with consent, else the initial). Free text is not: a teacher may
type "Ona Petraitytė baked these" into a paragraph, a role or a translation.
So every publication is checked, whichever way it happens:

- the page editor (publish button, also on create): the `before_publish_page`
  hook in wagtail_hooks.py refuses with a message and keeps the draft;
- everything else that publishes a revision (workflow approval, wagtail-localize
  publishing a translation, bulk and scheduled publishing): a `pre_save`
  check on the page as it goes live raises `PublishRefused`, which
  `PublishRefusedMiddleware` turns into the same message in the admin.
"""

import re
from html import unescape

from django.contrib import messages
from django.db import models
from django.db.models.signals import pre_save
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext, ngettext
from wagtail.admin.modal_workflow import render_modal_workflow
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, get_page_models

from home.text import fold

from .models import Consent, NameShown, Student

TAGS = re.compile(r"<[^>]+>")
WORDS = re.compile(r"\w+")
# Fields that hold addresses or bookkeeping rather than words a visitor reads.
SKIPPED_FIELDS = {"slug", "url_path", "draft_title", "path", "translation_key"}


class PublishRefused(Exception):
    """A page cannot go live because it names students without their consent.

    Not a PermissionDenied: Wagtail's admin turns those into a generic "no permission" message before any
    middleware sees them.
    """

    def __init__(self, page, students):
        self.page = page
        self.students = students
        super().__init__(refusal_message(students))

    def __str__(self):
        return self.args[0]


def refusal_message(students):
    names = ", ".join(str(student) for student in students)
    return ngettext(
        "Not published: the text names %(names)s, who has not consented to showing their name. "
        "Remove the name (credit the student in the team block instead, which shows their name only with "
        "consent) or record their consent first. Your changes are kept as a draft.",
        "Not published: the text names %(names)s, who have not consented to showing their names. "
        "Remove the names (credit the students in the team block instead, which shows their names only with "
        "consent) or record their consent first. Your changes are kept as a draft.",
        len(students),
    ) % {"names": names}


# --- What a page says ------------------------------------------------------
def page_text(page):
    """Everything a visitor may read on `page`: its text fields and the words inside its StreamFields."""
    parts = []
    for field in page._meta.concrete_fields:
        if field.name in SKIPPED_FIELDS or field.is_relation:
            continue
        value = getattr(page, field.attname, None)
        if isinstance(field, StreamField):
            parts.extend(_strings(value.get_prep_value() if value is not None else []))
        elif isinstance(field, RichTextField | models.CharField | models.TextField) and value:
            parts.append(str(value))
    return unescape(TAGS.sub(" ", " ".join(parts)))


def _strings(data):
    """The strings in a StreamField's stored JSON (block ids and types are words too, but never a name)."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            if key not in {"id", "type"}:
                yield from _strings(value)
    elif isinstance(data, list | tuple):
        for item in data:
            yield from _strings(item)


def names_without_consent(page):
    """Students whose full name appears in `page`'s text while no consent allows showing it."""
    text = " ".join(WORDS.findall(fold(page_text(page))))
    words = set(text.split())
    if not words:
        return []
    named = []
    for student in Student.objects.only("pk", "first_name", "last_name", "birth_date").order_by("pk"):
        first, last = fold(student.first_name).split(), fold(student.last_name).split()
        if not first or not last or not words.issuperset(first + last):
            continue
        full, reversed_ = " ".join(first + last), " ".join(last + first)
        if re.search(rf"\b({re.escape(full)}|{re.escape(reversed_)})\b", text):
            named.append(student)
    if not named:
        return []
    allowed = full_name_consented(named)
    return [student for student in named if student.pk not in allowed]


def full_name_consented(students):
    """Pks of `students` whose governing consent allows their full name."""
    by_pk = {student.pk: student for student in students}
    governing = {}
    for consent in Consent.objects.active().filter(student__in=by_pk).order_by("student_id", "-given_at", "-pk"):
        consent.student = by_pk[consent.student_id]
        if consent.student_id not in governing and consent.is_valid_for_age():
            governing[consent.student_id] = consent
    return {pk for pk, consent in governing.items() if consent.name_shown == NameShown.FULL_NAME}


def check_publishable(page):
    """Raise PublishRefused if `page` names students without their consent."""
    students = names_without_consent(page)
    if students:
        raise PublishRefused(page, students)


# --- Every way of publishing -----------------------------------------------
def refuse_in_editor(request, page):
    """The `before_publish_page` hook: a message and back to the editor, the draft saved, nothing published."""
    try:
        check_publishable(page)
    except PublishRefused as refusal:
        messages.error(request, str(refusal))
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


def check_page_going_live(sender, instance, raw=False, update_fields=None, **kwargs):
    """Before a page row is saved as published with a new live revision, check what it says."""
    if raw or not instance.live or not instance.live_revision_id:
        return
    if update_fields is not None and "live_revision" not in update_fields:
        return
    stored = Page.objects.filter(pk=instance.pk).values_list("live_revision_id", flat=True).first()
    if stored != instance.live_revision_id:
        check_publishable(instance)


def connect():
    for model in get_page_models():
        pre_save.connect(check_page_going_live, sender=model, dispatch_uid=f"students_publish_{model._meta.label}")


class PublishRefusedMiddleware:
    """Show a refused publication as a message on the page's edit screen instead of an error page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, PublishRefused):
            return None
        messages.error(request, str(exception))
        edit_url = reverse("wagtailadmin_pages:edit", args=[exception.page.pk])
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            # The workflow action modal follows a redirect it is given.
            return render_modal_workflow(request, "", None, {}, json_data={"step": "success", "redirect": edit_url})
        return redirect(edit_url)


def check_page_students(form, cleaned_data):
    """Refuse, with a message in the editor, a team credit of another school's student.

    The chooser lists only the editor's own students; this stops a crafted
    request (or a block copied from another school's page) all the same.
    """
    from home.models import original_version
    from schools.tenancy import referenced_ids, school_of_page

    page = form.instance
    school = school_of_page(page, getattr(form, "parent_page", None))
    if school is None:
        return
    original = original_version(school)
    ids = referenced_ids(page, cleaned_data, (Student,))[Student]
    # No names in the message: they are another school's students.
    if Student.objects.filter(pk__in=ids).exclude(school=original).exists():
        form.add_error(
            None, gettext("A team credit names a student of another school. Credit your own school's students.")
        )
