"""The e-mail outbox: a message is a row first, an e-mail second.

`queue_email` stores the e-mail in the caller's transaction and asks the task
queue to send it once that transaction commits. A failed send is kept and
retried later with growing pauses; an SMTP outage delays e-mail and loses none.
`manage.py deliver_outbox` sends whatever is due, for a cron job or after an outage.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.defaultfilters import linebreaks_filter, urlize
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.html import format_html

from .models import EmailStatus, OutboundEmail

logger = logging.getLogger(__name__)

# Pauses before the 2nd, 3rd, ... attempt; after the last the e-mail is marked failed.
RETRY_PAUSES = [timedelta(minutes=m) for m in (1, 5, 15, 60, 240, 720, 1440)]


def render_email(template, context, language):
    """Subject and body of `inquiries/emails/<template>_subject.txt` and `<template>.txt` in `language`."""
    with translation.override(language):
        context = {"site_name": settings.WAGTAIL_SITE_NAME, **context}
        subject = " ".join(render_to_string(f"inquiries/emails/{template}_subject.txt", context).split())
        body = render_to_string(f"inquiries/emails/{template}.txt", context)
    return subject, body


def html_version(text):
    """The HTML part of an e-mail: the text escaped, its paragraphs and links kept."""
    return format_html(
        "<!DOCTYPE html><html><body>{}</body></html>", linebreaks_filter(urlize(text, autoescape=True), True)
    )


def queue_email(to, template, context, language, inquiry=None):
    """Store an e-mail and send it after the current transaction commits."""
    subject, body = render_email(template, context, language)
    email = OutboundEmail.objects.create(to=to, subject=subject[:300], body=body, inquiry=inquiry)
    transaction.on_commit(lambda: _enqueue(email.pk))
    return email


def _enqueue(email_id, run_after=None):
    from .tasks import deliver_email

    task = deliver_email
    if run_after is not None:
        if not task.get_backend().supports_defer:
            return  # left for `deliver_outbox`; the immediate backend cannot wait
        task = task.using(run_after=run_after)
    try:
        task.enqueue(email_id)
    except Exception:
        # The row is stored: `deliver_outbox` sends it when the queue is back.
        logger.exception("Could not queue e-mail %s", email_id)


def deliver(email_id):
    """Try to send one stored e-mail; returns its status afterwards."""
    with transaction.atomic():
        email = OutboundEmail.objects.select_for_update().filter(pk=email_id).first()
        if email is None or email.status != EmailStatus.PENDING:
            return email.status if email else None
        email.attempts += 1
        try:
            message = EmailMultiAlternatives(email.subject, email.body, None, [email.to])
            message.attach_alternative(html_version(email.body), "text/html")
            message.send()
        except Exception as error:  # any mail failure: SMTP, DNS, refused connection
            email.last_error = f"{type(error).__name__}: {error}"[:500]
            if email.attempts > len(RETRY_PAUSES):
                email.status = EmailStatus.FAILED
                logger.error("Giving up on e-mail %s to %s: %s", email.pk, email.to, email.last_error)
            else:
                email.next_attempt_at = timezone.now() + RETRY_PAUSES[email.attempts - 1]
                retry_at = email.next_attempt_at
                transaction.on_commit(lambda: _enqueue(email.pk, run_after=retry_at))
        else:
            email.status = EmailStatus.SENT
            email.sent_at = timezone.now()
            email.last_error = ""
        email.save()
        return email.status


def deliver_due():
    """Send every e-mail whose time has come; returns how many went out."""
    sent = 0
    for email_id in OutboundEmail.objects.due().order_by("next_attempt_at").values_list("pk", flat=True):
        sent += deliver(email_id) == EmailStatus.SENT
    return sent
