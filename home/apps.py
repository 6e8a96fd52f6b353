from django.apps import AppConfig
from django.db.models.signals import post_migrate


def create_portal_locales(sender, using="default", **kwargs):
    """Give every language in settings.LANGUAGES its Locale, so a new language needs no data migration."""
    from django.conf import settings
    from wagtail.models import Locale

    for code, _name in settings.LANGUAGES:
        Locale.objects.using(using).get_or_create(language_code=code)


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and site chrome"

    def ready(self):
        post_migrate.connect(create_portal_locales, sender=self)
