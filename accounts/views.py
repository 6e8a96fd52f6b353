"""The account pages of the public site, under each language prefix."""

from django.contrib import messages
from django.contrib.auth import get_user_model, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from home.i18n import attach_localized_urls
from offerings.models import OfferingPage

from . import membership as members
from .alerts import describe, normalised_query
from .emails import send_confirmation
from .forms import (
    CompanyForm,
    DeleteAccountForm,
    JoinCompanyForm,
    LocalisedPasswordResetForm,
    LoginForm,
    MembershipDecisionForm,
    ProfileForm,
    RegistrationForm,
    ResendConfirmationForm,
    SchoolJoinForm,
)
from .models import (
    ROLES_CONFIRMED_BY_ADMINISTRATOR,
    AccountKind,
    Favourite,
    MembershipStatus,
    Profile,
    SavedSearch,
    SchoolMembership,
)
from .tokens import BadConfirmationLink, ExpiredConfirmationLink, read_confirmation_token

User = get_user_model()

# --- Registration -----------------------------------------------------------


def register(request):
    """A new account of any kind; a confirmation link is e-mailed and the account waits for it."""
    if request.user.is_authenticated:
        return redirect("accounts:dashboard")
    form = RegistrationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        send_confirmation(user)
        request.session["registered_email"] = user.email
        return redirect("accounts:register_done")
    return render(request, "accounts/register.html", {"form": form})


def register_done(request):
    """Tells where the confirmation link went."""
    return render(request, "accounts/register_done.html", {"email": request.session.get("registered_email", "")})


def confirm(request, token):
    """Activate the account the signed link names; an old or altered link says so and offers a new one."""
    try:
        user = read_confirmation_token(token)
    except ExpiredConfirmationLink:
        return render(request, "accounts/confirm_invalid.html", {"expired": True}, status=400)
    except BadConfirmationLink:
        return render(request, "accounts/confirm_invalid.html", {"expired": False}, status=400)
    already = user.is_active
    if not already:
        user.is_active = True
        user.save(update_fields=["is_active"])
        for membership in SchoolMembership.objects.filter(user=user, status=MembershipStatus.PENDING):
            members.notify_school_deciders(membership)
    return render(request, "accounts/confirm_done.html", {"already": already, "confirmed_user": user})


def resend_confirmation(request):
    """Send a new link; the answer is the same whether or not the address has an unconfirmed account."""
    form = ResendConfirmationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        waiting = User.objects.filter(email=form.cleaned_data["email"], is_active=False).first()
        if waiting is not None:
            send_confirmation(waiting)
        return render(request, "accounts/resend_done.html", {"email": form.cleaned_data["email"]})
    return render(request, "accounts/resend.html", {"form": form})


# --- Logging in and out, passwords ------------------------------------------


class LoginView(auth_views.LoginView):
    """Log in with the e-mail address; failures count towards the rate limit (django-axes)."""

    form_class = LoginForm
    template_name = "accounts/login.html"
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    """Log out (POST only): the session is ended on the server, not only forgotten by the browser."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        messages.success(request, _("You are logged out."))
        return response


class PasswordResetView(auth_views.PasswordResetView):
    """Ask for a reset link; the page reads the same whether or not the address has an account."""

    form_class = LocalisedPasswordResetForm
    template_name = "accounts/password_reset_form.html"
    email_template_name = "accounts/emails/password_reset.txt"
    subject_template_name = "accounts/emails/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """Choose a new password from the e-mailed link; every session of the account ends with the old one."""

    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")


class PasswordChangeView(auth_views.PasswordChangeView):
    """Change the password; this session stays logged in, every other session of the account ends."""

    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:dashboard")

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("Your password is changed. Other devices have been logged out."))
        return response


# --- The account page -------------------------------------------------------


@login_required
def dashboard(request):
    """Everything an account holds: profile, organisations, requests to decide, favourites, saved searches."""
    user = request.user
    profile = getattr(user, "profile", None)
    favourites = [favourite.offering for favourite in user.favourites.select_related("offering", "offering__locale")]
    saved_searches = describe(list(user.saved_searches.all()), get_language())
    context = {
        "profile": profile,
        "awaiting_role_confirmation": bool(
            profile and profile.kind in ROLES_CONFIRMED_BY_ADMINISTRATOR and not profile.role_confirmed
        ),
        "companies": members.companies_of(user),
        "school_memberships": user.school_memberships.select_related("school"),
        "school_decisions": members.school_memberships_to_decide(user),
        "company_decisions": members.company_memberships_to_decide(user),
        "favourites": attach_localized_urls(favourites, request),
        "saved_searches": saved_searches,
        "is_company": bool(profile and profile.kind == AccountKind.COMPANY),
        "is_school_staff": bool(profile and profile.kind == AccountKind.SCHOOL_STAFF),
        "can_use_admin": user.has_perm("wagtailadmin.access_admin"),
    }
    return render(request, "accounts/dashboard.html", context)


def _profile(user):
    return Profile.objects.get_or_create(user=user)[0]


@login_required
def edit_profile(request):
    _profile(request.user)
    form = ProfileForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile is saved."))
        return redirect("accounts:dashboard")
    return render(request, "accounts/profile_form.html", {"form": form})


@login_required
def delete_account(request):
    """Delete the account after the password is typed again; what goes and what stays is explained first."""
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        members.delete_account(user)
        return render(request, "accounts/delete_done.html")
    return render(request, "accounts/delete_account.html", {"form": form})


# --- Organisations ----------------------------------------------------------


@login_required
def company(request):
    """Create the company's profile, or ask its administrator to let you join it."""
    # Prefixed, so the two forms' fields keep distinct ids on one page.
    create_form = CompanyForm(request.POST if request.POST.get("action") == "create" else None, prefix="create")
    join_form = JoinCompanyForm(request.POST if request.POST.get("action") == "join" else None, prefix="join")
    if request.method == "POST":
        if create_form.is_bound and create_form.is_valid():
            created = members.create_company(request.user, create_form)
            messages.success(request, _("%(company)s is registered, and you administer it.") % {"company": created})
            return redirect("accounts:dashboard")
        if join_form.is_bound and join_form.is_valid():
            members.ask_to_join_company(request.user, join_form.cleaned_data["company"])
            messages.success(request, _("Your request is sent. The company's administrator decides on it."))
            return redirect("accounts:dashboard")
    context = {"create_form": create_form, "join_form": join_form, "companies": members.companies_of(request.user)}
    return render(request, "accounts/company.html", context)


@login_required
def join_school(request):
    """Ask to join a school's staff as a teacher or coordinator."""
    form = SchoolJoinForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        membership = SchoolMembership.objects.create(
            user=request.user, school=form.cleaned_data["school"], role=form.cleaned_data["staff_role"]
        )
        members.notify_school_deciders(membership)
        messages.success(request, _("Your request is sent. The school's coordinator decides on it."))
        return redirect("accounts:dashboard")
    return render(request, "accounts/school_join.html", {"form": form})


@login_required
@require_POST
def decide_school_membership(request, pk):
    """Approve or refuse a request to join a school, or remove a member: coordinators and site administrators."""
    membership = get_object_or_404(SchoolMembership.objects.select_related("user", "school"), pk=pk)
    if not members.can_decide_school(request.user, membership.school) or membership.user == request.user:
        return render(request, "accounts/forbidden.html", status=403)
    form = MembershipDecisionForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest(_("Choose approve, refuse or remove."))
    decision, name = form.cleaned_data["decision"], membership.user.get_full_name() or membership.user.email
    if decision == "approve" and membership.status == MembershipStatus.PENDING:
        members.approve_school_membership(membership, request.user)
        messages.success(request, _("%(name)s has joined the school.") % {"name": name})
    elif decision == "refuse" and membership.status == MembershipStatus.PENDING:
        members.refuse_school_membership(membership, request.user)
        messages.success(request, _("You refused the request of %(name)s.") % {"name": name})
    elif decision == "remove" and membership.status == MembershipStatus.APPROVED:
        members.remove_school_membership(membership, request.user)
        messages.success(request, _("%(name)s no longer has rights on the school.") % {"name": name})
    return redirect("accounts:dashboard")


@login_required
@require_POST
def decide_company_membership(request, pk):
    """Approve, refuse or remove a member of a company: its administrators only."""
    membership = members.company_memberships_to_decide(request.user).filter(pk=pk).first()
    if membership is None:
        return render(request, "accounts/forbidden.html", status=403)
    form = MembershipDecisionForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest(_("Choose approve, refuse or remove."))
    expected = MembershipStatus.APPROVED if form.cleaned_data["decision"] == "remove" else MembershipStatus.PENDING
    if membership.status == expected:
        members.decide_company_membership(membership, form.cleaned_data["decision"])
        messages.success(request, _("Your decision is saved and %(email)s is told.") % {"email": membership.user.email})
    return redirect("accounts:dashboard")


# --- Favourites and saved searches ------------------------------------------


def _back(request, fallback):
    """The page the form came from, if it is on this site."""
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return fallback


@login_required
@require_POST
def toggle_favourite(request, offering_id):
    """Save an offering, or forget it in every language; works as a plain form without JavaScript."""
    offering = get_object_or_404(OfferingPage.objects.live().public(), pk=offering_id)
    saved = Favourite.objects.filter(user=request.user, offering__translation_key=offering.translation_key)
    if request.POST.get("action") == "remove":
        saved.delete()
    elif not saved.exists():
        Favourite.objects.create(user=request.user, offering=offering)
    return redirect(_back(request, reverse("accounts:dashboard")))


@login_required
@require_POST
def save_search(request):
    """Keep the search the visitor is looking at (its query string) for later, and come back to it."""
    language = get_language()
    query_string = normalised_query(QueryDict(request.POST.get("query", "")[:2000]), language)
    SavedSearch.objects.get_or_create(user=request.user, query_string=query_string)
    return redirect(f"/{language}/search/?{query_string}" if query_string else f"/{language}/search/")


@login_required
@require_POST
def update_saved_search(request, pk):
    """Switch e-mail alerts of a saved search on or off, or delete it."""
    saved = get_object_or_404(SavedSearch, pk=pk, user=request.user)
    action = request.POST.get("action")
    if action == "delete":
        saved.delete()
        messages.success(request, _("The saved search is deleted."))
    elif action in ("alerts_on", "alerts_off"):
        saved.alerts_enabled = action == "alerts_on"
        saved.save(update_fields=["alerts_enabled"])
        if saved.alerts_enabled:
            messages.success(request, _("You will get an e-mail when new offerings match this search."))
        else:
            messages.success(request, _("You will no longer get e-mails for this search."))
    return redirect(reverse("accounts:dashboard") + "#saved-searches")
