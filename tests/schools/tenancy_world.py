"""Two schools, their staff, media, translations and a pending moderation task: the tenancy tests' world."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail_localize.models import Translation, TranslationSource

from schools.tenancy import grant_school_role, school_collection
from tests.home.factories import locale
from tests.offerings.factories import make_offering
from tests.schools.factories import make_school


@dataclass
class World:
    school_a: object
    school_a_lt: object
    offering_a: object
    school_b: object
    school_b_lt: object
    offering_b: object
    offering_b_lt: object
    draft_b: object
    teacher_a: object
    coordinator_a: object
    teacher_b: object
    coordinator_b: object
    image_a: object
    image_b: object
    document_b: object
    task_state_b: object
    translation_b: object
    source_b: object


def make_user(username, **extra):
    return get_user_model().objects.create_user(username, f"{username}@example.org", "pw", **extra)


def make_world(directories, category):
    """School A (Alytus) and school B (Birštonas), each in English and Lithuanian, with staff and media.

    School B has a live offering with an English → Lithuanian translation,
    a draft offering its teacher has submitted for moderation, an image and a document.
    """
    school_a = make_school(directories["en"], "Alytus School", slug="alytus", categories=[category])
    school_a_lt = make_school(directories["lt"], "Alytaus mokykla", slug="alytaus", translation_of=school_a)
    school_b = make_school(directories["en"], "Birstonas School", slug="birstonas", categories=[category])
    school_b_lt = make_school(directories["lt"], "Birštono mokykla", slug="birstono", translation_of=school_b)
    offering_a = make_offering(school_a, "Alytus oak chairs", slug="oak-chairs", categories=[category])
    offering_b = make_offering(school_b, "Birstonas spa towels", slug="spa-towels", categories=[category])
    offering_b.save_revision().publish()
    draft_b = make_offering(school_b, "Birstonas secret draft", slug="secret-draft", categories=[category], live=False)

    teacher_a, coordinator_a = make_user("teacher_a"), make_user("coordinator_a")
    teacher_b, coordinator_b = make_user("teacher_b"), make_user("coordinator_b")
    grant_school_role(school_a, teacher_a, "editor")
    grant_school_role(school_a, coordinator_a, "moderator")
    grant_school_role(school_b, teacher_b, "editor")
    grant_school_role(school_b, coordinator_b, "moderator")

    Image = get_image_model()
    image_a = Image.objects.create(
        title="Alytus workshop", file=get_test_image_file(), collection=school_collection(school_a)
    )
    image_b = Image.objects.create(
        title="Birstonas spa", file=get_test_image_file(), collection=school_collection(school_b)
    )
    document_b = get_document_model().objects.create(
        title="Birstonas price list",
        file=ContentFile(b"prices", name="prices.txt"),
        collection=school_collection(school_b),
    )

    school_b_lt.locked, school_b_lt.locked_by = True, coordinator_b
    school_b_lt.save(update_fields=["locked", "locked_by"])
    draft_b.save_revision(user=teacher_b)
    workflow_state = draft_b.get_workflow().start(draft_b, teacher_b)

    source_b, _created = TranslationSource.get_or_create_from_instance(offering_b)
    translation_b = Translation.objects.create(source=source_b, target_locale=locale("lt"))
    translation_b.save_target(publish=True)
    offering_b_lt = offering_b.get_translation(locale("lt"))

    return World(
        school_a=school_a,
        school_a_lt=school_a_lt,
        offering_a=offering_a,
        school_b=school_b,
        school_b_lt=school_b_lt,
        offering_b=offering_b,
        offering_b_lt=offering_b_lt,
        draft_b=draft_b,
        teacher_a=teacher_a,
        coordinator_a=coordinator_a,
        teacher_b=teacher_b,
        coordinator_b=coordinator_b,
        image_a=image_a,
        image_b=image_b,
        document_b=document_b,
        task_state_b=workflow_state.current_task_state,
        translation_b=translation_b,
        source_b=source_b,
    )


def png_upload(name="upload.png"):
    """An image file as a browser uploads it."""
    return SimpleUploadedFile(name, get_test_image_file().file.getvalue(), content_type="image/png")


def offering_form(offering, category, action=None, **changes):
    """What the admin's edit form posts for `offering`, with `changes` applied."""
    values = {
        "title": offering.title,
        "slug": offering.slug,
        "summary": offering.summary,
        "kind": offering.kind,
        "eqf_level": str(offering.eqf_level or ""),
        "price_model": offering.price_model,
        "price_amount": str(offering.price_amount or ""),
        "currency": offering.currency,
        "unit": offering.unit,
        "minimum_order": str(offering.minimum_order),
        "lead_time_days": str(offering.lead_time_days),
        "capacity_per_month": "",
        "keywords": "",
        "hero_image": "",
        "body": streamfield([]),
    }
    values.update(changes)
    if action:
        values[f"action-{action}"] = action
    data = nested_form_data(values)
    data.update(
        categories=[category.get_translation(offering.locale).pk],
        delivery_modes=offering.delivery_modes,
        countries_served=offering.countries_served,
        months_available=[str(month) for month in offering.months_available],
    )
    return data
