"""Background indexing that Wagtail's own signal handlers do not cover."""

from django_tasks import task
from wagtail.search import index

from offerings.models import OfferingPage
from schools.models import SchoolPage


@task()
def reindex_category_pages(translation_key):
    """Reindex the pages in a category, whose documents carry its names in every language."""
    for model in (OfferingPage, SchoolPage):
        pages = model.objects.filter(categories__translation_key=translation_key).distinct()
        for page in pages.iterator():
            index.insert_or_update_object(page)
