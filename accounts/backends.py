"""Logging in by e-mail address, and login rate limiting that stays out of the way of non-web logins."""

from axes.backends import AxesStandaloneBackend
from django.contrib.auth.backends import ModelBackend


def normalise_email(value):
    """E-mail addresses are stored lower-cased; the domain is case-insensitive and people mistype the rest."""
    return (value or "").strip().lower()


def axes_username(request, credentials):
    """The account name django-axes counts failures for: "Ana@X.lt" and "ana@x.lt" are one account."""
    username = (credentials or {}).get("username") or request.POST.get("username", "")
    return normalise_email(username) if "@" in username else username


class EmailBackend(ModelBackend):
    """Django's model backend, reading the e-mail address as typed: an account's username is its address."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username and "@" in username:
            username = normalise_email(username)
        return super().authenticate(request, username=username, password=password, **kwargs)


class RateLimitBackend(AxesStandaloneBackend):
    """django-axes' lockout check for every login made over HTTP.

    Logins without a request (the test client's `login()`, a shell) have no
    client address to count and are let through to the next backend instead of
    raising, as axes itself would.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
