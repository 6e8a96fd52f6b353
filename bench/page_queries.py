"""Queries and time per page type on the demo database (not part of the test suite).

Usage: .venv/bin/python bench/page_queries.py   (after `make demo`)
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from offerings.models import OfferingPage  # noqa: E402
from schools.models import SchoolPage  # noqa: E402


def measure(client, url, runs=20):
    client.get(url)  # renditions and caches warm
    timings = []
    for _ in range(runs):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return len(queries), statistics.median(timings)


def main():
    client = Client(HTTP_HOST="localhost")
    school = SchoolPage.objects.live().filter(locale__language_code="lt").first()
    busiest = max(SchoolPage.objects.live(), key=lambda s: s.get_children().count())
    offering = OfferingPage.objects.live().child_of(school).first()
    pages = {
        "home": "/en/",
        "directory (first page of 24)": "/en/schools/",
        "directory filtered": "/pl/schools/?country=LT&category=catering",
        f"school (own language, {school.get_children().count()} offerings)": school.url,
        f"school (untranslated, in Polish, {busiest.get_children().count()} offerings)": "/pl/schools/"
        + busiest.slug
        + "/",
        "offering (own language)": offering.url,
        "offering (untranslated, in Italian)": "/it/schools/" + school.slug + "/" + offering.slug + "/",
    }
    print(f"{'page':60} {'queries':>8} {'median ms':>10}")
    for name, url in pages.items():
        count, median = measure(client, url)
        print(f"{name:60} {count:>8} {median:>10.1f}")


if __name__ == "__main__":
    main()
