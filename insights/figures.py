"""The figures of the insights pages, read from a snapshot's fact rows in memory.

Each figure is a `Figure`: a title, a description, columns and a function
from a `Selection` (country, region, category, period) to rows of plain
values. The pages draw them as charts with their data tables; the downloads
write the same rows as CSV or JSON, so what a chart shows and what a file
holds cannot drift apart.

A figure grouped by a dimension ignores the filter on that dimension (offerings
per country is not cut down to the chosen country; it marks nothing out):
the other filters still apply.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from statistics import median

from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from home.choices import Country

PERIODS = (3, 6, 12, 24)
DEFAULT_PERIOD = 12
TREND_MONTHS = 12
TOP_WORDS = 15
WORDS_PER_GROUP = 5


@dataclass(frozen=True)
class Selection:
    """The filters of an insights page, read from its URL: unknown values are dropped with a notice."""

    country: str = ""
    region: str = ""
    category: str = ""
    period: int = DEFAULT_PERIOD
    notices: tuple = field(default=(), compare=False)

    @classmethod
    def from_params(cls, params, figures, category_codes):
        notices = []
        country = params.get("country", "").strip().upper()
        if country and country not in Country.values:
            notices.append(gettext("The country in the link is not known; all countries are shown."))
            country = ""
        region = params.get("region", "").strip()
        if region and (not country or region not in figures.regions(country)):
            notices.append(gettext("The region in the link is not known; the whole country is shown."))
            region = ""
        category = params.get("category", "").strip()
        if category and category not in category_codes:
            notices.append(gettext("The category in the link is not known; all categories are shown."))
            category = ""
        period = params.get("period", "").strip()
        if period and (not period.isdigit() or int(period) not in PERIODS):
            notices.append(gettext("The period in the link is not known; the last 12 months are shown."))
            period = ""
        return cls(country, region, category, int(period) if period else DEFAULT_PERIOD, tuple(notices))

    def params(self):
        """The selection as URL parameters, without defaults."""
        values = {"country": self.country, "region": self.region, "category": self.category}
        if self.period != DEFAULT_PERIOD:
            values["period"] = str(self.period)
        return {key: value for key, value in values.items() if value}


@dataclass
class Figure:
    """One figure: what it is called, what its columns are, and how its rows are counted."""

    name: str
    title: str
    description: str
    columns: list  # (key, label)
    rows: callable  # (figures, selection, category names by code) -> list[dict]
    chart: str | None = "bar"  # "bar", "trend" (months along the axis), or None: a table only
    plot: tuple = ()  # what the chart draws: (label column, [value columns], decimals)
    deep: bool = False  # only in the view for authorities and employment bodies


@dataclass
class Summary:
    """What one school, or a region's schools, count within a selection."""

    schools: int = 0
    offerings: int = 0
    inquiries: int = 0
    accepted: int = 0
    completed: int = 0
    showcase_views: int = 0
    offering_views: int = 0
    delays: list = field(default_factory=list)

    def add(self, other):
        for name in ("schools", "offerings", "inquiries", "accepted", "completed", "showcase_views", "offering_views"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.delays += other.delays

    def row(self):
        return {
            "offerings": self.offerings,
            "inquiries": self.inquiries,
            "quotes_accepted": self.accepted,
            "orders_completed": self.completed,
            "median_hours": round(median(self.delays), 1) if self.delays else None,
            "showcase_views": self.showcase_views,
            "offering_views": self.offering_views,
        }


class Figures:
    """A snapshot's facts with the questions the pages ask of them."""

    def __init__(self, data, computed_at):
        self.computed_at = computed_at
        self.months = [date(int(key[:4]), int(key[5:7]), 1) for key in data["months"]]
        self.schools = data["schools"]
        self.category_sets = [frozenset(codes) for codes in data["category_sets"]]
        self.offerings = data["offerings"]
        self.inquiries = data["inquiries"]
        self.views = data["views"]
        self.searches = data["searches"]
        self.unmet = data["unmet"]

    # --- What the filters can choose --------------------------------------

    def countries(self):
        """Countries that have a listed school, as codes."""
        return sorted({school["country"] for school in self.schools if school["listed"]})

    def regions(self, country):
        return sorted({s["region"] for s in self.schools if s["country"] == country and s["region"] and s["listed"]})

    # --- Building blocks --------------------------------------------------

    def first_month(self, months):
        return max(len(self.months) - months, 0)

    def school_in(self, position, selection, by_place=True):
        if not by_place:
            return True
        school = self.schools[position]
        if selection.country and school["country"] != selection.country:
            return False
        return not selection.region or school["region"] == selection.region

    def teaches(self, position, selection):
        """Whether a school lists the selected category among those it teaches (any school when none is)."""
        return not selection.category or selection.category in self.category_sets[self.schools[position]["categories"]]

    def in_category(self, category_set, selection, by_category=True):
        return not (by_category and selection.category) or selection.category in self.category_sets[category_set]

    def offering_rows(self, selection, by_place=True, by_category=True):
        """(school, categories, count) of listed offerings within the selection."""
        for school, cats, _month, count in self.offerings:
            if (
                self.schools[school]["listed"]
                and self.school_in(school, selection, by_place)
                and self.in_category(cats, selection, by_category)
            ):
                yield school, cats, count

    def inquiry_rows(self, selection, by_place=True, months=None):
        """Inquiries received in the period (or the last `months`), within the selection."""
        first = self.first_month(months or selection.period)
        for row in self.inquiries:
            school, cats, received = row[0], row[1], row[2]
            if received >= first and self.school_in(school, selection, by_place) and self.in_category(cats, selection):
                yield row

    def event_months(self, selection, column, months):
        """How many inquiries had an event (accepted, completed) in each of the last `months` months."""
        first = self.first_month(months)
        counts = Counter()
        for row in self.inquiries:
            if row[column] >= first and self.school_in(row[0], selection) and self.in_category(row[1], selection):
                counts[row[column]] += 1
        return [counts[month] for month in range(first, len(self.months))]

    def month_labels(self, months):
        return [date_format(month, "M Y") for month in self.months[self.first_month(months) :]]

    def unmet_rows(self, selection, months=None, by_country=True):
        """Zero-result searches in the period (or the last `months`):
        (month, language, query, countries, codes, count)."""
        first = self.first_month(months or selection.period)
        for month, language, query, countries, codes, count in self.unmet:
            if month < first:
                continue
            if by_country and selection.country and selection.country not in countries:
                continue
            if selection.category and selection.category not in codes:
                continue
            yield month, language, query, countries, codes, count

    # --- Totals for the page's headline -------------------------------------

    def listed_schools(self, selection):
        """Positions of the listed schools in the selection's place that teach its category."""
        return [
            position
            for position, school in enumerate(self.schools)
            if school["listed"] and self.school_in(position, selection) and self.teaches(position, selection)
        ]

    def totals(self, selection):
        inquiries = list(self.inquiry_rows(selection))
        delays = [row[5] for row in inquiries if row[5] is not None]
        return {
            "offerings": sum(count for _school, _cats, count in self.offering_rows(selection)),
            "schools": len(self.listed_schools(selection)),
            "inquiries": len(inquiries),
            "completed": sum(self.event_months(selection, 4, selection.period)),
            "median_response_hours": round(median(delays), 1) if delays else None,
            "unmet_searches": sum(row[5] for row in self.unmet_rows(selection)),
        }

    # --- Summaries per school, for the deeper view ------------------------------

    def school_summaries(self, selection):
        """A `Summary` per school with something in the selection, and per listed school in it with nothing."""
        summaries = {}

        def summary(position):
            if position not in summaries:
                summaries[position] = Summary(schools=int(self.schools[position]["listed"]))
            return summaries[position]

        for position in self.listed_schools(selection):
            summary(position)
        for school, _cats, count in self.offering_rows(selection):
            summary(school).offerings += count
        first = self.first_month(selection.period)
        for school, cats, received, accepted, completed, delay in self.inquiries:
            if not (self.school_in(school, selection) and self.in_category(cats, selection)):
                continue
            counted = summary(school)
            if received >= first:
                counted.inquiries += 1
                if delay is not None:
                    counted.delays.append(delay)
            counted.accepted += accepted >= first
            counted.completed += completed >= first
        for school, month, showcase, offering in self.views:
            if month >= first and school in summaries:
                summaries[school].showcase_views += showcase
                summaries[school].offering_views += offering
        return summaries

    def unmet_in_categories(self, codes, months):
        """Zero-result searches filtered on any of `codes` in the last `months` months: (total, top words)."""
        codes = set(codes)
        first = self.first_month(months)
        total, words = 0, Counter()
        for month, _language, query, _countries, row_codes, count in self.unmet:
            if month >= first and codes.intersection(row_codes):
                total += count
                if query:
                    words[query] += count
        return total, words.most_common(WORDS_PER_GROUP)


# --- The figures ---------------------------------------------------------------


def country_name(code):
    return Country(code).label if code in Country.values else code or gettext("No country chosen")


def _offerings_by_country(figures, selection, labels):
    counts = Counter()
    for school, _cats, count in figures.offering_rows(selection, by_place=False):
        counts[figures.schools[school]["country"]] += count
    return [{"country": code, "country_name": country_name(code), "offerings": n} for code, n in counts.most_common()]


def _offerings_by_category(figures, selection, labels):
    counts = Counter()
    for _school, cats, count in figures.offering_rows(selection, by_category=False):
        for code in figures.category_sets[cats]:
            counts[code] += count
    return [
        {"category": code, "category_name": labels.get(code, code), "offerings": n} for code, n in counts.most_common()
    ]


def _schools_by_country(figures, selection, labels):
    counts = Counter(
        school["country"]
        for school in figures.schools
        if school["listed"]
        and (not selection.category or selection.category in figures.category_sets[school["categories"]])
    )
    return [{"country": code, "country_name": country_name(code), "schools": n} for code, n in counts.most_common()]


def _activity(figures, selection, labels, months=None):
    months = months or selection.period
    first = figures.first_month(months)
    received = Counter(row[2] for row in figures.inquiry_rows(selection, months=months))
    accepted = figures.event_months(selection, 3, months)
    completed = figures.event_months(selection, 4, months)
    return [
        {
            "month": figures.months[month].strftime("%Y-%m"),
            "month_name": label,
            "inquiries": received[month],
            "quotes_accepted": accepted[position],
            "orders_completed": completed[position],
        }
        for position, (month, label) in enumerate(
            zip(range(first, len(figures.months)), figures.month_labels(months), strict=True)
        )
    ]


def _response_by_country(figures, selection, labels):
    delays = defaultdict(list)
    for row in figures.inquiry_rows(selection, by_place=False):
        if row[5] is not None:
            delays[figures.schools[row[0]]["country"]].append(row[5])
    rows = [
        {
            "country": code,
            "country_name": country_name(code),
            "median_hours": round(median(hours), 1),
            "answered": len(hours),
        }
        for code, hours in delays.items()
    ]
    return sorted(rows, key=lambda row: row["median_hours"])


def _unmet_words(figures, selection, labels):
    words = Counter()
    for _month, _language, query, _countries, _codes, count in figures.unmet_rows(selection):
        if query:
            words[query] += count
    return [{"words": query, "searches": n} for query, n in words.most_common(TOP_WORDS)]


def _unmet_by_country_and_language(figures, selection, labels):
    groups = defaultdict(Counter)
    for _month, language, query, countries, _codes, count in figures.unmet_rows(selection):
        if not query:
            continue
        for code in countries or [""]:
            if not selection.country or code == selection.country:
                groups[(code, language)][query] += count
    rows = []
    for (code, language), words in sorted(groups.items(), key=lambda item: -sum(item[1].values())):
        for query, n in words.most_common(WORDS_PER_GROUP):
            rows.append(
                {
                    "country": code,
                    "country_name": country_name(code),
                    "language": language,
                    "words": query,
                    "searches": n,
                }
            )
    return rows


def _by_region(figures, selection, labels):
    regions = defaultdict(Summary)
    whole_country = Selection(selection.country, "", selection.category, selection.period)
    for position, summary in figures.school_summaries(whole_country).items():
        school = figures.schools[position]
        regions[(school["country"], school["region"])].add(summary)
    rows = [
        {
            "country": country,
            "country_name": country_name(country),
            "region": region or gettext("Region not given"),
            "schools": summary.schools,
            **summary.row(),
        }
        for (country, region), summary in regions.items()
    ]
    return sorted(rows, key=lambda row: (-row["offerings"], row["country"], row["region"]))


def _by_school(figures, selection, labels):
    rows = [
        {
            "school": figures.schools[position]["name"],
            "country": figures.schools[position]["country"],
            "region": figures.schools[position]["region"],
            "listed": figures.schools[position]["listed"],
            **summary.row(),
        }
        for position, summary in figures.school_summaries(selection).items()
    ]
    return sorted(rows, key=lambda row: (-row["inquiries"], -row["offerings"], row["school"]))


def _trends(figures, selection, labels):
    months = TREND_MONTHS
    first = figures.first_month(months)
    published = Counter()
    for school, cats, month, count in figures.offerings:
        if month >= first and figures.school_in(school, selection) and figures.in_category(cats, selection):
            published[month] += count
    unmet = Counter()
    for month, _language, _query, _countries, _codes, count in figures.unmet_rows(selection, months):
        unmet[month] += count
    showcase, offering = Counter(), Counter()
    for school, month, showcase_views, offering_views in figures.views:
        if month >= first and figures.school_in(school, selection):
            showcase[month] += showcase_views
            offering[month] += offering_views
    rows = _activity(figures, selection, labels, months)
    for row, month in zip(rows, range(first, len(figures.months)), strict=True):
        row.update(
            offerings_published=published[month],
            unmet_searches=unmet[month],
            showcase_views=showcase[month],
            offering_views=offering[month],
        )
    return rows


COUNTRY = ("country", _("Country code"))
COUNTRY_NAME = ("country_name", _("Country"))
MONTH = ("month", _("Month (YYYY-MM)"))
MONTH_NAME = ("month_name", _("Month"))
ACTIVITY = [
    ("inquiries", _("Inquiries")),
    ("quotes_accepted", _("Quotes accepted")),
    ("orders_completed", _("Orders completed")),
]
SCHOOL_FIGURES = [
    ("offerings", _("Offerings")),
    *ACTIVITY,
    ("median_hours", _("Median first answer (hours)")),
    ("showcase_views", _("Showcase views")),
    ("offering_views", _("Offering views")),
]

FIGURES = [
    Figure(
        "offerings-by-country",
        _("Offerings per country"),
        _("Products and services listed now, by the country of the school."),
        [COUNTRY, COUNTRY_NAME, ("offerings", _("Offerings"))],
        _offerings_by_country,
        plot=("country_name", ["offerings"], 0),
    ),
    Figure(
        "offerings-by-category",
        _("Offerings per category"),
        _("Products and services listed now, by trade; an offering in two categories counts in both."),
        [("category", _("Category code")), ("category_name", _("Category")), ("offerings", _("Offerings"))],
        _offerings_by_category,
        plot=("category_name", ["offerings"], 0),
    ),
    Figure(
        "schools-by-country",
        _("Schools per country"),
        _("Schools with a published showcase."),
        [COUNTRY, COUNTRY_NAME, ("schools", _("Schools"))],
        _schools_by_country,
        plot=("country_name", ["schools"], 0),
    ),
    Figure(
        "activity-by-month",
        _("Inquiries and orders per month"),
        _("Inquiries schools received, quotes companies accepted and orders completed, month by month."),
        [MONTH, MONTH_NAME, *ACTIVITY],
        _activity,
        chart="trend",
        plot=("month_name", ["inquiries", "quotes_accepted", "orders_completed"], 0),
    ),
    Figure(
        "response-by-country",
        _("Median time to a first answer, per country"),
        _("Half of the inquiries answered in the period got their first answer within this many hours."),
        [
            COUNTRY,
            COUNTRY_NAME,
            ("median_hours", _("Median first answer (hours)")),
            ("answered", _("Inquiries answered")),
        ],
        _response_by_country,
        plot=("country_name", ["median_hours"], 1),
    ),
    Figure(
        "unmet-demand",
        _("Searches that found nothing"),
        _("The words companies searched for most often without finding any offering: demand no school meets yet."),
        [("words", _("Search words")), ("searches", _("Searches"))],
        _unmet_words,
        plot=("words", ["searches"], 0),
    ),
    Figure(
        "unmet-demand-by-country-and-language",
        _("Searches that found nothing, per country and language"),
        _("The most frequent words per searched country (when the company chose one) and search language."),
        [COUNTRY, COUNTRY_NAME, ("language", _("Language")), ("words", _("Search words")), ("searches", _("Searches"))],
        _unmet_by_country_and_language,
        chart=None,
    ),
    Figure(
        "by-region",
        _("Figures per region"),
        _("Schools, offerings, inquiries, orders, answer times and views per region."),
        [COUNTRY, COUNTRY_NAME, ("region", _("Region")), ("schools", _("Schools")), *SCHOOL_FIGURES],
        _by_region,
        chart=None,
        deep=True,
    ),
    Figure(
        "by-school",
        _("Figures per school"),
        _("Offerings, inquiries, orders, answer times and views per school."),
        [("school", _("School")), COUNTRY, ("region", _("Region")), ("listed", _("Listed now")), *SCHOOL_FIGURES],
        _by_school,
        chart=None,
        deep=True,
    ),
    Figure(
        "trends",
        _("Trends over 12 months"),
        _("Month by month: new offerings, inquiries, accepted quotes and completed orders."),
        [MONTH, MONTH_NAME, ("offerings_published", _("Offerings published")), *ACTIVITY],
        _trends,
        chart="trend",
        plot=("month_name", ["offerings_published", "inquiries", "quotes_accepted", "orders_completed"], 0),
        deep=True,
    ),
    Figure(
        "attention-trends",
        _("Unmet searches and views over 12 months"),
        _("Month by month: searches that found nothing, and views of showcases and offerings."),
        [
            MONTH,
            MONTH_NAME,
            ("unmet_searches", _("Searches that found nothing")),
            ("showcase_views", _("Showcase views")),
            ("offering_views", _("Offering views")),
        ],
        _trends,
        chart="trend",
        plot=("month_name", ["unmet_searches", "showcase_views", "offering_views"], 0),
        deep=True,
    ),
]
FIGURES_BY_NAME = {figure.name: figure for figure in FIGURES}
