"""Second chances when nothing matches: corrected spelling and the nearest categories."""

import bisect
import difflib
from collections import Counter

from django.core.cache import cache
from django.db.models import Count, Q

from home.i18n import locale_for
from home.text import fold
from offerings.models import Category, OfferingPage, OfferingTag
from schools.models import SchoolPage

from .analysis import prefixes
from .query import WORD

VOCABULARY_KEY = "search:vocabulary"
VOCABULARY_SECONDS = 600
CUTOFF = 0.75
CATEGORIES_SHOWN = 4


def vocabulary():
    """Folded words of live titles, keywords and category names, sorted, cached for a while."""
    words = cache.get(VOCABULARY_KEY)
    if words is None:
        texts = [
            *OfferingPage.objects.live().values_list("title", flat=True),
            *SchoolPage.objects.live().values_list("title", flat=True),
            *OfferingTag.objects.values_list("tag__name", flat=True).distinct(),
            *Category.objects.values_list("name", flat=True),
        ]
        counts = Counter(fold(word) for text in texts for word in WORD.findall(text) if len(word) > 2)
        words = sorted(counts)
        cache.set(VOCABULARY_KEY, words, VOCABULARY_SECONDS)
    return words


def _known(word, words):
    """True when some indexed word starts with one of `word`'s forms."""
    for form in prefixes(word):
        position = bisect.bisect_left(words, form)
        if position < len(words) and words[position].startswith(form):
            return True
    return False


def correct(terms, language):
    """The words with unknown ones replaced by their closest known spelling, or "" when nothing changes."""
    words = vocabulary()
    corrected, changed = [], False
    for term in terms:
        if len(term) < 4 or _known(term, words):
            corrected.append(term)
            continue
        folded = fold(term)
        candidates = [word for word in words if word[:1] == folded[:1] and abs(len(word) - len(folded)) <= 2]
        match = difflib.get_close_matches(folded, candidates, n=1, cutoff=CUTOFF)
        corrected.append(match[0] if match else term)
        changed = changed or bool(match)
    return " ".join(corrected) if changed else ""


def nearest_categories(terms, language):
    """Categories, named in `language`, whose name in any language is closest to the words; else the largest."""
    locale = locale_for(language)
    names = {}
    for key, name in Category.objects.values_list("translation_key", "name"):
        names.setdefault(key, []).append(fold(name))
    scores = {}
    for key, variants in names.items():
        best = 0.0
        for term in terms:
            folded = fold(term)
            for variant in variants:
                for word in [variant, *variant.split()]:
                    best = max(best, difflib.SequenceMatcher(None, folded, word).ratio())
        scores[key] = best
    local = {category.translation_key: category for category in Category.in_locale(locale)}
    close = sorted((key for key, score in scores.items() if score >= 0.6 and key in local), key=lambda k: -scores[k])
    if close:
        return [local[key] for key in close[:CATEGORIES_SHOWN]]
    busiest = (
        Category.objects.filter(locale=locale)
        .annotate(size=Count("offerings", filter=Q(offerings__live=True)))
        .order_by("-size", "name")
    )
    return list(busiest[:CATEGORIES_SHOWN])
