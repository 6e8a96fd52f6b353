"""Builders for students and consents, shared by the test packages."""

from datetime import date, timedelta

from django.utils import timezone

from students.models import Consent, ConsentText, Student


def make_student(school, first_name="Zigmantė", last_name="Vaitkutė", *, birth_date=date(2000, 1, 1), **fields):
    return Student.objects.create(
        school=school, first_name=first_name, last_name=last_name, birth_date=birth_date, **fields
    )


def give_consent(student, *, name_shown="first_name", photo_shown=False, given_by="student", **fields):
    """A consent as the admin records it (validated), given yesterday."""
    consent = Consent(
        student=student,
        consent_text=ConsentText.objects.order_by("created_at").first(),
        name_shown=name_shown,
        photo_shown=photo_shown,
        given_by=given_by,
        given_at=timezone.now() - timedelta(days=1),
        **fields,
    )
    consent.full_clean()
    consent.save()
    return consent


def team(*members, anonymous=False, heading=""):
    """A student team block crediting `members`: students, or (student, role) pairs."""
    pairs = [member if isinstance(member, tuple) else (member, "") for member in members]
    return (
        "team",
        {"heading": heading, "anonymous": anonymous, "members": [{"student": s, "role": r} for s, r in pairs]},
    )
