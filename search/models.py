"""What companies searched for, kept to report unmet demand."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchLog(models.Model):
    """One search as asked on the website or the API, without anything that identifies the asker.

    No user, address, session or cookie is stored, and e-mail addresses and
    long numbers typed into the box are masked before the query is saved.
    """

    query = models.CharField(_("query"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=10)
    filters = models.JSONField(_("filters"), default=dict, blank=True)
    sort = models.CharField(_("sort"), max_length=20, blank=True)
    result_count = models.PositiveIntegerField(_("results"))
    engine = models.CharField(_("engine"), max_length=20)
    degraded = models.BooleanField(_("degraded"), default=False, help_text=_("Answered by the fallback engine."))
    source = models.CharField(_("source"), max_length=10, default="web")
    searched_at = models.DateTimeField(_("searched at"), auto_now_add=True)

    class Meta:
        verbose_name = _("search")
        verbose_name_plural = _("searches")
        ordering = ["-searched_at"]
        # The insights read the log a month at a time (insights/snapshot.py): searches per language
        # from the index alone, and those that found nothing without visiting the others.
        indexes = [
            models.Index(fields=["searched_at", "language", "result_count"], name="search_log_by_time"),
            models.Index(fields=["result_count", "searched_at"], name="search_zero_results_by_time"),
        ]

    def __str__(self):
        return f"{self.query!r} ({self.language}, {self.result_count})"


class CatalogueVersion(models.Model):
    """One change to anything a facet is counted from; the newest row's token names the current facts.

    Kept in the database, not the cache, so every web process sees a change made
    by any other, and a change rolled back with its transaction never happened.
    A row is added per change rather than one row updated, so that concurrent
    publishing never waits on (or deadlocks over) a shared row.
    """

    token = models.CharField(max_length=32)

    class Meta:
        verbose_name = _("catalogue version")
        verbose_name_plural = _("catalogue versions")

    def __str__(self):
        return self.token
