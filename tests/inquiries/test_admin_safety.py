"""Company text reaches the school as text: escaped in the admin, harmless in the CSV; bad quotes are refused."""

import csv
import io
from datetime import timedelta

from django.core import mail
from django.urls import reverse
from django.utils import timezone

from inquiries.models import Inquiry, InquiryStatus, Quote

from .admin_helpers import make_inquiry, quote_data

XSS = '<script>alert("x")</script>'
FORMULAS = {
    "company_name": '=HYPERLINK("http://evil.example","Click")',
    "contact_name": "+cmd|' /C calc'!A0",
    "need": "-2+3",
    "delivery_place": "@SUM(A1:A9)",
    "contact_phone": "\t=1+1",
}


def test_script_in_every_field_is_shown_escaped_in_the_inbox_and_the_thread(market, client):
    fields = ["company_name", "contact_name", "contact_phone", "need", "delivery_place"]
    inquiry = make_inquiry(
        market, **{field: f"{field}{XSS}"[: 40 if field == "contact_phone" else 200] for field in fields}
    )
    client.force_login(market.teacher_a)
    client.post(reverse("inquiries_admin:detail", args=[inquiry.pk]), {"action": "reply", "reply-body": f"Re {XSS}"})
    client.post(
        reverse("inquiries_admin:detail", args=[inquiry.pk]),
        quote_data(market.teacher_a, **{"quote-included": f"Boxes {XSS}"}),
    )

    for url in (reverse("inquiries_admin:index"), reverse("inquiries_admin:detail", args=[inquiry.pk])):
        page = client.get(url).text
        assert "<script>alert" not in page
    page = client.get(reverse("inquiries_admin:detail", args=[inquiry.pk])).text
    assert page.count("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;") >= len(fields) + 1
    assert "Boxes &lt;script&gt;" in page and "Re &lt;script&gt;" in page


def test_the_csv_neutralises_formula_cells_and_keeps_the_text(market, client):
    inquiry = make_inquiry(market, **FORMULAS)
    client.force_login(market.coordinator_a)
    response = client.get(reverse("inquiries_admin:export"))
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    header, row = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    cells = dict(zip(header, row, strict=True))
    assert cells["Reference"] == inquiry.reference
    assert cells["Company"] == "'" + FORMULAS["company_name"]
    assert cells["Contact person"] == "'" + FORMULAS["contact_name"]
    assert cells["What is needed"] == "'-2+3"
    assert cells["Delivery place"] == "'@SUM(A1:A9)"
    assert cells["Phone"] == "'\t=1+1"
    assert cells["E-mail address"] == "buyer@example.com"
    assert cells["Quantity"] == "300"
    assert cells["First answer after (hours)"] == ""
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)


def test_the_csv_carries_the_latest_quote_and_the_response_time(market, client):
    inquiry = make_inquiry(market)
    five_hours_ago = timezone.now() - timedelta(hours=5)
    Inquiry.objects.filter(pk=inquiry.pk).update(created_at=five_hours_ago, confirmed_at=five_hours_ago)
    client.force_login(market.teacher_a)
    client.post(reverse("inquiries_admin:detail", args=[inquiry.pk]), quote_data(market.teacher_a))
    client.post(
        reverse("inquiries_admin:detail", args=[inquiry.pk]), quote_data(market.teacher_a, **{"quote-price": "399.90"})
    )
    header, row = list(
        csv.reader(io.StringIO(client.get(reverse("inquiries_admin:export")).content.decode("utf-8-sig")))
    )
    cells = dict(zip(header, row, strict=True))
    assert (cells["Quote price"], cells["Quote currency"], cells["Status"]) == ("399.90", "EUR", "Quote sent")
    assert cells["Teacher responsible"] == market.teacher_a.get_full_name()
    assert cells["First answer after (hours)"] == "5.0"


def test_an_invalid_quote_is_refused_with_errors_and_stores_nothing(market, client):
    inquiry = make_inquiry(market)
    mail.outbox.clear()
    client.force_login(market.teacher_a)
    url = reverse("inquiries_admin:detail", args=[inquiry.pk])
    yesterday = (timezone.localdate() - timedelta(days=1)).isoformat()
    cases = {
        "quote-price": {"quote-price": "-5"},
        "quote-valid_until": {"quote-valid_until": yesterday},
        "quote-delivery_date": {"quote-delivery_date": yesterday},
        "quote-included": {"quote-included": ""},
        # Someone who does not teach at the school cannot be made responsible.
        "quote-teacher": {"quote-teacher": str(market.teacher_b.pk)},
    }
    for field, change in cases.items():
        response = client.post(url, quote_data(market.teacher_a, **change))
        assert response.status_code == 200, field
        assert response.context["quote_form"].errors[field.removeprefix("quote-")], field
        assert "error-message" in response.text
    response = client.post(url, {"action": "quote"})
    assert set(response.context["quote_form"].errors) >= {
        "price",
        "included",
        "delivery_date",
        "valid_until",
        "teacher",
    }
    assert not Quote.objects.exists()
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.OPEN and inquiry.first_response_at is None
    assert mail.outbox == []


def test_a_quote_after_acceptance_is_a_form_error_not_a_crash(market, client):
    from inquiries import services

    inquiry = make_inquiry(market)
    client.force_login(market.teacher_a)
    url = reverse("inquiries_admin:detail", args=[inquiry.pk])
    client.post(url, quote_data(market.teacher_a))
    services.accept_quote(Quote.objects.get(), market.buyer)
    # The form is gone from the page; a stale form posted anyway gets the service's message.
    assert 'value="quote"' not in client.get(url).text
    response = client.post(url, quote_data(market.teacher_a, **{"quote-price": "1"}))
    assert response.status_code == 200
    assert "can no longer be sent" in response.text
    assert Quote.objects.count() == 1
