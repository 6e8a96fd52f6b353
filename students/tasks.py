"""Background work after consent is withdrawn: take the name and photo out of everything public."""

from django.contrib.contenttypes.models import ContentType
from django_tasks import task
from wagtail.models import Page, ReferenceIndex
from wagtail.search import index

from .models import Student, public_credit


@task()
def purge_withdrawn_consent(student_id):
    """Remove what `student_id` no longer consents to from storage and the search index.

    Pages read consent when they are shown, so the live page and its
    translations stop showing the name at once; this task deletes the photo
    file and its renditions (when no consent covers the photo any more) and
    reindexes every page that credits the student, in every language.
    """
    student = Student.objects.select_related("photo").filter(pk=student_id).first()
    if student is None:
        return
    if student.photo_id and public_credit(student).photo is None:
        delete_image(student.photo)
    for page in pages_crediting(student):
        index.insert_or_update_object(page)


def pages_crediting(student):
    """Every page that credits `student`, found through Wagtail's reference index, with all their translations."""
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.get_references_to(student).filter(base_content_type=page_type)
    ids = {int(object_id) for object_id in references.values_list("object_id", flat=True)}
    keys = Page.objects.filter(pk__in=ids).values("translation_key")
    return Page.objects.filter(translation_key__in=keys).specific().iterator()


def delete_image(image):
    """Delete an image, its renditions and their files from storage now (not after some later commit)."""
    for rendition in image.renditions.all():
        rendition.file.storage.delete(rendition.file.name)
        rendition.delete()  # also drops it from the renditions cache
    image.file.storage.delete(image.file.name)
    image.delete()
