"""Keep search documents, and the facts facets count from, up to date with what they depend on."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import page_unpublished, post_page_move

from offerings.models import Category, OfferingPage
from schools.models import SchoolPage

from .facts import new_catalogue_version
from .tasks import reindex_category_pages


def category_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        key = str(instance.translation_key)
        transaction.on_commit(lambda: reindex_category_pages.enqueue(key))


def connect():
    post_save.connect(category_saved, sender=Category, dispatch_uid="search_category_saved")
    # Anything a facet is counted from: offerings, their schools, categories, who may see a page.
    for model in (OfferingPage, SchoolPage, Category, PageViewRestriction):
        post_save.connect(new_catalogue_version, sender=model, dispatch_uid=f"search_facts_saved_{model.__name__}")
        post_delete.connect(new_catalogue_version, sender=model, dispatch_uid=f"search_facts_deleted_{model.__name__}")
    post_page_move.connect(new_catalogue_version, dispatch_uid="search_facts_moved")
    page_unpublished.connect(new_catalogue_version, dispatch_uid="search_facts_unpublished")
