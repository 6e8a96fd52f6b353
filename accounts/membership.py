"""Joining organisations and schools, deciding on requests, and leaving for good.

School rights themselves are granted and revoked by `schools.tenancy`; this
module records who asked, who decided, and tells the people concerned.
"""

from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from schools.tenancy import grant_school_role, is_school_moderator, revoke_school_roles, schools_of_user

from .emails import absolute_url, preferred_language, send_to_user
from .models import (
    MembershipStatus,
    Organisation,
    OrganisationKind,
    OrganisationMembership,
    SchoolMembership,
    StaffRole,
)


def account_link(user):
    with translation.override(preferred_language(user)):
        return absolute_url(reverse("accounts:dashboard"))


# --- Schools ----------------------------------------------------------------


def can_decide_school(user, school):
    """Site administrators and the school's coordinators decide who joins its staff."""
    return user.is_active and (user.is_superuser or is_school_moderator(user, school))


def school_memberships_to_decide(user):
    """Requests and members of every school `user` may decide for, pending first."""
    memberships = SchoolMembership.objects.filter(user__is_active=True).exclude(status=MembershipStatus.REFUSED)
    if not user.is_superuser:
        keys = schools_of_user(user, role="moderator").values_list("translation_key", flat=True)
        memberships = memberships.filter(school__translation_key__in=list(keys)).exclude(user=user)
    return memberships.select_related("user", "school").order_by("-status", "requested_at")  # "pending" first


def coordinators_of(school):
    """Accounts approved as coordinators of any language version of `school`."""
    memberships = SchoolMembership.objects.approved().filter(
        school__translation_key=school.translation_key, role=StaffRole.COORDINATOR
    )
    return [membership.user for membership in memberships.select_related("user", "user__profile")]


def notify_school_deciders(membership):
    """Tell the school's coordinators that someone asks to join (site administrators see it on their page)."""
    for coordinator in coordinators_of(membership.school):
        send_to_user(
            coordinator,
            "school_request_received",
            {"membership": membership, "requester": membership.user, "link": account_link(coordinator)},
        )


def school_buyer(school):
    """The buyer organisation through which a school's staff order on its behalf (one per school, any language)."""
    existing = Organisation.objects.filter(
        kind=OrganisationKind.SCHOOL, school__translation_key=school.translation_key
    ).first()
    if existing:
        return existing
    return Organisation.objects.create(
        kind=OrganisationKind.SCHOOL, name=school.official_name or school.title, country=school.country, school=school
    )


@transaction.atomic
def approve_school_membership(membership, decided_by):
    """Make the requester an editor (teacher) or moderator (coordinator) of the school, and say so."""
    grant_school_role(membership.school, membership.user, StaffRole(membership.role).tenancy_role)
    membership.status = MembershipStatus.APPROVED
    membership.decided_at, membership.decided_by = timezone.now(), decided_by
    membership.save(update_fields=["status", "decided_at", "decided_by"])
    OrganisationMembership.objects.update_or_create(
        organisation=school_buyer(membership.school),
        user=membership.user,
        defaults={"status": MembershipStatus.APPROVED, "decided_at": timezone.now()},
    )
    send_to_user(membership.user, "school_request_approved", _decision_context(membership))


@transaction.atomic
def refuse_school_membership(membership, decided_by):
    membership.status = MembershipStatus.REFUSED
    membership.decided_at, membership.decided_by = timezone.now(), decided_by
    membership.save(update_fields=["status", "decided_at", "decided_by"])
    send_to_user(membership.user, "school_request_refused", _decision_context(membership))


@transaction.atomic
def remove_school_membership(membership, decided_by=None, notify=True):
    """Take every right on the school away from a member, and the school's buyer account with it."""
    revoke_school_roles(membership.school, membership.user)
    OrganisationMembership.objects.filter(
        organisation__kind=OrganisationKind.SCHOOL,
        organisation__school__translation_key=membership.school.translation_key,
        user=membership.user,
    ).delete()
    context = _decision_context(membership)
    membership.delete()
    if notify:
        send_to_user(membership.user, "school_membership_removed", context)


def _decision_context(membership):
    return {"membership": membership, "school_title": membership.school.title, "link": account_link(membership.user)}


# --- Companies --------------------------------------------------------------


@transaction.atomic
def create_company(user, form):
    """Save a new company; its first member administers it and approves who else joins."""
    company = form.save(commit=False)
    company.kind = OrganisationKind.COMPANY
    company.save()
    OrganisationMembership.objects.create(
        organisation=company, user=user, status=MembershipStatus.APPROVED, is_admin=True, decided_at=timezone.now()
    )
    return company


def ask_to_join_company(user, company):
    """A pending membership, announced to the company's administrators; asking twice changes nothing."""
    membership, created = OrganisationMembership.objects.get_or_create(organisation=company, user=user)
    if not created and membership.status == MembershipStatus.REFUSED:
        membership.status, membership.requested_at = MembershipStatus.PENDING, timezone.now()
        membership.save(update_fields=["status", "requested_at"])
    elif not created:
        return membership
    for admin in company.administrators().select_related("user", "user__profile"):
        send_to_user(
            admin.user,
            "company_request_received",
            {"company": company, "requester": user, "link": account_link(admin.user)},
        )
    return membership


def company_memberships_to_decide(user):
    """Requests and members of the companies `user` administers."""
    companies = OrganisationMembership.objects.approved().filter(
        user=user, is_admin=True, organisation__kind=OrganisationKind.COMPANY
    )
    return (
        OrganisationMembership.objects.filter(organisation__in=companies.values("organisation"), user__is_active=True)
        .exclude(user=user)
        .exclude(status=MembershipStatus.REFUSED)
        .select_related("user", "organisation")
        .order_by("-status", "requested_at")
    )


def decide_company_membership(membership, decision):
    """Approve, refuse or remove a member of a company, and tell them."""
    company = membership.organisation
    context = {"company": company, "link": account_link(membership.user)}
    if decision == "approve":
        membership.status, membership.decided_at = MembershipStatus.APPROVED, timezone.now()
        membership.save(update_fields=["status", "decided_at"])
        send_to_user(membership.user, "company_request_approved", context)
    elif decision == "refuse":
        membership.status, membership.decided_at = MembershipStatus.REFUSED, timezone.now()
        membership.save(update_fields=["status", "decided_at"])
        send_to_user(membership.user, "company_request_refused", context)
    elif decision == "remove":
        membership.delete()
        send_to_user(membership.user, "company_membership_removed", context)


def buyer_organisations(user, kind=None):
    """The organisations `user` is an approved member of, by name (only those of `kind` when given):
    the buyers they may send inquiries and open requests for."""
    if not user.is_authenticated:
        return []
    organisations = Organisation.objects.filter(memberships__user=user, memberships__status=MembershipStatus.APPROVED)
    if kind:
        organisations = organisations.filter(kind=kind)
    return list(organisations.order_by("name"))


def companies_of(user):
    return OrganisationMembership.objects.filter(user=user, organisation__kind=OrganisationKind.COMPANY).select_related(
        "organisation"
    )


# --- Leaving ----------------------------------------------------------------


@transaction.atomic
def delete_account(user):
    """Remove the account and everything personal attached to it.

    School rights are revoked first; a company whose only administrator leaves
    passes to its longest-standing member, and a company left without members
    is deleted with the account, since only its members could ever see it.
    """
    for membership in SchoolMembership.objects.filter(user=user).select_related("school"):
        if membership.status == MembershipStatus.APPROVED:
            revoke_school_roles(membership.school, user)
    for membership in companies_of(user).filter(is_admin=True):
        company = membership.organisation
        others = company.members().exclude(user=user)
        if not others.exists():
            company.delete()  # pending requests to it go too: nobody is left to decide them
            continue
        if not others.filter(is_admin=True).exists():
            successor = others.order_by("decided_at", "pk").first()
            successor.is_admin = True
            successor.save(update_fields=["is_admin"])
    user.delete()
