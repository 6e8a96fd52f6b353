"""Template tags of inquiries: a school's response time beside its commitment, and the inquiry form's link."""

import statistics

from django import template

from ..stats import WINDOW_DAYS, response_times

register = template.Library()


@register.inclusion_tag("inquiries/includes/response_time.html")
def school_response_time(school):
    """How fast the school answered over the last 90 days, next to the days it commits to."""
    delays, waiting = response_times(school)
    median = statistics.median(delays) if delays else None
    hours = round(median.total_seconds() / 3600) if median is not None else None
    return {
        "school": school,
        "commitment_days": school.response_time_days,
        "median_hours": hours,
        "median_days": round(hours / 24) if hours is not None else None,
        "answered": len(delays),
        "waiting": waiting,
        "window_days": WINDOW_DAYS,
    }
