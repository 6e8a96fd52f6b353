"""Telling translators that an original changed, in the background so publishing stays quick."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from home.i18n import language_name

from .models import TranslatorGroup


@task()
def notify_translators(page_id):
    """E-mail the translators of every language the page has a translation in: it is now out of date."""
    page = Page.objects.filter(pk=page_id).select_related("locale").first()
    if page is None:
        return 0
    source = TranslationSource.objects.filter(object_id=page.translation_key, locale=page.locale).first()
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    sync_url = base + reverse("wagtail_localize:update_translations", args=[source.pk]) if source else ""
    sent = 0
    versions = Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk).select_related("locale")
    for version in versions:
        group = TranslatorGroup.objects.filter(locale=version.locale).select_related("group").first()
        if group is None:
            continue
        for user in group.group.user_set.filter(is_active=True).exclude(email=""):
            language = _language_of(user, version.locale.language_code)
            with translation.override(language):
                context = {
                    "user": user,
                    "page": page,
                    "version": version,
                    "source_language": language_name(page.locale.language_code),
                    "target_language": language_name(version.locale.language_code),
                    "sync_url": sync_url,
                    "edit_url": base + reverse("wagtailadmin_pages:edit", args=[version.pk]),
                    "board_url": base + reverse("translation_status"),
                }
                subject = render_to_string("translations/email/out_of_date_subject.txt", context).strip()
                body = render_to_string("translations/email/out_of_date.txt", context)
            send_mail(subject, body, None, [user.email])
            sent += 1
    return sent


def _language_of(user, fallback):
    """The user's admin language where they chose one, else the language they translate into."""
    profile = getattr(user, "wagtail_userprofile", None)
    preferred = profile.get_preferred_language() if profile else None
    return preferred if preferred in dict(settings.LANGUAGES) else fallback
