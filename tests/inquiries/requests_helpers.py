"""What the open request tests share: the form's data, a request posted through the service, more schools."""

import time
from datetime import timedelta

from django.urls import reverse
from django.utils import timezone, translation

from accounts.models import AccountKind
from inquiries import services
from inquiries.spam import sign_timestamp
from offerings.models import Category
from schools.tenancy import grant_school_role
from tests.accounts.factories import make_account
from tests.schools.factories import make_school


def in_days(days):
    return timezone.localdate() + timedelta(days=days)


def request_data(category, **overrides):
    data = {
        "title": "300 branded cupcakes",
        "category": str(category.pk),
        "country": "LT",
        "place": "Kaunas, Laisvės al. 1",
        "quantity": "300",
        "needed_from": in_days(20).isoformat(),
        "needed_by": in_days(30).isoformat(),
        "description": "Cupcakes with our logo for the shop opening on 12 June.",
        "website": "",
        "form_shown": sign_timestamp(time.time() - 60),
    }
    data.update(overrides)
    return data


def url(name, *args, language="en"):
    with translation.override(language):
        return reverse(name, args=args)


def category_in(category, language):
    return Category.objects.get(translation_key=category.translation_key, locale__language_code=language)


def post_request(market, **fields):
    """An open request for catering in Lithuania, posted by the market's buyer."""
    values = {
        "title": "300 branded cupcakes",
        "category": market.catering,
        "country": "LT",
        "place": "Kaunas",
        "quantity": 300,
        "needed_by": in_days(30),
        "description": "Cupcakes with our logo.",
    }
    values.update(fields)
    return services.post_open_request(user=market.buyer, organisation=market.company, language="it", **values)


def lithuanian_school(market, title, *, staff_email=None, **fields):
    """Another live catering school in Lithuania, with a teacher when `staff_email` is given."""
    directory = market.school_a.get_parent()
    school = make_school(directory, title, categories=[market.catering], country="LT", **fields)
    teacher = None
    if staff_email:
        teacher = make_account(staff_email, kind=AccountKind.SCHOOL_STAFF, language="lt")
        grant_school_role(school, teacher, "editor")
    return school, teacher
