"""Give every new school (and every new language version of one) its groups, rights, collection and workflow."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import SchoolPage
from .tenancy import ensure_school_tenancy


@receiver(post_save, sender=SchoolPage, dispatch_uid="schools.ensure_school_tenancy")
def set_up_school_tenancy(sender, instance, created, raw=False, **kwargs):
    # Loading fixtures (raw) brings its own groups and permissions.
    if created and not raw:
        ensure_school_tenancy(instance)
