"""Every figure of the insights pages, computed in one pass from what the portal keeps, and stored.

`build()` reads each source once with grouped queries, month by month where
a table is large (the search log, page views), so no query scans a million
rows at once and none calls a per-row function. It keeps compact fact rows,
not finished charts: the pages filter and sum them in memory
(`figures.py`), so every combination of filters costs no query at all.

`refresh()` stores a new snapshot; `manage.py refresh_insights` runs it on
the schedule (`settings.SCHEDULE`). `current()` is what the pages read.

Nothing personal is kept: schools and offerings are counted, inquiries are
reduced to months, categories and delays, views to counts per school and
month, and search words only when at least `settings.INSIGHTS_MIN_SEARCHES`
searches asked them.
"""

import json
import re
import threading
import time
from collections import Counter, defaultdict
from datetime import datetime
from itertools import pairwise

from django.conf import settings
from django.db.models import Count, Min, Q, Sum
from django.db.models.fields.json import KT
from django.utils import timezone

from inquiries.models import Inquiry, QuoteStatus, StatusChange
from offerings.models import OfferingPage
from schools.models import SchoolPage
from search.engine import MASKS, mask_personal_data
from search.models import SearchLog

from .models import PageViewDay, Snapshot

FORMAT = 1
WINDOW_MONTHS = 24
KEEP_SNAPSHOTS = 3
SPACES = re.compile(r"\s+")


def month_starts(now=None, count=WINDOW_MONTHS):
    """The first moments of the last `count` months, oldest first, in the portal's time zone."""
    local = timezone.localtime(now or timezone.now())
    year, month = local.year, local.month
    starts = []
    for _ in range(count):
        starts.append(timezone.make_aware(datetime(year, month, 1)))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return starts[::-1]


def normalise_query(text):
    """One spelling per search words: case folded, spaces collapsed, personal details masked."""
    # Masked again: a row logged before masking existed, or written by other code, is no exception.
    text = mask_personal_data(text or "")
    return SPACES.sub(" ", text).strip(" .,;:!?\"'").casefold()


class _Months:
    """Month index of a moment in the window: 0 the oldest, -1 before it."""

    def __init__(self, starts):
        self.keys = [(start.year, start.month) for start in starts]
        self.index = {key: position for position, key in enumerate(self.keys)}

    def of(self, moment):
        if moment is None:
            return -1
        local = timezone.localtime(moment)
        return self.index.get((local.year, local.month), -1)


class _Interned:
    """Lists of values stored once and referred to by position (category sets, schools)."""

    def __init__(self):
        self.items, self.positions = [], {}

    def __call__(self, value):
        key = tuple(value)
        if key not in self.positions:
            self.positions[key] = len(self.items)
            self.items.append(list(value))
        return self.positions[key]


def build(now=None):
    """Compute every figure's facts; returns JSON-ready data (see the module docstring)."""
    starts = month_starts(now)
    months = _Months(starts)
    category_sets = _Interned()
    schools, school_of_path, school_of_pk = _schools(category_sets)
    offerings, offering_school = _offerings(school_of_path, category_sets, months)
    data = {
        "format": FORMAT,
        "computed_at": (now or timezone.now()).isoformat(),
        "months": [f"{year:04d}-{month:02d}" for year, month in months.keys],
        "schools": schools,
        "offerings": offerings,
        "inquiries": _inquiries(school_of_pk, category_sets, months, starts[0]),
        "views": _views(school_of_pk, offering_school, starts),
    }
    data.update(_searches(starts, months))
    data["category_sets"] = category_sets.items
    return data


def _schools(category_sets):
    """Every school, one row per translation group described by its original, and whether it is listed now."""
    listed_pks = set(SchoolPage.objects.live().public().values_list("pk", flat=True))
    codes = defaultdict(set)
    for school_pk, code in SchoolPage.categories.through.objects.values_list("schoolpage_id", "category__code"):
        codes[school_pk].add(code)
    groups = defaultdict(list)
    fields = ("pk", "translation_key", "path", "country", "region", "official_name", "title")
    for row in SchoolPage.objects.order_by("pk").values_list(*fields):
        groups[row[1]].append(row)
    schools, school_of_path, school_of_pk = [], {}, {}
    for key, versions in groups.items():
        original_pk, _key, _path, country, region, official_name, title = versions[0]  # see original_version()
        position = len(schools)
        schools.append(
            {
                "key": str(key),
                "pk": original_pk,
                "country": country,
                "region": region.strip(),
                "name": official_name or title,
                "listed": any(version[0] in listed_pks for version in versions),
                "categories": category_sets(sorted(set().union(*(codes[version[0]] for version in versions)))),
            }
        )
        for pk, _key, path, *_rest in versions:
            school_of_path[path] = position
            school_of_pk[pk] = position
    return schools, school_of_path, school_of_pk


def _offerings(school_of_path, category_sets, months):
    """Listed offerings, one per translation group: (school, categories, month first published, count).

    Also returns the school of every offering page, listed or not, for counting views.
    """
    steplen = OfferingPage.steplen
    listed = OfferingPage.objects.live().public()
    listed_pks = set(listed.values_list("pk", flat=True))
    codes = defaultdict(set)
    links = OfferingPage.categories.through.objects.filter(offeringpage__in=listed.values("pk"))
    for offering_pk, code in links.values_list("offeringpage_id", "category__code"):
        codes[offering_pk].add(code)
    groups, offering_school = {}, {}
    for pk, key, path, published in OfferingPage.objects.values_list(
        "pk", "translation_key", "path", "first_published_at"
    ):
        school = school_of_path.get(path[:-steplen])
        if school is None:
            continue
        offering_school[pk] = school
        if pk not in listed_pks:
            continue
        group = groups.setdefault(key, [school, set(), published])
        group[1] |= codes[pk]
        if published and (group[2] is None or published < group[2]):
            group[2] = published
    counted = Counter(
        (school, category_sets(sorted(group_codes)), months.of(published))
        for school, group_codes, published in groups.values()
    )
    return [[school, cats, month, count] for (school, cats, month), count in counted.items()], offering_school


def _inquiries(school_of_pk, category_sets, months, since):
    """One row per inquiry schools saw in the window: school, categories, months received,
    accepted and completed, and the first answer's delay in hours (None when unanswered)."""
    inquiries = Inquiry.objects.visible_to_schools().filter(created_at__gte=since)
    codes = defaultdict(set)
    links = OfferingPage.categories.through.objects.filter(offeringpage__in=inquiries.values("offering_id"))
    for offering_pk, code in links.values_list("offeringpage_id", "category__code"):
        codes[offering_pk].add(code)
    accepted = dict(
        inquiries.filter(quotes__status=QuoteStatus.ACCEPTED)
        .values("pk")
        .annotate(at=Min("quotes__decided_at"))
        .values_list("pk", "at")
    )
    completed = dict(
        StatusChange.objects.filter(inquiry__in=inquiries.values("pk"), status="completed")
        .values("inquiry_id")
        .annotate(at=Min("created_at"))
        .values_list("inquiry_id", "at")
    )
    rows = []
    fields = ("pk", "school_id", "offering_id", "open_request__category__code", "created_at", "confirmed_at")
    for pk, school_id, offering_id, request_code, created, confirmed, answered in inquiries.values_list(
        *fields, "first_response_at"
    ):
        school = school_of_pk.get(school_id)
        if school is None:
            continue
        inquiry_codes = codes[offering_id] if offering_id else {request_code} - {None}
        received = confirmed or created
        delay = round((answered - received).total_seconds() / 3600, 1) if answered else None
        rows.append(
            [
                school,
                category_sets(sorted(inquiry_codes)),
                months.of(received),
                months.of(accepted.get(pk)),
                months.of(completed.get(pk)),
                delay,
            ]
        )
    return rows


def _views(school_of_pk, offering_school, starts):
    """Showcase and offering views per school and month, read a month at a time."""
    bounds = [start.date() for start in starts] + [None]
    totals = defaultdict(lambda: [0, 0])
    for month, (first, after) in enumerate(pairwise(bounds)):
        days = PageViewDay.objects.filter(day__gte=first)
        if after:
            days = days.filter(day__lt=after)
        for page_id, views in days.values("page_id").annotate(n=Sum("views")).values_list("page_id", "n").order_by():
            if page_id in school_of_pk:
                totals[(school_of_pk[page_id], month)][0] += views
            elif page_id in offering_school:
                totals[(offering_school[page_id], month)][1] += views
    return [[school, month, showcase, offering] for (school, month), (showcase, offering) in totals.items()]


def _searches(starts, months):
    """Searches per month and language, and those that found nothing, grouped by words and filters.

    Read a month at a time through the time index. Words asked by fewer than
    `INSIGHTS_MIN_SEARCHES` searches over the window are counted in the
    totals but never named: a rare query can name a person.
    """
    totals = []
    unmet = Counter()
    bounds = [*starts, None]
    for month, (first, after) in enumerate(pairwise(bounds)):
        logs = SearchLog.objects.filter(searched_at__gte=first)
        if after:
            logs = logs.filter(searched_at__lt=after)
        # Only columns of the (searched_at, language, result_count) index: PostgreSQL answers from it alone.
        per_language = logs.values("language").annotate(
            n=Count("*"), zero=Count("result_count", filter=Q(result_count=0))
        )
        totals += [[month, row["language"], row["n"], row["zero"]] for row in per_language.order_by()]
        # Grouped by the two filters kept, not the whole JSON, whose other facets would split the groups.
        groups = (
            logs.filter(result_count=0)
            .annotate(countries=KT("filters__country"), codes=KT("filters__category"))
            .values_list("query", "language", "countries", "codes")
            .annotate(n=Count("*"))
        )
        for query, language, countries, codes, count in groups.order_by():
            key = (month, language, normalise_query(query), _filter_codes(countries), _filter_codes(codes))
            unmet[key] += count
    asked = Counter()
    for (_month, _language, query, _countries, _codes), count in unmet.items():
        asked[query] += count
    shown = {
        query
        for query, count in asked.items()
        # Words that held an address or a number are counted, never named.
        if query and count >= settings.INSIGHTS_MIN_SEARCHES and not MASKS.intersection(query.split())
    }
    named, unnamed = [], Counter()
    for (month, language, query, countries, codes), count in unmet.items():
        if query in shown:
            named.append([month, language, query, list(countries), list(codes), count])
        else:
            unnamed[(month, language, countries, codes)] += count
    unnamed_rows = [
        [month, language, "", list(countries), list(codes), count]
        for (month, language, countries, codes), count in unnamed.items()
    ]
    return {"searches": totals, "unmet": named + unnamed_rows}


def _filter_codes(text):
    """The codes of one filter as logged (a JSON list, or nothing), sorted."""
    try:
        values = json.loads(text) if text else []
    except ValueError:
        return ()
    return tuple(sorted(str(value) for value in values)) if isinstance(values, list) else ()


def refresh(now=None):
    """Compute and store a new snapshot, keeping the last few; returns it."""
    started = time.perf_counter()
    data = build(now)
    snapshot = Snapshot.objects.create(data=data, duration_ms=round((time.perf_counter() - started) * 1000))
    stale = Snapshot.objects.order_by("-computed_at", "-pk").values_list("pk", flat=True)[KEEP_SNAPSHOTS:]
    Snapshot.objects.filter(pk__in=list(stale)).delete()
    return snapshot


_memo = {"key": None, "figures": None}
_lock = threading.Lock()


def current():
    """The newest snapshot's figures, loaded once per process and snapshot; computed now if there is none yet."""
    from .figures import Figures

    # Keyed by the moment too: a rolled-back snapshot's primary key can be handed out again.
    newest = Snapshot.objects.order_by("-computed_at", "-pk").values_list("pk", "computed_at").first()
    if newest is not None and newest == _memo["key"]:
        return _memo["figures"]
    with _lock:
        snapshot = (newest and Snapshot.objects.filter(pk=newest[0]).first()) or refresh()
        figures = Figures(snapshot.data, snapshot.computed_at)
        _memo.update(key=(snapshot.pk, snapshot.computed_at), figures=figures)
    return figures
