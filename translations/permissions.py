"""Translators per language: what they may translate and edit.

A translator group holds page permissions on its language's home page, so
its members can edit and publish pages in that language, but pages written
there in the first place (a Latvian school's own showcase, say) belong to
the school: a right that comes only from a translator group never covers
an original page. Teachers and coordinators keep their school's rights
(schools.tenancy) and may send their own pages into any language.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db.models import Min, Q
from wagtail.models import GroupPagePermission, Locale, Page, PagePermissionTester

from home.models import original_version

from .models import TranslatorGroup

ADMIN_PERMISSIONS = [("wagtailadmin", "access_admin"), ("wagtail_localize", "submit_translation")]
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]


def ensure_translator_group(locale):
    """The translator group of `locale`, created where missing, with its admin permissions."""
    link = TranslatorGroup.objects.filter(locale=locale).select_related("group").first()
    if link:
        group = link.group
    else:
        # The language's own name, as the migration names groups: the same whatever the admin's language.
        name = dict(settings.LANGUAGES).get(locale.language_code, locale.language_code)
        group, _created = Group.objects.get_or_create(name=f"Translators: {name}")
        TranslatorGroup.objects.create(group=group, locale=locale)
    # Added every time: a database migrated before these permissions existed gets them now.
    group.permissions.add(
        *Permission.objects.filter(
            Q.create([Q(content_type__app_label=app, codename=code) for app, code in ADMIN_PERMISSIONS], connector="OR")
        )
    )
    return group


def grant_language_root(page):
    """Give the translators of `page`'s language their rights on it: `page` is a home page (depth 2)."""
    group = ensure_translator_group(page.locale)
    for permission in Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=PAGE_PERMISSIONS):
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def translator_locales(user):
    """The languages `user` translates into as a member of translator groups."""
    if not user.is_authenticated:
        return Locale.objects.none()
    return Locale.objects.filter(translator_group__group__user=user)


def target_locales(user, page):
    """The languages `user` may send `page` into: any for its school's staff and administrators, else theirs."""
    if user.is_superuser or PortalPagePermissionTester(user, page, translator_rights=False).can_edit():
        return Locale.objects.all()
    return translator_locales(user)


def is_original(page):
    """Whether `page` is the version its translations were made from (the oldest of its group)."""
    return original_version(page).pk == page.pk


class PortalPagePermissionTester(PagePermissionTester):
    """Wagtail's per-page rights, minus what translator groups would give on original pages."""

    def __init__(self, user, page, translator_rights=None):
        super().__init__(user, page)
        if not user.is_active or user.is_superuser:
            return
        translator_groups = _translator_group_ids(user)
        if not translator_groups:
            return
        if translator_rights is None:
            translator_rights = _original_pks(user, page)[page.translation_key] != page.pk
        if not translator_rights:
            self.permissions = {
                perm.permission.codename.rsplit("_", maxsplit=1)[0]
                for perm in self.permission_policy.get_cached_permissions_for_user(user)
                if page.path.startswith(perm.page.path) and perm.group_id not in translator_groups
            }


def _original_pks(user, page):
    """{translation_key: pk of the original} for `page` and its siblings, read once per request.

    An admin listing asks for each page's permissions several times; one query
    answers for the whole listing. The answers live on the user object, as
    long as the request.
    """
    known = user.__dict__.setdefault("_original_pks", {})
    if page.translation_key not in known:
        siblings = Page.objects.filter(path__startswith=page.path[: -page.steplen], depth=page.depth)
        groups = Page.objects.filter(translation_key__in=siblings.values("translation_key"))
        # order_by(): Page's default ordering by path would split each group in the GROUP BY.
        first = groups.order_by().values("translation_key").annotate(first=Min("pk"))
        known.update(first.values_list("translation_key", "first"))
        known.setdefault(page.translation_key, original_version(page).pk)
    return known


def _translator_group_ids(user):
    """The user's translator groups, read once per request (the user object lives as long as it)."""
    if not hasattr(user, "_translator_group_ids"):
        user._translator_group_ids = set(
            TranslatorGroup.objects.filter(group__user=user).values_list("group_id", flat=True)
        )
    return user._translator_group_ids
