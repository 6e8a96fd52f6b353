"""Spam protection for the public forms, without a third-party service.

Three checks: a honeypot field people leave empty and robots fill in, a signed
time stamp that tells a form sent within seconds of being shown, and rate
limits counted in the cache per client address and per account
(`settings.FORM_RATE_LIMITS`). A refused form stores nothing.

Use: mix `SpamProtectedForm` into the form, call `check_rate_limit` before
handling a POST (answer `rate_limited_response` when it says no), and
`count_submission` once the form's work is stored.
"""

import hashlib
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

TIMESTAMP_SALT = "inquiries.spam.form-shown"
HONEYPOT_FIELD = "website"
TIMESTAMP_FIELD = "form_shown"


def sign_timestamp(when=None):
    """A tamper-proof note of when a form was shown."""
    return signing.dumps(time.time() if when is None else when, salt=TIMESTAMP_SALT)


def read_timestamp(value):
    """The time a signed stamp stands for, or None when it is missing, altered or not a number."""
    try:
        when = signing.loads(value or "", salt=TIMESTAMP_SALT)
    except signing.BadSignature:
        return None
    return when if isinstance(when, int | float) else None


class TimestampInput(forms.HiddenInput):
    """Shows the stamp the form came with when it is genuine, else a fresh one (so a re-shown form can be sent)."""

    def format_value(self, value):
        return value if read_timestamp(value) is not None else sign_timestamp()


class HoneypotInput(forms.TextInput):
    def __init__(self):
        super().__init__(attrs={"tabindex": "-1", "autocomplete": "off"})


class SpamProtectedForm(forms.Form):
    """Adds the honeypot and the fill-time check to a form; mix it in before `forms.Form` or `forms.ModelForm`."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=HoneypotInput(),
    )
    form_shown = forms.CharField(required=False, widget=TimestampInput())

    spam_messages = {
        "honeypot": _("Your message looks automated and was not sent. Please leave the last field empty."),
        "too_fast": _(
            "This form was sent very quickly after it was opened. Please check your entries and send it again."
        ),
        "no_timestamp": _("This form could not be checked. Please send it again."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[TIMESTAMP_FIELD].initial = sign_timestamp()

    def clean(self):
        cleaned = super().clean()
        if self.cleaned_data.get(HONEYPOT_FIELD):
            raise forms.ValidationError(self.spam_messages["honeypot"], code="honeypot")
        shown = read_timestamp(self.cleaned_data.get(TIMESTAMP_FIELD))
        if shown is None:
            raise forms.ValidationError(self.spam_messages["no_timestamp"], code="no_timestamp")
        if time.time() - shown < settings.FORM_MIN_FILL_SECONDS:
            raise forms.ValidationError(self.spam_messages["too_fast"], code="too_fast")
        return cleaned

    def user_fields(self):
        """The visible fields people fill in, without the honeypot (the template shows that one apart)."""
        return [field for field in self.visible_fields() if field.name != HONEYPOT_FIELD]

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]


# --- Rate limits ----------------------------------------------------------------


def _keys(request, scope):
    """(cache key, limit name) for the client address, and for the account when logged in."""
    address = request.META.get("REMOTE_ADDR") or "unknown"
    keys = [(f"form-rate:{scope}:address:{hashlib.sha256(address.encode()).hexdigest()[:32]}", "address")]
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        keys.append((f"form-rate:{scope}:account:{user.pk}", "account"))
    return keys


def check_rate_limit(request, scope):
    """True while the client address and the account may still send a form of `scope`."""
    for key, limit in _keys(request, scope):
        count, _seconds = settings.FORM_RATE_LIMITS[limit]
        if cache.get(key, 0) >= count:
            return False
    return True


def count_submission(request, scope):
    """Count one sent form against the address's and the account's limits (each window starts with its first)."""
    for key, limit in _keys(request, scope):
        _count, seconds = settings.FORM_RATE_LIMITS[limit]
        if cache.add(key, 1, timeout=seconds):
            continue
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, timeout=seconds)


def rate_limited_response(request):
    """The page a client over its limit gets, with HTTP 429."""
    return render(request, "inquiries/rate_limited.html", status=429)
