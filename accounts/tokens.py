"""Signed links that confirm an e-mail address.

The link carries the account's id and the address it confirms, signed with
the site's secret, so it cannot be forged or moved to another account, and
it stops working after CONFIRMATION_LINK_DAYS.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core import signing

CONFIRMATION_LINK_DAYS = 3
SALT = "accounts.email-confirmation"


class BadConfirmationLink(Exception):
    """The link was altered, cut short, or names an account that no longer exists."""


class ExpiredConfirmationLink(Exception):
    """The link is genuine but older than CONFIRMATION_LINK_DAYS."""


def make_confirmation_token(user):
    return signing.dumps({"user": user.pk, "email": user.email}, salt=SALT, compress=True)


def read_confirmation_token(token):
    """The account the link confirms; raises BadConfirmationLink or ExpiredConfirmationLink."""
    try:
        data = signing.loads(token, salt=SALT, max_age=timedelta(days=CONFIRMATION_LINK_DAYS))
    except signing.SignatureExpired as error:
        raise ExpiredConfirmationLink from error
    except signing.BadSignature as error:
        raise BadConfirmationLink from error
    user = get_user_model().objects.filter(pk=data.get("user"), email=data.get("email")).first()
    if user is None:
        raise BadConfirmationLink
    return user
