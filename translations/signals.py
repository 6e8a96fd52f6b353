"""Every language gets its translator group; republishing an original tells its translators."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Locale, Page
from wagtail.signals import page_published

from .permissions import ensure_translator_group, grant_language_root, is_original


@receiver(post_save, sender=Locale)
def translator_group_for_new_language(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        ensure_translator_group(instance)


def translator_rights_on_home(sender, instance, created, raw=False, **kwargs):
    if created and not raw and instance.depth == 2:
        grant_language_root(instance)


@receiver(page_published)
def tell_translators_when_an_original_changes(sender, instance, revision=None, **kwargs):
    from .tasks import notify_translators

    others = Page.objects.filter(translation_key=instance.translation_key).exclude(pk=instance.pk)
    if others.exists() and is_original(instance):
        notify_translators.enqueue(instance.pk)


def connect_page_models():
    """Home pages are created as their specific class; listen to every page model."""
    from django.apps import apps

    for model in apps.get_models():
        if issubclass(model, Page):
            post_save.connect(
                translator_rights_on_home, sender=model, dispatch_uid=f"translator-home-{model._meta.label}"
            )
