"""A demo company's conversations with the first demo school: one order under way, one completed, one waiting.

Times are days and hours before the demo was loaded, so the school's median
response time and the inbox look lived in.
"""

DEMO_COMPANY = {
    "username": "company",
    "password": "vet2b-company",
    "first_name": "Giulia",
    "last_name": "Rossi",
    "organisation": "Dolci Rossi Srl",
    "country": "IT",
}

INQUIRIES = [
    {
        "offering": 0,
        "received_days_ago": 20,
        "answered_after_hours": 5,
        "need": "We are opening a shop in Vilnius and need a simple bilingual website (Lithuanian and Italian) "
        "with our menu and opening hours.",
        "quantity": 1,
        "delivery_place": "Vilnius, Gedimino pr. 9",
        "budget": "900.00",
        "messages": [
            (False, "Can the students also take the photos of our cakes?"),
            (True, "Yes: our multimedia group can photograph them at your shop during a lesson in week 2."),
        ],
        "quote": {
            "price": "780.00",
            "included": "Design, 5 pages in two languages, photos, one year of support.",
            "delivery_in_days": 30,
            "valid_for_days": 14,
        },
        "steps": ["accepted", "in_progress"],
    },
    {
        "offering": 1,
        "received_days_ago": 45,
        "answered_after_hours": 30,
        "need": "Repair and clean 12 office laptops before the new school year.",
        "quantity": 12,
        "delivery_place": "Pickup at the school",
        "budget": None,
        "messages": [(True, "Our IT class can do it in September. Please bring them on a Monday.")],
        "quote": {
            "price": "240.00",
            "included": "Diagnosis, cleaning, new thermal paste, OS update.",
            "delivery_in_days": 10,
            "valid_for_days": 10,
        },
        "steps": ["accepted", "in_progress", "delivered", "completed"],
    },
    {
        "offering": 2,
        "received_days_ago": 1,
        "answered_after_hours": None,
        "need": "Could your students print 50 small prototypes of a bottle cap in two colours?",
        "quantity": 50,
        "delivery_place": "Kaunas",
        "budget": "150.00",
        "messages": [],
        "quote": None,
        "steps": [],
    },
]
