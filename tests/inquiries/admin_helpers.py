"""What the inquiry tests share: an inquiry made as a company makes it, and the quote form's data."""

from datetime import timedelta

from django.utils import timezone

from inquiries import services

FIELDS = {
    "company_name": "Dolci Srl",
    "contact_name": "Giulia Rossi",
    "contact_email": "buyer@example.com",
    "contact_phone": "+39 02 1234",
    "need": "300 branded cupcakes for our shop opening.",
    "quantity": 300,
    "delivery_place": "Kaunas",
}


def make_inquiry(market, school=None, offering=None, language="it", **fields):
    """An account's inquiry to school A's offering (or the given school's), as the public form sends it."""
    school = school or market.school_a
    offering = offering or (market.offering_a if school == market.school_a else market.offering_b)
    return services.create_inquiry(
        school=school,
        offering=offering,
        user=market.buyer,
        organisation=market.company,
        language=language,
        **{**FIELDS, **fields},
    )


def quote_data(teacher, **overrides):
    today = timezone.localdate()
    data = {
        "action": "quote",
        "quote-price": "450.00",
        "quote-currency": "EUR",
        "quote-included": "300 cupcakes with your logo, boxed.",
        "quote-delivery_date": (today + timedelta(days=20)).isoformat(),
        "quote-valid_until": (today + timedelta(days=10)).isoformat(),
        "quote-teacher": str(teacher.pk),
    }
    data.update(overrides)
    return data


def is_refused(response):
    """A 403, or Wagtail's answer to one in the admin: back to the dashboard with a message."""
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")
