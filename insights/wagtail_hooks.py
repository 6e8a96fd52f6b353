"""Insights in Wagtail: counting views of served showcases and offerings; the coordinator's dashboard figures."""

import logging

from wagtail import hooks

from . import pageviews
from .dashboard import SchoolFiguresPanel

logger = logging.getLogger(__name__)


# Wagtail's `on_serve_page` wraps serving, so a view is counted only once the page was really
# served (status 200), not when serving ends in a redirect to the visitor's translation (which
# is counted when it is served). Order 1 puts it inside Wagtail's view-restriction check, so a
# password or login form is no view either.
@hooks.register("on_serve_page", order=1)
def count_page_views(serve):
    def serve_and_count(page, request, serve_args, serve_kwargs):
        response = serve(page, request, serve_args, serve_kwargs)
        try:
            if response.status_code == 200 and pageviews.counts_as_view(page, request):
                pageviews.count_view(page.pk)
        except Exception:
            # Counting must never break serving a page.
            logger.exception("Could not count a view of page %s", page.pk)
        return response

    return serve_and_count


@hooks.register("construct_homepage_panels")
def school_figures_panel(request, panels):
    panels.append(SchoolFiguresPanel(request))
