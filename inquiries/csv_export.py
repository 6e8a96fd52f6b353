"""Inquiries and their quotes as CSV, for a school office's or a company's spreadsheet.

Both exports (the school's in the admin, the company's on its account pages)
write through `write_inquiries_csv`, so the columns and the protection against
formula injection are the same everywhere: a spreadsheet would run a cell that
begins with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula, so such
cells get a leading apostrophe and are shown as the text that was written.
"""

import csv
from datetime import date, datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

# (heading, how to read the value from an inquiry) in column order.
COLUMNS = [
    (_("Reference"), lambda inquiry, quote: inquiry.reference),
    (_("Received"), lambda inquiry, quote: inquiry.received_at),
    (_("Last activity"), lambda inquiry, quote: inquiry.updated_at),
    (_("School"), lambda inquiry, quote: inquiry.school.title),
    (_("Offering or request"), lambda inquiry, quote: inquiry.subject),
    (_("Company"), lambda inquiry, quote: inquiry.company_name),
    (_("Contact person"), lambda inquiry, quote: inquiry.contact_name),
    (_("E-mail address"), lambda inquiry, quote: inquiry.contact_email),
    (_("Phone"), lambda inquiry, quote: inquiry.contact_phone),
    (_("What is needed"), lambda inquiry, quote: inquiry.need),
    (_("Quantity"), lambda inquiry, quote: inquiry.quantity),
    (_("Wished date"), lambda inquiry, quote: inquiry.wished_date),
    (_("Delivery place"), lambda inquiry, quote: inquiry.delivery_place),
    (_("Budget"), lambda inquiry, quote: inquiry.budget_amount),
    (_("Budget currency"), lambda inquiry, quote: inquiry.budget_currency if inquiry.budget_amount is not None else ""),
    (_("Status"), lambda inquiry, quote: inquiry.get_status_display()),
    (_("First answer after (hours)"), lambda inquiry, quote: first_response_hours(inquiry)),
    (_("Quote price"), lambda inquiry, quote: quote.price if quote else None),
    (_("Quote currency"), lambda inquiry, quote: quote.currency if quote else ""),
    (_("What the quote includes"), lambda inquiry, quote: quote.included if quote else ""),
    (_("Delivery date"), lambda inquiry, quote: quote.delivery_date if quote else None),
    (_("Quote valid until"), lambda inquiry, quote: quote.valid_until if quote else None),
    (_("Quote status"), lambda inquiry, quote: quote.get_status_display() if quote else ""),
    (_("Teacher responsible"), lambda inquiry, quote: quote.teacher_name if quote else ""),
]


def neutralise(value):
    """A cell as text a spreadsheet shows as written: formula-like text gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def first_response_hours(inquiry):
    """Hours from when the school got the inquiry to its first answer, one decimal; None while unanswered."""
    delay = inquiry.response_time
    return round(delay.total_seconds() / 3600, 1) if delay is not None else None


def latest_quote(inquiry):
    """The newest quote, read from prefetched `quotes` when the queryset has them (no query per row)."""
    quotes = list(inquiry.quotes.all())
    return max(quotes, key=lambda quote: (quote.created_at, quote.pk)) if quotes else None


def inquiries_for_export(queryset):
    """`queryset` with what the columns read joined or prefetched, so the export's queries do not grow with rows."""
    return queryset.select_related("school", "offering", "open_request").prefetch_related("quotes")


def csv_attachment(name):
    """An empty CSV download named `<name>-<today>.csv`, to write rows to."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}-{timezone.localdate():%Y-%m-%d}.csv"'
    response.write("\ufeff")  # a byte-order mark, so spreadsheets read the accents as UTF-8
    return response


def csv_download(queryset, name):
    """The inquiries of `queryset` as a CSV file download named `<name>-<today>.csv`."""
    return write_inquiries_csv(inquiries_for_export(queryset), csv_attachment(name))


def write_inquiries_csv(rows, response):
    """Write `rows` (inquiries) to `response` (any file-like object, e.g. an HttpResponse) as CSV.

    One line per inquiry with its latest quote. Pass the rows through
    `inquiries_for_export` first to keep the number of queries constant. Every
    cell is neutralised against formula injection. Returns `response`.
    """
    writer = csv.writer(response)
    writer.writerow([str(heading) for heading, _read in COLUMNS])
    for inquiry in rows:
        quote = latest_quote(inquiry)
        writer.writerow([neutralise(read(inquiry, quote)) for _heading, read in COLUMNS])
    return response
