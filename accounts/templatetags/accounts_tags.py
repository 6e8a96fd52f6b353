"""The heart button on offerings and the "Save this search" button, for pages outside the accounts app."""

from urllib.parse import urlencode

from django import template
from django.utils.translation import get_language

from accounts.models import Favourite, SavedSearch

register = template.Library()


def _favourite_keys(request):
    """Translation keys of the visitor's favourites, read once per request however many cards there are."""
    if not hasattr(request, "_favourite_keys"):
        request._favourite_keys = set(
            Favourite.objects.filter(user=request.user).values_list("offering__translation_key", flat=True)
        )
    return request._favourite_keys


@register.inclusion_tag("accounts/includes/favourite_button.html", takes_context=True)
def favourite_button(context, offering, compact=False):
    """Save or unsave `offering` (any language version counts as the same offering)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    logged_in = bool(user and user.is_authenticated)
    return {
        "offering": offering,
        "compact": compact,
        "logged_in": logged_in,
        "is_favourite": logged_in and offering.translation_key in _favourite_keys(request),
        "next": request.get_full_path() if request else "",
        "language": get_language(),  # the card around the button may be in the offering's language
    }


@register.inclusion_tag("accounts/includes/save_search_button.html", takes_context=True)
def save_search_button(context, search):
    """Keep the search on screen; shows "Saved" when the account already keeps it."""
    request = context.get("request")
    user = getattr(request, "user", None)
    query_string = urlencode(search.params(page=1))
    logged_in = bool(user and user.is_authenticated)
    return {
        "query_string": query_string,
        "logged_in": logged_in,
        "is_saved": logged_in and SavedSearch.objects.filter(user=user, query_string=query_string).exists(),
        "next": request.get_full_path() if request else "",
    }
