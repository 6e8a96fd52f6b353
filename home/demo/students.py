"""The students credited on the first demo school's offerings: one whose consent is recorded, one without.

The page shows Austėja's first name and photo, and only Nojus's initial.
"""

SCHOOL_NUMBER = 0  # the first school in SCHOOLS

STUDENTS = [
    {
        "first_name": "Austėja",
        "last_name": "Petraitytė",
        "birth_date": "2006-03-14",
        "role": "Komandos vadovė",
        # Of age when she signed, so her own consent suffices.
        "consent": {"given_by": "student", "name_shown": "first_name", "photo_shown": True},
    },
    {
        "first_name": "Nojus",
        "last_name": "Kazlauskas",
        "birth_date": "2010-09-02",
        "role": "",
        "consent": None,
    },
]
