"""A small catalogue in six languages whose words the relevance tests know."""

from datetime import timedelta

from django.utils import timezone

from tests.home.factories import make_site
from tests.offerings.factories import make_category, make_offering
from tests.schools.factories import make_school

CATEGORIES = {
    "catering": {
        "en": "Catering and events",
        "lt": "Maitinimas ir renginiai",
        "lv": "Ēdināšana un pasākumi",
        "pl": "Catering i wydarzenia",
        "it": "Ristorazione ed eventi",
        "pt": "Restauração e eventos",
    },
    "furniture": {
        "en": "Furniture and woodwork",
        "lt": "Baldai ir medžio darbai",
        "lv": "Mēbeles un kokapstrāde",
        "pl": "Meble i stolarka",
        "it": "Mobili e falegnameria",
        "pt": "Mobiliário e marcenaria",
    },
    "web-design": {
        "en": "Web design",
        "lt": "Interneto svetainių kūrimas",
        "lv": "Tīmekļa vietņu izstrāde",
        "pl": "Projektowanie stron internetowych",
        "it": "Progettazione di siti web",
        "pt": "Design de sites",
    },
    "3d-printing": {
        "en": "3D printing",
        "lt": "3D spausdinimas",
        "lv": "3D drukāšana",
        "pl": "Druk 3D",
        "it": "Stampa 3D",
        "pt": "Impressão 3D",
    },
    "bakery": {
        "en": "Bakery and pastry",
        "lt": "Kepiniai ir konditerija",
        "lv": "Maizes un konditorejas izstrādājumi",
        "pl": "Piekarnia i cukiernia",
        "it": "Panetteria e pasticceria",
        "pt": "Padaria e pastelaria",
    },
}

SCHOOLS = {
    # key: (language, country, title, city, working languages)
    "kaunas": ("lt", "LT", "Kauno technikos mokykla", "Kaunas", ["lt", "en"]),
    "krakow": ("pl", "PL", "Krakowska Szkoła Rzemiosł", "Kraków", ["pl", "en", "de"]),
    "bologna": ("it", "IT", "Istituto Tecnico Felsina", "Bologna", ["it", "en"]),
    "porto": ("pt", "PT", "Escola Profissional do Porto", "Porto", ["pt", "es"]),
    "riga": ("lv", "LV", "Rīgas Tehnikums", "Rīga", ["lv", "ru", "en"]),
    "cork": ("en", "IE", "Cork College of Trades", "Cork", ["en"]),
}

# key: (school, title, summary, category, extra fields)
OFFERINGS = {
    "lt_chairs": (
        "kaunas",
        "Ąžuolinės kėdės",
        "Mokiniai gamina ąžuolines kėdes ir stalus pagal užsakymą.",
        "furniture",
        {"lead_time_days": 30, "delivery_modes": ["delivery"], "eqf_level": 4},
    ),
    "lt_cake": (
        "kaunas",
        "Šventinis tortas",
        "Sluoksniuotas tortas gimtadieniui ar jubiliejui.",
        "bakery",
        {"lead_time_days": 3, "delivery_modes": ["pickup"], "months_available": [9, 10, 11, 12]},
    ),
    "lt_catering": (
        "kaunas",
        "Furšetas renginiams",
        "Užkandžiai ir gėrimai susitikimams, paruošti mokinių.",
        "catering",
        {"kind": "service", "price_model": "from", "lead_time_days": 7, "delivery_modes": ["on_site"]},
    ),
    "pl_cakes": (
        "krakow",
        "Torty weselne",
        "Torty na wesela i urodziny z naszej szkolnej cukierni.",
        "bakery",
        {"lead_time_days": 5, "currency": "PLN"},
    ),
    "pl_catering": (
        "krakow",
        "Obsługa przyjęć firmowych",
        "Przekąski i napoje na spotkania w biurze.",
        "catering",
        {"kind": "service", "price_model": "on_request", "price_amount": None, "currency": "PLN"},
    ),
    "pl_web": (
        "krakow",
        "Strony internetowe dla firm",
        "Projektujemy proste strony dla małych firm.",
        "web-design",
        {"kind": "service", "delivery_modes": ["remote"], "lead_time_days": 30, "eqf_level": 5},
    ),
    "it_catering": (
        "bologna",
        "Buffet per eventi aziendali",
        "Buffet e coffee break per riunioni di lavoro.",
        "catering",
        {"kind": "service", "delivery_modes": ["on_site"], "months_available": [10, 11]},
    ),
    "it_print": (
        "bologna",
        "Prototipi in PLA",
        "Pezzi stampati con stampanti 3D per prove di montaggio.",
        "3d-printing",
        {"lead_time_days": 14, "delivery_modes": ["delivery", "pickup"]},
    ),
    "pt_web": (
        "porto",
        "Criação de sites",
        "Sites responsivos para pequenas empresas e associações.",
        "web-design",
        {"kind": "service", "delivery_modes": ["remote"], "lead_time_days": 60},
    ),
    "pt_pastry": (
        "porto",
        "Pastéis de nata por encomenda",
        "Pastelaria tradicional para reuniões e festas.",
        "bakery",
        {"lead_time_days": 2},
    ),
    "lv_chairs": (
        "riga",
        "Koka krēsli",
        "Audzēkņi izgatavo krēslus un galdus no priedes.",
        "furniture",
        {"lead_time_days": 45, "eqf_level": 3},
    ),
    "lv_web": (
        "riga",
        "Mājaslapu izstrāde",
        "Mājaslapas mazajiem uzņēmumiem un biedrībām.",
        "web-design",
        {"kind": "service", "delivery_modes": ["remote"]},
    ),
    "en_print": (
        "cork",
        "Printed spare parts",
        "Replacement parts printed in PETG on our 3D printers.",
        "3d-printing",
        {"lead_time_days": 7, "delivery_modes": ["delivery"]},
    ),
    "en_coffee": (
        "cork",
        "Coffee breaks for meetings",
        "Coffee, tea and pastries for training days.",
        "catering",
        {"kind": "service", "delivery_modes": ["on_site"], "lead_time_days": 2},
    ),
}


def make_catalogue():
    """Build the catalogue on a fresh site; returns (offerings, schools, categories) keyed as above."""
    homes, directories = make_site()
    categories = {code: make_category(code, "1013", names) for code, names in CATEGORIES.items()}
    schools = {}
    for key, (language, country, title, city, languages) in SCHOOLS.items():
        schools[key] = make_school(
            directories[language], title, country=country, city=city, working_languages=languages, slug=key
        )
    offerings = {}
    for number, (key, (school, title, summary, category, fields)) in enumerate(OFFERINGS.items()):
        offerings[key] = make_offering(
            schools[school],
            title,
            summary=summary,
            categories=[categories[category]],
            slug=key.replace("_", "-"),
            first_published_at=timezone.now() - timedelta(days=number * 3 % 17, hours=number),
            **fields,
        )
    return offerings, schools, categories
