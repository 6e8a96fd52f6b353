"""Which group translates into which language."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale


class TranslatorGroup(models.Model):
    """The group of translators for one language: they translate into it and edit nothing else.

    Created for every locale (translations.signals); an administrator adds
    people to the group in Settings → Groups.
    """

    group = models.OneToOneField(Group, on_delete=models.CASCADE, related_name="translator_of")
    locale = models.OneToOneField(Locale, on_delete=models.CASCADE, related_name="translator_group")

    class Meta:
        verbose_name = _("translator group")

    def __str__(self):
        return self.group.name
