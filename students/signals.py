"""Give every school's staff groups the right to keep their students' records and consents."""

from django.apps import apps
from django.contrib.auth.models import Permission
from django.db.models.signals import post_migrate, post_save

# Teachers and coordinators record students and consents alike; withdrawing
# needs no more than recording (see views.WithdrawConsentView). Only a
# coordinator deletes a student record (with it go the consents).
STAFF_PERMISSIONS = ["add_student", "change_student", "view_student", "add_consent", "view_consent"]
MODERATOR_PERMISSIONS = [*STAFF_PERMISSIONS, "delete_student"]


def grant_student_permissions(tenancy):
    """Idempotent: the school's groups may manage students and consents (the views limit them to their school)."""
    permissions = {p.codename: p for p in Permission.objects.filter(content_type__app_label="students")}
    tenancy.editors.permissions.add(*[permissions[name] for name in STAFF_PERMISSIONS if name in permissions])
    tenancy.moderators.permissions.add(*[permissions[name] for name in MODERATOR_PERMISSIONS if name in permissions])


def tenancy_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        grant_student_permissions(instance)


def grant_to_existing_schools(sender, **kwargs):
    # Schools set up before this app was installed.
    for tenancy in apps.get_model("schools", "SchoolTenancy").objects.select_related("editors", "moderators"):
        grant_student_permissions(tenancy)


def connect():
    post_save.connect(tenancy_saved, sender="schools.SchoolTenancy", dispatch_uid="students_tenancy_saved")
    post_migrate.connect(
        grant_to_existing_schools, sender=apps.get_app_config("students"), dispatch_uid="students_post_migrate"
    )
