"""The insights figures on a large portal, on SQLite or PostgreSQL (not part of the test suite; issue #8).

Builds a database holding the search benchmark's catalogue (100,000 offering
pages by default, English translations included) and two years of activity:
a million logged searches, twenty thousand inquiries with their answers,
quotes and order steps, and daily page views of showcases and offerings.
Then times computing every figure at once (`insights.snapshot.build()` and
`refresh()`), the size of the stored snapshot and the memory the computing
takes, and the insights pages, their downloads and the admin dashboard
through the test client.

Usage:
    .venv/bin/python bench/insights.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/vet2b_bench_insights .venv/bin/python bench/insights.py
    ... --keep          measure the data already in the database instead of rebuilding it
    ... --load-only     build the database and measure nothing
    ... --profile       also profile build() and the slowest page: Python hot spots and the slowest SQL

DATABASE_URL defaults to sqlite:////tmp/vet2b_bench_insights.sqlite3. The
database is dropped and recreated, so its name must contain "bench".
"""

import argparse
import cProfile
import io
import json
import math
import os
import pstats
import random
import re
import resource
import statistics
import sys
import time
import tracemalloc
from dataclasses import dataclass
from datetime import datetime, timedelta
from datetime import time as clock
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Run as a script, this file's folder comes first on the import path, and this file is named like
# the portal's `insights` app: the project root goes in front so `import insights` finds the app.
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/vet2b_bench_insights.sqlite3")

# Importing the search benchmark sets the settings module and runs django.setup().
from bench.search_latency import (  # noqa: E402
    COUNTRY_LANGUAGES,
    IRISH_TOWNS,
    code_version,
    describe_database,
    describe_target,
    load_catalogue,
    measure,
    percentile95,
    profile,
)

# isort: split
from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.hashers import make_password  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone, translation  # noqa: E402

from accounts.models import (  # noqa: E402
    AccountKind,
    CompanySize,
    NaceSection,
    Organisation,
    OrganisationMembership,
    Profile,
    SchoolMembership,
    name_key,
)
from home.demo.categories import CATEGORIES  # noqa: E402
from home.demo.offerings import OFFERINGS  # noqa: E402
from home.demo.schools import SCHOOLS  # noqa: E402
from inquiries.models import Inquiry, InquiryStatus, Message, Quote, QuoteStatus, StatusChange  # noqa: E402
from insights import snapshot  # noqa: E402
from insights.models import PageViewDay, Snapshot  # noqa: E402
from offerings.models import OfferingPage  # noqa: E402
from schools.models import SchoolPage  # noqa: E402
from schools.tenancy import grant_school_role  # noqa: E402
from search.models import SearchLog  # noqa: E402

PERIOD_DAYS = 730  # searches, inquiries and page views spread over the last 24 months
BATCH = 5000

# --- When things happen --------------------------------------------------------


class Calendar:
    """Draws moments in the last PERIOD_DAYS as a growing portal sees them.

    Activity grows threefold over the period, weekends see a third of a
    weekday's, and most of it falls in office hours (local time).
    """

    def __init__(self, rng):
        self.rng = rng
        self.now = timezone.localtime()
        today = self.now.date()
        self.days = [today - timedelta(days=age) for age in range(PERIOD_DAYS)]
        weights = [
            (1 + 2 * (1 - age / PERIOD_DAYS)) * (0.35 if day.weekday() >= 5 else 1) for age, day in enumerate(self.days)
        ]
        self.day_weights = cumulative(weights)
        self.hours = list(range(24))
        self.hour_weights = cumulative([math.exp(-((hour - 12) ** 2) / 18) + 0.02 for hour in self.hours])

    def moments(self, count):
        """`count` aware datetimes, none in the future."""
        days = self.rng.choices(self.days, cum_weights=self.day_weights, k=count)
        hours = self.rng.choices(self.hours, cum_weights=self.hour_weights, k=count)
        tz = self.now.tzinfo
        moments = []
        for day, hour in zip(days, hours, strict=True):
            moment = timezone.make_aware(datetime.combine(day, clock(hour, self.rng.randrange(60))), tz)
            moments.append(min(moment, self.now))
        return moments


def cumulative(weights):
    total, sums = 0.0, []
    for weight in weights:
        total += weight
        sums.append(total)
    return sums


def zipf_weights(count, exponent=1.07):
    return cumulative([1 / (rank + 1) ** exponent for rank in range(count)])


# --- Searches ------------------------------------------------------------------
# Share of searches per interface language.
SEARCH_LANGUAGES = {"en": 0.30, "lt": 0.15, "lv": 0.12, "pl": 0.18, "it": 0.15, "pt": 0.10}
# Needs no school offers: they find nothing in any language and make the unmet demand figures.
UNMET = {
    "en": ["chimney cleaning", "solar panel installation", "drone video", "boat repair", "piano tuning",
           "roof repair", "translation", "dog grooming", "bicycle repair", "tiling", "upholstery", "locksmith"],
    "lt": ["kaminų valymas", "saulės elektrinė", "filmavimas dronu", "valčių remontas", "pianino derinimas",
           "stogo remontas", "vertimas", "šunų kirpimas", "dviračių remontas", "plytelių klojimas",
           "baldų apmušimas", "spynų meistras"],
    "lv": ["skursteņu tīrīšana", "saules paneļi", "filmēšana ar dronu", "laivu remonts", "klavieru skaņošana",
           "jumta remonts", "tulkošana", "suņu kopšana", "velosipēdu remonts", "flīzēšana",
           "mēbeļu pārvilkšana", "atslēdznieks"],
    "pl": ["czyszczenie kominów", "panele słoneczne", "film z drona", "naprawa łodzi", "strojenie pianina",
           "naprawa dachu", "tłumaczenie", "strzyżenie psów", "naprawa rowerów", "układanie płytek",
           "tapicerstwo", "ślusarz"],
    "it": ["pulizia camini", "pannelli solari", "riprese con drone", "riparazione barche", "accordatura pianoforte",
           "riparazione tetto", "traduzione", "toelettatura cani", "riparazione bici", "posa piastrelle",
           "tappezzeria", "fabbro"],
    "pt": ["limpeza de chaminés", "painéis solares", "filmagem com drone", "reparação de barcos",
           "afinação de piano", "reparação de telhados", "tradução", "tosquia de cães", "reparação de bicicletas",
           "assentamento de azulejos", "estofador", "serralheiro"],
}  # fmt: skip
LANGUAGE_COUNTRIES = {language: country for country, language in COUNTRY_LANGUAGES.items()}
LEAD_LIMITS = ["3", "7", "14", "30", "60"]
BROWSE_SHARE = 0.08  # searches with an empty box: filters only
FILTERED_SHARE = 0.30  # searches with words that also pick facet values


@dataclass(frozen=True)
class Phrase:
    """Something typed into the search box, and how many offerings it finds without filters."""

    text: str
    category: str | None
    matches: int


def search_phrases(language):
    """A few hundred phrases in `language`, most popular first: keywords, titles, categories, towns, typos."""
    rng = random.Random(f"phrases-{language}")
    # Short words, category names and unmet needs are asked most; titles and towns less; typos least.
    head, middle, tail = [], [], []
    keywords = []
    for code, templates in OFFERINGS.items():
        for template in templates:
            texts = template["texts"][language]
            middle.append(phrase(texts["title"], code, rng.randint(1, 40)))
            for keyword in texts["keywords"]:
                keywords.append((keyword, code))
                head.append(phrase(keyword, code, int(rng.lognormvariate(5, 1)) + 1))
    for data in CATEGORIES:
        head.append(phrase(data["names"][language], data["code"], int(rng.lognormvariate(6.5, 0.5)) + 1))
    # Towns where people search in this language (English: Ireland's).
    country = LANGUAGE_COUNTRIES[language]
    towns = (
        IRISH_TOWNS
        if country == "IE"
        else sorted({school["city"] for school in SCHOOLS if school["country"] == country})
    )
    for keyword, code in rng.sample(keywords, k=len(keywords) // 2):
        middle.append(phrase(f"{keyword} {rng.choice(towns)}", code, rng.randint(0, 30)))
    head += [phrase(need, None, 0) for need in UNMET[language]]
    for keyword, code in rng.sample(keywords, k=len(keywords) // 3):
        at = rng.randrange(len(keyword) - 1)
        if keyword[at : at + 2].isalpha():  # two letters swapped: the engine corrects about half
            typo = keyword[:at] + keyword[at + 1] + keyword[at] + keyword[at + 2 :]
            middle.append(phrase(typo, code, 0 if rng.random() < 0.5 else rng.randint(1, 60)))
    ordered = {}
    for tier in (head, middle, tail):
        rng.shuffle(tier)
        for item in tier:
            ordered.setdefault(item.text, item)  # a phrase in two tiers keeps its more popular place
    return list(ordered.values())


def phrase(text, category, matches):
    return Phrase(" ".join(text.lower().split())[:200], category, matches)


def search_filters(rng, language, phrase):
    """Facet values picked with a search, in the order and form `search.engine.log_search` stores them."""
    filters = {}
    if rng.random() < 0.7:
        country = LANGUAGE_COUNTRIES[language] if language != "en" else rng.choice(list(COUNTRY_LANGUAGES))
        filters["country"] = (
            [country] if rng.random() < 0.85 else sorted({country, rng.choice(list(COUNTRY_LANGUAGES))})
        )
    if rng.random() < 0.4 or not filters:
        filters["category"] = [phrase.category if phrase and phrase.category else rng.choice(CATEGORIES)["code"]]
    if rng.random() < 0.1:
        filters["kind"] = [rng.choice(["product", "service"])]
    if rng.random() < 0.1:
        filters["delivery"] = [rng.choice(["pickup", "delivery", "on_site", "remote"])]
    if rng.random() < 0.15:
        filters["lead"] = [rng.choice(LEAD_LIMITS)]
    return filters


def write_searches(count, calendar):
    """`count` SearchLog rows: Zipf-distributed phrases per language, some with filters, some finding nothing."""
    rng = random.Random("searches")
    phrases = {language: search_phrases(language) for language in SEARCH_LANGUAGES}
    weights = {language: zipf_weights(len(items)) for language, items in phrases.items()}
    languages, shares = list(SEARCH_LANGUAGES), cumulative(SEARCH_LANGUAGES.values())
    fields = [field for field in SearchLog._meta.local_concrete_fields if not field.primary_key]
    written = 0
    while written < count:
        size = min(BATCH * 4, count - written)
        rows = []
        for language, moment in zip(
            rng.choices(languages, cum_weights=shares, k=size), calendar.moments(size), strict=True
        ):
            draw = rng.random()
            if draw < BROWSE_SHARE:
                phrase, filters = None, search_filters(rng, language, None)
                matches = 100_000 // (1 + len(filters) * 8)
            else:
                phrase = rng.choices(phrases[language], cum_weights=weights[language])[0]
                filters = search_filters(rng, language, phrase) if draw < BROWSE_SHARE + FILTERED_SHARE else {}
                matches = phrase.matches
            if filters and matches:
                matches = int(matches * rng.uniform(0.0, 0.2) ** len(filters))
            text = phrase.text if phrase else ""
            sort = "newest" if not text else ("relevance" if rng.random() < 0.93 else "lead_time")
            rows.append(
                SearchLog(
                    query=text,
                    language=language,
                    filters=filters,
                    sort=sort,
                    result_count=matches,
                    engine="database",
                    degraded=False,
                    source="api" if rng.random() < 0.12 else "web",
                    searched_at=moment,
                )
            )
        # raw: searched_at is auto_now_add, which bulk_create would set to now.
        for start in range(0, len(rows), BATCH):
            SearchLog._base_manager._insert(rows[start : start + BATCH], fields=fields, raw=True)
        written += size


# --- Schools' regions, companies, inquiries -----------------------------------
# Statistical regions (counties, voivodeships, NUTS 3) of the towns the catalogue's schools are in.
REGIONS = {
    "Vilnius": "Vilniaus apskritis", "Kaunas": "Kauno apskritis", "Klaipėda": "Klaipėdos apskritis",
    "Šiauliai": "Šiaulių apskritis", "Panevėžys": "Panevėžio apskritis", "Alytus": "Alytaus apskritis",
    "Rīga": "Rīga", "Daugavpils": "Latgale", "Liepāja": "Kurzeme", "Jelgava": "Zemgale", "Valmiera": "Vidzeme",
    "Ventspils": "Kurzeme", "Warszawa": "mazowieckie", "Kraków": "małopolskie", "Gdańsk": "pomorskie",
    "Poznań": "wielkopolskie", "Wrocław": "dolnośląskie", "Łódź": "łódzkie", "Milano": "Lombardia",
    "Bologna": "Emilia-Romagna", "Torino": "Piemonte", "Napoli": "Campania", "Firenze": "Toscana", "Bari": "Puglia",
    "Lisboa": "Área Metropolitana de Lisboa", "Porto": "Área Metropolitana do Porto", "Braga": "Cávado",
    "Coimbra": "Região de Coimbra", "Aveiro": "Região de Aveiro", "Faro": "Algarve", "Dublin": "Dublin",
    "Cork": "Cork", "Galway": "Galway", "Limerick": "Limerick", "Waterford": "Waterford", "Sligo": "Sligo",
}  # fmt: skip
COMPANY_FORMS = {"LT": "UAB", "LV": "SIA", "PL": "sp. z o.o.", "IT": "Srl", "PT": "Lda", "IE": "Ltd"}
SURNAMES = {
    "LT": ["Kazlauskas", "Jankauskas", "Petrauskas", "Stankevičius", "Vasiliauskas", "Žukauskas"],
    "LV": ["Bērziņš", "Kalniņš", "Ozoliņš", "Jansons", "Liepiņš", "Krūmiņš"],
    "PL": ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski"],
    "IT": ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano"],
    "PT": ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa"],
    "IE": ["Murphy", "Kelly", "O'Sullivan", "Walsh", "Byrne", "Ryan"],
}
TRADES = ["Food", "Build", "Print", "Digital", "Auto", "Garden", "Events", "Home", "Tech", "Style"]
# How an inquiry's story ends, and how often.
OUTCOMES = {
    "silent": 0.07,  # never answered
    "talk": 0.10,  # answered with a message, nothing more yet
    "waiting": 0.12,  # a quote waits for the company's answer
    "declined": 0.14,
    "cancelled": 0.06,  # the company withdrew before ordering
    "order": 0.46,  # accepted and carried through to completion
    "dropped": 0.05,  # accepted, then cancelled
}


def set_regions():
    """Each school's region from its town; one school in twenty has none, as editors leave it blank."""
    for town, region in REGIONS.items():
        SchoolPage.objects.filter(city=town).update(region=region)
    keys = SchoolPage.objects.order_by("translation_key").values_list("translation_key", flat=True).distinct()
    SchoolPage.objects.filter(translation_key__in=list(keys)[::20]).update(region="")


@dataclass
class Company:
    organisation: int
    user: int
    name: str
    country: str
    contact: str
    email: str


def write_companies(count):
    """Companies, each with one approved account that sends its inquiries."""
    rng = random.Random("companies")
    countries = list(COMPANY_FORMS)
    plans = []
    for number in range(count):
        country = rng.choices(countries, weights=[3, 2, 4, 3, 2, 1])[0]
        surname = rng.choice(SURNAMES[country])
        name = f"{surname} {rng.choice(TRADES)} {number + 1} {COMPANY_FORMS[country]}"
        plans.append((country, name, surname, f"buyer{number + 1}@bench.example.com"))
    users = get_user_model().objects.bulk_create(
        [
            get_user_model()(
                username=email, email=email, first_name="Buyer", last_name=surname, password=make_password(None)
            )
            for _country, _name, surname, email in plans
        ],
        batch_size=1000,
    )
    Profile.objects.bulk_create(
        [
            Profile(user=user, kind=AccountKind.COMPANY, preferred_language=COUNTRY_LANGUAGES[plan[0]])
            for user, plan in zip(users, plans, strict=True)
        ],
        batch_size=1000,
    )
    organisations = Organisation.objects.bulk_create(
        [
            Organisation(
                name=name,
                name_key=name_key(name),
                country=country,
                sector=rng.choice(NaceSection.values),
                size=rng.choices(CompanySize.values, weights=[6, 3, 1, 0.3])[0],
            )
            for country, name, _surname, _email in plans
        ],
        batch_size=1000,
    )
    OrganisationMembership.objects.bulk_create(
        [
            OrganisationMembership(organisation=organisation, user=user, status="approved", is_admin=True)
            for organisation, user in zip(organisations, users, strict=True)
        ],
        batch_size=1000,
    )
    return [
        Company(organisation.pk, user.pk, name, country, f"Buyer {surname}", email)
        for organisation, user, (country, name, surname, email) in zip(organisations, users, plans, strict=True)
    ]


@dataclass
class Shop:
    """A school (original language version) that gets inquiries, with its offerings and its pace."""

    school: int
    language: str
    offerings: list  # (pk, title)
    popularity: float
    answer_hours: float  # median time to a first answer


def schools_with_offerings():
    rng = random.Random("shops")
    shops = {}
    for pk, path, country, language in SchoolPage.objects.values_list("pk", "path", "country", "locale__language_code"):
        if COUNTRY_LANGUAGES[country] == language:
            shops[path] = Shop(pk, language, [], rng.lognormvariate(0, 1), rng.lognormvariate(3, 0.8))
    for pk, path, title in OfferingPage.objects.values_list("pk", "path", "title").order_by("pk"):
        shop = shops.get(path[: -SchoolPage.steplen])
        if shop:
            shop.offerings.append((pk, title))
    return [shop for shop in shops.values() if shop.offerings]


def after(rng, moment, low_hours, high_hours):
    return moment + timedelta(hours=rng.uniform(low_hours, high_hours))


def inquiry_story(rng, received, shop, outcome):
    """The steps an inquiry took, cut at now: (status steps [(status, when)], first answer, quote, message)."""
    steps, answer, quote, message = [], None, None, None
    if outcome != "silent" and (outcome != "cancelled" or rng.random() < 0.5):
        answer = received + timedelta(hours=min(shop.answer_hours * rng.lognormvariate(0, 0.7), 24 * 30))
        quotes = outcome not in {"talk", "cancelled"}
        if quotes and rng.random() < 0.5:
            quoted = answer  # the first answer is the quote itself
        else:
            message = answer
            quoted = after(rng, answer, 4, 96) if quotes else None
        if quoted:
            quote = {"created": quoted, "status": QuoteStatus.SENT, "decided": None}
            steps.append((InquiryStatus.QUOTED, quoted))
            decided = after(rng, quoted, 12, 24 * 8)
            if outcome == "declined":
                quote.update(status=QuoteStatus.DECLINED, decided=decided)
                steps.append((InquiryStatus.DECLINED, decided))
            elif outcome in {"order", "dropped"}:
                quote.update(status=QuoteStatus.ACCEPTED, decided=decided)
                steps.append((InquiryStatus.ACCEPTED, decided))
                started = after(rng, decided, 24, 24 * 5)
                steps.append((InquiryStatus.IN_PROGRESS, started))
                if outcome == "dropped":
                    steps.append((InquiryStatus.CANCELLED, after(rng, started, 24, 24 * 20)))
                else:
                    delivered = after(rng, started, 24 * 3, 24 * 30)
                    steps.append((InquiryStatus.DELIVERED, delivered))
                    steps.append((InquiryStatus.COMPLETED, after(rng, delivered, 24, 24 * 10)))
    if outcome == "cancelled":
        steps.append((InquiryStatus.CANCELLED, after(rng, answer or received, 24, 24 * 20)))
    now = timezone.now()
    steps = [(status, when) for status, when in steps if when <= now]
    if quote and quote["created"] > now:
        quote = None
    elif quote and (quote["decided"] or now) > now:
        quote.update(status=QuoteStatus.SENT, decided=None)
    return (
        steps,
        (answer if answer and answer <= now else None),
        quote,
        (message if message and message <= now else None),
    )


def write_inquiries(count, calendar, companies):
    """Inquiries to popular schools more than to others, each with its steps, first answer and quote."""
    rng = random.Random("inquiries")
    shops = schools_with_offerings()
    shop_weights = cumulative(shop.popularity for shop in shops)
    outcomes, outcome_weights = list(OUTCOMES), cumulative(OUTCOMES.values())
    inquiries, stories = [], []
    for created in calendar.moments(count):
        shop = rng.choices(shops, cum_weights=shop_weights)[0]
        company = rng.choice(companies)
        offering, title = rng.choice(shop.offerings)
        visitor = rng.random() < 0.2  # sent without an account: reaches the school on confirmation
        unconfirmed = visitor and rng.random() < 0.12
        received = None if unconfirmed else after(rng, created, 0.02, 6) if visitor else created
        story = (
            ([], None, None, None)
            if unconfirmed
            else inquiry_story(rng, received, shop, rng.choices(outcomes, cum_weights=outcome_weights)[0])
        )
        steps, answer, quote, _message = story
        status = InquiryStatus.UNCONFIRMED if unconfirmed else (steps[-1][0] if steps else InquiryStatus.OPEN)
        quantity = rng.choice([None, 1, 2, 5, 10, 20, 50, 100])
        inquiries.append(
            Inquiry(
                school_id=shop.school,
                offering_id=offering,
                created_by_id=None if visitor else company.user,
                organisation_id=None if visitor else company.organisation,
                company_name=company.name,
                contact_name=company.contact,
                contact_email=company.email,
                language=shop.language if rng.random() < 0.6 else "en",
                need=f"{title}: {quantity or 'some'} for our company, please send a price.",
                quantity=quantity,
                budget_amount=Decimal(rng.randrange(50, 5000)) if rng.random() < 0.4 else None,
                status=status,
                created_at=created,
                confirmed_at=received,
                first_response_at=answer,
                updated_at=max([created, *(when for _status, when in steps), *([answer] if answer else [])]),
            )
        )
        stories.append((visitor, received, story))
    Inquiry.objects.bulk_create(inquiries, batch_size=1000)

    changes, quotes, messages = [], [], []
    for inquiry, (visitor, received, (steps, _answer, quote, message)) in zip(inquiries, stories, strict=True):
        if visitor:
            changes.append(
                StatusChange(inquiry=inquiry, status=InquiryStatus.UNCONFIRMED, created_at=inquiry.created_at)
            )
        if received:
            changes.append(StatusChange(inquiry=inquiry, status=InquiryStatus.OPEN, created_at=received))
        changes += [StatusChange(inquiry=inquiry, status=status, created_at=when) for status, when in steps]
        if message:
            messages.append(
                Message(
                    inquiry=inquiry,
                    from_school=True,
                    author_name="Teacher",
                    body="Thank you, we can do it.",
                    created_at=message,
                )
            )
        if quote:
            price = Decimal(rng.randrange(40, 4000))
            quotes.append(
                Quote(
                    inquiry=inquiry,
                    price=price,
                    currency="PLN" if inquiry.company_name.endswith("sp. z o.o.") and rng.random() < 0.5 else "EUR",
                    included="Materials and work.",
                    delivery_date=(quote["created"] + timedelta(days=rng.randint(7, 45))).date(),
                    valid_until=(quote["created"] + timedelta(days=14)).date(),
                    teacher_name="Teacher",
                    status=quote["status"],
                    created_at=quote["created"],
                    decided_at=quote["decided"],
                )
            )
    StatusChange.objects.bulk_create(changes, batch_size=BATCH)
    Message.objects.bulk_create(messages, batch_size=BATCH)
    Quote.objects.bulk_create(quotes, batch_size=BATCH)


# --- Page views ----------------------------------------------------------------


def write_page_views(calendar):
    """Daily view counts: showcases on many days, most offerings on a few, popular ones on more."""
    rng = random.Random("page views")
    day_indexes = list(range(PERIOD_DAYS))
    pages = [(pk, 120) for pk in SchoolPage.objects.values_list("pk", flat=True)]
    pages += [(pk, 2) for pk in OfferingPage.objects.values_list("pk", flat=True)]
    rows = []
    for pk, typical_days in pages:
        days = min(PERIOD_DAYS, int(typical_days * rng.lognormvariate(-0.5, 1)))
        for index in rng.choices(day_indexes, cum_weights=calendar.day_weights, k=days):
            rows.append(PageViewDay(page_id=pk, day=calendar.days[index], views=1 + int(rng.expovariate(0.4))))
        if len(rows) >= BATCH * 10:
            write_unique_days(rows)
            rows = []
    write_unique_days(rows)


def write_unique_days(rows):
    # The same day drawn twice for a page is one row (page and day are unique).
    PageViewDay.objects.bulk_create(list({(row.page_id, row.day): row for row in rows}.values()), batch_size=BATCH)


# --- Loading ---------------------------------------------------------------------


def load_activity(searches, inquiries, companies):
    """Two years of activity on the catalogue already loaded; returns the seconds each step took."""
    calendar = Calendar(random.Random("calendar"))
    steps = {}
    for label, step in [
        ("schools' regions", set_regions),
        (f"{searches:,} logged searches", lambda: write_searches(searches, calendar)),
        (
            f"{inquiries:,} inquiries, {companies} companies",
            lambda: write_inquiries(inquiries, calendar, write_companies(companies)),
        ),
        ("daily page views", lambda: write_page_views(calendar)),
    ]:
        started = time.perf_counter()
        with transaction.atomic():
            step()
        steps[label] = time.perf_counter() - started
        print(f"  {label:40} {steps[label]:7.1f} s", flush=True)
    if connection.vendor == "postgresql":
        # As autovacuum would in time: planner statistics, and the visibility map that index-only scans need.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    return steps


def describe_data():
    statuses = dict(Inquiry.objects.values_list("status").annotate(n=Count("pk")).order_by())
    searches = SearchLog.objects.count()
    zero = SearchLog.objects.filter(result_count=0).count()
    return (
        f"{OfferingPage.objects.live().count():,} live offering pages, "
        f"{SchoolPage.objects.live().count():,} school pages; "
        f"{searches:,} searches ({zero / max(searches, 1):.0%} found nothing, "
        f"{SearchLog.objects.values('query').distinct().count():,} distinct); "
        f"{sum(statuses.values()):,} inquiries ({', '.join(f'{k} {v}' for k, v in sorted(statuses.items()))}), "
        f"{Quote.objects.count():,} quotes, {StatusChange.objects.count():,} status changes; "
        f"{PageViewDay.objects.count():,} page-view days"
    )


# --- Measuring -------------------------------------------------------------------
BUILD_RUNS = 3
FROM_TABLE = re.compile(r'\bFROM "(\w+)"')
AUTHORITY = "authority@bench.example.org"
COORDINATOR = "coordinator@bench.example.org"
# Text of the coordinator's dashboard panel (insights/admin/school_panel.html), to tell it was shown.
PANEL_TEXT = "Searches in your categories that found nothing"


@dataclass
class Row:
    """One line of the results table."""

    label: str
    timings: list  # milliseconds
    queries: int | None = None
    note: str = ""

    def line(self):
        median = statistics.median(self.timings)
        p95 = percentile95(self.timings)
        queries = "" if self.queries is None else self.queries
        return f"{self.label:52}{len(self.timings):>5}{median:>9.0f}{p95:>9.0f}{queries:>6}   {self.note}"


def megabytes(size):
    return f"{size / 2**20:,.1f} MB"


def kilobytes(size):
    return f"{size / 2**10:,.0f} KB"


def resident_memory():
    """The process's resident memory now, in bytes (Linux)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def peak_resident_memory():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kilobytes on Linux


def timed(function):
    started = time.perf_counter()
    result = function()
    return result, (time.perf_counter() - started) * 1000


def measure_build():
    """build() three times (the first with its SQL captured), then once under tracemalloc for its peak."""
    rows = []
    resident_before = resident_memory()
    with CaptureQueriesContext(connection) as queries:
        data, first = timed(snapshot.build)
    timings = [first] + [timed(snapshot.build)[1] for _ in range(BUILD_RUNS - 1)]
    database_ms = sum(float(query["time"]) for query in queries.captured_queries) * 1000
    rows.append(
        Row("insights.snapshot.build()", timings, len(queries), f"{database_ms:,.0f} ms of it in SQL (1st run)")
    )
    peak_rss = peak_resident_memory()

    tracemalloc.start()
    snapshot.build()
    _size, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    pruned = []
    for _ in range(BUILD_RUNS):
        stored, milliseconds = timed(snapshot.refresh)
        pruned.append(milliseconds)
    rows.append(
        Row(
            "insights.snapshot.refresh() (build, store, prune)",
            pruned,
            None,
            f"the last build took {stored.duration_ms} ms",
        )
    )
    slowest = sql_by_table(queries.captured_queries)
    memory = {
        "resident before": resident_before,
        # The process's peak: it includes loading the data when this run loaded it (measure with --keep).
        "peak resident after the builds": peak_rss,
        "build's peak Python allocations (tracemalloc)": traced_peak,
    }
    return rows, data, stored, slowest, memory


def sql_by_table(captured):
    """[(table, queries, milliseconds, slowest SQL)] of one build, most time first."""
    tables = {}
    for query in captured:
        match = FROM_TABLE.search(query["sql"])
        table = match.group(1) if match else query["sql"][:30]
        count, milliseconds, slowest = tables.get(table, (0, 0.0, query))
        if float(query["time"]) > float(slowest["time"]):
            slowest = query
        tables[table] = (count + 1, milliseconds + float(query["time"]) * 1000, slowest)
    return sorted(((table, *values) for table, values in tables.items()), key=lambda row: -row[2])


def describe_snapshot(data, stored):
    """Sizes of the stored snapshot: as JSON text, as the database keeps it, and its parts."""
    text = json.dumps(data, separators=(",", ":"))
    with connection.cursor() as cursor:
        size = "pg_column_size(data)" if connection.vendor == "postgresql" else "length(CAST(data AS BLOB))"
        cursor.execute(f"SELECT {size} FROM insights_snapshot WHERE id = %s", [stored.pk])
        stored_bytes = cursor.fetchone()[0]
    parts = {key: len(json.dumps(value, separators=(",", ":"))) for key, value in data.items()}
    largest = sorted(parts.items(), key=lambda item: -item[1])[:6]
    lines = [
        f"Snapshot: {megabytes(len(text.encode()))} as compact JSON, {megabytes(stored_bytes)} stored "
        f"({'jsonb, compressed' if connection.vendor == 'postgresql' else 'JSON text'}).",
        "  largest parts: "
        + ", ".join(f"{key} {megabytes(size)} ({len(data[key]):,} rows)" for key, size in largest if key in data),
    ]
    return lines


def measure_current(stored):
    """current() when a new snapshot appeared (read and decoded once per process), then warm; and its memory.

    A copy of the stored snapshot is added before each cold read, so no figure is computed again.
    """
    cold = []
    for _ in range(BUILD_RUNS):
        Snapshot.objects.create(data=stored.data, duration_ms=stored.duration_ms)
        cold.append(timed(snapshot.current)[1])
    warm = [timed(snapshot.current)[1] for _ in range(10)]
    Snapshot.objects.create(data=stored.data, duration_ms=stored.duration_ms)
    tracemalloc.start()
    figures = snapshot.current()
    held, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rows = [
        Row("insights.snapshot.current(), new snapshot", cold, None, f"holds {megabytes(held)} per process"),
        Row("insights.snapshot.current(), loaded", warm, 1),
    ]
    return rows, figures


def profile_build():
    """Where build() spends its time: the portal's functions by cumulative time, then any by own time."""
    profiler = cProfile.Profile()
    profiler.runcall(snapshot.build)
    output = io.StringIO()
    stats = pstats.Stats(profiler, stream=output)
    stats.sort_stats("cumulative").print_stats(rf"^{re.escape(str(ROOT))}/(?!\.venv)", 15)
    stats.sort_stats("tottime").print_stats(10)
    print("\nProfile of insights.snapshot.build()")
    print(output.getvalue())


def bench_accounts():
    """A confirmed authority, and the coordinator of the school with most inquiries; made once, then reused."""
    users = get_user_model().objects
    authority = users.filter(username=AUTHORITY).first()
    if authority is None:
        authority = users.create_user(AUTHORITY, AUTHORITY, first_name="Regional", last_name="Authority")
        Profile.objects.create(user=authority, kind=AccountKind.AUTHORITY, role_confirmed=True)
    coordinator = users.filter(username=COORDINATOR).first()
    if coordinator is None:
        coordinator = users.create_user(COORDINATOR, COORDINATOR, first_name="School", last_name="Coordinator")
        Profile.objects.create(user=coordinator, kind=AccountKind.SCHOOL_STAFF)
        busiest = (
            Inquiry.objects.values("school_id")
            .annotate(n=Count("pk"))
            .order_by("-n")
            .values_list("school_id", flat=True)
        )
        school = SchoolPage.objects.get(pk=busiest[0])
        grant_school_role(school, coordinator, "moderator")
        SchoolMembership.objects.create(user=coordinator, school=school, role="coordinator", status="approved")
    return authority, coordinator


def measure_pages(figures, runs, budget):
    """The insights pages, downloads and the coordinator's dashboard through the test client, warm."""
    authority, coordinator = bench_accounts()
    public, official, school = (Client(HTTP_HOST="localhost") for _ in range(3))
    official.force_login(authority)
    school.force_login(coordinator)
    country = "LT"
    region = figures.regions(country)[0]
    with translation.override("en"):
        index, details = reverse("insights:index"), reverse("insights:details")
        download = {(name, fmt): reverse("insights:download", args=[name, fmt]) for name, fmt in DOWNLOADS}
    filters = f"?country={country}&category=catering&period=6"
    requests = [
        ("public page", public, index),
        ("public page, country+category+6 months", public, index + filters),
        ("details, authority", official, details),
        ("details, authority, region+24 months", official, f"{details}?country={country}&region={region}&period=24"),
        *((f"download {name}.{fmt}", official, url) for (name, fmt), url in download.items()),
        ("admin dashboard, school coordinator", school, "/admin/"),
    ]
    rows = []
    for label, client, url in requests:
        measurement = measure(client, url, runs, budget)
        response = client.get(url)
        note = f"{kilobytes(len(response.content)):>8}  {url}"
        if url == "/admin/" and PANEL_TEXT not in response.content.decode():
            note += "  (the school figures panel is not on it)"
        row = Row(label, measurement.timings, measurement.queries, note)
        print(row.line(), flush=True)
        rows.append((row, client, url))
    return rows


# The largest figure as CSV (every school) and the longest as JSON.
DOWNLOADS = [("by-school", "csv"), ("unmet-demand-by-country-and-language", "json"), ("trends", "json")]


def measure_all(runs, budget):
    print(f"\n{'':52}{'runs':>5}{'median':>9}{'p95':>9}{'SQL':>6}   (times in ms)")
    build_rows, data, stored, slowest, memory = measure_build()
    for row in build_rows:
        print(row.line(), flush=True)
    current_rows, figures = measure_current(stored)
    for row in current_rows:
        print(row.line(), flush=True)
    pages = measure_pages(figures, runs, budget)
    print()
    for line in describe_snapshot(data, stored):
        print(line)
    print("Memory: " + "; ".join(f"{label} {megabytes(size)}" for label, size in memory.items()) + ".")
    # Execution only: SQLite hands rows over while they are fetched, which is counted as Python.
    print("SQL of build() by table (1st run, time to execute), and each table's slowest query:")
    for table, count, milliseconds, query in slowest[:6]:
        print(
            f"  {table:32}{count:>4} queries {milliseconds:>7,.0f} ms; slowest {float(query['time']) * 1000:,.0f} ms:"
        )
        print(f"      {query['sql'][:400]}")
    return pages


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offerings", type=int, default=100_000, help="offering pages, English translations included")
    parser.add_argument("--schools", type=int, default=1000, help="schools, not counting their English versions")
    parser.add_argument("--searches", type=int, default=1_000_000, help="logged searches")
    parser.add_argument("--inquiries", type=int, default=20_000)
    parser.add_argument("--companies", type=int, default=500)
    parser.add_argument("--runs", type=int, default=10, help="timed requests per URL")
    parser.add_argument("--budget", type=float, default=20, help="seconds per URL after which 3 runs are enough")
    parser.add_argument("--keep", action="store_true", help="measure the data already loaded")
    parser.add_argument("--profile", action="store_true", help="also profile build() and the slowest page")
    parser.add_argument("--load-only", action="store_true", help="load the data, measure nothing")
    args = parser.parse_args()

    if not args.keep:
        print(f"Loading {args.offerings:,} offering pages under {args.schools} schools into {describe_target()} ...")
        steps = load_catalogue(args.schools, args.offerings)
        for step, seconds in steps.items():
            print(f"  {step:40} {seconds:7.1f} s", flush=True)
        steps.update(load_activity(args.searches, args.inquiries, args.companies))
        print(f"  {'total':40} {sum(steps.values()):7.1f} s")
    print(f"{describe_database()}: {describe_data()}.")
    if args.load_only:
        return
    print(f"{os.cpu_count()} CPUs. Code: {code_version()}.")
    load = os.getloadavg()[0]
    pages = measure_all(args.runs, args.budget)
    # Other processes on the machine skew the times; the load average says how busy it was.
    print(f"Load average (1 min) before measuring {load:.2f}, after {os.getloadavg()[0]:.2f}.")
    if args.profile:
        profile_build()
        _row, client, url = max(pages, key=lambda page: statistics.median(page[0].timings))
        profile(client, url)


if __name__ == "__main__":
    main()
