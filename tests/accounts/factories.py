"""Builders for accounts, shared by the test packages."""

from itertools import count

from django.contrib.auth import get_user_model

from accounts.models import AccountKind, Profile

PASSWORD = "a-long-Portal-passphrase-7"
_numbers = count(1)


def make_account(email=None, *, kind=AccountKind.COMPANY, language="en", active=True, password=PASSWORD, **fields):
    """A confirmed (or, with active=False, unconfirmed) account with its profile."""
    number = next(_numbers)
    email = email or f"person{number}@example.org"
    user = get_user_model().objects.create_user(
        username=email,
        email=email,
        password=password,
        first_name=fields.pop("first_name", f"Person{number}"),
        last_name=fields.pop("last_name", "Tester"),
        is_active=active,
    )
    Profile.objects.create(user=user, kind=kind, preferred_language=language, **fields)
    return user
