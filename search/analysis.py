"""How each content language is matched: folding, light stemming, stop words.

PostgreSQL and Elasticsearch stem documents with their own analysers; this
module gives the query side what it needs on every engine: words without
diacritics and light stems, matched as prefixes, so "tortów" finds "torty"
and "kede" finds "kėdės" even where no stemmer exists for the language.
"""

from home.text import fold, strip_marks

# PostgreSQL text search configuration per content language (see the
# migration that creates them). Where PostgreSQL ships a Snowball stemmer the
# configuration folds accents and then stems; Latvian and Polish have none,
# so they fold accents only and rely on prefix matching of light stems.
POSTGRES_CONFIGS = {
    "en": "vet2b_en",
    "it": "vet2b_it",
    "lt": "vet2b_lt",
    "pt": "vet2b_pt",
    "lv": "vet2b_lv",
    "pl": "vet2b_pl",
}
POSTGRES_STEMMERS = {"en": "english", "it": "italian", "lt": "lithuanian", "pt": "portuguese"}
POSTGRES_FALLBACK_CONFIG = "vet2b_simple"  # accent-insensitive, no stemming: prefixes and other models

# Inflectional endings stripped from query words, longest first. They are
# deliberately short lists: the stem is only used as a prefix, so stripping
# too little costs recall and stripping too much costs precision.
SUFFIXES = {
    "en": ["ations", "ation", "ings", "ing", "ies", "es", "ed", "s"],
    "it": ["azioni", "azione", "ità", "ioni", "ione", "iche", "ici", "che", "chi", "i", "e", "a", "o"],
    "lt": [
        "iais",
        "iams",
        "ėmis",
        "omis",
        "ioms",
        "iuose",
        "uose",
        "ėse",
        "ose",
        "ių",
        "ius",
        "iai",
        "ams",
        "ais",
        "ėms",
        "ės",
        "ės",
        "ių",
        "ai",
        "as",
        "is",
        "ys",
        "us",
        "ui",
        "ą",
        "ę",
        "į",
        "ų",
        "ė",
        "a",
        "e",
        "i",
        "o",
        "u",
        "y",
    ],
    "lv": ["ajiem", "ajām", "iem", "ām", "ēm", "os", "us", "as", "es", "is", "a", "e", "i", "s", "u", "š"],
    "pl": [
        "owie",
        "ami",
        "ach",
        "ów",
        "om",
        "ie",
        "ek",
        "ki",
        "ka",
        "ce",
        "cy",
        "y",
        "a",
        "e",
        "i",
        "o",
        "u",
        "ą",
        "ę",
    ],
    "pt": ["ações", "ação", "mente", "ões", "ais", "eis", "ns", "es", "os", "as", "s", "a", "o", "e"],
}
# Visitors often type without diacritics ("tortow"), so each ending also counts folded.
SUFFIXES = {
    language: sorted(set(endings) | {fold(ending) for ending in endings}, key=len, reverse=True)
    for language, endings in SUFFIXES.items()
}
MIN_STEM = 3

# Function words dropped from queries (only while other words remain), so
# "catering for weddings" does not require the word "for" in a document.
STOP_WORDS = {
    "en": {"a", "an", "and", "for", "in", "of", "on", "or", "the", "to", "with"},
    "it": {"a", "di", "da", "e", "il", "in", "la", "le", "lo", "per", "con", "gli", "i", "o"},
    "lt": {"ir", "ar", "su", "be", "iš", "į", "už", "per", "apie", "o"},
    "lv": {"un", "ar", "uz", "par", "no", "vai", "bez", "pie", "līdz"},
    "pl": {"i", "w", "z", "na", "do", "dla", "o", "lub", "oraz", "bez", "od"},
    "pt": {"a", "o", "e", "de", "da", "do", "das", "dos", "em", "para", "com", "ou", "um", "uma"},
}
ALL_STOP_WORDS = set().union(*STOP_WORDS.values())


def light_stem(word, language):
    """`word` without its longest inflectional ending in `language`, never shorter than three letters."""
    for suffix in SUFFIXES.get(language, ()):
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)]
    return word


def query_terms(words):
    """Drop stop words unless nothing else is left."""
    content = [word for word in words if word not in ALL_STOP_WORDS]
    return content or words


def spellings(word):
    """The word as typed, folded both ways; matched whole, these rank a document above a mere prefix match."""
    return sorted({fold(word), strip_marks(word)})


def prefixes(word):
    """Folded prefixes that stand for `word` in any of the portal's languages, shortest first.

    A prefix shorter than three letters would match too much, so short
    words are matched whole.
    """
    forms = set()
    for stem in {word} | {light_stem(form, language) for form in {word, fold(word)} for language in SUFFIXES}:
        # SQLite keeps letters like "ł" that have no combining mark, so both spellings are tried.
        forms.update({fold(stem), strip_marks(stem)})
    forms = {form for form in forms if form}
    # A longer form is redundant when a shorter one is a prefix of it.
    kept = []
    for form in sorted(forms, key=len):
        if not any(form.startswith(shorter) for shorter in kept):
            kept.append(form)
    return kept
