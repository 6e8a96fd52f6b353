"""Each school is a tenant of the admin: its own groups, page permissions, collection and moderation workflow.

Teachers ("editor" role) add, edit and submit their school's pages;
coordinators ("moderator" role) approve, publish and unpublish them. Rights
hold on every language version of a school, because wagtail-localize keeps
translations in other page trees. A school's images and documents live in its
own collection, and a page of one school may not use another school's media.
"""

from django.contrib.auth.models import Group, Permission
from django.core.exceptions import FieldDoesNotExist
from django.db import models, transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .models import SchoolPage, SchoolTenancy


class SchoolRole(models.TextChoices):
    """The two roles a member of a school's staff can hold in the admin."""

    EDITOR = "editor", _("teacher")
    MODERATOR = "moderator", _("coordinator")


# Both roles open the admin and may send their pages for translation (the
# translation views are checked per page in schools.middleware).
ADMIN_PERMISSIONS = ["wagtailadmin.access_admin", "wagtail_localize.submit_translation"]
PAGE_PERMISSIONS = {
    SchoolRole.EDITOR: ["add_page", "change_page"],
    SchoolRole.MODERATOR: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
# With "add", Wagtail also lets a teacher edit and delete the files they uploaded themselves.
COLLECTION_PERMISSIONS = {
    SchoolRole.EDITOR: [
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
    ],
    SchoolRole.MODERATOR: [
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.delete_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.delete_document",
        "wagtaildocs.choose_document",
    ],
}
SCHOOLS_COLLECTION = "Schools"


def grant_school_role(school, user, role):
    """Make `user` an editor (teacher) or moderator (coordinator) of `school`, in every language. Idempotent.

    `school` is any language version of a SchoolPage.
    """
    role = SchoolRole(role)  # an unknown role is a ValueError, not a silent no-op
    tenancy = tenancy_of(school)
    user.groups.add(tenancy.editors if role == SchoolRole.EDITOR else tenancy.moderators)


def revoke_school_roles(school, user):
    """Remove every right `user` holds on `school`. Idempotent."""
    tenancy = SchoolTenancy.objects.filter(translation_key=school.translation_key).first()
    if tenancy is not None:
        user.groups.remove(tenancy.editors, tenancy.moderators)


def schools_of_user(user, role=None):
    """Source-language SchoolPages `user` is editor or moderator of (only `role` when given)."""
    if not user.is_authenticated:
        return SchoolPage.objects.none()
    if role is None:
        membership = Q(editors__user=user) | Q(moderators__user=user)
    elif SchoolRole(role) == SchoolRole.EDITOR:
        membership = Q(editors__user=user)
    else:
        membership = Q(moderators__user=user)
    keys = SchoolTenancy.objects.filter(membership).values("translation_key")
    return SchoolPage.objects.filter(translation_key__in=keys).originals()


def school_collection(school):
    """The Wagtail collection that holds `school`'s images and documents."""
    return tenancy_of(school).collection


def is_school_moderator(user, school):
    """Whether `user` coordinates (moderates) `school`; site administrators are not counted."""
    if not user.is_authenticated:
        return False
    return SchoolTenancy.objects.filter(translation_key=school.translation_key, moderators__user=user).exists()


# --- Setting a school up ---------------------------------------------------
def tenancy_of(school):
    """The school's tenancy, set up first if it is missing."""
    tenancy = SchoolTenancy.objects.filter(translation_key=school.translation_key).first()
    return tenancy or ensure_school_tenancy(school)


@transaction.atomic
def ensure_school_tenancy(school):
    """Create what the school owns in the admin if missing, and give its groups rights on every language version.

    Runs whenever a SchoolPage is created, including a wagtail-localize translation. Idempotent.
    """
    versions = list(SchoolPage.objects.filter(translation_key=school.translation_key).order_by("pk"))
    if not versions:
        raise ValueError(f"{school!r} is not a saved school page.")
    tenancy = SchoolTenancy.objects.filter(translation_key=school.translation_key).first()
    if tenancy is None:
        tenancy = _create_tenancy(versions[0])
    roles = {SchoolRole.EDITOR: tenancy.editors, SchoolRole.MODERATOR: tenancy.moderators}
    for role, group in roles.items():
        for permission in _page_permissions(PAGE_PERMISSIONS[role]):
            for version in versions:
                GroupPagePermission.objects.get_or_create(group=group, page=version, permission=permission)
    for version in versions:
        WorkflowPage.objects.update_or_create(page=version, defaults={"workflow": tenancy.workflow})
    return tenancy


def _create_tenancy(source):
    label = f"{source.title[:100]} ({source.pk})"
    editors = Group.objects.get_or_create(name=f"{label} – teachers")[0]
    moderators = Group.objects.get_or_create(name=f"{label} – coordinators")[0]
    collection = _schools_collection().add_child(name=source.title[:255])
    for role, group in {SchoolRole.EDITOR: editors, SchoolRole.MODERATOR: moderators}.items():
        group.permissions.add(*_permissions(ADMIN_PERMISSIONS))
        for permission in _permissions(COLLECTION_PERMISSIONS[role]):
            GroupCollectionPermission.objects.get_or_create(group=group, collection=collection, permission=permission)

    workflow = Workflow.objects.create(name=f"{label} – moderation")
    task = GroupApprovalTask.objects.create(name=f"{label} – coordinator approval")
    task.groups.set([moderators])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return SchoolTenancy.objects.create(
        translation_key=source.translation_key,
        name=source.title,
        editors=editors,
        moderators=moderators,
        collection=collection,
        workflow=workflow,
    )


def _schools_collection():
    """The collection that holds one child collection per school."""
    # Wagtail's migration creates the root; a flushed database (browser tests) has none.
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    return root.get_children().filter(name=SCHOOLS_COLLECTION).first() or root.add_child(name=SCHOOLS_COLLECTION)


def _permissions(names):
    """Permission rows for "app_label.codename" names."""
    condition = Q(pk__in=[])
    for name in names:
        app_label, codename = name.split(".")
        condition |= Q(content_type__app_label=app_label, codename=codename)
    return list(Permission.objects.filter(condition))


def _page_permissions(codenames):
    return _permissions([f"wagtailcore.{codename}" for codename in codenames])


# --- Media belong to one school --------------------------------------------
def school_of_page(page, parent=None):
    """The SchoolPage that `page` belongs to (itself, or the school above it), or None outside schools."""
    if isinstance(page, SchoolPage):
        return page
    anchor = parent if page.pk is None else page
    if anchor is None:
        return None
    return SchoolPage.objects.ancestor_of(anchor, inclusive=True).first()


def media_of_other_schools(school, media):
    """The images and documents among `media` that live in a collection of a school other than `school`."""
    tenancies = list(SchoolTenancy.objects.select_related("collection"))
    foreign = []
    for item in media:
        path = item.collection.path
        owner = next((t for t in tenancies if path.startswith(t.collection.path)), None)
        if owner is not None and owner.translation_key != school.translation_key:
            foreign.append(item)
    return foreign


def referenced_ids(page, cleaned_data, models):
    """{model: {pk: form field name}} of the `models` objects a page form's cleaned data refers to.

    Foreign keys are read directly; StreamField and rich text through
    Wagtail's reference extraction, so objects chosen inside blocks count too.
    """
    wanted = {model: {} for model in models}
    for name, value in cleaned_data.items():
        if isinstance(value, tuple(models)):
            wanted[type(value)][value.pk] = name
            continue
        field = _model_field(page, name)
        if value is None or not hasattr(field, "extract_references"):
            continue
        for model, object_id, _model_path, _content_path in field.extract_references(value):
            if model in wanted:
                wanted[model].setdefault(int(object_id), name)
    return wanted


def referenced_media(page, cleaned_data):
    """{form field name: [images and documents]} that a page form's cleaned data refers to."""
    wanted = referenced_ids(page, cleaned_data, (get_image_model(), get_document_model()))
    found = {}
    for model, fields in wanted.items():
        for item in model.objects.filter(pk__in=fields).select_related("collection"):
            found.setdefault(fields[item.pk], []).append(item)
    return found


def check_page_media(form, cleaned_data):
    """Refuse, with a message in the editor, images or documents of another school on a school's page."""
    page = form.instance
    school = school_of_page(page, getattr(form, "parent_page", None))
    if school is None:
        return
    for name, items in referenced_media(page, cleaned_data).items():
        foreign = media_of_other_schools(school, items)
        if not foreign:
            continue
        message = _(
            "“%(titles)s” belongs to another school's collection. Use an image or document of your own school."
        ) % {"titles": "”, “".join(item.title for item in foreign)}
        # A chooser field shows the error beside it; a StreamField takes only block errors, so above the form.
        in_blocks = hasattr(_model_field(page, name), "extract_references")
        form.add_error(None if in_blocks else name, message)


def _model_field(page, name):
    """The model field behind a form field, or None for form-only fields such as "comment_notifications"."""
    try:
        return page._meta.get_field(name)
    except FieldDoesNotExist:
        return None
