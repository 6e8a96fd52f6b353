"""E-mails to account holders, each written in the holder's preferred language."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .tokens import CONFIRMATION_LINK_DAYS, make_confirmation_token


def preferred_language(user):
    profile = getattr(user, "profile", None)
    return profile.preferred_language if profile else settings.LANGUAGE_CODE


def absolute_url(path):
    """A link for an e-mail: the site's base address plus `path` (already absolute URLs are kept)."""
    if path.startswith(("http://", "https://")):
        return path
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send_to_user(user, template, context=None):
    """Send `accounts/emails/<template>_subject.txt` and `<template>.txt` to `user` in their language."""
    with translation.override(preferred_language(user)):
        context = {"user": user, "site_name": settings.WAGTAIL_SITE_NAME, **(context or {})}
        subject = " ".join(render_to_string(f"accounts/emails/{template}_subject.txt", context).split())
        body = render_to_string(f"accounts/emails/{template}.txt", context)
        send_mail(subject, body, None, [user.email])


def send_confirmation(user):
    """The link that activates a new account, under the prefix of the account's language."""
    with translation.override(preferred_language(user)):
        link = absolute_url(reverse("accounts:confirm", args=[make_confirmation_token(user)]))
    send_to_user(user, "confirm_email", {"link": link, "days": CONFIRMATION_LINK_DAYS})
