"""Search latency on a large catalogue, on SQLite or PostgreSQL (not part of the test suite; issue #3).

Builds a fresh database holding a catalogue of live offerings in the six
portal languages from the demo texts, indexes it with the portal's own
search backend, then times the search page with and without facet filters
and the search-box suggestions through the test client. Facet counts are
always computed; "with filters" means 1-3 facet values are selected.

Usage:
    .venv/bin/python bench/search_latency.py --offerings 20000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/vet2b_bench .venv/bin/python bench/search_latency.py
    ... --keep          measure the catalogue already in the database instead of rebuilding it
    ... --profile       also profile the slowest search: Python hot spots and the slowest SQL

DATABASE_URL defaults to sqlite:////tmp/vet2b_bench.sqlite3. The database is
dropped and recreated, so its name must contain "bench".
"""

import argparse
import cProfile
import io
import os
import pstats
import random
import re
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from functools import partial
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/vet2b_bench.sqlite3")
# DEBUG off and every host allowed, as a production process runs; the database comes from DATABASE_URL.
os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402
from taggit.models import Tag  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402
from wagtail.search.backends import get_search_backend  # noqa: E402

from home.demo.offerings import OFFERINGS  # noqa: E402
from home.demo.schools import SCHOOLS  # noqa: E402
from home.management.commands import load_demo  # noqa: E402
from offerings.models import OfferingPage, OfferingTag  # noqa: E402
from schools.models import SchoolPage  # noqa: E402
from search.models import SearchLog  # noqa: E402

# --- The catalogue -----------------------------------------------------------
# Schools take turns by country; each country's schools write in its language.
COUNTRY_LANGUAGES = {"LT": "lt", "LV": "lv", "PL": "pl", "IT": "it", "PT": "pt", "IE": "en"}
# The demo has no Irish schools: they borrow the English texts of the others, set in these towns.
IRISH_TOWNS = ["Dublin", "Cork", "Galway", "Limerick", "Waterford", "Sligo"]
NUMBER_SIGN = {"en": "No.", "lt": "Nr.", "lv": "Nr.", "pl": "nr", "it": "n.", "pt": "n.º"}
# Words that tell repeated offerings of one school apart, as sellers do.
VARIANTS = {
    "en": ["express", "premium", "standard", "made to order", "seasonal", "compact", "for families", "for companies"],
    "lt": ["skubus", "premium", "standartinis", "pagal užsakymą", "sezoninis", "kompaktiškas", "šeimai", "verslui"],
    "lv": ["ātri", "premium", "standarta", "pēc pasūtījuma", "sezonas", "kompakts", "ģimenei", "uzņēmumiem"],
    "pl": ["ekspres", "premium", "standard", "na zamówienie", "sezonowy", "kompaktowy", "dla rodzin", "dla firm"],
    "it": ["express", "premium", "standard", "su misura", "stagionale", "compatto", "per famiglie", "per aziende"],
    "pt": ["expresso", "premium", "padrão", "por medida", "sazonal", "compacto", "para famílias", "para empresas"],
}
LEAD_TIMES = [1, 2, 3, 5, 7, 10, 14, 21, 30, 45, 60, 90]
DELIVERY_MODES = ["pickup", "delivery", "on_site", "remote"]
INDEX_CHUNK = 1000


@dataclass
class SchoolPlan:
    """One school to create: the demo school it is modelled on and how many offerings it gets."""

    number: int
    data: dict
    country: str
    language: str
    translated: bool  # it has an English version, and so do its offerings
    offerings: int = 0

    @property
    def town(self):
        return IRISH_TOWNS[self.number % len(IRISH_TOWNS)] if self.country == "IE" else self.data["city"]

    def title(self, language):
        if self.country == "IE":
            # "Vilnius School of Technology" becomes "Cork School of Technology".
            title = f"{self.town} {self.data['title_en'].split(' ', 1)[1]}"
        else:
            title = self.data["title_en"] if language == "en" else self.data["title"]
        return f"{title} {NUMBER_SIGN[language]} {self.number + 1}"


def plan_catalogue(school_count, offering_pages):
    """Schools in six countries and their share of `offering_pages` (originals plus English translations)."""
    countries = list(COUNTRY_LANGUAGES)
    plans = []
    for number in range(school_count):
        country = countries[number % len(countries)]
        if country == "IE":
            data = SCHOOLS[(number // len(countries)) % len(SCHOOLS)]
        else:
            local = [school for school in SCHOOLS if school["country"] == country]
            data = local[(number // len(countries)) % len(local)]
        translated = country != "IE" and data["translate_to_english"]
        plans.append(SchoolPlan(number, data, country, COUNTRY_LANGUAGES[country], translated))
    pages, turn = 0, 0
    while pages < offering_pages:
        plan = plans[turn % len(plans)]
        plan.offerings += 1
        pages += 2 if plan.translated else 1
        turn += 1
    return plans


class TreeBuilder:
    """Appends pages under a parent exactly as treebeard's add_child would, then writes them in bulk.

    add_child validates, saves and updates the parent one page at a time,
    with search indexing on every save; here each page's path, depth and
    url_path are computed in memory, the wagtailcore_page rows go in with
    bulk_create, the page type's own rows with one INSERT per batch, and
    each parent's numchild is counted once at the end.
    """

    def __init__(self):
        self.pages = []
        self.next_step = {}

    def add(self, parent, page, numchild=0):
        if parent.pk not in self.next_step:
            last = parent.get_last_child()
            self.next_step[parent.pk] = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
        step = self.next_step[parent.pk]
        self.next_step[parent.pk] += 1
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, step)
        page.numchild = numchild
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.draft_title = page.title
        page.live, page.has_unpublished_changes = True, False
        page.last_published_at = page.first_published_at
        self.pages.append(page)
        return page

    def write(self, parents):
        """Insert the pages added so far and count them into `parents`' numchild."""
        rows = [
            Page(**{f.attname: getattr(page, f.attname) for f in Page._meta.concrete_fields}) for page in self.pages
        ]
        Page.objects.bulk_create(rows, batch_size=500)
        by_model = {}
        for page, row in zip(self.pages, rows, strict=True):
            page.id = page.page_ptr_id = row.pk
            by_model.setdefault(type(page), []).append(page)
        for model, pages in by_model.items():
            insert_own_rows(model, pages)
        for parent in parents:
            # Not get_children(): treebeard answers it from the numchild being fixed here.
            parent.numchild = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).count()
            Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild)
        self.pages = []


def insert_own_rows(model, pages):
    """INSERT the rows of `model`'s own table; Django's bulk_create refuses multi-table models."""
    fields = model._meta.local_concrete_fields
    size = min(500, connection.ops.bulk_batch_size(fields, pages))
    for start in range(0, len(pages), size):
        model._base_manager._insert(pages[start : start + size], fields=fields)


def school_page(plan, language, locales, translation_key=None):
    data = plan.data
    english = language == "en"
    rng = random.Random(f"school-{plan.number}")
    about = data["about"]["en" if english or plan.country == "IE" else language]
    introduction = data["introduction"]["en" if english or plan.country == "IE" else language]
    if plan.country == "IE":
        about = about.replace(data["city"], plan.town)
        introduction = introduction.replace(data["city"], plan.town)
    languages = data["working_languages"]
    if plan.country == "IE":
        languages = list(dict.fromkeys(["en", *languages]))
    title = plan.title(language)
    page = SchoolPage(
        title=title,
        slug=load_demo.ascii_slug(title),
        locale=locales[language],
        official_name=data["official_name_en" if plan.country == "IE" else "official_name"],
        country=plan.country,
        city=plan.town,
        address=data["address"],
        website=data["website"],
        contact_email=data["email"],
        contact_phone=data["phone"],
        introduction=introduction,
        body=[("text", {"heading": "", "text": f"<p>{about}</p>"})],
        working_languages=languages,
        response_time_days=data["response_time_days"],
        eqf_levels=data["eqf_levels"],
        first_published_at=timezone.now() - timedelta(days=rng.uniform(200, 1100)),
    )
    if translation_key:
        page.translation_key = translation_key
    return page


def offering_choice(plan, position):
    """The category, demo template and variant number of a school's `position`-th offering."""
    codes = plan.data["categories"]
    code = codes[position % len(codes)]
    templates = OFFERINGS[code]
    cycle = position // len(codes)
    return code, templates[(plan.number + cycle) % len(templates)], cycle // len(templates)


def offering_title(texts, language, variant):
    if not variant:
        return texts["title"]
    words = VARIANTS[language]
    suffix = words[(variant - 1) % len(words)]
    if variant > len(words):
        suffix += f" {(variant - 1) // len(words) + 1}"
    return f"{texts['title']} – {suffix}"


def offering_facts(plan, position, template):
    """The synchronised facts of an offering, varied around its template so facets spread."""
    rng = random.Random(f"offering-{plan.number}-{position}")
    price_model = "on_request" if rng.random() < 0.12 else template["price_model"]
    amount = template["amount_eur"]
    currency = "PLN" if plan.country == "PL" else "EUR"
    if price_model in {"on_request", "free"} or amount is None:
        amount = None
    else:
        amount = Decimal(amount) * Decimal(str(round(rng.uniform(0.8, 1.4), 2)))
        amount = (amount * (load_demo.PLN_PER_EUR if currency == "PLN" else 1)).quantize(Decimal("0.01"))
    delivery = list(template["delivery_modes"])
    if rng.random() < 0.3:
        delivery = sorted(set(delivery) | {rng.choice(DELIVERY_MODES)}, key=DELIVERY_MODES.index)
    months = template["months"]
    if rng.random() < 0.3:
        months = sorted(rng.sample(range(1, 13), rng.randint(4, 12)))
    countries = [plan.country]
    if {"remote", "delivery"} & set(delivery):
        countries += load_demo.NEIGHBOURS.get(plan.country, [])
    return {
        "kind": template["kind"],
        "price_model": price_model,
        "price_amount": amount,
        "currency": currency,
        "minimum_order": template["minimum_order"],
        "lead_time_days": rng.choice(LEAD_TIMES),
        "capacity_per_month": template["capacity_per_month"],
        "delivery_modes": delivery,
        "countries_served": countries,
        "months_available": months,
        "eqf_level": rng.choice([2, 3, 4, 5]) if rng.random() < 0.3 else template["eqf_level"],
        "first_published_at": timezone.now() - timedelta(days=rng.uniform(0, 730)),
    }, rng


def offering_page(texts, title, language, locales, facts):
    return OfferingPage(
        title=title,
        slug=load_demo.ascii_slug(title),
        locale=locales[language],
        summary=texts["summary"],
        unit=texts["unit"],
        body=[
            ("text", {"heading": "", "text": f"<p>{texts['body']}</p>"}),
            ("specification", {"caption": "", "rows": [{"name": n, "value": v} for n, v in texts["specs"]]}),
            (
                "process",
                {"heading": "", "steps": [{"title": t, "description": d, "image": None} for t, d in texts["steps"]]},
            ),
        ],
        **facts,
    )


def load_catalogue(school_count, offering_pages):
    """Recreate the database and fill it; returns the seconds each step took."""
    steps = {}
    started = time.perf_counter()
    recreate_database()
    call_command("migrate", verbosity=0)
    steps["create and migrate the database"] = time.perf_counter() - started

    started = time.perf_counter()
    # The demo command's own site structure: six home pages, directories and categories. Committed
    # on its own, so the reindexing that saving a category queues runs before there are pages to reindex.
    with transaction.atomic():
        demo = load_demo.Command()
        demo.locales = locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in VARIANTS}
        directories = demo._directories(demo._homes())
        categories = {key: category.pk for key, category in demo._categories().items()}
    with transaction.atomic():
        plans = plan_catalogue(school_count, offering_pages)
        schools = write_schools(plans, locales, directories, categories)
        write_offerings(plans, schools, locales, categories)
    steps["write pages, categories and keywords"] = time.perf_counter() - started

    started = time.perf_counter()
    build_search_index()
    steps["build the search index"] = time.perf_counter() - started
    return steps


def write_schools(plans, locales, directories, categories):
    """School pages, with English versions where planned; returns {(number, language): page}."""
    tree = TreeBuilder()
    schools = {}
    for plan in plans:
        original = tree.add(directories[plan.language], school_page(plan, plan.language, locales), plan.offerings)
        schools[plan.number, plan.language] = original
        if plan.translated:
            english = school_page(plan, "en", locales, translation_key=original.translation_key)
            schools[plan.number, "en"] = tree.add(directories["en"], english, plan.offerings)
    tree.write(directories.values())
    links = [
        SchoolPage.categories.through(schoolpage_id=page.pk, category_id=categories[code, language])
        for (number, language), page in schools.items()
        for code in plans[number].data["categories"]
    ]
    SchoolPage.categories.through.objects.bulk_create(links, batch_size=1000)
    return schools


def write_offerings(plans, schools, locales, categories):
    tree = TreeBuilder()
    category_links, keyword_links = [], []
    for plan in plans:
        for position in range(plan.offerings):
            code, template, variant = offering_choice(plan, position)
            facts, rng = offering_facts(plan, position, template)
            codes = [code]
            if rng.random() < 0.15:  # some offerings sit in two of the school's categories
                codes.append(rng.choice(plan.data["categories"]))
            key = None
            for language in [plan.language, "en"] if plan.translated else [plan.language]:
                texts = template["texts"][language]
                page = offering_page(texts, offering_title(texts, language, variant), language, locales, facts)
                if key:
                    page.translation_key = key
                key = page.translation_key
                tree.add(schools[plan.number, language], page)
                category_links += [(page, categories[c, language]) for c in dict.fromkeys(codes)]
                keyword_links += [(page, keyword) for keyword in texts["keywords"]]
    tree.write([])  # the schools' numchild was set when they were written
    OfferingPage.categories.through.objects.bulk_create(
        [OfferingPage.categories.through(offeringpage_id=page.pk, category_id=pk) for page, pk in category_links],
        batch_size=1000,
    )
    tags = {name: Tag.objects.get_or_create(name=name)[0].pk for name in {name for _page, name in keyword_links}}
    OfferingTag.objects.bulk_create(
        [OfferingTag(content_object_id=page.pk, tag_id=tags[name]) for page, name in keyword_links], batch_size=1000
    )


def build_search_index():
    """Index schools and offerings with the configured backend, as `update_index` does, with fewer queries."""
    backend = get_search_backend()
    for model in (SchoolPage, OfferingPage):
        rebuilder = backend.rebuilder_class(backend.get_index_for_model(model))
        index = rebuilder.start()
        index.add_model(model)
        objects = model.get_indexed_objects().prefetch_related("categories").order_by("pk")
        last_pk = 0
        while chunk := list(objects.filter(pk__gt=last_pk)[:INDEX_CHUNK]):
            index.add_items(model, chunk)
            last_pk = chunk[-1].pk
        rebuilder.finish()


def recreate_database():
    database = settings.DATABASES["default"]
    name = str(database["NAME"])
    if "bench" not in Path(name).name:
        sys.exit(f"Refusing to recreate {name!r}: a benchmark database's name must contain 'bench'.")
    connection.close()
    if connection.vendor == "sqlite":
        for suffix in ["", "-wal", "-shm", "-journal"]:
            Path(name + suffix).unlink(missing_ok=True)
        return
    import psycopg
    from psycopg import sql

    server = {key.lower(): database[key] for key in ["HOST", "PORT", "USER", "PASSWORD"] if database.get(key)}
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def check_catalogue(client):
    """The tree is sound, URLs resolve, and the search page finds what was written."""
    problems = Page.find_problems()
    if any(problems):
        sys.exit(f"Tree problems (evil chars, steplen, orphans, depth, numchild): {problems}")
    offering = OfferingPage.objects.live().filter(locale__language_code="pl").order_by("pk").last()
    parent = offering.get_parent()
    assert offering.url_path == f"{parent.url_path}{offering.slug}/", offering.url_path
    # A Polish offering, a directory, and a Polish school shown under the Lithuanian prefix.
    for url in [offering.url, "/it/schools/", f"/lt/schools/{parent.slug}/"]:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
    response = client.get(search_url("pl", "torty", {}))
    assert response.status_code == 200 and last_logged_total(), "the search page finds nothing"


# --- Measuring ---------------------------------------------------------------
# (language, words, facet filters): what companies type in each language, and
# the filters they might add. Misspellings and words with no match exercise
# the engine's second chances (any word, corrected spelling, nearest categories).
SEARCHES = [
    ("en", "catering", {"country": ["LT"], "lead": ["14"]}),
    ("en", "website", {"category": ["web-digital"], "kind": ["service"]}),
    ("en", "3d printing", {"country": ["IT", "PT"]}),
    ("en", "garden bench", {"delivery": ["delivery"], "lead": ["30"]}),
    ("en", "cathering", {"country": ["IE"]}),
    ("en", "", {"category": ["bakery"], "country": ["PL"], "lead": ["7"]}),
    ("lt", "tortas", {"category": ["bakery"]}),
    ("lt", "kede", {"country": ["LT"], "lead": ["30"]}),
    ("lt", "svetainė", {"kind": ["service"], "delivery": ["remote"]}),
    ("lt", "maitinimas renginiams", {"country": ["LT", "LV"]}),
    ("lt", "", {"country": ["LT"], "kind": ["product"]}),
    ("lv", "kresls", {"country": ["LV"]}),
    ("lv", "torte", {"delivery": ["pickup"], "lead": ["14"]}),
    ("lv", "tīmekļa vietne", {"category": ["web-digital"]}),
    ("lv", "ēdināšana", {"country": ["LV"], "kind": ["service"], "lead": ["30"]}),
    ("lv", "", {"category": ["car-repair"], "delivery": ["on_site"]}),
    ("pl", "torty", {"country": ["PL"]}),
    ("pl", "strona internetowa", {"category": ["web-digital"], "lead": ["30"]}),
    ("pl", "catering", {"country": ["PL", "LT"], "delivery": ["delivery"]}),
    ("pl", "meble na wymiar", {"kind": ["product"]}),
    ("pl", "", {"country": ["PL"], "category": ["catering", "bakery"], "lead": ["14"]}),
    ("it", "ristorazione", {"country": ["IT"]}),
    ("it", "torta", {"category": ["bakery"], "lead": ["7"]}),
    ("it", "sito web", {"kind": ["service"], "country": ["IT", "PT"]}),
    ("it", "stampa 3d", {"delivery": ["delivery"]}),
    ("it", "", {"category": ["beauty"], "country": ["IT"]}),
    ("pt", "sites", {"category": ["web-digital"]}),
    ("pt", "bolo", {"country": ["PT"], "lead": ["14"]}),
    ("pt", "catering", {"delivery": ["on_site"], "kind": ["service"]}),
    ("pt", "reparação de portáteis", {"country": ["PT"]}),
    ("pt", "", {"country": ["PT", "IT"], "kind": ["service"], "lead": ["30"]}),
]
SUGGESTIONS = [
    ("en", "cat"),
    ("en", "web"),
    ("en", "3d"),
    ("lt", "tor"),
    ("lt", "sveta"),
    ("lt", "ked"),
    ("lv", "tor"),
    ("lv", "tīmek"),
    ("lv", "ēdi"),
    ("pl", "tor"),
    ("pl", "stron"),
    ("pl", "cat"),
    ("it", "risto"),
    ("it", "sit"),
    ("it", "tor"),
    ("pt", "bol"),
    ("pt", "sit"),
    ("pt", "cat"),
]
MIN_RUNS = 3


@dataclass
class Measurement:
    url: str
    timings: list  # milliseconds
    queries: int
    hits: int | None = None

    @property
    def median(self):
        return statistics.median(self.timings)

    @property
    def p95(self):
        return percentile95(self.timings)


def percentile95(values):
    return statistics.quantiles(values, n=20, method="inclusive")[-1] if len(values) > 1 else values[0]


def search_url(language, words, filters):
    params = [("q", words)] if words else []
    params += [(name, value) for name, values in filters.items() for value in values]
    return f"/{language}/search/" + (f"?{urlencode(params)}" if params else "")


def suggest_url(language, text):
    return f"/{language}/search/suggest/?{urlencode({'q': text})}"


def last_logged_total():
    """The result count of the latest search; the page logs each first page, so no HTML needs parsing."""
    return SearchLog.objects.order_by("-pk").values_list("result_count", flat=True).first()


def measure(client, url, runs, budget):
    """One request to warm up and count queries, then up to `runs` timed ones (fewer once `budget` s is spent)."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    count = len(queries)  # read now: the next request's start empties the query log
    timings = []
    while len(timings) < runs and (len(timings) < MIN_RUNS or sum(timings) < budget * 1000):
        started = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
    return Measurement(url, timings, count)


def measure_all(client, runs, budget):
    """Time every search without and with its filters, then the suggestions, printing rows as they come."""
    for language in VARIANTS:  # templates, locales and the spelling vocabulary loaded once
        client.get(search_url(language, "catering", {}))
        client.get(suggest_url(language, "cat"))
    print(f"\n{'':31}{'-- no filters --':>28}   {'-- with filters --':>66}")
    print(f"{'lang query':31}{'hits':>6}{'median':>8}{'p95':>8}{'SQL':>5}   {'filters':41}{'hits':>6}", end="")
    print(f"{'median':>8}{'p95':>8}{'SQL':>5}")
    searches = []
    for language, words, filters in SEARCHES:
        plain = measure(client, search_url(language, words, {}), runs, budget)
        plain.hits = last_logged_total()
        filtered = measure(client, search_url(language, words, filters), runs, budget)
        filtered.hits = last_logged_total()
        searches.append((plain, filtered))
        shown = " ".join(f"{name}={','.join(values)}" for name, values in filters.items())
        print(f"{language:4} {words or '(browse)':26}{plain.hits:>6}{plain.median:>8.0f}{plain.p95:>8.0f}", end="")
        print(f"{plain.queries:>5}   {shown:41}{filtered.hits:>6}{filtered.median:>8.0f}", end="")
        print(f"{filtered.p95:>8.0f}{filtered.queries:>5}", flush=True)

    print(f"\n{'suggest':31}{'':6}{'median':>8}{'p95':>8}{'SQL':>5}")
    suggestions = []
    for language, text in SUGGESTIONS:
        measurement = measure(client, suggest_url(language, text), runs, budget)
        suggestions.append(measurement)
        print(f"{language:4} {text:26}{'':6}{measurement.median:>8.0f}{measurement.p95:>8.0f}", end="")
        print(f"{measurement.queries:>5}", flush=True)
    return searches, suggestions


def print_summary(searches, suggestions):
    groups = {
        "search, no filters": [plain for plain, _filtered in searches],
        "search, 1-3 facet filters": [filtered for _plain, filtered in searches],
        "suggest": suggestions,
    }
    print(f"\n{'all requests (ms)':28}{'requests':>9}{'median':>8}{'p95':>8}{'max':>8}   SQL queries min/median/max")
    for label, measurements in groups.items():
        timings = [timing for measurement in measurements for timing in measurement.timings]
        counts = [measurement.queries for measurement in measurements]
        print(f"{label:28}{len(timings):>9}{statistics.median(timings):>8.0f}{percentile95(timings):>8.0f}", end="")
        print(f"{max(timings):>8.0f}   {min(counts)}/{statistics.median(counts):.0f}/{max(counts)}")


def profile(client, url):
    """Where one request spends its time: Python functions by cumulative time, then the slowest SQL."""
    profiler = cProfile.Profile()
    with CaptureQueriesContext(connection) as queries:
        profiler.enable()
        client.get(url)
        profiler.disable()
    print(f"\nProfile of {url}")
    output = io.StringIO()
    stats = pstats.Stats(profiler, stream=output)
    # The portal's own functions by time spent in them and below, then any function by time spent in itself.
    stats.sort_stats("cumulative").print_stats(rf"^{re.escape(str(ROOT))}/(?!\.venv)", 15)
    stats.sort_stats("tottime").print_stats(10)
    print(output.getvalue())
    database_seconds = sum(float(query["time"]) for query in queries.captured_queries)
    print(f"{len(queries)} queries, {database_seconds:.3f} s in the database; the slowest:")
    for query in sorted(queries.captured_queries, key=lambda query: -float(query["time"]))[:3]:
        print(f"  {query['time']} s  {query['sql'][:1500]}")


def describe_database():
    if connection.vendor == "sqlite":
        import sqlite3

        return f"SQLite {sqlite3.sqlite_version}"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return f"PostgreSQL {cursor.fetchone()[0]}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offerings", type=int, default=20_000, help="offering pages, English translations included")
    parser.add_argument("--schools", type=int, default=300, help="schools, not counting their English versions")
    parser.add_argument("--runs", type=int, default=10, help="timed requests per URL")
    parser.add_argument("--budget", type=float, default=20, help="seconds per URL after which 3 runs are enough")
    parser.add_argument("--keep", action="store_true", help="measure the catalogue already loaded")
    parser.add_argument("--load-only", action="store_true", help="load and check the catalogue, measure nothing")
    parser.add_argument("--profile", action="store_true", help="profile the slowest search and suggestion")
    args = parser.parse_args()

    client = Client(HTTP_HOST="localhost")
    if not args.keep:
        print(f"Loading {args.offerings} offering pages under {args.schools} schools into {describe_target()} ...")
        steps = load_catalogue(args.schools, args.offerings)
        for step, seconds in steps.items():
            print(f"  {step:40} {seconds:7.1f} s")
        print(f"  {'total':40} {sum(steps.values()):7.1f} s")
    started = time.perf_counter()
    check_catalogue(client)
    print(f"Tree, URLs and search checked in {time.perf_counter() - started:.1f} s.")

    live = OfferingPage.objects.live()
    print(
        f"{describe_database()}: {live.count()} live offering pages "
        f"({live.filter(locale__language_code='en').count()} in English), "
        f"{SchoolPage.objects.live().count()} school pages, {os.cpu_count()} CPUs."
    )
    if args.load_only:
        return
    print(f"Code: {code_version()}.")
    print(f"Each URL: one warm-up request (its SQL counted), then {args.runs} timed requests,")
    print(f"or {MIN_RUNS} once {args.budget:.0f} s are spent. Times in ms.")
    load = os.getloadavg()[0]
    searches, suggestions = measure_all(client, args.runs, args.budget)
    print_summary(searches, suggestions)
    # Other processes on the machine skew the times; the load average says how busy it was.
    print(f"Load average (1 min) before measuring {load:.2f}, after {os.getloadavg()[0]:.2f}.")
    if args.profile:
        profile(client, max((m for pair in searches for m in pair), key=lambda m: m.median).url)
        profile(client, max(suggestions, key=lambda m: m.median).url)


def code_version():
    """The commit measured, and whether the search code differs from it."""
    try:
        run = partial(subprocess.run, capture_output=True, text=True, check=True, cwd=ROOT)
        commit = run(["git", "rev-parse", "--short", "HEAD"]).stdout.strip()
        changed = run(["git", "status", "--porcelain", "search", "offerings", "schools", "home"]).stdout.split("\n")
    except (OSError, subprocess.CalledProcessError):
        return "not a git checkout"
    changed = [line[3:] for line in changed if line.strip()]
    return f"commit {commit}" + (f" with uncommitted changes to {', '.join(changed)}" if changed else "")


def describe_target():
    database = settings.DATABASES["default"]
    return f"{connection.vendor} database {database['NAME']}"


if __name__ == "__main__":
    main()
