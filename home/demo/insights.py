"""What the insights pages count, for the demo: regions, a year of searches and inquiries, two months of page views.

Everything is deterministic (fixed seeds, hashes of page and day) and added
once: searches and inquiries only when the demo has none yet, page views only
for the days and pages that have no count, regions only where none is set.
Inquiries are written straight to the database, not through the inquiry
services, so loading the demo sends no e-mail.
"""

import random
import zlib
from datetime import timedelta
from decimal import Decimal

from anyascii import anyascii
from django.db.models import Case, Value, When
from django.utils import timezone

from home.demo.offerings import OFFERINGS
from home.demo.schools import SCHOOLS
from inquiries.models import Inquiry, InquiryStatus, Message, Quote, QuoteStatus, StatusChange
from insights.models import PageViewDay
from offerings.models import OfferingPage
from schools.models import SchoolPage
from search.models import SearchLog

# The demo schools' cities and their regions as public statistics name them: Lithuanian counties,
# Latvian statistical regions, Polish voivodeships, Italian regions and Portuguese NUTS II regions.
REGIONS = {
    "Vilnius": "Vilniaus apskritis",
    "Kaunas": "Kauno apskritis",
    "Klaipėda": "Klaipėdos apskritis",
    "Šiauliai": "Šiaulių apskritis",
    "Panevėžys": "Panevėžio apskritis",
    "Alytus": "Alytaus apskritis",
    "Rīga": "Rīga",
    "Daugavpils": "Latgale",
    "Liepāja": "Kurzeme",
    "Jelgava": "Zemgale",
    "Valmiera": "Vidzeme",
    "Ventspils": "Kurzeme",
    "Warszawa": "Mazowieckie",
    "Kraków": "Małopolskie",
    "Gdańsk": "Pomorskie",
    "Poznań": "Wielkopolskie",
    "Wrocław": "Dolnośląskie",
    "Łódź": "Łódzkie",
    "Milano": "Lombardia",
    "Bologna": "Emilia-Romagna",
    "Torino": "Piemonte",
    "Napoli": "Campania",
    "Firenze": "Toscana",
    "Bari": "Puglia",
    "Lisboa": "Área Metropolitana de Lisboa",
    "Porto": "Norte",
    "Braga": "Norte",
    "Coimbra": "Centro",
    "Aveiro": "Centro",
    "Faro": "Algarve",
}

SEARCH_SOURCE = "demo"
SEARCHES_FOUND = 240  # searches that found offerings; the zero-result ones are listed below
SEARCH_DAYS = 330  # within the insights pages' default period of 12 calendar months
VIEW_DAYS = 60
COUNTRY_OF_LANGUAGE = {"lt": "LT", "lv": "LV", "pl": "PL", "it": "IT", "pt": "PT"}
# Who searches in which language: English most, as the portal's common language.
LANGUAGE_WEIGHTS = {"en": 30, "lt": 16, "lv": 12, "pl": 16, "it": 14, "pt": 12}

# Words no demo school offers (each checked against the demo search), how many searches asked them,
# and the category some of those searches were narrowed to. Words asked fewer than
# INSIGHTS_MIN_SEARCHES times are counted but never named on the insights pages.
ZERO_RESULT_SEARCHES = {
    "en": [
        ("bookkeeping", 5, "it-support"),
        ("upholstery", 4, "carpentry"),
        ("tattoo", 3, "beauty"),
        ("locksmith", 1, "metalwork"),
        ("chimney sweep", 1, None),
    ],
    "lt": [
        ("buhalterija", 4, None),
        ("tatuiruotės", 3, "beauty"),
        ("keramika", 2, None),
        ("pianino derinimas", 1, None),
    ],
    "lv": [
        ("grāmatvedība", 3, None),
        ("keramika", 2, "graphic-design"),
        ("biškopība", 2, "agriculture"),
        ("klavieru skaņošana", 1, None),
    ],
    "pl": [
        ("filmowanie dronem", 4, "marketing-media"),
        ("grawerowanie laserowe", 3, "3d-printing"),
        ("księgowość", 3, None),
        ("tapicer", 2, "carpentry"),
        ("kominiarz", 1, None),
    ],
    "it": [
        ("contabilità", 4, None),
        ("tappezzeria", 3, "carpentry"),
        ("tatuaggi", 1, "beauty"),
        ("accordatura pianoforte", 1, None),
    ],
    "pt": [
        ("contabilidade", 3, None),
        ("filmagem com drone", 3, "marketing-media"),
        ("estofador", 1, "carpentry"),
        ("serralheiro", 1, "metalwork"),
    ],
}

# Fictional companies writing from their own address, without an account: (company, contact, language, city).
# Their names mark the demo's inquiries, so a second load adds none.
COMPANIES = [
    ("Baltijos renginių partneriai UAB", "Rūta Jankauskienė", "lt", "Vilnius"),
    ("Žalias kiemas UAB", "Tomas Petrauskas", "lt", "Kaunas"),
    ("SIA Daugavas Dizains", "Līga Bērziņa", "lv", "Rīga"),
    ("SIA Kurzemes Viesnīcas", "Jānis Ozoliņš", "lv", "Liepāja"),
    ("Pracownia Wnętrz Kowalski sp. z o.o.", "Anna Kowalska", "pl", "Warszawa"),
    ("Hotel nad Wisłą sp. z o.o.", "Piotr Nowak", "pl", "Kraków"),
    ("Officina Ferretti Srl", "Marco Ferretti", "it", "Torino"),
    ("Agriturismo Le Colline", "Chiara Bianchi", "it", "Firenze"),
    ("Quinta do Vale Lda.", "João Silva", "pt", "Porto"),
    ("Atelier Lisboeta Lda.", "Inês Costa", "pt", "Lisboa"),
    ("Nordlicht Events GmbH", "Katrin Weber", "en", "Berlin"),
    ("Harbour Digital Ltd", "Emma Clarke", "en", "Dublin"),
]
INQUIRY_COUNT = 50
INQUIRY_DAYS = 330
# The schools the demo companies write to (original versions, by language and slug).
INQUIRY_SCHOOLS = [
    ("lt", "vilniaus-technologiju-mokykla"),
    ("lt", "kauno-paslaugu-mokykla"),
    ("lt", "klaipedos-technikos-mokykla"),
    ("lv", "rigas-digitalo-tehnologiju-tehnikums"),
    ("lv", "liepajas-piejuras-tehnikums"),
    ("pl", "technikum-mediow-cyfrowych"),
    ("pl", "krakowska-szkola-gastronomiczna"),
    ("it", "istituto-navigli"),
    ("it", "istituto-alberghiero-felsina"),
    ("it", "istituto-dora"),
    ("pt", "escola-digital-do-tejo"),
    ("pt", "escola-de-hotelaria-da-ribeira"),
]
TEACHERS = {
    "LT": ["Rasa Kazlauskienė", "Darius Vaitkus"],
    "LV": ["Inese Kalniņa", "Andris Liepa"],
    "PL": ["Marek Wiśniewski", "Ewa Zielińska"],
    "IT": ["Paola Conti", "Luca Romano"],
    "PT": ["Rui Ferreira", "Ana Martins"],
}
NEEDS = {
    "en": [
        "We would like to order this for our company. Could the students do it for us, and what would it cost?",
        "Is this available next month? Please send us a price including delivery.",
        "We are looking for a partner for this work over the year. Could we start with a first order?",
    ],
    "lt": [
        "Norėtume tai užsakyti savo įmonei. Ar mokiniai galėtų tai atlikti ir kiek tai kainuotų?",
        "Ar tai galima kitą mėnesį? Prašome atsiųsti kainą su pristatymu.",
        "Ieškome partnerio šiam darbui visiems metams. Ar galėtume pradėti nuo pirmo užsakymo?",
    ],
    "lv": [
        "Mēs vēlētos to pasūtīt savam uzņēmumam. Vai audzēkņi to varētu izdarīt, un cik tas maksātu?",
        "Vai tas ir iespējams nākamajā mēnesī? Lūdzu, atsūtiet cenu ar piegādi.",
        "Meklējam partneri šim darbam visa gada garumā. Vai varam sākt ar pirmo pasūtījumu?",
    ],
    "pl": [
        "Chcielibyśmy zamówić to dla naszej firmy. Czy uczniowie mogliby to wykonać i ile by to kosztowało?",
        "Czy jest to możliwe w przyszłym miesiącu? Prosimy o cenę z dostawą.",
        "Szukamy partnera do tej pracy na cały rok. Czy możemy zacząć od pierwszego zamówienia?",
    ],
    "it": [
        "Vorremmo ordinarlo per la nostra azienda. Gli studenti potrebbero realizzarlo e quanto costerebbe?",
        "È disponibile il mese prossimo? Vi chiediamo un prezzo comprensivo di consegna.",
        "Cerchiamo un partner per questo lavoro durante l'anno. Possiamo iniziare con un primo ordine?",
    ],
    "pt": [
        "Gostaríamos de encomendar isto para a nossa empresa. Os alunos poderiam fazê-lo e quanto custaria?",
        "Está disponível no próximo mês? Enviem-nos, por favor, um preço com entrega.",
        "Procuramos um parceiro para este trabalho ao longo do ano. Podemos começar com uma primeira encomenda?",
    ],
}
REPLIES = {
    "en": "Thank you for your inquiry. Our students can do this; their teacher will prepare a quote for you.",
    "lt": "Dėkojame už užklausą. Mūsų mokiniai gali tai atlikti; jų mokytojas paruoš jums pasiūlymą.",
    "lv": "Paldies par pieprasījumu. Mūsu audzēkņi to var izdarīt; viņu skolotājs sagatavos jums piedāvājumu.",
    "pl": "Dziękujemy za zapytanie. Nasi uczniowie mogą to wykonać; ich nauczyciel przygotuje dla Państwa ofertę.",
    "it": "Grazie per la richiesta. I nostri studenti possono farlo; il loro docente vi preparerà un preventivo.",
    "pt": "Obrigado pelo seu pedido. Os nossos alunos podem fazê-lo; o professor deles vai preparar um orçamento.",
}
INCLUDED = {
    "en": "Materials, the students' work under their teacher's supervision, and delivery.",
    "lt": "Medžiagos, mokinių darbas prižiūrint mokytojui ir pristatymas.",
    "lv": "Materiāli, audzēkņu darbs skolotāja uzraudzībā un piegāde.",
    "pl": "Materiały, praca uczniów pod nadzorem nauczyciela i dostawa.",
    "it": "Materiali, lavoro degli studenti sotto la supervisione del docente e consegna.",
    "pt": "Materiais, trabalho dos alunos sob a supervisão do professor e entrega.",
}


def load():
    """Add what the insights pages count to the demo; returns how many rows of each kind were added."""
    now = timezone.now()
    return {
        "regions": fill_regions(),
        "searches": add_searches(now),
        "daily view counts": add_page_views(timezone.localdate(now)),
        "inquiries": add_inquiries(now),
    }


def fill_regions():
    """Give demo schools loaded before schools had a region their city's region; a region set by hand stays."""
    blank = SchoolPage.objects.filter(region="", city__in=REGIONS)
    return blank.update(region=Case(*(When(city=city, then=Value(region)) for city, region in REGIONS.items())))


# --- Searches ------------------------------------------------------------------


def add_searches(now):
    """A year of searches in six languages, a fifth of them for words no school offers; once."""
    if SearchLog.objects.filter(source=SEARCH_SOURCE).exists():
        return 0
    rng = random.Random("vet2b-demo-searches")
    countries = _countries_by_category()
    rows = [_found_search(rng, countries) for _ in range(SEARCHES_FOUND)]
    for language, words in ZERO_RESULT_SEARCHES.items():
        for text, count, category in words:
            for _ in range(count):
                rows.append(_zero_result_search(rng, language, text, category))
    moments = [_moment(rng, now, age) for age in _ages(rng, len(rows), SEARCH_DAYS)]
    logs = SearchLog.objects.bulk_create(rows)
    # searched_at is set on insert; the log's history is written afterwards.
    for log, moment in zip(logs, moments, strict=True):
        log.searched_at = moment
    SearchLog.objects.bulk_update(logs, ["searched_at"], batch_size=200)
    return len(logs)


def _countries_by_category():
    countries = {}
    for school in SCHOOLS:
        for code in school["categories"]:
            countries.setdefault(code, set()).add(school["country"])
    return {code: sorted(found) for code, found in countries.items()}


def _found_search(rng, countries):
    """A search for words from the demo offerings' keywords, sometimes narrowed by country and category."""
    language = rng.choices(list(LANGUAGE_WEIGHTS), weights=list(LANGUAGE_WEIGHTS.values()))[0]
    code = rng.choice(sorted(OFFERINGS))
    filters = {}
    if rng.random() < 0.3:
        home = COUNTRY_OF_LANGUAGE.get(language)
        filters["country"] = [home if home in countries[code] and rng.random() < 0.7 else rng.choice(countries[code])]
    if rng.random() < 0.1:  # browsing a category without words
        return _search(language, "", {**filters, "category": [code]}, rng.randint(3, 25))
    if rng.random() < 0.25:
        filters["category"] = [code]
    text = rng.choice(rng.choice(OFFERINGS[code])["texts"][language]["keywords"])
    return _search(language, text, filters, rng.randint(1, 8) if filters else rng.randint(2, 30))


def _zero_result_search(rng, language, text, category):
    filters = {}
    if rng.random() < 0.4:
        filters["country"] = [COUNTRY_OF_LANGUAGE.get(language) or rng.choice(sorted(COUNTRY_OF_LANGUAGE.values()))]
    if category and rng.random() < 0.5:
        filters["category"] = [category]
    return _search(language, text, filters, 0)


def _search(language, text, filters, result_count):
    return SearchLog(
        query=text,
        language=language,
        filters=filters,
        sort="relevance" if text else "newest",
        result_count=result_count,
        engine="database",
        source=SEARCH_SOURCE,
    )


def _ages(rng, count, days, growth=0.7):
    """`count` ages in days, spread over `days` days in random order, more of them recent: the portal grows.

    Drawn one from each of `count` equal slices, so no month is left empty by chance.
    """
    ages = [round(days * (1 - ((slice_ + rng.random()) / count) ** growth)) for slice_ in range(count)]
    rng.shuffle(ages)
    return ages


def _moment(rng, now, days_ago):
    """A moment in office hours `days_ago` days before `now`, never in the future."""
    local = timezone.localtime(now - timedelta(days=days_ago))
    moment = local.replace(hour=rng.randint(7, 19), minute=rng.randint(0, 59), second=rng.randint(0, 59))
    return min(moment, now - timedelta(minutes=rng.randint(1, 90)))


# --- Page views ----------------------------------------------------------------


def add_page_views(today):
    """Daily views of every demo showcase and offering over the last VIEW_DAYS days, for days without a count."""
    schools = _demo_schools()
    school_paths = {path for _pk, path in schools}
    steplen = OfferingPage.steplen
    offerings = [pk for pk, path in OfferingPage.objects.values_list("pk", "path") if path[:-steplen] in school_paths]
    first = today - timedelta(days=VIEW_DAYS - 1)
    existing = set(PageViewDay.objects.filter(day__gte=first).values_list("page_id", "day"))
    rows = []
    for pages, usual in (([pk for pk, _path in schools], 14), (offerings, 4)):
        for pk in pages:
            # Some pages are more popular than others, for good.
            popularity = 0.4 + 1.2 * _noise(pk, "popularity")
            for age in range(VIEW_DAYS):
                day = today - timedelta(days=age)
                if (pk, day) in existing:
                    continue
                weekend = 0.35 if day.weekday() >= 5 else 1.0
                growth = 0.8 + 0.4 * (VIEW_DAYS - age) / VIEW_DAYS
                views = round(usual * popularity * weekend * growth * (0.5 + _noise(pk, day)))
                if views:
                    rows.append(PageViewDay(page_id=pk, day=day, views=views))
    PageViewDay.objects.bulk_create(rows, ignore_conflicts=True, batch_size=2000)
    return len(rows)


def _demo_schools():
    """(pk, path) of every language version of the demo schools."""
    slugs = [school["slug"] for school in SCHOOLS]
    keys = SchoolPage.objects.filter(slug__in=slugs).values("translation_key")
    return list(SchoolPage.objects.filter(translation_key__in=keys).values_list("pk", "path"))


def _noise(pk, salt):
    """A number in [0, 1) fixed for a page and a salt: the same every time the demo loads."""
    return zlib.crc32(f"{pk}:{salt}".encode()) / 2**32


# --- Inquiries -----------------------------------------------------------------


def add_inquiries(now):
    """About fifty inquiries from fictional companies to a dozen schools over the past year; once."""
    if Inquiry.objects.filter(company_name__in=[company[0] for company in COMPANIES]).exists():
        return 0
    schools = []
    for language, slug in INQUIRY_SCHOOLS:
        school = SchoolPage.objects.filter(slug=slug, locale__language_code=language).first()
        offerings = list(OfferingPage.objects.child_of(school).order_by("path")) if school else []
        if offerings:
            schools.append((school, offerings, _school_data(slug)))
    if not schools:
        return 0
    rng = random.Random("vet2b-demo-inquiries")
    for age in _ages(rng, INQUIRY_COUNT, INQUIRY_DAYS, growth=0.8):
        company = rng.choice(COMPANIES)
        home = COUNTRY_OF_LANGUAGE.get(company[2])
        nearby = [entry for entry in schools if entry[0].country == home]
        school, offerings, data = rng.choice(nearby if nearby and rng.random() < 0.7 else schools)
        _inquiry(rng, now, age, company, school, rng.choice(offerings), data)
    return INQUIRY_COUNT


def _school_data(slug):
    return next(school for school in SCHOOLS if school["slug"] == slug)


def _inquiry(rng, now, age, company, school, offering, data):
    """One inquiry and the steps it went through, as a visitor's confirmed inquiry would have."""
    name, contact, language, city = company
    created = _moment(rng, now, age)
    received = created + timedelta(minutes=rng.randint(2, 40))  # the visitor confirmed their address
    quantity = offering.minimum_order or rng.randint(1, 20)
    inquiry = Inquiry.objects.create(
        school=school,
        offering=offering,
        company_name=name,
        contact_name=contact,
        contact_email=_email(contact),
        language=language,
        need=rng.choice(NEEDS[language]),
        quantity=quantity,
        delivery_place=city,
        status=InquiryStatus.OPEN,
        created_at=created,
        confirmed_at=received,
        updated_at=received,
    )
    changes = [(InquiryStatus.UNCONFIRMED, created), (InquiryStatus.OPEN, received)]
    waited = now - received
    # Schools answer within about their promised response time, some faster than others.
    answered = received + timedelta(hours=rng.uniform(2, data["response_time_days"] * 24 * 0.9))
    moment = received
    if answered < now - timedelta(hours=1) and not (waited < timedelta(days=14) and rng.random() < 0.3):
        inquiry.first_response_at = moment = answered
        Message.objects.create(
            inquiry=inquiry, from_school=True, author_name=school.title, body=REPLIES[language], created_at=moment
        )
        if waited > timedelta(days=7) and rng.random() < 0.8:
            moment = _quote(rng, now, inquiry, offering, quantity, moment, changes)
    for status, at in changes:
        StatusChange.objects.create(inquiry=inquiry, status=status, created_at=at)
    inquiry.status = changes[-1][0]
    inquiry.updated_at = max(moment, changes[-1][1])
    inquiry.save(update_fields=["first_response_at", "status", "updated_at"])


def _quote(rng, now, inquiry, offering, quantity, moment, changes):
    """The school's quote a day or two after its first answer, and what the company made of it."""
    moment += timedelta(hours=rng.randint(20, 50))
    price = (offering.price_amount or Decimal(rng.randint(10, 60) * 10)) * (quantity if offering.price_amount else 1)
    teachers = TEACHERS[inquiry.school.country]
    quote = Quote(
        inquiry=inquiry,
        price=price,
        currency=offering.currency,
        included=INCLUDED[inquiry.language],
        delivery_date=(moment + timedelta(days=offering.lead_time_days or 14)).date(),
        valid_until=(moment + timedelta(days=30)).date(),
        teacher_name=teachers[inquiry.school_id % len(teachers)],
        created_at=moment,
    )
    changes.append((InquiryStatus.QUOTED, moment))
    decided = moment + timedelta(hours=rng.randint(6, 120))
    outcome = rng.random()
    if decided < now and outcome < 0.65:
        quote.status, quote.decided_at = QuoteStatus.ACCEPTED, decided
        changes.append((InquiryStatus.ACCEPTED, decided))
        # The order's steps, as far as they have come by now.
        step = decided
        for status, days in (
            (InquiryStatus.IN_PROGRESS, 2),
            (InquiryStatus.DELIVERED, 12),
            (InquiryStatus.COMPLETED, 3),
        ):
            step += timedelta(days=days + rng.randint(0, 6), hours=rng.randint(0, 8))
            if step >= now:
                break
            changes.append((status, step))
    elif decided < now and outcome < 0.8:
        quote.status, quote.decided_at = QuoteStatus.DECLINED, decided
        changes.append((InquiryStatus.DECLINED, decided))
    quote.save()
    return max(at for _status, at in changes)


def _email(contact):
    """A fictional address at example.org built from the contact's name."""
    return ".".join(anyascii(contact).lower().split()) + "@example.org"
