"""Template tags of inquiries: a school's response time beside its commitment."""

from django import template

from ..stats import WINDOW_DAYS, describe_delay, median_of, response_times

register = template.Library()


@register.inclusion_tag("inquiries/includes/response_time.html")
def school_response_time(school):
    """How fast the school answered over the last 90 days, next to the days it commits to."""
    delays, _waiting = response_times(school)
    median = median_of(delays)
    return {
        "commitment_days": school.response_time_days,
        "median": describe_delay(median) if median is not None else "",
        "answered": len(delays),
        "window_days": WINDOW_DAYS,
    }
