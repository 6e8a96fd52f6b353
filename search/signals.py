"""Keep search documents that depend on other objects up to date."""

from django.db import transaction
from django.db.models.signals import post_save
from wagtail.signals import page_published, page_unpublished

from offerings.models import Category

from .tasks import reindex_category_pages, reindex_translation_group


def category_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        key = str(instance.translation_key)
        transaction.on_commit(lambda: reindex_category_pages.enqueue(key))


def translation_changed(sender, instance, **kwargs):
    key, pk = str(instance.translation_key), instance.pk
    transaction.on_commit(lambda: reindex_translation_group.enqueue(key, pk))


def connect():
    post_save.connect(category_saved, sender=Category, dispatch_uid="search_category_saved")
    page_published.connect(translation_changed, dispatch_uid="search_page_published")
    page_unpublished.connect(translation_changed, dispatch_uid="search_page_unpublished")
