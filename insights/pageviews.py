"""Anonymous page-view counting: views add up in memory and reach the database in batches.

A served showcase or offering adds one to a per-process counter keyed by
(page id, local day). When the counter holds `settings.PAGE_VIEW_BATCH_SIZE`
pages-and-days, or its oldest view is `settings.PAGE_VIEW_BATCH_SECONDS` old,
the whole batch becomes one task (`insights.tasks.store_page_views`), so
serving a page never waits on a write. What is left is queued when the process
exits.

Nothing about the visitor is kept: no address, account, session or cookie,
only that a page was seen on a day. Robots, link previews, prefetches,
previews in the editor and the editors themselves are not counted.
"""

import atexit
import logging
import threading
import time
from collections import Counter
from datetime import date

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from offerings.models import OfferingPage
from schools.models import SchoolPage

from .models import PageViewDay

logger = logging.getLogger(__name__)

COUNTED_PAGE_TYPES = (SchoolPage, OfferingPage)

# Words in the User-Agent of crawlers, link previews (chat apps, social sites),
# headless browsers and scripts. A request without a User-Agent is no browser either.
ROBOT_WORDS = ("bot", "crawl", "spider", "slurp", "preview", "headless", "externalhit", "curl", "wget", "python")


def is_robot(user_agent):
    """Whether a User-Agent is a crawler's, a link preview's or a script's rather than a person's browser."""
    user_agent = user_agent.lower()
    return not user_agent or any(word in user_agent for word in ROBOT_WORDS)


def is_prefetch(request):
    """Whether the browser is loading the page ahead of a click that may never come."""
    purpose = " ".join(request.headers.get(name, "") for name in ("Sec-Purpose", "Purpose", "X-Moz")).lower()
    return "prefetch" in purpose or "prerender" in purpose


def counts_as_view(page, request):
    """Whether serving this page for this request is a person looking at a published showcase or offering."""
    return (
        request.method == "GET"
        and isinstance(page, COUNTED_PAGE_TYPES)
        and page.live
        and not getattr(request, "is_preview", False)
        and not is_robot(request.headers.get("User-Agent", ""))
        and not is_prefetch(request)
        # Last: it may read the visitor's permissions (the admin bar reads them anyway).
        and not request.user.has_perm("wagtailadmin.access_admin")
    )


class ViewBuffer:
    """Views counted in this process and not yet queued, per (page id, day); safe across threads."""

    def __init__(self):
        self._lock = threading.Lock()
        self._counts = Counter()
        self._oldest = None  # time.monotonic() of the first view in the buffer

    def add(self, page_id, day):
        """Count one view; return the batch to store when it is due, else None."""
        with self._lock:
            self._counts[(page_id, day)] += 1
            if self._oldest is None:
                self._oldest = time.monotonic()
            due = (
                len(self._counts) >= settings.PAGE_VIEW_BATCH_SIZE
                or time.monotonic() - self._oldest >= settings.PAGE_VIEW_BATCH_SECONDS
            )
            return self._take() if due else None

    def take(self):
        """Empty the buffer and return what it held."""
        with self._lock:
            return self._take()

    def _take(self):
        counts, self._counts, self._oldest = self._counts, Counter(), None
        return counts


buffer = ViewBuffer()


def count_view(page_id, day=None):
    """Count one view of a page today (in the portal's time zone), queueing the batch when it is due."""
    batch = buffer.add(page_id, day or timezone.localdate())
    if batch:
        return _enqueue(batch)
    return None


def flush():
    """Queue every view counted so far as one batch; the task's result, or None when there was nothing."""
    batch = buffer.take()
    if batch:
        return _enqueue(batch)
    return None


def _enqueue(batch):
    rows = [[page_id, day.isoformat(), views] for (page_id, day), views in sorted(batch.items())]
    try:
        from .tasks import store_page_views

        return store_page_views.enqueue(rows)
    except Exception:
        # Counting must never break serving a page: the batch is lost, the page is served.
        logger.exception("Could not queue %s page views", sum(batch.values()))
        return None


# A process that stops (a deploy, a worker recycled) queues what it counted.
atexit.register(flush)


def store(rows):
    """Add a batch of `[page_id, "YYYY-MM-DD", views]` rows to the daily counts; the number of views stored.

    Pages deleted since they were viewed are skipped. Each row is an UPDATE of
    the day's count, or an INSERT when the day has none yet; two batches
    inserting the same page and day at once cannot both succeed, so the loser
    adds to the winner's row.
    """
    # One order for every batch, so two batches lock the same rows in the same order and never deadlock.
    rows = sorted((int(page_id), date.fromisoformat(day), int(views)) for page_id, day, views in rows)
    try:
        return _store(rows)
    except IntegrityError:
        # A page was deleted after the check below and before the commit: store the batch again without it.
        return _store(rows)


def _store(rows):
    stored = 0
    with transaction.atomic():
        existing = set(Page.objects.filter(pk__in={row[0] for row in rows}).values_list("pk", flat=True))
        for page_id, day, views in rows:
            if page_id in existing and _add(page_id, day, views):
                stored += views
    return stored


def _add(page_id, day, views):
    day_count = PageViewDay.objects.filter(page_id=page_id, day=day)
    if day_count.update(views=F("views") + views):
        return True
    try:
        with transaction.atomic():
            PageViewDay.objects.create(page_id=page_id, day=day, views=views)
        return True
    except IntegrityError:
        # Another batch inserted this page and day since the update above.
        return bool(day_count.update(views=F("views") + views))
