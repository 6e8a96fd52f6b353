"""Background work of insights: storing the page views counted in the web processes."""

from django_tasks import task

from . import pageviews


@task()
def store_page_views(rows):
    """Add one batch of `[page_id, "YYYY-MM-DD", views]` rows to the daily counts."""
    return pageviews.store(rows)
