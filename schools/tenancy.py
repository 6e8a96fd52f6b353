"""Each school is a tenant of the admin: its own groups, page permissions, collection and moderation workflow.

Teachers ("editor" role) edit and submit their school's pages; coordinators
("moderator" role) approve and publish them. Rights hold on every language
version of a school, since wagtail-localize keeps translations in other trees.
"""


class SchoolRole:
    """The two roles a member of a school's staff can hold in the admin."""

    EDITOR = "editor"
    MODERATOR = "moderator"


def grant_school_role(school, user, role):
    """Make `user` an editor (teacher) or moderator (coordinator) of `school`, in every language. Idempotent."""
    raise NotImplementedError


def revoke_school_roles(school, user):
    """Remove every right `user` holds on `school`. Idempotent."""
    raise NotImplementedError


def schools_of_user(user, role=None):
    """Source-language SchoolPages `user` is editor or moderator of (only `role` when given)."""
    raise NotImplementedError


def school_collection(school):
    """The Wagtail collection that holds `school`'s images and documents."""
    raise NotImplementedError


def is_school_moderator(user, school):
    """Whether `user` coordinates (moderates) `school`."""
    raise NotImplementedError
