"""Anonymous page-view counts, and the stored snapshots of every figure the insights pages show."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PageViewDay(models.Model):
    """How many times one page was served on one day, and nothing about who looked.

    Counts reach this table in batches (see `pageviews.py`), never one write per view.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page"))
    day = models.DateField(_("day"))
    views = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("page views on a day")
        verbose_name_plural = _("page views per day")
        constraints = [models.UniqueConstraint(fields=["page", "day"], name="one_view_count_per_page_and_day")]
        indexes = [models.Index(fields=["day"], name="insights_views_by_day")]

    def __str__(self):
        return f"{self.page_id} {self.day}: {self.views}"


class Snapshot(models.Model):
    """Every figure as computed at one moment (see `snapshot.py`); the newest one is shown."""

    computed_at = models.DateTimeField(_("computed at"), default=timezone.now, db_index=True)
    duration_ms = models.PositiveIntegerField(_("computing time in milliseconds"), default=0)
    data = models.JSONField(_("figures"))

    class Meta:
        verbose_name = _("insights snapshot")
        verbose_name_plural = _("insights snapshots")
        get_latest_by = "computed_at"

    def __str__(self):
        return f"{self.computed_at:%Y-%m-%d %H:%M}"
