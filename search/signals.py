"""Keep search documents that depend on other objects up to date."""

from django.db import transaction
from django.db.models.signals import post_save

from offerings.models import Category

from .tasks import reindex_category_pages


def category_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        key = str(instance.translation_key)
        transaction.on_commit(lambda: reindex_category_pages.enqueue(key))


def connect():
    post_save.connect(category_saved, sender=Category, dispatch_uid="search_category_saved")
