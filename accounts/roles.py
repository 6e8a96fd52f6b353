"""Which role an account holds, for the pages and APIs that later issues restrict.

    from accounts.roles import Role, has_role
    if has_role(request.user, Role.AUTHORITY, Role.EMPLOYMENT_BODY): ...

A declared role is not always a held one: authorities and employment bodies
hold theirs once a site administrator confirms it (`Profile.role_confirmed`),
and school staff once their school has approved them.
"""

from .models import ROLES_CONFIRMED_BY_ADMINISTRATOR, AccountKind, SchoolMembership

Role = AccountKind


def has_role(user, *roles):
    """Whether `user` holds any of `roles` (values of `AccountKind`)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    profile = getattr(user, "profile", None)
    if profile is None or profile.kind not in roles:
        return False
    if profile.kind in ROLES_CONFIRMED_BY_ADMINISTRATOR:
        return profile.role_confirmed
    if profile.kind == AccountKind.SCHOOL_STAFF:
        return SchoolMembership.objects.approved().filter(user=user).exists()
    return True
