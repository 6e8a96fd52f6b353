"""Response times: how fast a school gives its first answer, against what it promises."""

from datetime import timedelta
from statistics import median

from django.utils import timezone
from django.utils.translation import gettext, ngettext

from .models import Inquiry, InquiryStatus

WINDOW_DAYS = 90


def response_times(school, days=WINDOW_DAYS, now=None):
    """First-answer delays of inquiries `school` received in the last `days` days, and how many wait still.

    Returns (answered delays as timedeltas, number unanswered). Measured from
    when the school got the inquiry (a visitor's on e-mail confirmation).
    """
    since = (now or timezone.now()) - timedelta(days=days)
    rows = (
        Inquiry.objects.for_school(school)
        .exclude(status=InquiryStatus.UNCONFIRMED)
        .filter(created_at__gte=since)
        .values_list("first_response_at", "confirmed_at", "created_at")
    )
    delays, waiting = [], 0
    for first_response_at, confirmed_at, created_at in rows:
        if first_response_at is None:
            waiting += 1
        else:
            delays.append(first_response_at - (confirmed_at or created_at))  # as Inquiry.response_time
    return delays, waiting


def median_of(delays):
    return median(delays) if delays else None


def median_response_time(school, days=WINDOW_DAYS, now=None):
    """The median first-answer delay over the last `days` days, or None when nothing was answered."""
    delays, _waiting = response_times(school, days, now)
    return median_of(delays)


def describe_delay(delay):
    """'under an hour', '5 hours', '3 days': hours up to two days, days beyond."""
    hours = delay.total_seconds() / 3600
    if hours < 1:
        return gettext("under an hour")
    if hours < 48:
        count = round(hours)
        return ngettext("%(count)s hour", "%(count)s hours", count) % {"count": count}
    days = round(hours / 24)
    return ngettext("%(count)s day", "%(count)s days", days) % {"count": days}
